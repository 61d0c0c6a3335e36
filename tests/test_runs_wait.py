"""A run future's waiting decisions on a scripted service (httpx.MockTransport, fake time)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from tests.conftest import FakeTime, maybe_await

pytestmark = pytest.mark.anyio

T0 = "2025-04-01T10:00:00.000Z"
SCHEDULE = aiplane.PollSchedule(initial=1.0, max_interval=30.0, timeout=600.0)


def run_json(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": "run1", "deploymentId": "dep", "status": status, "timeCreated": T0, **extra}


def service(polls: Sequence[tuple[str, str | None]]) -> Any:
    """createRun answers QUEUED; each getRun the next (status, retry-after) of ``polls``."""
    answers = iter(polls)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, json=run_json("QUEUED"))
        status, hint = next(answers)
        headers = {} if hint is None else {"retry-after": hint}
        result = {"result": {"text": "done"}} if status == "SUCCEEDED" else {}
        return httpx.Response(200, json=run_json(status, **result), headers=headers)

    return handler


def client_for(mode: str, handler: Any, fake: FakeTime) -> Any:
    mock = httpx.MockTransport(handler)
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    return cls(
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )


async def result_of(mode: str, client: Any, fake: FakeTime, **options: Any) -> Any:
    common: dict[str, Any] = {"args": {"a": 1}, "schedule": SCHEDULE, "clock": fake.clock}
    if mode == "sync":
        future: Any = aiplane.submit_run(client, "dep", sleep=fake.sleep, **common)
    else:
        future = await aiplane.asubmit_run(client, "dep", sleep=fake.async_sleep, **common)
    return await maybe_await(future.result(**options))


async def test_retry_after_sets_the_interval(mode: str, fake_time: FakeTime) -> None:
    """A poll's retry-after of 7 s is slept instead of the 1 s backoff."""
    client = client_for(mode, service([("RUNNING", "7"), ("SUCCEEDED", None)]), fake_time)
    assert await result_of(mode, client, fake_time) == {"text": "done"}
    assert fake_time.slept == [7.0]


async def test_retry_after_is_capped_and_floored(mode: str, fake_time: FakeTime) -> None:
    """retry-after 3600 waits the 30 s cap; retry-after 0 waits the 1 s floor."""
    polls = [("RUNNING", "3600"), ("RUNNING", "0"), ("SUCCEEDED", None)]
    client = client_for(mode, service(polls), fake_time)
    await result_of(mode, client, fake_time)
    assert fake_time.slept == [30.0, 1.0]


async def test_without_hints_the_interval_backs_off(mode: str, fake_time: FakeTime) -> None:
    """No retry-after: 1, 2, 4 s between polls."""
    polls = [("QUEUED", None), ("RUNNING", None), ("RUNNING", None), ("SUCCEEDED", None)]
    client = client_for(mode, service(polls), fake_time)
    await result_of(mode, client, fake_time)
    assert fake_time.slept == [1.0, 2.0, 4.0]


async def test_the_deadline_bounds_the_wait(mode: str, fake_time: FakeTime) -> None:
    """A run RUNNING forever: WaitTimeout at the deadline, with the last state and Run."""
    client = client_for(mode, service([("RUNNING", "10")] * 100), fake_time)
    with pytest.raises(errors.WaitTimeout) as info:
        await result_of(mode, client, fake_time, timeout=25.0)
    assert info.value.last_state == "RUNNING" and info.value.last is not None
    assert sum(fake_time.slept) <= 25.0


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), float("nan")])
async def test_a_bad_timeout_is_refused(mode: str, fake_time: FakeTime, timeout: float) -> None:
    """result(timeout=0 / negative / inf / nan) raises InvalidParameter naming timeout."""
    client = client_for(mode, service([("SUCCEEDED", None)]), fake_time)
    with pytest.raises(errors.InvalidParameter, match="'timeout'"):
        await result_of(mode, client, fake_time, timeout=timeout)


class FakeStreams:
    """Stands in for aiplane.streams: records what the future asks for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, tuple[Any, ...], dict[str, Any]]] = []

    def stream(self, op: Any, client: Any, *args: Any, **params: Any) -> Iterator[Any]:
        self.calls.append(("stream", op, args, params))
        return iter(["event"])

    async def _events(self) -> AsyncIterator[Any]:
        yield "event"

    def astream(self, op: Any, client: Any, *args: Any, **params: Any) -> AsyncIterator[Any]:
        self.calls.append(("astream", op, args, params))
        return self._events()


@pytest.mark.parametrize("run_id", ["", "a/b", "x\n", "a?b"])
def test_a_bad_run_id_is_refused(run_id: str) -> None:
    """from_id with an empty id or one with '/', '?' or a control raises InvalidParameter."""
    client = aiplane.Client(data_url="http://never.test")
    with pytest.raises(errors.InvalidParameter, match="'run_id'"):
        aiplane.RunFuture.from_id(client, run_id)


def test_the_repr_shows_id_and_status_only() -> None:
    """repr(future) names the id and the last known status."""
    client = aiplane.Client(data_url="http://never.test")
    assert repr(aiplane.RunFuture.from_id(client, "run1")) == "RunFuture(id='run1', status=None)"
