"""Rate limits: the ``x-ratelimit-*`` headers typed, and an optional client-side limiter.

:class:`RateLimits` reads the six headers OpenAI-style services send
(``x-ratelimit-{limit,remaining,reset}-{requests,tokens}``); it is on
:attr:`aiplane.Detailed.rate_limits`, on streams' responses and on
:attr:`aiplane.errors.APIError.rate_limits`.

:class:`RateLimiter` is the optional limiter (off by default): give one to a
:class:`aiplane.ConnectionPool` and every client of the pool shares it. Before each attempt it
says how long to wait (no I/O here: the transport's attempt flow sleeps), so a spent budget
means waiting for the reset instead of collecting 429s. It learns the budget from the headers
of each response, per host and path (a chat deployment's budget is its own); until the first
answer of a path, and again after each reset, only one request of it is in flight (the
server's count of the new window is learnt before the others go). Each wait is bounded by
``max_wait``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

__all__ = ["OnRateLimit", "RateLimitWait", "RateLimiter", "RateLimits", "parse_reset"]

_UNIT = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
PROBE_POLL = 0.02  # seconds between looks while the first request of a path is in flight


def parse_reset(value: str | None) -> float | None:
    """Seconds in a reset header: ``"20ms"``, ``"1.5s"``, ``"6m0s"``, ``"1h2m3s"`` or ``"12"``."""
    if value is None:
        return None
    text = value.strip()
    try:
        return max(float(text), 0.0)
    except ValueError:
        pass
    parts = _UNIT.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    return sum(float(n) * _SECONDS[u] for n, u in parts)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


@dataclass(frozen=True)
class RateLimits:
    """The rate-limit headers of one response (None where a header is absent)."""

    limit_requests: int | None = None
    remaining_requests: int | None = None
    reset_requests: float | None = None  # seconds until the request budget is full again
    limit_tokens: int | None = None
    remaining_tokens: int | None = None
    reset_tokens: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimits | None:
        """The limits in ``headers``, or None when the response carries none."""
        lower = {k.lower(): v for k, v in headers.items() if k.lower().startswith("x-ratelimit-")}
        if not lower:
            return None
        return cls(
            limit_requests=_int(lower.get("x-ratelimit-limit-requests")),
            remaining_requests=_int(lower.get("x-ratelimit-remaining-requests")),
            reset_requests=parse_reset(lower.get("x-ratelimit-reset-requests")),
            limit_tokens=_int(lower.get("x-ratelimit-limit-tokens")),
            remaining_tokens=_int(lower.get("x-ratelimit-remaining-tokens")),
            reset_tokens=parse_reset(lower.get("x-ratelimit-reset-tokens")),
        )


@dataclass(frozen=True)
class RateLimitWait:
    """A wait the limiter imposed before sending (given to ``on_rate_limit``)."""

    operation: str
    delay: float
    reason: str  # "requests", "tokens" or "probe" (the first request of a path is in flight)


OnRateLimit: TypeAlias = Callable[[RateLimitWait], Awaitable[None] | None]


@dataclass
class _Budget:
    known: bool = False  # a response of this path was seen
    limited: bool = False  # ...and it carried rate-limit headers
    probing: bool = False
    limit: int | None = None
    remaining: int | None = None
    reset_at: float = 0.0
    tokens_out_until: float = 0.0  # the token budget is spent until then


class RateLimiter:
    """A client-side limiter shared by the clients of one pool (thread- and task-safe)."""

    def __init__(self, *, max_wait: float = 60.0) -> None:
        if not max_wait > 0:
            raise ValueError("max_wait must be > 0")
        self.max_wait = max_wait
        self._lock = threading.Lock()
        self._budgets: dict[str, _Budget] = {}
        self.waits = 0  # how many waits were imposed (for benchmarks and tests)

    def __repr__(self) -> str:
        return f"RateLimiter(max_wait={self.max_wait}, paths={len(self._budgets)})"

    def acquire(self, key: str, now: float) -> tuple[float, str]:
        """Seconds to wait before sending on ``key`` and why (0.0: send now, counted)."""
        with self._lock:
            budget = self._budgets.setdefault(key, _Budget())
            if budget.limited and now >= budget.reset_at and now >= budget.tokens_out_until:
                budget.known = False  # a new window: learn it again from one request
            if not budget.known:
                if budget.probing:
                    return PROBE_POLL, "probe"
                budget.probing = True
                return 0.0, ""
            if not budget.limited:
                return 0.0, ""
            if now < budget.tokens_out_until:
                return budget.tokens_out_until - now, "tokens"
            if budget.remaining is not None and budget.remaining <= 0:
                return max(budget.reset_at - now, PROBE_POLL), "requests"
            if budget.remaining is not None:
                budget.remaining -= 1
            return 0.0, ""

    def release(self, key: str) -> None:
        """The attempt on ``key`` ended with no response (another request may probe)."""
        with self._lock:
            budget = self._budgets.get(key)
            if budget is not None and not budget.known:
                budget.probing = False

    def update(self, key: str, limits: RateLimits | None, now: float, status: int) -> None:
        """Learn from a response on ``key`` (its headers; a 429 spends the budget)."""
        with self._lock:
            budget = self._budgets.setdefault(key, _Budget())
            budget.known, budget.probing = True, False
            if limits is None:
                budget.limited = status == 429 or budget.limited
                return
            budget.limited = True
            self._learn(budget, limits, now, status)

    @staticmethod
    def _learn(budget: _Budget, limits: RateLimits, now: float, status: int) -> None:
        reset_at = now + (limits.reset_requests if limits.reset_requests is not None else 1.0)
        server = limits.remaining_requests
        if status == 429 and server is None:
            server = 0
        budget.limit = limits.limit_requests if limits.limit_requests is not None else budget.limit
        if server is not None:
            same_window = now < budget.reset_at and budget.remaining is not None
            budget.remaining = min(budget.remaining or 0, server) if same_window else server
            budget.reset_at = reset_at if not same_window else min(budget.reset_at, reset_at)
        if limits.remaining_tokens is not None and limits.remaining_tokens <= 0:
            budget.tokens_out_until = now + (limits.reset_tokens or PROBE_POLL)
