"""The flow step that calls several operations at once (FetchAll): results in order, at once
in the async driver, and the first error thrown into the flow as a Fetch's would be."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._flow import AsyncEnv, Fetch, FetchAll, Flow, SyncEnv, arun, run
from aiplane_data.api.runs import get_run
from tests.conftest import FakeTime

pytestmark = pytest.mark.anyio


def run_json(run_id: str) -> dict[str, Any]:
    return {
        "id": run_id,
        "deploymentId": "d",
        "status": "RUNNING",
        "timeCreated": "2025-04-01T10:00:00.000Z",
    }


def answer(request: httpx.Request) -> httpx.Response:
    run_id = request.url.path.rsplit("/", 1)[1]
    if run_id == "gone":
        return httpx.Response(404, json={"code": "NotFound", "message": "no such run"})
    return httpx.Response(200, json=run_json(run_id))


async def perform(mode: str, flow: Flow[Any], transport: Any, fake: FakeTime) -> Any:
    pool = aiplane.ConnectionPool(transport=transport, async_transport=transport)
    if mode == "sync":
        with aiplane.Client(data_url="http://data.test", pool=pool) as client:
            return run(flow, SyncEnv(client, fake.sleep))
    async with aiplane.AsyncClient(data_url="http://data.test", pool=pool) as aclient:
        return await arun(flow, AsyncEnv(aclient, fake.async_sleep))


def reads(*ids: str) -> FetchAll:
    return FetchAll(tuple(Fetch(get_run, (run_id,)) for run_id in ids))


async def test_results_come_back_in_order(mode: str, fake_time: FakeTime) -> None:
    """FetchAll of three reads gives the flow their three results, in the order asked."""

    def flow() -> Flow[list[str]]:
        done = yield reads("a", "b", "c")
        return [d.parsed.id for d in done]

    assert await perform(mode, flow(), httpx.MockTransport(answer), fake_time) == ["a", "b", "c"]


async def test_an_error_is_thrown_into_the_flow(mode: str, fake_time: FakeTime) -> None:
    """One read's 404 reaches the flow as errors.NotFound, which the flow may catch."""

    def flow() -> Flow[str]:
        try:
            yield reads("a", "gone", "c")
        except errors.NotFound:
            return "caught"
        return "not raised"

    assert await perform(mode, flow(), httpx.MockTransport(answer), fake_time) == "caught"


async def test_the_async_driver_sends_them_at_once(fake_time: FakeTime) -> None:
    """Each answer waits until all three requests have arrived: only reads sent at once
    can finish (one after another they would wait for ever; the wait is bounded)."""
    arrived: list[str] = []
    everyone = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        arrived.append(request.url.path)
        if len(arrived) == 3:
            everyone.set()
        await everyone.wait()
        return answer(request)

    def flow() -> Flow[int]:
        done = yield reads("a", "b", "c")
        return len(done)

    with anyio.fail_after(10):
        assert await perform("async", flow(), httpx.MockTransport(handler), fake_time) == 3
