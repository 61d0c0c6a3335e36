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

import dataclasses
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from typing import Any

import anyio

from . import _tokens, errors
from ._call import Detailed, Operation
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


def _work_request_flow(wr_id: str, wait: _Wait, seen: dict[str, Any]) -> Flow[Any]:
    get_wr, list_errors, list_logs = _wr_ops()
    poller = Poller(f"work request {wr_id}", lifecycle_of(get_wr), wait.schedule, wait.clock)
    if seen:
        poller.resume_with(_tokens.time_left_until(seen.get("deadline")))
    tail: list[tuple[str | None, int]] = [(seen.get("page"), int(seen.get("skip", 0)))]
    while True:
        detailed = yield from poller.fetch(get_wr, (wr_id,))
        verdict = poller.judge(detailed.parsed)
        if wait.on_progress is not None:
            logs = yield from _new_logs(list_logs, wr_id, tail, poller)
            token = _tokens.encode(
                "work_request",
                id=wr_id,
                deadline=_tokens.deadline_in(poller.time_left()),
                page=tail[0][0],
                skip=tail[0][1],
            )
            progress = dataclasses.replace(poller.progress(logs), resume_token=token)
            yield Notify(wait.on_progress, progress)
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
        yield from _work_request_flow(detailed.opc_work_request_id, wait, {})
    elif lifecycle is not None:
        target = after_call(lifecycle, deleting)
        yield from _until_flow(get_op, got, target, deleting, wait)
    if deleting:
        return None
    final = yield Fetch(get_op, got)
    return final.parsed


def _etag_flow(
    get_op: Any, update_op: Any, args: tuple[Any, ...], change: Callable[[Any], Any], attempts: int
) -> Flow[Detailed[Any]]:
    update, _ = describe(update_op)
    if_match = update.header("if-match")
    if if_match is None:
        raise errors.UnsupportedOperation(f"{update.name} declares no if-match header")
    for attempt in range(1, attempts + 1):
        current = yield Fetch(get_op, args)
        params = {"body": change(current.parsed), if_match.python_name: current.etag}
        try:
            updated: Detailed[Any] = yield Fetch(update_op, args, params)
            return updated
        except errors.PreconditionFailed:
            if attempt == attempts:
                raise
    raise ValueError("attempts must be >= 1")


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
) -> Any:
    """Poll a work request until SUCCEEDED (returned) or FAILED/CANCELED (raises
    :class:`~aiplane.errors.WorkRequestFailed` with its errors).

    Each :class:`Progress` has a ``resume_token``: give it as ``resume_token`` (the id may
    then be left out), in this process or another, to go on with the same deadline and
    without the log entries already reported."""
    wr_id, seen = _tokens.resumed("work_request", work_request_id, resume_token)
    with Bar(progress, f"work request {wr_id[-12:]}") as bar:
        flow = _work_request_flow(wr_id, _Wait(schedule, clock, on_progress, bar), seen)
        return run(flow, SyncEnv(client, sleep))


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
) -> Any:
    """The async twin of :func:`wait_for_work_request`."""
    wr_id, seen = _tokens.resumed("work_request", work_request_id, resume_token)
    with Bar(progress, f"work request {wr_id[-12:]}") as bar:
        flow = _work_request_flow(wr_id, _Wait(schedule, clock, on_progress, bar), seen)
        return await arun(flow, AsyncEnv(client, sleep))


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
    op: Operation[Any],
    client: Any,
    *args: Any,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    **params: Any,
) -> Any:
    """Run an operation and wait until what it started is done; return the final resource.

    Follows ``opc-work-request-id`` when the service returns one, else waits for the
    lifecycle of the resource (its end state, or gone for a DELETE) when the read
    operation declares one; then reads the resource with the read operation the spec
    declares for ``op`` (``x-aiplane-get``). Returns None after a delete, and the
    operation's own result when it declares no read operation."""
    with Bar(progress, getattr(op, "__name__", "operation")[-24:]) as bar:
        flow = _call_and_wait_flow(op, args, params, _Wait(schedule, clock, on_progress, bar))
        return run(flow, SyncEnv(client, sleep))


async def acall_and_wait(
    op: Operation[Any],
    client: Any,
    *args: Any,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
    **params: Any,
) -> Any:
    """The async twin of :func:`call_and_wait`."""
    with Bar(progress, getattr(op, "__name__", "operation")[-24:]) as bar:
        flow = _call_and_wait_flow(op, args, params, _Wait(schedule, clock, on_progress, bar))
        return await arun(flow, AsyncEnv(client, sleep))


def update_with_etag(
    get_op: Operation[Any],
    update_op: Operation[Any],
    client: Any,
    resource_id: str,
    change: Callable[[Any], Any],
    *,
    attempts: int = 5,
) -> Detailed[Any]:
    """Read a resource, build the update body with ``change(resource)``, send it with
    ``if-match`` set to the etag read; on 412 re-read and try again (``attempts`` times)."""
    flow = _etag_flow(get_op, update_op, (resource_id,), change, attempts)
    return run(flow, SyncEnv(client, time.sleep))


async def aupdate_with_etag(
    get_op: Operation[Any],
    update_op: Operation[Any],
    client: Any,
    resource_id: str,
    change: Callable[[Any], Any],
    *,
    attempts: int = 5,
) -> Detailed[Any]:
    """The async twin of :func:`update_with_etag`."""
    flow = _etag_flow(get_op, update_op, (resource_id,), change, attempts)
    return await arun(flow, AsyncEnv(client, anyio.sleep))
