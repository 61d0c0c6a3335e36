"""Waiting for many runs at once (``wait_runs``, ``runs_as_completed`` and their async twins)
against the mock, its clock stopped and moved on by the waits' own sleeps: a tick reads up to
100 runs per request, and every outcome is the one the run's own future gives."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import aclosing, closing
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_mock import MockServer
from aiplane_mock.scripts import RunFailure
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, sdk_client, serving

pytestmark = pytest.mark.anyio

TICK = aiplane.PollSchedule(initial=1.0, max_interval=1.0, timeout=60.0)
FAILURE = RunFailure("ModelError", "out of memory", "Traceback (most recent call last):\n  x")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


class VirtualTime:
    """Sleeps that move the mock's stopped clock on instead of waiting, and a matching clock."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.now = 0.0
        self.slept: list[float] = []
        self.on_sleep: list[Any] = []  # callables run at the next sleep, then dropped

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        self.server.control.advance(seconds)
        while self.on_sleep:
            self.on_sleep.pop(0)()

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def time(server: MockServer) -> VirtualTime:
    server.control.reset()
    server.control.set_speed(0.0)
    return VirtualTime(server)


@pytest.fixture
async def client(server: MockServer, mode: str, time: VirtualTime) -> AsyncIterator[Any]:
    async with sdk_client(mode, server) as sdk:
        yield sdk


@pytest.fixture
def deployment(server: MockServer, time: VirtualTime) -> str:
    return server.control.create_deployment(display_name="batch")


def script(server: MockServer, deployment: str, running_for: float, **options: Any) -> None:
    """The next run(s) on ``deployment``: QUEUED 0.5 s, RUNNING ``running_for`` s."""
    if options.get("failure") is None:
        options.setdefault("result", {"ran": running_for})
    server.control.script_run(deployment, queued_for=0.5, running_for=running_for, **options)


async def submit(mode: str, client: Any, deployment: str, time: VirtualTime, n: int = 0) -> Any:
    common: dict[str, Any] = {"args": {"n": n}, "schedule": TICK, "clock": time.clock}
    if mode == "sync":
        return aiplane.submit_run(client, deployment, sleep=time.sleep, **common)
    return await aiplane.asubmit_run(client, deployment, sleep=time.async_sleep, **common)


def options(mode: str, time: VirtualTime, **extra: Any) -> dict[str, Any]:
    sleep = time.sleep if mode == "sync" else time.async_sleep
    return {"sleep": sleep, "clock": time.clock, **extra}


async def as_completed(mode: str, futures: list[Any], time: VirtualTime, **extra: Any) -> list[Any]:
    """The futures in the order runs_as_completed (or its twin) yields them."""
    if mode == "sync":
        return list(aiplane.runs_as_completed(futures, **options(mode, time, **extra)))
    return [f async for f in aiplane.aruns_as_completed(futures, **options(mode, time, **extra))]


async def wait_all(mode: str, futures: list[Any], time: VirtualTime, **extra: Any) -> list[Any]:
    fn = aiplane.wait_runs if mode == "sync" else aiplane.await_runs
    return list(await maybe_await(fn(futures, **options(mode, time, **extra))))


def requests(server: MockServer, operation: str) -> int:
    return sum(1 for r in server.control.requests() if r.operation_id == operation)


async def outcome(future: Any) -> tuple[str, Any]:
    """What the future's result() gives: ("ok", result) or ("raised", what identifies it)."""
    try:
        return "ok", await maybe_await(future.result())
    except errors.RunFailed as exc:
        text = str(exc).replace(future.id, "<run>")
        return "raised", (exc.code, exc.message, exc.traceback, exc.last_state, text)


