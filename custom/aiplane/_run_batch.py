"""Waiting for many runs with few requests: the I/O-free flow behind ``wait_runs`` and
``runs_as_completed`` (see :mod:`aiplane.runs` for the sync and async drivers).

A future's own wait polls its run: one request per run per poll. Here one *tick* reads the
state of every pending run through the batch read that getRun declares (``x-aiplane-batch``:
listRuns with ``ids``, at most ``max_ids`` a request), so a tick costs one request per 100
runs. A run the batch read shows final is then read once in full with getRun (a listed run
is a RunSummary: no result, no error; the async driver sends a tick's full reads at once),
exactly the Run its own future would end with, and its future is emitted: its ``result()``
then returns, or raises RunFailed, with no request, by the same code as a single wait. A
future given twice is emitted once, as ``concurrent.futures.as_completed`` does. Ticks
follow the same :class:`PollSchedule` (backoff, the batch read's ``retry-after`` within
the floor and cap, one deadline for the whole wait); every request is bounded by the time
left, and the deadline raises WaitTimeout naming the first run still pending (its id and
last state), as that run's own wait would.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import Any

from . import errors
from ._flow import Emit, EmittingFlow, Sleep, collect
from ._polling import Poller, PollSchedule, lifecycle_of, state_of
from ._run_flows import FutureCore, _ops, _schedule
from .descriptors import BatchRead, describe
from .pagination import new_state, page_flow

__all__ = ["RunBatch"]


def _futures(futures: Iterable[Any], kind: type[FutureCore], twin: str) -> list[FutureCore]:
    """The futures, checked before any request: all of ``kind``, all of one client."""
    if isinstance(futures, FutureCore):
        raise errors.InvalidParameter("futures", "must be an iterable of run futures")
    found = list(futures)
    for future in found:
        if not isinstance(future, kind):
            problem = f"must all be {kind.__name__} objects, got {type(future).__name__}"
            raise errors.InvalidParameter("futures", problem + twin)
    if any(f._client is not found[0]._client for f in found):
        raise errors.InvalidParameter("futures", "must all belong to one client")
    return found


class RunBatch:
    """The state and the flow of one wait for many runs (sync or async)."""

    def __init__(
        self,
        futures: Iterable[Any],
        kind: type[FutureCore],
        twin: str,
        schedule: PollSchedule | None,
        timeout: float | None,
        clock: Callable[[], float],
    ) -> None:
        self.futures = _futures(futures, kind, twin)
        self.client = self.futures[0]._client if self.futures else None
        first = self.futures[0]._schedule if self.futures else None
        self.schedule = _schedule(schedule or first, timeout)
        self.clock = clock
        self.lifecycle = lifecycle_of(_ops()[1])
        self.pending: dict[str, list[FutureCore]] = {}
        for future in self.futures:
            same_run = self.pending.setdefault(future.id, []) if not future.done() else None
            if same_run is not None and all(f is not future for f in same_run):
                same_run.append(future)
        self.seen: dict[str, Any] = {}  # run id -> the last RunSummary or Run read
        self.outcomes: dict[int, Any] = {}  # id(future) -> its result, or its RunFailed

    def collect(self, future: FutureCore, return_exceptions: bool) -> None:
        """Keep a finished future's outcome, as its ``result()`` gives it: its result, or its
        RunFailed (raised unless ``return_exceptions``)."""
        try:
            self.outcomes[id(future)] = future._outcome()
        except errors.RunFailed as failed:
            if not return_exceptions:
                raise
            self.outcomes[id(future)] = failed

    def results(self) -> list[Any]:
        """Every future's outcome, in the order the futures were given."""
        return [self.outcomes[id(future)] for future in self.futures]

    def flow(self) -> EmittingFlow:
        """Emit each future once its run is final: the finished ones first, with no request,
        then each as a tick finds it; sleep between ticks as the schedule says."""
        for future in {id(f): f for f in self.futures if f.done()}.values():
            yield Emit(future)
        if not self.pending:
            return
        poller = Poller("runs", self.lifecycle, self.schedule, self.clock)
        while True:
            hints = yield from self._tick(poller)
            if not self.pending:
                return
            poller.polls += 1
            self._blame(poller)
            now = self.clock()  # each interval counts from the read its hint came with
            yield Sleep(max(0.0, min(poller.next_delay(h) - (now - at) for h, at in hints)))

    def _tick(self, poller: Poller) -> Generator[Any, Any, list[tuple[Any, float]]]:
        """Read every pending run: batch reads of up to ``max_ids``, then getRun for the runs
        they show final or leave out (sent at once by the async driver); emit the futures of
        the final ones. Returns the headers of the batch reads (their retry-after hints), each
        with when it was read."""
        get_run = _ops()[1]
        batch = describe(get_run)[0].batch
        ids = list(self.pending)
        size = batch.max_ids if batch is not None else 1
        hints: list[tuple[Any, float]] = []
        for start in range(0, len(ids), size):
            chunk = ids[start : start + size]
            listed: dict[str, Any] = {}
            if batch is not None:
                self._blame(poller, chunk[0])
                for page in (yield from poller.within(collect(self._read(batch, chunk)))):
                    hints.append((page.headers, self.clock()))
                    listed.update((getattr(i, batch.id_attribute), i) for i in page.items)
            wanted = [i for i in chunk if i not in listed or self._final(listed[i])]
            self.seen.update((i, listed[i]) for i in chunk if i not in wanted)
            if not wanted:
                continue
            self._blame(poller, wanted[0])
            read = yield from poller.fetch_all(get_run, [(i,) for i in wanted])
            for run_id, detailed in zip(wanted, read, strict=True):
                hints += [] if batch is not None else [(detailed.headers, self.clock())]
                for future in self._settle(run_id, detailed.parsed):
                    yield Emit(future)
        return hints or [(None, self.clock())]

    def _read(self, batch: BatchRead, chunk: list[str]) -> EmittingFlow:
        """The batch read of ``chunk``'s runs (one page: its limit is the chunk's size)."""
        op = batch.operation()
        state = new_state(op, {batch.param: chunk}, limit=len(chunk), max_items=None)
        return page_flow(op, (), state, per_item=False)

    def _final(self, run: Any) -> bool:
        return state_of(run, self.lifecycle.attribute) in self.lifecycle.final

    def _settle(self, run_id: str, run: Any) -> list[FutureCore]:
        """Record a Run read in full; the futures it finishes (then no longer pending)."""
        self.seen[run_id] = run
        if not self._final(run):
            return []
        futures = self.pending.pop(run_id)
        for future in futures:
            future._seen(run)
        return futures

    def _blame(self, poller: Poller, run_id: str | None = None) -> None:
        """What a timeout names: ``run_id`` (or the first pending run) and its last state."""
        run_id = run_id or next(iter(self.pending))
        last = self.seen.get(run_id)
        poller.what, poller.last = f"run {run_id}", last
        poller.state = None if last is None else state_of(last, self.lifecycle.attribute)
