"""Waiting for long operations: work requests, lifecycle states, create-and-wait.

The decisions (how long until the next poll, whether a state is final, success or failure)
live in :class:`PollSchedule` and the ``_verdict_*`` functions, which do no I/O; the sync
and async loops around them only fetch and sleep. Every wait has a finite default
deadline and raises :class:`aiplane.errors.WaitTimeout` (carrying the last state) when it
passes.
"""

from __future__ import annotations

import enum
import importlib
import sys
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from typing import Any

import anyio

from . import errors
from ._call import Detailed, Operation, acall_detailed, call_detailed
from .retry import parse_retry_after

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

WORK_REQUEST_DONE = frozenset({"SUCCEEDED"})
WORK_REQUEST_FAILED = frozenset({"FAILED", "CANCELED"})


@dataclass(frozen=True)
class PollSchedule:
    """Poll intervals: start at ``initial``, multiply by ``factor`` up to ``max_interval``;
    a server's ``retry-after`` is honoured (up to ``max_interval``); stop at ``timeout``."""

    initial: float = 1.0
    max_interval: float = 30.0
    factor: float = 2.0
    timeout: float = 1200.0

    def delay(
        self, poll: int, elapsed: float, headers: Any = None, now: float = 0.0
    ) -> float | None:
        """Seconds before poll ``poll + 1`` (None: the deadline has passed)."""
        # the exponent is capped so long waits cannot overflow before min() applies
        wait = min(self.max_interval, self.initial * self.factor ** min(poll - 1, 60))
        server = parse_retry_after(headers or {}, now) if headers is not None else None
        if server is not None:
            wait = min(self.max_interval, max(server, 0.0))
        if elapsed >= self.timeout:
            return None
        return min(wait, self.timeout - elapsed)


class Verdict(enum.Enum):
    CONTINUE = "continue"
    DONE = "done"
    FAILED = "failed"


def state_of(obj: Any, attribute: str) -> str | None:
    """The string value of an enum-or-str attribute (open enums keep unknown values as str)."""
    value = getattr(obj, attribute, None)
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _verdict(state: str | None, done: Collection[str], failed: Collection[str]) -> Verdict:
    if state in done:
        return Verdict.DONE
    if state in failed:
        return Verdict.FAILED
    return Verdict.CONTINUE


@dataclass(frozen=True)
class Progress:
    """One poll of a work request, as given to ``on_progress``."""

    status: str | None
    percent_complete: float | None
    new_logs: list[Any] = field(default_factory=list)
    work_request: Any = None


class _Bar:
    """A tqdm progress bar, shown only on a terminal; a context manager."""

    def __init__(self, enabled: bool, description: str) -> None:
        self._bar: Any = None
        if enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - the `progress` extra is missing
                return
            self._bar = tqdm(total=100, desc=description, unit="%", leave=True)

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, p: Progress) -> None:
        if self._bar is not None and p.percent_complete is not None:
            self._bar.n = float(p.percent_complete)
            self._bar.set_postfix_str(p.status or "")
            self._bar.refresh()


def _wr_ops() -> tuple[Any, Any, Any]:
    from aiplane_management.api.work_request import (
        get_work_request,
        list_work_request_errors,
        list_work_request_logs,
    )

    return get_work_request, list_work_request_errors, list_work_request_logs


