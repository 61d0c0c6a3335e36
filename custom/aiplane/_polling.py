"""Polling decisions, without I/O: the schedule, the verdict on each poll, the deadline."""

from __future__ import annotations

import dataclasses
import enum
import time
from collections.abc import Callable, Collection, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from . import errors
from ._call import Detailed
from ._flow import Fetch, FetchAll, Flow
from ._progress import Progress
from .descriptors import Lifecycle, OperationDescriptor, describe
from .retry import backoff, parse_retry_after

__all__ = [
    "PollSchedule",
    "Poller",
    "Verdict",
    "after_call",
    "lifecycle_of",
    "read_args",
    "state_of",
    "target_of",
]

T = TypeVar("T")

# what a call that ran out of the wait's time ends with
_OUT_OF_TIME = (errors.TransportError, errors.RateLimited, errors.ServerError)


@dataclass(frozen=True)
class PollSchedule:
    """Poll intervals: start at ``initial``, multiply by ``factor`` up to ``max_interval``;
    a server's ``retry-after`` is honoured between ``initial`` and ``max_interval`` (a hint
    may lengthen the interval, never shorten it below ``initial``); stop at ``timeout``."""

    initial: float = 1.0
    max_interval: float = 30.0
    factor: float = 2.0
    timeout: float = 1200.0

    def delay(
        self, poll: int, elapsed: float, headers: Any = None, now: float = 0.0
    ) -> float | None:
        """Seconds before poll ``poll + 1`` (None: the deadline has passed)."""
        wait = backoff(poll, base=self.initial, cap=self.max_interval, factor=self.factor)
        server = parse_retry_after(headers or {}, now) if headers is not None else None
        if server is not None:
            wait = min(self.max_interval, max(server, self.initial))
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


class Poller:
    """The decisions of one wait: judge each poll against a lifecycle, say how long to sleep."""

    def __init__(
        self,
        what: str,
        target: Lifecycle,
        schedule: PollSchedule | None,
        clock: Callable[[], float],
    ) -> None:
        self.what = what
        self.target = target
        self.schedule = schedule or PollSchedule()
        self.clock = clock
        self.start = clock()
        self.polls = 0
        self.state: str | None = None
        self.last: Any = None

    def judge(self, parsed: Any) -> Verdict:
        """Record one poll's result and classify it."""
        self.polls += 1
        self.last = parsed
        self.state = state_of(parsed, self.target.attribute)
        if self.state in self.target.ready:
            return Verdict.DONE
        if self.state in self.target.failed:
            return Verdict.FAILED
        return Verdict.CONTINUE

    def time_left(self) -> float:
        """Seconds until the wait's deadline: every call made in the wait is bounded by it."""
        return max(self.schedule.timeout - (self.clock() - self.start), 0.0)

    def resume_with(self, time_left: float) -> None:
        """Continue a wait (from a resume token) that has ``time_left`` seconds to go."""
        self.start = self.clock() - (self.schedule.timeout - time_left)

    def timed_out(self) -> errors.WaitTimeout:
        return errors.WaitTimeout(
            f"{self.what} still {self.state} after {self.schedule.timeout:.0f}s",
            last_state=self.state,
            last=self.last,
        )

    def next_delay(self, headers: Any) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeout past the deadline."""
        delay = self.schedule.delay(self.polls, self.clock() - self.start, headers, time.time())
        if delay is None:
            raise self.timed_out()
        return delay

    def within(self, flow: Generator[Any, Any, T]) -> Generator[Any, Any, T]:
        """``flow`` with each of its fetches bounded by the wait's time left; one that would
        start after the deadline, or fails because it ran out, raises WaitTimeout instead (a
        listing cannot outlast it)."""
        reply: Any = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, Fetch):
                if self.time_left() <= 0:
                    raise self.timed_out()
                step = dataclasses.replace(step, time_left=self.time_left())
            try:
                reply = yield step
            except _OUT_OF_TIME as exc:
                self._out_of_time(exc)
                raise

    def fetch(
        self, op: Any, args: tuple[Any, ...], params: dict[str, Any] | None = None
    ) -> Flow[Detailed[Any]]:
        """Fetch within the wait's time left; a failure because it ran out is WaitTimeout."""
        try:
            detailed: Detailed[Any] = yield Fetch(op, args, params or {}, self.time_left())
        except _OUT_OF_TIME as exc:
            self._out_of_time(exc)
            raise
        return detailed

    def fetch_all(self, op: Any, many: list[tuple[Any, ...]]) -> Flow[list[Detailed[Any]]]:
        """:meth:`fetch` for several calls of ``op`` (one per argument tuple), sent at once
        by the async driver (:class:`~aiplane._flow.FetchAll`)."""
        step = FetchAll(tuple(Fetch(op, args, {}, self.time_left()) for args in many))
        try:
            done: list[Detailed[Any]] = yield step
        except _OUT_OF_TIME as exc:
            self._out_of_time(exc)
            raise
        return done

    def _out_of_time(self, exc: errors.AiplaneError) -> None:
        """Raise WaitTimeout (from ``exc``) when a call failed because the wait ran out."""
        if self.time_left() <= 0 or exc.retry_stop.startswith("retry deadline"):
            raise self.timed_out() from exc

    def failure(self) -> errors.WaitFailed:
        return errors.WaitFailed(
            f"{self.what} reached {self.state}", last_state=self.state, last=self.last
        )

    def progress(self, logs: list[Any]) -> Progress:
        return Progress(self.state, getattr(self.last, "percent_complete", None), logs, self.last)


