"""A wait for many runs paces its batch reads as a single run's wait paces its polls (the same
PollSchedule: backoff, retry-after floored and capped, the deadline), and never puts more ids
in one read than the spec allows: a scripted service (httpx.MockTransport) and fake time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from tests.conftest import FakeTime, maybe_await
from tests.test_runs_wait import SCHEDULE, client_for, run_json

pytestmark = pytest.mark.anyio


def service(polls: Sequence[tuple[str, str | None]], seen: list[list[str]]) -> Any:
    """Each poll of a run (getRun alone, listRuns in a batch) answers the next (status,
    retry-after) of ``polls``; getRun after a batch read found it final answers the Run."""
    answers = iter(polls)
    last = ["QUEUED"]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/runs":
            ids = request.url.params.get_list("ids")
            seen.append(ids)
            last[0], hint = next(answers)
            headers = {} if hint is None else {"retry-after": hint}
            items = [{**run_json(last[0]), "id": i} for i in ids]
            return httpx.Response(200, json={"items": items}, headers=headers)
        if request.url.path.endswith("/v1/runs/run1") and not seen:
            last[0], hint = next(answers)
            headers = {} if hint is None else {"retry-after": hint}
        else:
            headers = {}
        run_id = request.url.path.rsplit("/", 1)[1]
        result = {"result": {"text": "done"}} if last[0] == "SUCCEEDED" else {}
        return httpx.Response(
            200, json={**run_json(last[0], **result), "id": run_id}, headers=headers
        )

    return handler


def twins(mode: str, fake: FakeTime) -> tuple[Any, Any, Any]:
    """The future class, the wait for many, and the fake sleep of ``mode``."""
    if mode == "sync":
        return aiplane.RunFuture, aiplane.wait_runs, fake.sleep
    return aiplane.AsyncRunFuture, aiplane.await_runs, fake.async_sleep


async def waited(mode: str, alone: bool, polls: Sequence[Any], fake: FakeTime, **extra: Any) -> Any:
    """Wait for run1 alone (its future's result()) or in a batch (wait_runs); the result."""
    client = client_for(mode, service(polls, []), fake)
    cls, wait, sleep = twins(mode, fake)
    future = cls.from_id(client, "run1", schedule=SCHEDULE, sleep=sleep, clock=fake.clock)
    if alone:
        return await maybe_await(future.result(**extra))
    [result] = await maybe_await(wait([future], sleep=sleep, clock=fake.clock, **extra))
    return result


SCHEDULES = {
    "retry-after sets the interval": [("RUNNING", "7"), ("SUCCEEDED", None)],
    "retry-after is capped and floored": [
        ("RUNNING", "3600"),
        ("RUNNING", "0"),
        ("SUCCEEDED", None),
    ],
    "no hint backs off": [
        ("QUEUED", None),
        ("RUNNING", None),
        ("RUNNING", None),
        ("SUCCEEDED", None),
    ],
}


@pytest.mark.parametrize("polls", SCHEDULES.values(), ids=SCHEDULES.keys())
async def test_a_batch_sleeps_as_a_single_wait_does(mode: str, polls: Any) -> None:
    """For the same answers and hints, the batch wait sleeps exactly what run1's own wait
    sleeps (7; 30 then 1; 1, 2, 4), and returns the same result."""
    alone, batch = FakeTime(), FakeTime()
    assert await waited(mode, True, polls, alone) == {"text": "done"}
    assert await waited(mode, False, polls, batch) == {"text": "done"}
    assert batch.slept == alone.slept and alone.slept


async def test_the_deadline_bounds_a_batch_wait(mode: str, fake_time: FakeTime) -> None:
    """A run RUNNING forever: WaitTimeout at the deadline, with the last state and summary."""
    with pytest.raises(errors.WaitTimeout) as info:
        await waited(mode, False, [("RUNNING", "10")] * 100, fake_time, timeout=25.0)
    assert info.value.last_state == "RUNNING" and info.value.last is not None
    assert sum(fake_time.slept) <= 25.0


async def test_a_batch_read_carries_at_most_the_specs_max_ids(
    mode: str, fake_time: FakeTime
) -> None:
    """250 runs: each tick reads 100, 100 and 50 ids; each run is then read once in full."""
    seen: list[list[str]] = []
    client = client_for(
        mode, service([("RUNNING", None)] * 3 + [("SUCCEEDED", None)] * 3, seen), fake_time
    )
    cls, wait, sleep = twins(mode, fake_time)
    futures = [cls.from_id(client, f"run{n}", schedule=SCHEDULE) for n in range(250)]
    results = await maybe_await(wait(futures, sleep=sleep, clock=fake_time.clock))
    assert results == [{"text": "done"}] * 250
    assert [len(ids) for ids in seen] == [100, 100, 50] * 2
    assert sorted(seen[0] + seen[1] + seen[2]) == sorted(f.id for f in futures)
