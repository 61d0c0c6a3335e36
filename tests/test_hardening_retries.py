"""Retries and outcomes under failure (issue 9, items 6-9): no masked OutcomeUnknown, 429
retried for every method, IncorrectState bounded and visible, waits bound their calls."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane.retry import RetryEvent
from aiplane_management.api.dedicated_ai_cluster import (
    create_dedicated_ai_cluster,
    delete_dedicated_ai_cluster,
    get_dedicated_ai_cluster,
)
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from tests.conftest import FakeTime
from tests.test_call import client_for, do_call
from tests.test_waiters import CID, cluster

pytestmark = pytest.mark.anyio
BODY = CreateDedicatedAiClusterDetails(
    type_="HOSTING", compartment_id="c", unit_count=1, unit_shape="LARGE_COHERE"
)


def scripted(*outcomes: int | Exception) -> tuple[list[httpx.Request], Any]:
    """A handler answering the outcomes in order (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = outcomes[min(len(seen) - 1, len(outcomes) - 1)]
        if isinstance(outcome, Exception):
            raise outcome
        if outcome == 409:
            return httpx.Response(409, json={"code": "IncorrectState", "message": "busy"})
        if outcome >= 400:
            return httpx.Response(outcome, json={"code": "Oops", "message": "m"})
        return httpx.Response(outcome, json=cluster("CREATING"))

    return seen, handler


async def test_drop_then_503s_is_outcome_unknown_with_token(mode: str, fake_time: FakeTime) -> None:
    """A create whose first attempt may have been processed ends OutcomeUnknown, not 503."""
    seen, handler = scripted(httpx.ReadError("dropped"), 503)
    client = client_for(handler, fake_time)
    with pytest.raises(errors.OutcomeUnknown) as info:
        await do_call(mode, create_dedicated_ai_cluster, client, body=BODY)
    assert info.value.retry_token == seen[0].headers["opc-retry-token"]
    assert isinstance(info.value.__cause__, errors.ServerError)
    assert len(seen) == 8


async def test_429_on_a_post_without_token_is_retried(mode: str, fake_time: FakeTime) -> None:
    """A 429 says the request was not processed: a token-less POST is retried after it."""
    from aiplane_data.api.chat import create_chat_completion  # declares no retry token

    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(
                429, json={"error": {"message": "slow"}}, headers={"retry-after": "2"}
            )
        return httpx.Response(404, json={"error": {"message": "no such deployment"}})

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake_time.sleep,
        async_sleep=fake_time.async_sleep,
        clock=fake_time.clock,
    )
    from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest

    body = CreateChatCompletionRequest.from_dict({"messages": [{"role": "user", "content": "hi"}]})
    with pytest.raises(errors.NotFound):
        await do_call(mode, create_chat_completion, client, "dep", body=body)
    assert len(calls) == 2 and fake_time.slept == [2.0]


async def test_incorrect_state_is_retried_briefly_and_visibly(
    mode: str, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    """409 IncorrectState is retried within its own small bound, each retry reported."""
    seen, handler = scripted(409)
    events: list[RetryEvent] = []
    client = client_for(handler, fake_time, on_retry=events.append)
    with caplog.at_level(logging.INFO, logger="aiplane"), pytest.raises(errors.Conflict):
        await do_call(mode, delete_dedicated_ai_cluster, client, CID)
    policy = aiplane.RetryPolicy()
    assert len(seen) <= policy.conflict_attempts and sum(fake_time.slept) <= 15
    assert next((e.operation, e.status, e.code) for e in events) == (
        "delete_dedicated_ai_cluster",
        409,
        "IncorrectState",
    )
    assert len(events) == len(seen) - 1
    assert sum("retrying in" in r.getMessage() for r in caplog.records) == len(events)


async def test_per_call_on_retry_sees_the_exception(mode: str, fake_time: FakeTime) -> None:
    """A per-call on_retry receives the transport exception that caused the retry."""
    _, handler = scripted(httpx.ConnectError("refused"), 200)
    events: list[RetryEvent] = []
    client = client_for(handler, fake_time)
    await do_call(mode, get_dedicated_ai_cluster, client, CID, on_retry=events.append)
    assert len(events) == 1 and isinstance(events[0].exception, errors.TransportError)


async def wait_for_cluster(
    mode: str, client: aiplane.Client, fake_time: FakeTime, kwargs: dict[str, Any]
) -> Any:
    if mode == "sync":
        return aiplane.wait_until(
            get_dedicated_ai_cluster, client, CID, sleep=fake_time.sleep, **kwargs
        )
    return await aiplane.await_until(
        get_dedicated_ai_cluster, client, CID, sleep=fake_time.async_sleep, **kwargs
    )


async def test_wait_deadline_bounds_the_calls_inside_it(mode: str, fake_time: FakeTime) -> None:
    """A 5 s wait on a service that answers 503 ends near 5 s (virtual), as WaitTimeout."""
    _, handler = scripted(503)
    client = client_for(handler, fake_time)
    schedule = aiplane.PollSchedule(timeout=5)
    kwargs: dict[str, Any] = {"schedule": schedule, "clock": fake_time.clock}
    with pytest.raises(errors.WaitTimeout):
        await wait_for_cluster(mode, client, fake_time, kwargs)
    assert fake_time.now <= 5.0 + 1e-6