def lifecycle_of(op: Any) -> Lifecycle:
    descriptor, _ = describe(op)
    if descriptor.lifecycle is None:
        raise errors.UnsupportedOperation(
            f"{descriptor.name} declares no lifecycle (x-aiplane-lifecycle)"
        )
    return descriptor.lifecycle


def read_args(
    descriptor: OperationDescriptor, args: tuple[Any, ...], detailed: Detailed[Any]
) -> tuple[Any, ...] | None:
    """The arguments of the declared read operation, or None when there is nothing to read."""
    if descriptor.reads is None:
        return None
    values = tuple(
        source.read(args, descriptor.path_params, detailed.parsed, detailed.headers)
        for source in descriptor.reads.arguments
    )
    return None if any(v is None for v in values) else values


def target_of(
    get_op: Any,
    states: Collection[str] | None,
    failure_states: Collection[str] | None,
    attribute: str | None,
) -> Lifecycle:
    """The lifecycle to wait for: the read operation's own, with any part overridden. A
    final state that is not a target counts as a failure (it will never change)."""
    descriptor, _ = describe(get_op)
    declared = descriptor.lifecycle
    if declared is None and (states is None or attribute is None):
        raise errors.UnsupportedOperation(
            f"{descriptor.name} declares no lifecycle (x-aiplane-lifecycle): "
            "pass states= and attribute="
        )
    attr = attribute or (declared.attribute if declared else "")
    if descriptor.fields and attr not in descriptor.fields:
        raise errors.UnsupportedOperation(f"{descriptor.name} returns no attribute {attr!r}")
    own = declared if declared is not None and declared.attribute == attr else None
    empty: frozenset[str] = frozenset()
    ready = frozenset(states) if states is not None else own.ready if own else empty
    failed = frozenset(failure_states) if failure_states is not None else empty
    if failure_states is None and own is not None:
        failed = own.failed
    final = own.final if own else empty
    return Lifecycle(attr, ready, failed | (final - ready), final=final)


def after_call(lifecycle: Lifecycle, deleting: bool) -> Lifecycle:
    """The lifecycle to follow after an operation: its end state, or gone for a delete."""
    if not deleting:
        return Lifecycle(
            lifecycle.attribute,
            lifecycle.ready,
            lifecycle.failed | (lifecycle.final - lifecycle.ready),
            final=lifecycle.final,
        )
    return Lifecycle(lifecycle.attribute, lifecycle.gone, lifecycle.failed, final=lifecycle.final)
