"""The decisions of a run's future, as I/O-free flows (see :mod:`aiplane._flow`).

:class:`FutureCore` holds what a future knows (its run id, the last Run fetched, the
options of its waits) and builds the flows both futures run: submit, one status fetch, the
wait for a final state (backoff, ``retry-after`` within the schedule's floor and cap, the
deadline), cancel. The sync and async futures only run these flows with their driver.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from typing import Any, Self, TypeVar

from . import _tokens, errors
from ._flow import Fetch, Flow, Notify, Sleep
from ._polling import Poller, PollSchedule, Verdict, lifecycle_of, state_of
from ._progress import Bar, Progress
from .descriptors import describe

T = TypeVar("T")

__all__ = ["FutureCore", "ProgressCallback", "submit_flow"]

ProgressCallback = Callable[[Progress], Any]
_NOT_IN_AN_ID = re.compile(r"[\x00-\x1f/?#]")  # controls, and what would change the path


def _ops() -> tuple[Any, Any, Any, Any]:
    from aiplane_data.api.runs import cancel_run, create_run, get_run, get_run_events

    return create_run, get_run, cancel_run, get_run_events


def submit_flow(deployment_id: str, body: Any, retry_token: str | None) -> Flow[Any]:
    """POST the run; the call adds an ``opc-retry-token`` (createRun declares one), kept
    across the call's retries, so a retried submit never starts a second run."""
    create_run = _ops()[0]
    params: dict[str, Any] = {"body": body}
    if retry_token is not None:
        token = describe(create_run)[0].header("opc-retry-token")
        if token is None:  # pragma: no cover - the spec declares it
            raise errors.UnsupportedOperation("createRun declares no opc-retry-token")
        params[token.python_name] = retry_token
    detailed = yield Fetch(create_run, (deployment_id,), params)
    return detailed.parsed


def _check_id(run_id: object) -> str:
    if not isinstance(run_id, str) or not run_id.strip():
        raise errors.InvalidParameter("run_id", "must be a non-empty string")
    if _NOT_IN_AN_ID.search(run_id):
        raise errors.InvalidParameter("run_id", "must not contain '/', '?', '#' or controls")
    return run_id


def _schedule(schedule: PollSchedule | None, timeout: float | None) -> PollSchedule:
    base = schedule or PollSchedule()
    if timeout is None:
        return base
    if not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise errors.InvalidParameter("timeout", "must be a positive number of seconds")
    return dataclasses.replace(base, timeout=float(timeout))


class FutureCore:
    """The state and the flows of one run's future (sync or async)."""

    def __init__(
        self,
        client: Any,
        run_id: str,
        *,
        run: Any = None,
        schedule: PollSchedule | None = None,
        progress: bool = False,
        clock: Callable[[], float],
    ) -> None:
        self._client = client
        self._id = _check_id(run_id)
        self._schedule = schedule
        self._progress = progress
        self._clock = clock
        self._last: Any = run
        self._lifecycle = lifecycle_of(_ops()[1])
        self._deadline: float | None = None  # wall clock: set by the first result() wait
        self._last_event_id: str | None = None
        self._stream: Any = None  # the last events() stream, for its last event id

    @classmethod
    def from_token(cls, client: Any, resume_token: str, **options: Any) -> Self:
        """The future a :meth:`resume_token` stands for, in this process or another (no
        request): ``result()`` keeps the deadline, ``events()`` goes on after the last event
        seen. ``options`` as the constructor's."""
        run_id, fields = _tokens.resumed("run", None, resume_token)
        future = cls(client, run_id, **options)
        deadline, last = fields.get("deadline"), fields.get("last_event_id")
        future._deadline = float(deadline) if isinstance(deadline, int | float) else None
        future._last_event_id = str(last) if last is not None else None
        return future

    def resume_token(self) -> str:
        """A short token (no secret) to resume this future with :meth:`from_token`: the run
        id, the wall-clock deadline of the wait in progress, the last event id read."""
        last = self._stream.last_event_id if self._stream is not None else None
        return _tokens.encode(
            "run", id=self._id, deadline=self._deadline, last_event_id=last or self._last_event_id
        )

    def _watch(self, stream: T) -> T:
        self._stream = stream
        return stream

    @property
    def id(self) -> str:
        """The run's id."""
        return self._id

    @property
    def last(self) -> Any:
        """The last Run fetched (None before the first fetch); no request."""
        return self._last

    def done(self) -> bool:
        """Whether the last Run fetched is in a final state; no request."""
        return self._state() in self._lifecycle.final

    def _seen(self, run: Any) -> None:
        """Take ``run``, read in full elsewhere (a wait for many runs), as the last fetched."""
        self._last = run

    def _state(self) -> str | None:
        return None if self._last is None else state_of(self._last, self._lifecycle.attribute)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self._id!r}, status={self._state()!r})"

    def _bar(self) -> Bar:
        return Bar(self._progress, f"run {self._id[-12:]}")

    def _fetch_flow(self, op: Any) -> Flow[Any]:
        detailed = yield Fetch(op, (self._id,))
        self._last = detailed.parsed
        return self._last

    def _status_flow(self) -> Flow[Any]:
        return self._fetch_flow(_ops()[1])

    def _cancel_flow(self) -> Flow[Any]:
        return self._fetch_flow(_ops()[2])

    def _events_params(self, last_event_id: str | int | None) -> dict[str, Any]:
        if last_event_id is None:
            last_event_id = self._last_event_id
        if last_event_id is None:
            return {}
        header = describe(_ops()[3])[0].header("last-event-id")
        if header is None:  # pragma: no cover - the spec declares it
            raise errors.UnsupportedOperation("getRunEvents declares no Last-Event-ID")
        return {header.python_name: str(last_event_id)}

    def _outcome(self) -> Any:
        """The result of the final Run, or RunFailed with the server's code and traceback."""
        if self._state() in self._lifecycle.ready:
            from aiplane_data.types import Unset

            result = getattr(self._last, "result", None)
            return None if isinstance(result, Unset) else result
        raise errors.RunFailed(self._last)

    def _result_flow(
        self, timeout: float | None, bar: Bar, on_progress: ProgressCallback | None
    ) -> Flow[Any]:
        """Poll until final; return its result, raise RunFailed, or WaitTimeout (last state)."""
        if self.done():
            return self._outcome()
        get_run = _ops()[1]
        schedule = _schedule(self._schedule, timeout)
        poller = Poller(f"run {self._id}", self._lifecycle, schedule, self._clock)
        if timeout is None and self._deadline is not None:
            poller.resume_with(_tokens.time_left_until(self._deadline))
        else:
            self._deadline = _tokens.deadline_in(poller.time_left())
        while True:
            detailed = yield from poller.fetch(get_run, (self._id,))
            self._last = detailed.parsed
            verdict = poller.judge(detailed.parsed)
            if on_progress is not None:
                yield Notify(on_progress, poller.progress([]))
            yield Notify(bar.update, poller.progress([]))
            if verdict is not Verdict.CONTINUE:
                return self._outcome()
            yield Sleep(poller.next_delay(detailed.headers))
