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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import anyio

from . import errors
from ._call import Operation, ServiceError
from ._etag import aupdate_with_etag, update_with_etag
from ._flow import AsyncEnv, Fetch, Flow, Notify, Sleep, SyncEnv, arun, collect, run
from ._polling import (
    Poller,
    PollSchedule,
    Verdict,
    after_call,
    lifecycle_of,
    read_args,
    target_of,
)
from ._progress import Bar, Progress
from .descriptors import Lifecycle, describe
from .pagination import new_state, page_flow

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
ProgressCallback = Callable[[Progress], Awaitable[None] | None]


@dataclass(frozen=True)
class _Wait:
    """The options every wait shares."""

    schedule: PollSchedule | None
    clock: Callable[[], float]
    on_progress: ProgressCallback | None = None
    bar: Bar | None = None


# ------------------------------------------------------------------------- the flows
def _wr_ops() -> tuple[Any, Any, Any]:
    from aiplane_management.api.work_request import (
        get_work_request,
        list_work_request_errors,
        list_work_request_logs,
    )

    return get_work_request, list_work_request_errors, list_work_request_logs


def _new_logs(
    list_logs: Any, wr_id: str, tail: list[tuple[str | None, int]], poller: Poller
) -> Flow[list[Any]]:
    """The log entries added since the last call: re-reads only the last page seen."""
    state = new_state(list_logs, {}, limit=None, max_items=None, page=tail[0][0])
    state.skip = tail[0][1]
    pages = page_flow(list_logs, (wr_id,), state, per_item=True)
    entries = yield from poller.within(collect(pages))
    tail[0] = state.tail
    return entries


def _all_errors(list_errors: Any, wr_id: str, poller: Poller) -> Flow[list[Any]]:
    state = new_state(list_errors, {}, limit=None, max_items=None)
    pages = page_flow(list_errors, (wr_id,), state, per_item=True)
    return (yield from poller.within(collect(pages)))


def _work_request_flow(wr_id: str, wait: _Wait) -> Flow[Any]:
    get_wr, list_errors, list_logs = _wr_ops()
    poller = Poller(f"work request {wr_id}", lifecycle_of(get_wr), wait.schedule, wait.clock)
    tail: list[tuple[str | None, int]] = [(None, 0)]
    while True:
        detailed = yield from poller.fetch(get_wr, (wr_id,))
        verdict = poller.judge(detailed.parsed)
        if wait.on_progress is not None:
            logs = yield from _new_logs(list_logs, wr_id, tail, poller)
            yield Notify(wait.on_progress, poller.progress(logs))
        if wait.bar is not None:
            yield Notify(wait.bar.update, poller.progress([]))
        if verdict is Verdict.DONE:
            return poller.last
        if verdict is Verdict.FAILED:
            errs = yield from _all_errors(list_errors, wr_id, poller)
            raise errors.WorkRequestFailed(poller.last, errs)
        yield Sleep(poller.next_delay(detailed.headers))


def _until_flow(
    get_op: Any, args: tuple[Any, ...], target: Lifecycle, gone_ok: bool, wait: _Wait
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


def _call_and_wait_flow(
    op: Any, args: tuple[Any, ...], params: dict[str, Any], wait: _Wait
) -> Flow[Any]:
    descriptor, _ = describe(op)
    detailed = yield Fetch(op, args, params)
    got = read_args(descriptor, args, detailed)
    if got is None or descriptor.reads is None:
        return detailed.parsed
    get_op = descriptor.reads.operation()
    lifecycle = describe(get_op)[0].lifecycle
    deleting = descriptor.method == "DELETE"
    if detailed.opc_work_request_id is not None:
        yield from _work_request_flow(detailed.opc_work_request_id, wait)
    elif lifecycle is not None:
        target = after_call(lifecycle, deleting)
        yield from _until_flow(get_op, got, target, deleting, wait)
    if deleting:
        return None
    final = yield Fetch(get_op, got)
    return final.parsed


# ------------------------------------------------------------------------- sync and async
def wait_for_work_request(
    client: Any,
    work_request_id: str,
    *,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WorkRequest:
    """Poll a work request until SUCCEEDED (returned) or FAILED/CANCELED (raises
    :class:`~aiplane.errors.WorkRequestFailed` with its errors)."""
    with Bar(progress, f"work request {work_request_id[-12:]}") as bar:
        flow = _work_request_flow(work_request_id, _Wait(schedule, clock, on_progress, bar))
        done: WorkRequest = run(flow, SyncEnv(client, sleep))
        return done


async def await_for_work_request(
    client: Any,
    work_request_id: str,
    *,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WorkRequest:
    """The async twin of :func:`wait_for_work_request`."""
    with Bar(progress, f"work request {work_request_id[-12:]}") as bar:
        flow = _work_request_flow(work_request_id, _Wait(schedule, clock, on_progress, bar))
        return await arun(flow, AsyncEnv(client, sleep))


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
    flow = _until_flow(get_op, (resource_id,), target, succeed_on_not_found, _Wait(schedule, clock))
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
    flow = _until_flow(get_op, (resource_id,), target, succeed_on_not_found, _Wait(schedule, clock))
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
        flow = _call_and_wait_flow(op, args, params, _Wait(schedule, clock, on_progress, bar))
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
        flow = _call_and_wait_flow(op, args, params, _Wait(schedule, clock, on_progress, bar))
        return await arun(flow, AsyncEnv(client, sleep))