class _Poller:
    """The decisions of one wait, without I/O: judge each poll, say how long to sleep.

    The sync and async waiters below are thin loops around it (fetch, judge, sleep)."""

    def __init__(
        self,
        what: str,
        schedule: PollSchedule | None,
        clock: Callable[[], float],
        *,
        attribute: str,
        states: Collection[str],
        failure_states: Collection[str],
    ) -> None:
        self.what = what
        self.schedule = schedule or PollSchedule()
        self.clock = clock
        self.start = clock()
        self.polls = 0
        self.attribute = attribute
        self.states = states
        self.failure_states = failure_states
        self.state: str | None = None
        self.last: Any = None

    def judge(self, parsed: Any) -> Verdict:
        """Record one poll's result and classify it."""
        self.polls += 1
        self.last = parsed
        self.state = state_of(parsed, self.attribute)
        return _verdict(self.state, self.states, self.failure_states)

    def next_delay(self, headers: Any) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeout past the deadline."""
        delay = self.schedule.delay(self.polls, self.clock() - self.start, headers, time.time())
        if delay is None:
            raise errors.WaitTimeout(
                f"{self.what} still {self.state} after {self.schedule.timeout:.0f}s",
                last_state=self.state,
                last=self.last,
            )
        return delay

    def failure(self) -> errors.WaitFailed:
        return errors.WaitFailed(
            f"{self.what} reached {self.state}", last_state=self.state, last=self.last
        )

    def progress(self, logs: list[Any]) -> Progress:
        return Progress(self.state, getattr(self.last, "percent_complete", None), logs, self.last)


def _work_request_poller(
    work_request_id: str, schedule: PollSchedule | None, clock: Callable[[], float]
) -> _Poller:
    return _Poller(
        f"work request {work_request_id}",
        schedule,
        clock,
        attribute="status",
        states=WORK_REQUEST_DONE,
        failure_states=WORK_REQUEST_FAILED,
    )


# ------------------------------------------------------------------------- work requests
def wait_for_work_request(
    client: Any,
    work_request_id: str,
    *,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll a work request until SUCCEEDED (returned) or FAILED/CANCELED (raises
    :class:`~aiplane.errors.WorkRequestFailed` with its errors)."""
    from .pagination import paginate

    get_wr, list_errors, list_logs = _wr_ops()
    poller = _work_request_poller(work_request_id, schedule, clock)
    seen_logs = 0
    with _Bar(progress, f"work request {work_request_id[-12:]}") as bar:
        while True:
            detailed = call_detailed(get_wr, client, work_request_id)
            verdict = poller.judge(detailed.parsed)
            if on_progress is not None:
                logs = list(paginate(list_logs, client, work_request_id))[seen_logs:]
                seen_logs += len(logs)
                on_progress(poller.progress(logs))
            bar.update(poller.progress([]))
            if verdict is Verdict.DONE:
                return poller.last
            if verdict is Verdict.FAILED:
                errs = list(paginate(list_errors, client, work_request_id))
                raise errors.WorkRequestFailed(poller.last, errs)
            sleep(poller.next_delay(detailed.headers))


async def await_for_work_request(
    client: Any,
    work_request_id: str,
    *,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], Awaitable[None] | None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async twin of :func:`wait_for_work_request`."""
    from .pagination import apaginate

    get_wr, list_errors, list_logs = _wr_ops()
    poller = _work_request_poller(work_request_id, schedule, clock)
    seen_logs = 0
    with _Bar(progress, f"work request {work_request_id[-12:]}") as bar:
        while True:
            detailed = await acall_detailed(get_wr, client, work_request_id)
            verdict = poller.judge(detailed.parsed)
            if on_progress is not None:
                logs = [x async for x in apaginate(list_logs, client, work_request_id)][seen_logs:]
                seen_logs += len(logs)
                result = on_progress(poller.progress(logs))
                if isinstance(result, Awaitable):
                    await result
            bar.update(poller.progress([]))
            if verdict is Verdict.DONE:
                return poller.last
            if verdict is Verdict.FAILED:
                errs = [x async for x in apaginate(list_errors, client, work_request_id)]
                raise errors.WorkRequestFailed(poller.last, errs)
            await sleep(poller.next_delay(detailed.headers))


# ------------------------------------------------------------------------- lifecycle states
def wait_until(
    get_op: Operation[Any],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] = ("ACTIVE",),
    failure_states: Collection[str] = ("FAILED",),
    attribute: str = "lifecycle_state",
    succeed_on_not_found: bool = False,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll ``get_op(resource_id)`` until its lifecycle state is in ``states``; return the
    resource. A state in ``failure_states`` raises :class:`~aiplane.errors.WaitFailed` at
    once; the deadline raises :class:`~aiplane.errors.WaitTimeout`; with
    ``succeed_on_not_found`` a 404 ends the wait with None (waiting for a delete)."""
    poller = _Poller(
        resource_id,
        schedule,
        clock,
        attribute=attribute,
        states=states,
        failure_states=failure_states,
    )
    while True:
        try:
            detailed = call_detailed(get_op, client, resource_id)
        except errors.NotFound:
            if succeed_on_not_found:
                return None
            raise
        verdict = poller.judge(detailed.parsed)
        if verdict is Verdict.DONE:
            return poller.last
        if verdict is Verdict.FAILED:
            raise poller.failure()
        sleep(poller.next_delay(detailed.headers))


