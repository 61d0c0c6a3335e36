"""Waiting for long operations: work requests, lifecycle states, call-and-wait, etag updates.

Each wait is one I/O-free flow (a generator of :mod:`aiplane._flow` steps) that decides
everything: what to fetch, when a state is final, success or failure, how long to sleep
(:class:`PollSchedule`, which honours ``retry-after``). The public sync and async functions
only run the flow with their driver. What to wait on comes from the operations'
descriptors: the read operation an operation declares (``x-aiplane-get``) and the
lifecycle of what it reads (``x-aiplane-lifecycle``). Every wait has a finite default
deadline and raises :class:`aiplane.errors.WaitTimeout` (carrying the last state).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Collection
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import anyio

from . import _tokens, errors
from ._call import Detailed, Operation, ServiceError
from ._etag import aupdate_with_etag, update_with_etag
from ._flow import AsyncEnv, Fetch, Flow, Sleep, SyncEnv, arun, run
from ._polling import (
    Poller,
    PollSchedule,
    Verdict,
    after_call,
    read_args,
    target_of,
)
from ._progress import Bar, Progress
from ._work_requests import ProgressCallback, Wait, work_request_flow
from .descriptors import Lifecycle, describe

if TYPE_CHECKING:
    from aiplane_management.models.work_request import WorkRequest

__all__ = [
    "PollSchedule",
    "Progress",
    "acall_and_wait",
    "await_for_work_request",
    "await_until",
    "aupdate_with_etag",
    "call_and_wait",
    "update_with_etag",
    "wait_for_work_request",
    "wait_until",
]

T = TypeVar("T")


def _until_flow(
    get_op: Any, args: tuple[Any, ...], target: Lifecycle, gone_ok: bool, wait: Wait
) -> Flow[Any]:
    poller = Poller(", ".join(map(str, args)), target, wait.schedule, wait.clock)
    while True:
        try:
            detailed = yield from poller.fetch(get_op, args)
        except errors.NotFound:
            if gone_ok:
                return None
            raise
        verdict = poller.judge(detailed.parsed)
        if verdict is Verdict.DONE:
            return poller.last
        if verdict is Verdict.FAILED:
            raise poller.failure()
        yield Sleep(poller.next_delay(detailed.headers))


def settle_flow(
    op: Any, args: tuple[Any, ...], params: dict[str, Any], wait: Wait
) -> Flow[Detailed[Any] | None]:
    """Call ``op``, wait until what it started is done, and return the final read of the
    resource (with its etag), None after a delete, or ``op``'s own result when it
    declares no read operation."""
    descriptor, _ = describe(op)
    detailed: Detailed[Any] = yield Fetch(op, args, params)
    got = read_args(descriptor, args, detailed)
    if got is None or descriptor.reads is None:
        return detailed
    get_op = descriptor.reads.operation()
    lifecycle = describe(get_op)[0].lifecycle
    deleting = descriptor.method == "DELETE"
    if detailed.opc_work_request_id is not None:
        yield from work_request_flow(detailed.opc_work_request_id, wait, {})
    elif lifecycle is not None:
        target = after_call(lifecycle, deleting)
        yield from _until_flow(get_op, got, target, deleting, wait)
    if deleting:
        return None
    final: Detailed[Any] = yield Fetch(get_op, got)
    return final


def _call_and_wait_flow(
    op: Any, args: tuple[Any, ...], params: dict[str, Any], wait: Wait
) -> Flow[Any]:
    settled = yield from settle_flow(op, args, params, wait)
    return None if settled is None else settled.parsed


# ------------------------------------------------------------------------- sync and async
def wait_for_work_request(
    client: Any,
    work_request_id: str | None = None,
    *,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    resume_token: str | None = None,
) -> WorkRequest:
    """Poll a work request until SUCCEEDED (returned) or FAILED/CANCELED (raises
    :class:`~aiplane.errors.WorkRequestFailed` with its errors).

    Each :class:`Progress` has a ``resume_token``: give it as ``resume_token`` (the id may
    then be left out), in this process or another, to go on with the same deadline and
    without the log entries already reported."""
    wr_id, seen = _tokens.resumed("work_request", work_request_id, resume_token)
    with Bar(progress, f"work request {wr_id[-12:]}") as bar:
        flow = work_request_flow(wr_id, Wait(schedule, clock, on_progress, bar), seen)
        done: WorkRequest = run(flow, SyncEnv(client, sleep))
        return done


async def await_for_work_request(
    client: Any,
    work_request_id: str | None = None,
    *,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
    resume_token: str | None = None,
) -> WorkRequest:
    """The async twin of :func:`wait_for_work_request`."""
    wr_id, seen = _tokens.resumed("work_request", work_request_id, resume_token)
    with Bar(progress, f"work request {wr_id[-12:]}") as bar:
        flow = work_request_flow(wr_id, Wait(schedule, clock, on_progress, bar), seen)
        done: WorkRequest = await arun(flow, AsyncEnv(client, sleep))
        return done


@overload
def wait_until(
    get_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = ...,
    failure_states: Collection[str] | None = ...,
    attribute: str | None = ...,
    succeed_on_not_found: Literal[False] = ...,
    schedule: PollSchedule | None = ...,
    sleep: Callable[[float], None] = ...,
    clock: Callable[[], float] = ...,
) -> T: ...


@overload
def wait_until(
    get_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = ...,
    failure_states: Collection[str] | None = ...,
    attribute: str | None = ...,
    succeed_on_not_found: bool,
    schedule: PollSchedule | None = ...,
    sleep: Callable[[float], None] = ...,
    clock: Callable[[], float] = ...,
) -> T | None: ...


def wait_until(
    get_op: Operation[Any],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = None,
    failure_states: Collection[str] | None = None,
    attribute: str | None = None,
    succeed_on_not_found: bool = False,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll ``get_op(resource_id)`` until its state is in ``states``; return the resource.

    ``states``, ``failure_states`` and ``attribute`` default to the lifecycle the read
    operation declares in its spec (ACTIVE / FAILED / ``lifecycle_state`` for the
    management resources). A failure state raises :class:`~aiplane.errors.WaitFailed` at
    once; the deadline raises :class:`~aiplane.errors.WaitTimeout`; with
    ``succeed_on_not_found`` a 404 ends the wait with None (waiting for a delete)."""
    target = target_of(get_op, states, failure_states, attribute)
    flow = _until_flow(get_op, (resource_id,), target, succeed_on_not_found, Wait(schedule, clock))
    return run(flow, SyncEnv(client, sleep))


