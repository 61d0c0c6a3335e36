"""The sockets: one sync and one async httpx transport, shareable by many clients."""

from __future__ import annotations

from typing import TypeVar

import httpx

from . import _assign, _deadline
from ._gate import AsyncGate, Gate
from .ratelimits import RateLimiter

__all__ = ["DEFAULT_LIMITS", "ConnectionPool"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_SLOTS = 1000  # requests admitted at once when the limits set no max_connections


_T = TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def _tuned(transport: _T) -> _T:
    _deadline.install(transport)  # every attempt's total time is bounded (aiplane._deadline)
    _assign.install(transport)  # each request is given a connection once (aiplane._assign)
    return transport


class ConnectionPool:
    """The sockets: one sync and one async httpx transport.

    Share one pool across many clients (each with its own credentials, retry budget and
    breaker) like AI DIAL's client pool; a client never closes a pool it was given.
    ``transport`` / ``async_transport`` replace the network (e.g. ``httpx.MockTransport``
    or ``httpx.ASGITransport`` in tests). ``rate_limiter`` (off by default) is shared by every
    client of the pool: requests wait for a spent rate-limit budget to reset instead of
    collecting 429s (see :class:`aiplane.RateLimiter`).

    The default transports admit at most ``limits.max_connections`` requests at a time into
    httpcore's pool; more wait in a FIFO bounded by the pool timeout (:mod:`aiplane._gate`).
    Inside, each request is given a connection once, in one pass over the pool
    (:mod:`aiplane._assign`).
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self.rate_limiter = rate_limiter
        slots = limits.max_connections or DEFAULT_SLOTS
        self.sync: httpx.BaseTransport = transport or Gate(
            _tuned(httpx.HTTPTransport(limits=limits, verify=verify)), slots
        )
        self.async_: httpx.AsyncBaseTransport = async_transport or AsyncGate(
            _tuned(httpx.AsyncHTTPTransport(limits=limits, verify=verify)), slots
        )

    def close(self) -> None:
        """Close the sync connections."""
        self.sync.close()

    async def aclose(self) -> None:
        """Close the async connections."""
        await self.async_.aclose()
