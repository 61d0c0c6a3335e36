"""Admission to a connection pool: at most ``max_connections`` requests inside httpcore's pool.

httpcore (1.0) re-examines every queued request against every connection each time a request
enters or leaves its pool, so N requests waiting on C connections cost O(N x C) per event:
1,000 concurrent calls on 100 connections kept the event loop busy for tens of seconds, every
connect and pool wait timed out, and not one request reached the server (benchmark 7). The
gate keeps the surplus in a FIFO semaphore instead (O(1) per request), bounded by the
request's own ``pool`` timeout: a request that waits longer raises ``httpx.PoolTimeout``, which
the error table turns into :class:`aiplane.errors.Timeout`. A slot is held until the response
is closed (a stream or a download holds its connection as long as it is read).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx

__all__ = ["AsyncGate", "Gate"]


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("pool") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, int | float) else None


def _refused(request: httpx.Request) -> httpx.PoolTimeout:
    return httpx.PoolTimeout("no connection of the pool became free in time", request=request)


class _Once:
    def __init__(self, release: Callable[[], None]) -> None:
        self._release: Callable[[], None] | None = release

    def __call__(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, inner: Any, release: _Once) -> None:
        self.inner, self.release = inner, release

    def __iter__(self) -> Iterator[bytes]:
        yield from self.inner

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            self.release()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, inner: Any, release: _Once) -> None:
        self.inner, self.release = inner, release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        finally:
            self.release()


def _handed_over(response: httpx.Response, body: Any) -> httpx.Response:
    response.stream = body  # the transport's own fresh response: no copy of its headers
    return response


class Gate(httpx.BaseTransport):
    """A sync transport admitting at most ``slots`` requests at a time into ``inner``."""

    def __init__(self, inner: httpx.HTTPTransport, slots: int) -> None:
        self.inner = inner
        self._slots = threading.BoundedSemaphore(slots)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._slots.acquire(timeout=_pool_timeout(request)):
            raise _refused(request)
        release = _Once(self._slots.release)
        try:
            response = self.inner.handle_request(request)
        except BaseException:
            release()
            raise
        return _handed_over(response, _SyncBody(response.stream, release))

    def close(self) -> None:
        self.inner.close()


class AsyncGate(httpx.AsyncBaseTransport):
    """The async twin of :class:`Gate` (its semaphore made in the first loop that uses it)."""

    def __init__(self, inner: httpx.AsyncHTTPTransport, slots: int) -> None:
        self.inner = inner
        self.slots = slots
        self._semaphore: anyio.Semaphore | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._semaphore is None:
            self._semaphore = anyio.Semaphore(self.slots, fast_acquire=True)
        semaphore = self._semaphore
        if semaphore.value > 0:  # a free slot (so nobody is waiting): no timer, no task switch
            semaphore.acquire_nowait()
        else:
            with anyio.move_on_after(_pool_timeout(request)) as waited:
                await semaphore.acquire()
            if waited.cancelled_caught:
                raise _refused(request)
        release = _Once(semaphore.release)
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            release()
            raise
        return _handed_over(response, _AsyncBody(response.stream, release))

    async def aclose(self) -> None:
        await self.inner.aclose()
