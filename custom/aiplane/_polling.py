"""Polling decisions, without I/O: the schedule, the verdict on each poll, the deadline."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from ._progress import Progress
from .descriptors import Lifecycle
from .retry import backoff, parse_retry_after

__all__ = ["PollSchedule", "Poller", "Verdict", "state_of"]


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
        wait = backoff(poll, base=self.initial, cap=self.max_interval, factor=self.factor)
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
