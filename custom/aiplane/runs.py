"""Runs: submit an asynchronous inference run and hold its future.

``aiplane.submit_run(client, deployment_id, args=... | url=..., ...)`` checks the input
before any request (:mod:`aiplane._run_input`), POSTs the run with an ``opc-retry-token``
(so a retried submit never starts two runs) and returns a :class:`RunFuture`:
``.id``, ``.status()`` (one fetch), ``.result(timeout=...)`` (polls with backoff, honours
``retry-after``, raises :class:`~aiplane.errors.RunFailed` or
:class:`~aiplane.errors.WaitTimeout`), ``.cancel()``, ``.events()`` (the run's SSE events,
resumable with ``last_event_id``). ``RunFuture.from_id(client, run_id)`` re-creates a
future in another process. :class:`AsyncRunFuture` / :func:`asubmit_run` are the async
twins; all decisions are the flows of :mod:`aiplane._run_flows`.

Many runs at once: :func:`runs_as_completed` yields futures as their runs finish and
:func:`wait_runs` returns their results, reading up to 100 runs' states per request (the
batch read of :mod:`aiplane._run_batch`) instead of polling each run; :func:`aruns_as_completed`
and :func:`await_runs` are the async twins.
"""

from __future__ import annotations

import time
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Mapping,
)
from contextlib import aclosing, closing
from typing import TYPE_CHECKING, Any, Self

import anyio
import httpx

from ._flow import AsyncEnv, Flow, SyncEnv, aiterate, arun, iterate, run
from ._polling import PollSchedule
from ._run_batch import RunBatch
from ._run_flows import FutureCore, ProgressCallback, submit_flow
from ._run_input import run_body

if TYPE_CHECKING:
    from .streams import AsyncEventStream, EventStream

__all__ = [
    "AsyncRunFuture",
    "RunFuture",
    "aruns_as_completed",
    "asubmit_run",
    "await_runs",
    "runs_as_completed",
    "submit_run",
    "wait_runs",
]


def _events_op() -> Any:
    from aiplane_data.api.runs import get_run_events

    return get_run_events


def data_url(client: Any) -> httpx.URL | None:
    """The data plane's base URL (absolute file URLs must be on its host)."""
    plane = client.plane_for("data") if hasattr(client, "plane_for") else client
    getter = getattr(plane, "get_httpx_client", None)
    if getter is None:
        return None
    base = getter().base_url
    return base if isinstance(base, httpx.URL) else httpx.URL(str(base))  # parsed once


class RunFuture(FutureCore):
    """A submitted run (sync). Re-create one anywhere with :meth:`from_id`."""

    def __init__(
        self,
        client: Any,
        run_id: str,
        *,
        run: Any = None,
        schedule: PollSchedule | None = None,
        progress: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client, run_id, run=run, schedule=schedule, progress=progress, clock=clock)
        self._env = SyncEnv(client, sleep)

    @classmethod
    def from_id(cls, client: Any, run_id: str, **options: Any) -> Self:
        """The future of an existing run (no request); options as the constructor's."""
        return cls(client, run_id, **options)

    def status(self) -> str | None:
        """Fetch the run once; its status (``QUEUED``, ``RUNNING``, ``SUCCEEDED``...)."""
        run(self._status_flow(), self._env)
        return self._state()

    def result(
        self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None
    ) -> Any:
        """Wait for the run to end and return its result. ``timeout`` (seconds) replaces the
        schedule's deadline; ``on_progress`` receives every poll."""
        with self._bar() as bar:
            return run(self._result_flow(timeout, bar, on_progress), self._env)

    def cancel(self) -> Any:
        """Cancel the run (409 Conflict once it has SUCCEEDED or FAILED); the Run."""
        return run(self._cancel_flow(), self._env)

    def events(
        self, last_event_id: str | int | None = None, *, keep_events: bool = False
    ) -> EventStream[Any]:
        """The run's events as they happen (from after ``last_event_id`` when given): the
        resumable stream of :func:`aiplane.stream`, a context manager and an iterator;
        ``keep_events=True`` keeps every event read in ``.events`` (else only the count)."""
        from .streams import stream

        params = self._events_params(last_event_id)
        opened = stream(_events_op(), self._client, self.id, keep_events=keep_events, **params)
        return self._watch(opened)


class AsyncRunFuture(FutureCore):
    """The async twin of :class:`RunFuture`."""

    def __init__(
        self,
        client: Any,
        run_id: str,
        *,
        run: Any = None,
        schedule: PollSchedule | None = None,
        progress: bool = False,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client, run_id, run=run, schedule=schedule, progress=progress, clock=clock)
        self._env = AsyncEnv(client, sleep)

    @classmethod
    def from_id(cls, client: Any, run_id: str, **options: Any) -> Self:
        """The future of an existing run (no request); options as the constructor's."""
        return cls(client, run_id, **options)

    async def status(self) -> str | None:
        """The async twin of :meth:`RunFuture.status`."""
        await arun(self._status_flow(), self._env)
        return self._state()

    async def result(
        self, timeout: float | None = None, *, on_progress: ProgressCallback | None = None
    ) -> Any:
        """The async twin of :meth:`RunFuture.result`."""
        with self._bar() as bar:
            return await arun(self._result_flow(timeout, bar, on_progress), self._env)

    async def cancel(self) -> Any:
        """The async twin of :meth:`RunFuture.cancel`."""
        return await arun(self._cancel_flow(), self._env)

    def events(
        self, last_event_id: str | int | None = None, *, keep_events: bool = False
    ) -> AsyncEventStream[Any]:
        """The async twin of :meth:`RunFuture.events`."""
        from .streams import astream

        params = self._events_params(last_event_id)
        opened = astream(_events_op(), self._client, self.id, keep_events=keep_events, **params)
        return self._watch(opened)