@overload
async def await_until(
    get_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = ...,
    failure_states: Collection[str] | None = ...,
    attribute: str | None = ...,
    succeed_on_not_found: Literal[False] = ...,
    schedule: PollSchedule | None = ...,
    sleep: Callable[[float], Awaitable[None]] = ...,
    clock: Callable[[], float] = ...,
) -> T: ...


@overload
async def await_until(
    get_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = ...,
    failure_states: Collection[str] | None = ...,
    attribute: str | None = ...,
    succeed_on_not_found: bool,
    schedule: PollSchedule | None = ...,
    sleep: Callable[[float], Awaitable[None]] = ...,
    clock: Callable[[], float] = ...,
) -> T | None: ...


async def await_until(
    get_op: Operation[Any],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] | None = None,
    failure_states: Collection[str] | None = None,
    attribute: str | None = None,
    succeed_on_not_found: bool = False,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async twin of :func:`wait_until`."""
    target = target_of(get_op, states, failure_states, attribute)
    flow = _until_flow(get_op, (resource_id,), target, succeed_on_not_found, Wait(schedule, clock))
    return await arun(flow, AsyncEnv(client, sleep))


def call_and_wait(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    **params: Any,
) -> T:
    """Run an operation and wait until what it started is done; return the final resource.

    Follows ``opc-work-request-id`` when the service returns one, else waits for the
    lifecycle of the resource (its end state, or gone for a DELETE) when the read
    operation declares one; then reads the resource with the read operation the spec
    declares for ``op`` (``x-aiplane-get``). Returns None after a delete, and the
    operation's own result when it declares no read operation."""
    with Bar(progress, getattr(op, "__name__", "operation")[-24:]) as bar:
        flow = _call_and_wait_flow(op, args, params, Wait(schedule, clock, on_progress, bar))
        final: T = run(flow, SyncEnv(client, sleep))
        return final


async def acall_and_wait(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
    **params: Any,
) -> T:
    """The async twin of :func:`call_and_wait`."""
    with Bar(progress, getattr(op, "__name__", "operation")[-24:]) as bar:
        flow = _call_and_wait_flow(op, args, params, Wait(schedule, clock, on_progress, bar))
        return await arun(flow, AsyncEnv(client, sleep))
