"""``aiplane.stream`` / ``aiplane.astream``: typed events from any event-stream operation.

Any generated operation whose descriptor has an ``events`` entry (a ``text/event-stream``
success response with an ``x-aiplane-event-data-schema``) can be streamed; others are
refused with :class:`~aiplane.errors.UnsupportedOperation` before anything is sent. When the
spec names a body field that turns streaming on (``x-aiplane-stream-field``: ``stream`` for
chat), it is set to true on a copy of the body. Each ``data:`` is parsed into the event
model the spec declares (``ChatCompletionChunk``, ``RunEvent``)::

    with aiplane.stream(create_chat_completion, client, deployment_id, body=request) as chunks:
        for chunk in chunks:
            ...

The request goes through the runtime transport (signing, retries before the headers, typed
errors for non-2xx). Drops, resumes (``Last-Event-ID``), ``[DONE]``, error events and the
idle timeout are decided once, in :mod:`aiplane._streamflow`; the two classes here only
perform its steps. ``idle_timeout`` (default 60 s) bounds the time between two events with
data — comments and keep-alives do not reset it — separately from the read timeout; when it
passes, the stream fails like a drop: a resumable stream reconnects (within the retry
policy), another raises :class:`~aiplane.errors.Timeout` before its first event and
:class:`~aiplane.errors.StreamInterrupted` (caused by that Timeout) after it.

A stream keeps no events: it counts them (``received``) and remembers the last ``id:``
(``last_event_id``), so a long one runs in bounded memory. ``keep_events=True`` keeps every
event too (``events``, and ``StreamInterrupted.events`` if it breaks: for chat,
``aiplane.chat.fold(exc.events)`` is the partial answer).

A stream is bounded in memory: one event may hold as many characters as a JSON body may
hold bytes (32 MiB), and the stream's bodies together (reconnects included) ``max_bytes``
(default 256 MiB, about a million chat chunks); past either, it raises
:class:`~aiplane.errors.ResponseValidationError`, with the count of events so far in ``received``.

Leaving early — ``break``, an exception, the end of the ``with`` block, ``close()``, or the
stream object being garbage-collected — closes the response and releases its connection.
"""

from __future__ import annotations

import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from contextlib import AbstractContextManager
from typing import Any, Generic, Self, TypeVar

import anyio
import httpx

from . import _deadline, errors
from ._flow import Feed, Sleep
from ._options import OnRetry
from ._streamflow import DEFAULT_MAX_BYTES, StreamState, stream_flow
from ._streamsetup import options_for, setup
from ._streamsteps import Connect, Deliver, Disconnect, Read, StreamPlan
from .ratelimits import RateLimits
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "AsyncEventStream",
    "EventStream",
    "astream",
    "stream",
]

T = TypeVar("T")
DEFAULT_IDLE_TIMEOUT = 60.0


class _Events(Generic[T]):
    """What both stream classes expose: the current response and the events so far."""

    _io: _SyncIO | _AsyncIO
    _state: StreamState

    @property
    def response(self) -> httpx.Response | None:
        """The current response (status, headers, opc-request-id), once connected."""
        return self._io.response

    @property
    def rate_limits(self) -> RateLimits | None:
        """The last response's ``x-ratelimit-*`` headers, typed (None before or without)."""
        response = self._state.response
        return None if response is None else RateLimits.from_headers(response.headers)

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received (what a resumed stream starts after)."""
        return self._state.last_id

    @property
    def received(self) -> int:
        """How many events (with data) were received so far."""
        return self._state.received

    @property
    def events(self) -> list[T] | None:
        """Every event received so far, in order, when the stream was opened with
        ``keep_events=True``; else None (the stream keeps no events)."""
        events = self._state.events
        return None if events is None else list(events)


class EventStream(_Events[T]):
    """A context-managed iterator of typed events (see :func:`stream`)."""

    def __init__(
        self,
        plan: StreamPlan,
        http: httpx.Client,
        options: Callable[[], AbstractContextManager[Any]],
        sleep: Callable[[float], None],
    ) -> None:
        self._io = _SyncIO(http, options, sleep)
        self._state = StreamState(plan)
        self._events = _drive(stream_flow(self._state), self._io)

    def __iter__(self) -> Iterator[T]:
        return self._events  # a for loop resumes the driver directly (no __next__ frame)

    def __next__(self) -> T:
        return next(self._events)  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop reading and release the connection (idempotent)."""
        self._events.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SyncIO:
    """Performs the steps of the stream flow; holds the open response."""

    def __init__(
        self,
        http: httpx.Client,
        options: Callable[[], AbstractContextManager[Any]],
        sleep: Callable[[float], None],
    ) -> None:
        self.http, self.options, self.sleep = http, options, sleep
        self.response: httpx.Response | None = None
        self.chunks: Iterator[bytes] = iter(())

    def read(self, deadline: float) -> bytes:
        token = _deadline.DEADLINE.set(deadline)
        try:
            return next(self.chunks, b"")
        finally:
            _deadline.DEADLINE.reset(token)

    def do(self, step: Any) -> Any:
        if isinstance(step, Connect):
            self.disconnect()
            with self.options(), step.span.current():
                self.response = self.http.send(step.request, stream=True)
            self.chunks = self.response.iter_bytes()
            return self.response
        if isinstance(step, Disconnect):
            return self.disconnect()
        assert isinstance(step, Sleep)
        return self.sleep(step.seconds)

    def disconnect(self) -> None:
        response, self.response = self.response, None
        if response is not None:
            response.close()


