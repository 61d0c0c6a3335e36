"""Before a stream sends anything: refuse what cannot stream, check the parameters, set
the spec's stream field, and build the :class:`~aiplane._streamflow.StreamPlan` (the first
request, from the generated operation's own ``_get_kwargs``, and the runtime's policy and
clocks) and the per-call options every connection of the stream is sent with."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

import attrs
import httpx

from . import errors
from ._call import _prepare
from ._options import OnRetry, call_options
from ._streamsteps import StreamPlan
from ._transport import RuntimeTransport
from .descriptors import OperationDescriptor, describe
from .retry import RetryPolicy

__all__ = ["options_for", "setup"]


def _streaming_body(descriptor: OperationDescriptor, params: dict[str, Any]) -> None:
    """Set the spec's stream field on a copy of the body (``stream: true`` for chat)."""
    assert descriptor.events is not None
    field = descriptor.events.stream_field
    if field is None:
        return
    body = params.get("body")
    if body is None or not attrs.has(type(body)):
        raise errors.InvalidParameter(
            "body", "is required: a request model of the operation", operation=descriptor.name
        )
    params["body"] = attrs.evolve(body, **{field: True})


def setup(
    op: Any,
    client: Any,
    args: tuple[Any, ...],
    params: dict[str, Any],
    idle_timeout: float,
    retry: RetryPolicy | None,
    keep_events: bool,
    max_bytes: int,
    *,
    asynchronous: bool,
) -> tuple[StreamPlan, httpx.Client | httpx.AsyncClient, RuntimeTransport | None]:
    """Check everything before sending and build the plan of the stream."""
    descriptor, _ = describe(op)
    if descriptor.events is None:
        raise errors.UnsupportedOperation(
            f"{descriptor.name} has no text/event-stream response: use aiplane.call"
        )
    _check_options(descriptor.name, idle_timeout, keep_events, max_bytes)
    _streaming_body(descriptor, params)
    generated, _ = _prepare(op, client, args, params)
    http = generated.get_async_httpx_client() if asynchronous else generated.get_httpx_client()
    request = http.build_request(**op._get_kwargs(*args, **params))
    request.headers["Accept"] = "text/event-stream"
    runtime = http._transport if isinstance(http._transport, RuntimeTransport) else None
    resume = descriptor.header("Last-Event-ID")
    plan = StreamPlan(
        request=request,
        model=descriptor.events.model_class(),
        resume_header=resume.name if resume is not None else None,
        policy=retry or (runtime.policy if runtime else RetryPolicy()),
        idle_timeout=float(idle_timeout),
        operation=descriptor.name,
        clock=runtime.clock if runtime else time.monotonic,
        rng=runtime.rng if runtime else random.random,
        operation_id=descriptor.operation_id,
        params=params,
        genai=descriptor.genai,
        keep_events=keep_events,
        max_bytes=max_bytes,
    )
    return plan, http, runtime


def _check_options(operation: str, idle_timeout: Any, keep_events: Any, max_bytes: Any) -> None:
    """The stream's own options, checked before anything is sent."""
    if not (isinstance(idle_timeout, int | float) and 0 < idle_timeout < math.inf):
        raise errors.InvalidParameter(
            "idle_timeout", "must be a positive number of seconds", operation=operation
        )
    if not isinstance(keep_events, bool):
        raise errors.InvalidParameter("keep_events", "must be True or False", operation=operation)
    if not (isinstance(max_bytes, int) and not isinstance(max_bytes, bool) and max_bytes > 0):
        raise errors.InvalidParameter(
            "max_bytes", "must be a positive whole number of bytes", operation=operation
        )


def options_for(
    descriptor_name: str,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy | None,
    headers: Mapping[str, str] | None,
    on_retry: OnRetry | None,
) -> Callable[[], AbstractContextManager[Any]]:
    def enter() -> AbstractContextManager[Any]:
        return call_options(
            timeout=timeout,
            retry=retry,
            headers=headers,
            on_retry=on_retry,
            operation=descriptor_name,
            events=True,  # the stream bounds its body (max_bytes), not a call's limit
        )

    return enter
