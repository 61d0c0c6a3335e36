"""A rate-limit budget: OpenAI-style ``x-ratelimit-*`` headers, and 429 once it is spent.

Configure it with ``MockConfig(rate_limit=RateLimit(...))`` or, on a running server,
``control.set_rate_limit(RateLimit(...))`` (``None`` turns it off). Each matching request
(by operationId, an fnmatch pattern; chat completions by default) takes one request and its
estimated tokens from the budget of the current window; every answer of a matching
operation carries the six headers, and a request that finds the budget spent gets 429 with
``Retry-After`` (not taken from the budget). Tokens are estimated before answering, as
OpenAI does: a quarter of the body's bytes plus ``max_tokens`` / ``max_completion_tokens``.
The window is real (wall-clock) time, so clients can act on the reset values.
"""

from __future__ import annotations

import fnmatch
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["RateBudget", "RateLimit", "duration"]


@dataclass(frozen=True)
class RateLimit:
    """Per ``window`` seconds: at most ``requests`` requests and ``tokens`` tokens."""

    requests: int = 60
    tokens: int = 1_000_000
    window: float = 60.0
    route: str = "createChatCompletion"

    def __post_init__(self) -> None:
        if self.requests < 1 or self.tokens < 1 or not self.window > 0:
            raise ValueError("a rate limit needs requests >= 1, tokens >= 1 and window > 0")


def duration(seconds: float) -> str:
    """A reset value as OpenAI writes it: ``"20ms"``, ``"1.5s"``, ``"6m0s"``."""
    if seconds < 1:
        return f"{max(math.ceil(seconds * 1000), 1)}ms"
    minutes, rest = divmod(round(seconds, 3), 60)
    return f"{int(minutes)}m{rest:g}s" if minutes else f"{rest:g}s"


def estimate_tokens(body: Any, raw_length: int) -> int:
    """The tokens a request is charged before it is answered."""
    most = 0
    if isinstance(body, dict):
        for key in ("max_tokens", "max_completion_tokens"):
            if isinstance(body.get(key), int):
                most = max(most, body[key])
    return max(raw_length // 4, 1) + most


class RateBudget:
    """The budget of the current window (thread-safe)."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._lock = threading.Lock()
        self._start = clock()
        self._requests = 0
        self._tokens = 0

    def applies(self, operation_id: str) -> bool:
        return fnmatch.fnmatchcase(operation_id, self.limit.route)

    def take(self, tokens: int) -> tuple[bool, dict[str, str], float]:
        """Spend one request and ``tokens``: (taken?, headers, seconds to the reset)."""
        with self._lock:
            now = self.clock()
            if now - self._start >= self.limit.window:
                self._start, self._requests, self._tokens = now, 0, 0
            spent = self._requests >= self.limit.requests or self._tokens >= self.limit.tokens
            if not spent:
                self._requests += 1
                self._tokens += tokens
            reset = max(self.limit.window - (now - self._start), 0.0)
            return not spent, self._headers(reset), reset

    def _headers(self, reset: float) -> dict[str, str]:
        limit = self.limit
        headers = {
            "x-ratelimit-limit-requests": str(limit.requests),
            "x-ratelimit-remaining-requests": str(max(limit.requests - self._requests, 0)),
            "x-ratelimit-reset-requests": duration(reset),
            "x-ratelimit-limit-tokens": str(limit.tokens),
            "x-ratelimit-remaining-tokens": str(max(limit.tokens - self._tokens, 0)),
            "x-ratelimit-reset-tokens": duration(reset),
        }
        return headers
