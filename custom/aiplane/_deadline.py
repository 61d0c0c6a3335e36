"""A deadline for everything one attempt does on the network, headers and body included.

httpx's timeouts bound each operation (connect, a gap between two reads, a write), so a
server that drips a byte every 0.4 s holds a call for as long as it likes. Inside
:func:`until`, every connect, read and write of the connection pool is given at most the
time left before the deadline, and one that starts after it fails at once with httpcore's
own timeout (which httpx and then the one error table turn into
:class:`aiplane.errors.Timeout`). :func:`install` wraps a transport's network backend; the
deadline is a context variable, so concurrent calls (threads, tasks) never share one.

The async stream also answers httpcore's ``is_readable`` (asked of every idle connection
each time a request enters or leaves the pool) from the socket it looked up once, rather
than through anyio's typed attributes, which build a fresh mapping on every lookup.
"""

from __future__ import annotations

import select
import time
import typing
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any, Protocol

import httpcore
import httpx

__all__ = ["DEADLINE", "install", "time_left", "until"]

_UNKNOWN: Any = object()


class _HasFileno(Protocol):
    def fileno(self) -> int: ...


# the deadline of the current attempt or stream read (None: none); see `until`
DEADLINE: ContextVar[float | None] = ContextVar("aiplane_deadline", default=None)


class until:
    """Bound the network operations inside the block by ``deadline`` (``time.monotonic``).

    A class rather than a ``@contextmanager`` generator (cheaper, and entered per attempt).
    A stream's read, once per network read, sets and resets :data:`DEADLINE` itself."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = DEADLINE.set(self._deadline)

    def __exit__(self, *exc: object) -> None:
        DEADLINE.reset(self._token)


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to the time left; raises ``error`` once the deadline passed."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's time limit was reached")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def readable(sock: _HasFileno) -> bool:
    """Whether ``sock`` has data (or an end of file) waiting: on an idle keep-alive
    connection that means the server closed it. A closed socket counts as readable."""
    fd = sock.fileno()
    if fd < 0:
        return True
    poll = getattr(select, "poll", None)
    if poll is None:  # pragma: no cover - Windows
        return bool(select.select([fd], [], [], 0)[0])
    poller = poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: _HasFileno | None = _UNKNOWN  # asyncio's TransportSocket

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            if self._socket is _UNKNOWN:
                self._socket = self._inner.get_extra_info("socket")
            if self._socket is not None:
                return readable(self._socket)
        return self._inner.get_extra_info(info)


_Options = Iterable[typing.Any] | None


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore.NetworkStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore.NetworkStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore.AsyncNetworkStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.connect_tcp(host, port, left, local_address, socket_options)
        return _AsyncStream(inner)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore.AsyncNetworkStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, left, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> None:
    """Make ``transport``'s connection pool honour :func:`until` deadlines.

    httpx offers no public hook for the network backend, so this wraps the pool's (the
    versions are pinned; tests/test_hardening.py proves a dripping server is cut off)."""
    pool: Any = transport._pool
    backend = pool._network_backend
    if isinstance(transport, httpx.HTTPTransport):
        pool._network_backend = _Backend(backend)
    else:
        pool._network_backend = _AsyncBackend(backend)
