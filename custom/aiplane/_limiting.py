"""The client-side limiter's part of one call: wait before an attempt, learn after it.

:func:`limit_flow` yields the :class:`~aiplane._flow.Sleep` and
:class:`~aiplane._flow.Notify` steps that :class:`aiplane.RateLimiter` asks for before an
attempt (no I/O; the attempt flow's drivers perform them). Every wait is bounded by the
limiter's ``max_wait``: past it the request is sent anyway (a 429 is then retried as usual).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

import httpx

from ._flow import Notify, Sleep
from .ratelimits import OnRateLimit, RateLimiter, RateLimits, RateLimitWait

__all__ = ["Limiting"]

logger = logging.getLogger("aiplane")

_MAX_LOOKS = 100_000  # with max_wait, bounds the loop in count as well as time


class Limiting:
    """One call's use of a limiter (or of none)."""

    def __init__(
        self,
        limiter: RateLimiter | None,
        on_wait: OnRateLimit | None,
        request: httpx.Request,
        operation: str,
        clock: Callable[[], float],
    ) -> None:
        self.limiter = limiter
        self.on_wait = on_wait
        self.key = f"{request.url.netloc.decode('ascii')}{request.url.path}"
        self.operation = operation
        self.clock = clock

    def before(self) -> Generator[Any, Any, None]:
        """Wait (in steps) until the limiter lets the next attempt go."""
        limiter = self.limiter
        if limiter is None:
            return
        waited = 0.0
        for _ in range(_MAX_LOOKS):
            delay, reason = limiter.acquire(self.key, self.clock())
            delay = min(delay, limiter.max_wait - waited)
            if delay <= 0:
                return
            if reason != "probe":
                limiter.waits += 1
                logger.info(
                    "%s: rate limit (%s) spent; waiting %.2fs", self.operation, reason, delay
                )
                if self.on_wait is not None:
                    yield Notify(self.on_wait, RateLimitWait(self.operation, delay, reason))
            yield Sleep(delay)
            waited += delay

    def after(self, response: httpx.Response | None) -> None:
        """Tell the limiter what the attempt brought (None: no response)."""
        if self.limiter is None:
            return
        if response is None:
            self.limiter.release(self.key)
            return
        limits = RateLimits.from_headers(response.headers)
        self.limiter.update(self.key, limits, self.clock(), response.status_code)