def _submission(
    client: Any,
    deployment_id: str,
    args: Mapping[str, Any] | None,
    url: str | None,
    callback: tuple[str | None, Any],
    metadata: Mapping[str, str] | None,
    retry_token: str | None,
) -> Flow[Any]:
    """The submit flow; the body is built (and checked) before its first request."""
    body = run_body(args, url, *callback, metadata, data_url(client))
    return submit_flow(deployment_id, body, retry_token)


def submit_run(
    client: Any,
    deployment_id: str,
    *,
    args: Mapping[str, Any] | None = None,
    url: str | None = None,
    callback_url: str | None = None,
    callback_auth: Any = None,
    metadata: Mapping[str, str] | None = None,
    retry_token: str | None = None,
    schedule: PollSchedule | None = None,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> RunFuture:
    """Submit a run of ``deployment_id`` with ``args`` (a JSON object) or ``url`` (a file,
    ``files/<bucket>/<path>``); return its :class:`RunFuture`.

    ``callback_url`` (https) receives the final Run, authenticated with ``callback_auth``:
    ``{"kind": "basic", "username", "password"}`` or ``{"kind": "mtls", "cert", "key"}``
    (PEM). Bad input raises InvalidParameter before any request. ``retry_token`` resubmits
    after an OutcomeUnknown (its ``retry_token``) without starting a second run."""
    flow = _submission(
        client, deployment_id, args, url, (callback_url, callback_auth), metadata, retry_token
    )
    created = run(flow, SyncEnv(client, sleep))
    return RunFuture(
        client, created.id, run=created, schedule=schedule, progress=progress, sleep=sleep,
        clock=clock,
    )  # fmt: skip


async def asubmit_run(
    client: Any,
    deployment_id: str,
    *,
    args: Mapping[str, Any] | None = None,
    url: str | None = None,
    callback_url: str | None = None,
    callback_auth: Any = None,
    metadata: Mapping[str, str] | None = None,
    retry_token: str | None = None,
    schedule: PollSchedule | None = None,
    progress: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncRunFuture:
    """The async twin of :func:`submit_run`."""
    flow = _submission(
        client, deployment_id, args, url, (callback_url, callback_auth), metadata, retry_token
    )
    created = await arun(flow, AsyncEnv(client, sleep))
    return AsyncRunFuture(
        client, created.id, run=created, schedule=schedule, progress=progress, sleep=sleep,
        clock=clock,
    )  # fmt: skip


_ASYNC_TWIN = " (AsyncRunFuture objects need the async twin)"
_SYNC_TWIN = " (RunFuture objects need the sync twin)"


def runs_as_completed(
    futures: Iterable[RunFuture],
    *,
    timeout: float | None = None,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[RunFuture, None, None]:
    """Yield each future as its run finishes (those already finished first, with no
    request), reading the pending runs' states up to 100 per request; a yielded future's
    ``result()`` returns or raises RunFailed at once, as after its own wait.

    ``schedule`` (default: the first future's, else ``PollSchedule()``) paces the reads and
    honours their ``retry-after``; ``timeout`` (seconds) replaces its deadline, past which
    WaitTimeout names the first run still pending. The futures must share one client.
    Checked before any request: bad input raises InvalidParameter."""
    batch = RunBatch(futures, RunFuture, _ASYNC_TWIN, schedule, timeout, clock)
    return iterate(batch.flow(), SyncEnv(batch.client, sleep))


def aruns_as_completed(
    futures: Iterable[AsyncRunFuture],
    *,
    timeout: float | None = None,
    schedule: PollSchedule | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncGenerator[AsyncRunFuture, None]:
    """The async twin of :func:`runs_as_completed` (close it, or use
    ``contextlib.aclosing``, when leaving early)."""
    batch = RunBatch(futures, AsyncRunFuture, _SYNC_TWIN, schedule, timeout, clock)
    return aiterate(batch.flow(), AsyncEnv(batch.client, sleep))


def wait_runs(
    futures: Iterable[RunFuture],
    *,
    timeout: float | None = None,
    schedule: PollSchedule | None = None,
    return_exceptions: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> list[Any]:
    """Wait for every run; their results, in the order of ``futures``. The first run found
    FAILED or CANCELED raises its RunFailed at once (the rest are left running), unless
    ``return_exceptions``: then the RunFailed takes its place in the list. Options and
    errors as :func:`runs_as_completed`."""
    batch = RunBatch(futures, RunFuture, _ASYNC_TWIN, schedule, timeout, clock)
    with closing(iterate(batch.flow(), SyncEnv(batch.client, sleep))) as finished:
        for future in finished:
            batch.collect(future, return_exceptions)
    return batch.results()


async def await_runs(
    futures: Iterable[AsyncRunFuture],
    *,
    timeout: float | None = None,
    schedule: PollSchedule | None = None,
    return_exceptions: bool = False,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> list[Any]:
    """The async twin of :func:`wait_runs`."""
    batch = RunBatch(futures, AsyncRunFuture, _SYNC_TWIN, schedule, timeout, clock)
    async with aclosing(aiterate(batch.flow(), AsyncEnv(batch.client, sleep))) as finished:
        async for future in finished:
            batch.collect(future, return_exceptions)
    return batch.results()
