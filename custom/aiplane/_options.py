"""Per-call options that reach the transport without touching generated code.

Generated operations take no timeout or extra-headers argument, so ``aiplane.call`` (and
the public :func:`call_options` context manager) put them in a context variable that the
runtime transport reads. Context variables follow the call into threads' own context and
into asyncio tasks, so concurrent calls never see each other's options.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeAlias

import httpx

from . import errors
from ._params import header_problem
from .retry import RetryEvent, RetryPolicy

OnRetry: TypeAlias = Callable[[RetryEvent], Awaitable[None] | None]

__all__ = ["CallOptions", "CallTrace", "call_options", "current_options"]


@dataclass(frozen=True)
class CallOptions:
    """Overrides for the requests made inside one call."""

    timeout: httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    attempt_timeout: float | None = None  # a number given as timeout: also each attempt's total
    on_retry: OnRetry | None = None
    operation: str | None = None
    time_left: float | None = None  # seconds: an enclosing wait's remaining time
    stream: bool = False  # hand any 2xx body over unread (downloads, whatever their type)
    events: bool = False  # an event stream: its 2xx text/event-stream body is bounded by it


@dataclass
class CallTrace:
    """What the transport saw during one call (read by ``aiplane.call`` for errors)."""

    responded: bool = False
    status: int | None = None
    opc_request_id: str | None = None
    attempts: int = 0


_OPTIONS: ContextVar[CallOptions | None] = ContextVar("aiplane_call_options", default=None)
_TRACE: ContextVar[CallTrace | None] = ContextVar("aiplane_call_trace", default=None)


def current_options() -> CallOptions | None:
    """The options in force for the current call, if any."""
    return _OPTIONS.get()


def current_trace() -> CallTrace | None:
    """The trace being recorded for the current call, if any."""
    return _TRACE.get()


def _least(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout | None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # an HTTP header name (RFC 9110)


def _checked_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    """``headers``, each name an HTTP token and each value sendable; else InvalidParameter
    (raised where the options are set, before any request; values are never echoed)."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise errors.InvalidParameter("headers", "has a header name that is not an HTTP token")
        problem = header_problem(value)
        if problem is not None:
            raise errors.InvalidParameter(name, problem)
    return headers


@contextmanager
def call_options(
    *,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    operation: str | None = None,
    time_left: float | None = None,
    stream: bool | None = None,
    events: bool | None = None,
) -> Iterator[CallOptions]:
    """Apply a timeout, retry policy, extra headers or an ``on_retry`` callback to the
    requests made inside the block (an inner block's time left never exceeds an outer's).

    Works for any generated operation called with an aiplane-configured client::

        with aiplane.call_options(timeout=5, retry=aiplane.RetryPolicy.none()):
            get_model.sync(model_id, client=client.management)
    """
    outer = _OPTIONS.get()
    merged_headers = dict(outer.headers) if outer else {}
    merged_headers.update(_checked_headers(headers or {}))
    opts = CallOptions(
        timeout=_as_timeout(timeout) or (outer.timeout if outer else None),
        attempt_timeout=_least(
            float(timeout) if isinstance(timeout, int | float) else None,
            outer.attempt_timeout if outer else None,
        ),
        retry=retry or (outer.retry if outer else None),
        headers=merged_headers,
        on_retry=on_retry or (outer.on_retry if outer else None),
        operation=operation or (outer.operation if outer else None),
        time_left=_least(time_left, outer.time_left if outer else None),
        stream=stream if stream is not None else bool(outer and outer.stream),
        events=events if events is not None else bool(outer and outer.events),
    )
    token = _OPTIONS.set(opts)
    try:
        yield opts
    finally:
        _OPTIONS.reset(token)


@contextmanager
def tracing() -> Iterator[CallTrace]:
    """Record what the transport sees during the block."""
    trace = CallTrace()
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