def _drive(flow: Generator[Any, Any, None], io: _SyncIO) -> Generator[Any, None, None]:
    """Perform the flow's steps (errors thrown in), hand over the events of its Read and
    Deliver steps; always release the connection."""
    feed = Feed(flow)
    try:
        for step in feed:
            kind = step.__class__
            if kind is Read or kind is Deliver:
                yield from step.events
                if kind is Deliver:
                    feed.ok(None)
                    continue
            try:
                feed.ok(io.read(step.deadline) if kind is Read else io.do(step))
            except errors.AiplaneError as exc:
                feed.fail(exc)
    finally:
        flow.close()
        io.disconnect()


class AsyncEventStream(_Events[T]):
    """The async twin of :class:`EventStream` (``async with`` / ``async for``)."""

    def __init__(
        self,
        plan: StreamPlan,
        http: httpx.AsyncClient,
        options: Callable[[], AbstractContextManager[Any]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self._io = _AsyncIO(http, options, sleep)
        self._state = StreamState(plan)
        self._events = _adrive(stream_flow(self._state), self._io)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._events  # an async for loop resumes the driver directly

    async def __anext__(self) -> T:
        return await self._events.__anext__()  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        """Stop reading and release the connection (idempotent)."""
        await self._events.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _AsyncIO:
    """The async twin of :class:`_SyncIO`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        options: Callable[[], AbstractContextManager[Any]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.http, self.options, self.sleep = http, options, sleep
        self.response: httpx.Response | None = None
        self.chunks: AsyncIterator[bytes] | None = None

    async def read(self, deadline: float) -> bytes:
        assert self.chunks is not None
        token = _deadline.DEADLINE.set(deadline)
        try:
            return await anext(self.chunks, b"")
        finally:
            _deadline.DEADLINE.reset(token)

    async def do(self, step: Any) -> Any:
        if isinstance(step, Connect):
            await self.disconnect()
            with self.options(), step.span.current():
                self.response = await self.http.send(step.request, stream=True)
            self.chunks = self.response.aiter_bytes()
            return self.response
        if isinstance(step, Disconnect):
            return await self.disconnect()
        assert isinstance(step, Sleep)
        return await self.sleep(step.seconds)

    async def disconnect(self) -> None:
        response, self.response = self.response, None
        if response is not None:
            await response.aclose()


async def _adrive(flow: Generator[Any, Any, None], io: _AsyncIO) -> AsyncGenerator[Any, None]:
    """The async twin of :func:`_drive`."""
    feed = Feed(flow)
    try:
        for step in feed:
            kind = step.__class__
            if kind is Read or kind is Deliver:
                for event in step.events:
                    yield event
                if kind is Deliver:
                    feed.ok(None)
                    continue
            try:
                feed.ok(await (io.read(step.deadline) if kind is Read else io.do(step)))
            except errors.AiplaneError as exc:
                feed.fail(exc)
    finally:
        flow.close()
        await io.disconnect()


def stream(
    op: Any,
    client: Any,
    *args: Any,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    keep_events: bool = False,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **params: Any,
) -> EventStream[Any]:
    """Stream the typed events of an event-stream operation (see the module docstring).

    Nothing is sent until the first event is asked for; use it in a ``with`` block (or
    call ``close()``) to release the connection when leaving early."""
    plan, http, runtime = setup(
        op, client, args, params, idle_timeout, retry, keep_events, max_bytes, asynchronous=False
    )
    options = options_for(plan.operation, timeout, retry, headers, on_retry)
    assert isinstance(http, httpx.Client)
    return EventStream(plan, http, options, runtime.sleep if runtime else time.sleep)


def astream(
    op: Any,
    client: Any,
    *args: Any,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    keep_events: bool = False,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **params: Any,
) -> AsyncEventStream[Any]:
    """The async twin of :func:`stream`: ``async with aiplane.astream(...) as events``."""
    plan, http, runtime = setup(
        op, client, args, params, idle_timeout, retry, keep_events, max_bytes, asynchronous=True
    )
    options = options_for(plan.operation, timeout, retry, headers, on_retry)
    assert isinstance(http, httpx.AsyncClient)
    return AsyncEventStream(plan, http, options, runtime.async_sleep if runtime else anyio.sleep)