async def await_until(
    get_op: Operation[Any],
    client: Any,
    resource_id: str,
    *,
    states: Collection[str] = ("ACTIVE",),
    failure_states: Collection[str] = ("FAILED",),
    attribute: str = "lifecycle_state",
    succeed_on_not_found: bool = False,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async twin of :func:`wait_until`."""
    poller = _Poller(
        resource_id,
        schedule,
        clock,
        attribute=attribute,
        states=states,
        failure_states=failure_states,
    )
    while True:
        try:
            detailed = await acall_detailed(get_op, client, resource_id)
        except errors.NotFound:
            if succeed_on_not_found:
                return None
            raise
        verdict = poller.judge(detailed.parsed)
        if verdict is Verdict.DONE:
            return poller.last
        if verdict is Verdict.FAILED:
            raise poller.failure()
        await sleep(poller.next_delay(detailed.headers))


# ------------------------------------------------------------------------- call and wait
@dataclass(frozen=True)
class _Plan:
    """What to do after an operation returned: derived from its name, no I/O."""

    get_op: Any  # the sibling get_<resource> operation
    resource_id: str | None
    work_request_id: str | None
    deleting: bool

    @property
    def lifecycle_target(self) -> dict[str, Any]:
        """wait_until arguments for the end state when there is no work request to follow."""
        if self.deleting:
            return {"states": ("DELETED",), "succeed_on_not_found": True}
        return {"states": ("ACTIVE",)}


def _plan(op: Any, args: tuple[Any, ...], detailed: Detailed[Any]) -> _Plan:
    package, name = str(op.__name__).rsplit(".", 1)
    verb, _, resource = name.partition("_")
    if verb == "change":  # change_<resource>_compartment
        resource = resource.removesuffix("_compartment")
    get_op = importlib.import_module(f"{package}.get_{resource}")
    resource_id = getattr(detailed.parsed, "id", None) or (str(args[0]) if args else None)
    return _Plan(get_op, resource_id, detailed.opc_work_request_id, verb == "delete")


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
    """Run a create/update/delete/change operation and wait until it is done.

    Follows ``opc-work-request-id`` when the service returns one, else waits for the
    resource's lifecycle state (ACTIVE, or DELETED / gone for a delete); returns the final
    resource, fetched with the sibling ``get_<resource>`` operation (None after a delete).
    Generic over operations: nothing here knows a particular resource.
    """
    detailed = call_detailed(op, client, *args, **params)
    plan = _plan(op, args, detailed)
    if plan.resource_id is None:
        return detailed.parsed
    if plan.work_request_id is not None:
        wait_for_work_request(
            client,
            plan.work_request_id,
            schedule=schedule,
            on_progress=on_progress,
            progress=progress,
            sleep=sleep,
            clock=clock,
        )
    else:
        wait_until(
            plan.get_op,
            client,
            plan.resource_id,
            schedule=schedule,
            sleep=sleep,
            clock=clock,
            **plan.lifecycle_target,
        )
    if plan.deleting:
        return None
    return call_detailed(plan.get_op, client, plan.resource_id).parsed


async def acall_and_wait(
    op: Operation[Any],
    client: Any,
    *args: Any,
    schedule: PollSchedule | None = None,
    on_progress: Callable[[Progress], Awaitable[None] | None] | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
    **params: Any,
) -> Any:
    """The async twin of :func:`call_and_wait`."""
    detailed = await acall_detailed(op, client, *args, **params)
    plan = _plan(op, args, detailed)
    if plan.resource_id is None:
        return detailed.parsed
    if plan.work_request_id is not None:
        await await_for_work_request(
            client,
            plan.work_request_id,
            schedule=schedule,
            on_progress=on_progress,
            progress=progress,
            sleep=sleep,
            clock=clock,
        )
    else:
        await await_until(
            plan.get_op,
            client,
            plan.resource_id,
            schedule=schedule,
            sleep=sleep,
            clock=clock,
            **plan.lifecycle_target,
        )
    if plan.deleting:
        return None
    return (await acall_detailed(plan.get_op, client, plan.resource_id)).parsed


# ------------------------------------------------------------------------- optimistic updates
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
    for attempt in range(1, attempts + 1):
        current = call_detailed(get_op, client, resource_id)
        try:
            return call_detailed(
                update_op, client, resource_id, body=change(current.parsed), if_match=current.etag
            )
        except errors.PreconditionFailed:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


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
    for attempt in range(1, attempts + 1):
        current = await acall_detailed(get_op, client, resource_id)
        try:
            return await acall_detailed(
                update_op, client, resource_id, body=change(current.parsed), if_match=current.etag
            )
        except errors.PreconditionFailed:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