async def test_runs_come_back_as_they_finish(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """Runs ending after 3.5, 1.5 and 2.5 s are yielded second, third, first: each done, its
    result() the run's result."""
    for running_for in (3.0, 1.0, 2.0):
        script(server, deployment, running_for)
    futures = [await submit(mode, client, deployment, time, n) for n in range(3)]
    order = await as_completed(mode, futures, time)
    assert order == [futures[1], futures[2], futures[0]]
    assert [await maybe_await(f.result()) for f in order] == [{"ran": r} for r in (1, 2, 3)]


async def test_a_tick_reads_a_hundred_runs_per_request(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """150 runs: each tick is two listRuns (100 + 50 ids); each run is read in full once,
    after it finished; no getRun poll per run."""
    script(server, deployment, 2.0, times=150)
    futures = [await submit(mode, client, deployment, time, n) for n in range(150)]
    results = await wait_all(mode, futures, time)
    assert results == [{"ran": 2.0}] * 150
    ticks = len(time.slept) + 1
    assert requests(server, "listRuns") == 2 * ticks
    assert requests(server, "getRun") == 150


@pytest.mark.parametrize("end", ["succeeded", "failed", "canceled"])
async def test_outcomes_are_the_single_futures_own(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime, end: str
) -> None:
    """A run awaited with many others ends as its twin awaited alone: the same result, or a
    RunFailed with the same code, message, traceback and state; .last is the full Run."""
    script(server, deployment, 2.0, times=2, failure=FAILURE if end == "failed" else None)
    alone, batched = [await submit(mode, client, deployment, time, n) for n in range(2)]
    if end == "canceled":
        for future in (alone, batched):
            await maybe_await(future.cancel())
    expected = await outcome(alone)
    [finished] = await as_completed(mode, [batched], time)
    assert await outcome(finished) == expected
    assert type(finished.last) is type(alone.last) and finished.done()
    [kept] = await wait_all(mode, [batched], time, return_exceptions=True)
    assert (expected[0] == "ok") is (not isinstance(kept, errors.RunFailed))


async def test_a_run_canceled_while_waiting_comes_back_failed(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """A run canceled elsewhere during the wait is yielded at the next tick; its result()
    raises RunFailed (CANCELED, no code); the others still succeed."""
    script(server, deployment, 5.0, times=3)
    futures = [await submit(mode, client, deployment, time, n) for n in range(3)]
    with httpx.Client(base_url=server.data_url, headers={"api-key": API_KEY}) as raw:
        time.on_sleep.append(lambda: raw.post(f"/v1/runs/{futures[1].id}/actions/cancel"))
        order = await as_completed(mode, futures, time)
    assert order[0] is futures[1]
    assert (await outcome(order[0]))[1][:4] == (None, None, None, "CANCELED")
    assert [await outcome(f) for f in order[1:]] == [("ok", {"ran": 5.0})] * 2


async def test_the_deadline_raises_wait_timeout_as_a_single_wait_does(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """Past ``timeout`` the wait raises WaitTimeout naming the first pending run and its last
    state, as that run's own result(timeout=...) does; it never sleeps past the deadline."""
    script(server, deployment, 100.0, times=3)
    futures = [await submit(mode, client, deployment, time, n) for n in range(3)]
    with pytest.raises(errors.WaitTimeout) as batch:
        await wait_all(mode, futures[1:], time, timeout=3.0)
    assert sum(time.slept) <= 3.0
    with pytest.raises(errors.WaitTimeout) as single:
        await maybe_await(futures[1].result(timeout=3.0))
    assert batch.value.last_state == single.value.last_state == "RUNNING"
    assert str(batch.value).startswith(f"run {futures[1].id} still RUNNING after 3s")


async def test_finished_futures_come_back_without_a_request(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """Futures that already know their run ended are returned with no request at all."""
    script(server, deployment, 1.0, times=2)
    futures = [await submit(mode, client, deployment, time, n) for n in range(2)]
    first = [await maybe_await(f.result()) for f in futures]
    before = len(server.control.requests())
    assert await wait_all(mode, [*futures, futures[0]], time) == [*first, first[0]]
    assert len(server.control.requests()) == before


async def test_a_future_given_twice_comes_back_once(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """A pending future listed twice is yielded once; wait_runs gives its result twice."""
    script(server, deployment, 1.0)
    future = await submit(mode, client, deployment, time)
    assert await as_completed(mode, [future, future], time) == [future]
    assert await wait_all(mode, [future, future], time) == [{"ran": 1.0}] * 2


async def test_the_first_failure_raises_unless_kept(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """wait_runs raises the RunFailed of the first run found failed; with return_exceptions
    the list keeps the futures' order, the RunFailed in its place."""
    script(server, deployment, 3.0)
    script(server, deployment, 1.0, failure=FAILURE)
    script(server, deployment, 2.0)
    futures = [await submit(mode, client, deployment, time, n) for n in range(3)]
    with pytest.raises(errors.RunFailed) as raised:
        await wait_all(mode, futures, time)
    assert raised.value.run.id == futures[1].id
    kept = await wait_all(mode, futures, time, return_exceptions=True)
    assert kept[0] == {"ran": 3.0} and kept[2] == {"ran": 2.0}
    assert isinstance(kept[1], errors.RunFailed) and kept[1].code == "ModelError"


async def test_an_unknown_run_raises_not_found_as_its_own_future_does(
    mode: str, client: Any, time: VirtualTime
) -> None:
    """A run the batch read leaves out is read with getRun: 404 is NotFound, as alone."""
    cls = aiplane.RunFuture if mode == "sync" else aiplane.AsyncRunFuture
    missing = cls.from_id(client, "ocid1.generativeairun.oc1..nosuchrun", schedule=TICK)
    with pytest.raises(errors.NotFound):
        await wait_all(mode, [missing], time)
    with pytest.raises(errors.NotFound):
        await maybe_await(missing.result())


async def test_leaving_early_stops_the_reads(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """Closing the iterator after the first run stops the wait: no request after it."""
    for running_for in (1.0, 50.0):
        script(server, deployment, running_for)
    futures = [await submit(mode, client, deployment, time, n) for n in range(2)]
    first: Any
    if mode == "sync":
        with closing(aiplane.runs_as_completed(futures, **options(mode, time))) as sync_it:
            first = next(sync_it)
    else:
        async with aclosing(aiplane.aruns_as_completed(futures, **options(mode, time))) as it:
            first = await it.__anext__()
    before = len(server.control.requests())
    time.sleep(60.0)
    assert first is futures[0] and not futures[1].done()
    assert len(server.control.requests()) == before


async def test_bad_input_is_refused_before_any_request(
    mode: str, server: MockServer, client: Any, deployment: str, time: VirtualTime
) -> None:
    """Futures of the other kind, of two clients, a non-future or a bad timeout raise
    InvalidParameter before anything is sent; no futures is an empty list."""
    cls: Any = aiplane.RunFuture
    other: Any = aiplane.AsyncRunFuture
    if mode == "async":
        cls, other = other, cls
    with aiplane.Client(data_url=server.data_url) as second:
        cases: list[tuple[list[Any], dict[str, Any]]] = [
            ([other.from_id(client, "run-a")], {}),
            ([cls.from_id(client, "run-a"), cls.from_id(second, "run-b")], {}),
            (["run-a"], {}),
            ([cls.from_id(client, "run-a")], {"timeout": -1}),
        ]
        for futures, extra in cases:
            with pytest.raises(errors.InvalidParameter):
                await wait_all(mode, futures, time, **extra)
    assert await wait_all(mode, [], time) == []
    assert server.control.requests() == []
