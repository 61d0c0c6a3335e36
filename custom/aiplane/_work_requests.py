"""The work-request wait, one I/O-free flow: poll, report new log entries (reading only the
last page seen), hand out resume tokens, fetch the errors of a failed request."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from . import _tokens, errors
from ._flow import Flow, Notify, Sleep, collect
from ._polling import Poller, PollSchedule, Verdict, lifecycle_of
from ._progress import Bar, Progress
from .pagination import new_state, page_flow

__all__ = ["ProgressCallback", "Wait", "work_request_flow"]

ProgressCallback = Callable[[Progress], Awaitable[None] | None]


@dataclass(frozen=True)
class Wait:
    """The options every wait shares."""

    schedule: PollSchedule | None
    clock: Callable[[], float]
    on_progress: ProgressCallback | None = None
    bar: Bar | None = None


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


def work_request_flow(wr_id: str, wait: Wait, seen: dict[str, Any]) -> Flow[Any]:
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
