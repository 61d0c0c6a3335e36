"""Waits and pages end (issue 9, items 10, 12-14): server hints cannot make a waiter spin,
a repeated page token is refused, helpers refuse what they cannot serve, final states fail."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.files import get_file_metadata
from aiplane_data.api.runs import get_run
from aiplane_management.api.dedicated_ai_cluster import get_dedicated_ai_cluster
from aiplane_management.api.model import list_models
from tests.conftest import FakeTime
from tests.test_call import client_for
from tests.test_pagination import summary
from tests.test_waiters import CID, T0, Service, cluster
from tests.test_waiters import client_for as wr_client

pytestmark = pytest.mark.anyio


async def twin(mode: str, name: str, *args: Any, fake: FakeTime, **kwargs: Any) -> Any:
    """Call aiplane.<name> with fake sleeps, or its async twin."""
    if mode == "sync":
        return getattr(aiplane, name)(*args, sleep=fake.sleep, clock=fake.clock, **kwargs)
    async_name = {"wait_until": "await_until", "wait_for_work_request": "await_for_work_request"}
    return await getattr(aiplane, async_name[name])(
        *args, sleep=fake.async_sleep, clock=fake.clock, **kwargs
    )


async def test_retry_after_zero_does_not_shorten_polls(mode: str, fake_time: FakeTime) -> None:
    """`retry-after: 0` on every poll still waits the schedule's minimum between polls."""
    svc = Service([("IN_PROGRESS", 10.0)] * 5 + [("SUCCEEDED", 100.0)], retry_after="0")
    await twin(mode, "wait_for_work_request", wr_client(svc), "wr1", fake=fake_time)
    assert fake_time.slept and min(fake_time.slept) >= 1.0


async def test_long_retry_after_is_capped_by_the_schedule(mode: str, fake_time: FakeTime) -> None:
    """A `retry-after` of a day is capped at the schedule's max interval."""
    svc = Service([("IN_PROGRESS", 10.0), ("SUCCEEDED", 100.0)], retry_after="86400")
    await twin(mode, "wait_for_work_request", wr_client(svc), "wr1", fake=fake_time)
    assert fake_time.slept == [30.0]


def repeating(tokens: list[str | None]) -> Any:
    """A list endpoint handing out ``tokens`` in turn (None: no next page)."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        token = tokens[min(len(calls) - 1, len(tokens) - 1)]
        headers = {"opc-next-page": token} if token else {}
        return httpx.Response(200, json={"items": [summary(len(calls))]}, headers=headers)

    return handler, calls


@pytest.mark.parametrize("tokens", [["A"], ["A", "B", "A"]], ids=["same", "cycle"])
async def test_repeated_page_token_is_refused(
    mode: str, fake_time: FakeTime, tokens: list[str | None]
) -> None:
    """A page token the service already sent raises PaginationLoop instead of looping."""
    handler, calls = repeating(tokens)
    client = client_for(handler, fake_time)
    with pytest.raises(errors.PaginationLoop):
        await collect_all(mode, client)
    assert len(calls) <= 4


async def test_endless_empty_pages_are_refused(mode: str, fake_time: FakeTime) -> None:
    """Empty pages with ever-new tokens end as PaginationLoop after a bounded count."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, json={"items": []}, headers={"opc-next-page": f"t{len(calls)}"})

    with pytest.raises(errors.PaginationLoop):
        await collect_all(mode, client_for(handler, fake_time))
    assert len(calls) <= 20


async def collect_all(mode: str, client: aiplane.Client) -> list[Any]:
    if mode == "sync":
        return list(aiplane.paginate(list_models, client, compartment_id="c"))
    return [m async for m in aiplane.apaginate(list_models, client, compartment_id="c")]


class LoopingLogs(Service):
    """Work-request logs whose next-page token never changes."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/logs"):
            item = {"message": "again", "timestamp": T0}
            return httpx.Response(200, json={"items": [item]}, headers={"opc-next-page": "same"})
        return super().__call__(request)


async def test_looping_log_pages_end_the_wait(mode: str, fake_time: FakeTime) -> None:
    """A log listing that repeats its token inside a waiter raises instead of spinning."""
    svc = LoopingLogs([("IN_PROGRESS", 10.0)] * 3 + [("SUCCEEDED", 100.0)])
    with pytest.raises(errors.PaginationLoop):
        await twin(
            mode, "wait_for_work_request", wr_client(svc), "wr1", fake=fake_time, on_progress=print
        )


def test_paginate_refuses_an_operation_without_pages() -> None:
    """paginate(get_dedicated_ai_cluster) is UnsupportedOperation before any request."""
    client = aiplane.Client(management_url="http://never.test")
    with pytest.raises(errors.UnsupportedOperation, match="not a paginated operation"):
        aiplane.paginate(cast(Any, get_dedicated_ai_cluster), client, CID)


def test_get_file_metadata_pages_a_folder() -> None:
    """getFileMetadata pages a folder by `token`/`nextToken`, as its spec declares."""
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        token = request.url.params.get("token")
        body = folder(["a", "b"], "t2") if token is None else folder(["c"], None)
        return httpx.Response(200, json=body)

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        data_url="http://data.test", pool=aiplane.ConnectionPool(transport=mock)
    )
    pager: aiplane.Paginator[Any] = aiplane.paginate(
        cast(Any, get_file_metadata), client, "bk", "dir/"
    )
    names = [f.name for f in pager]
    assert names == ["a", "b", "c"] and seen[1].params["token"] == "t2"


def folder(names: list[str], next_token: str | None) -> dict[str, Any]:
    item = {"name": "dir", "parentPath": None, "bucket": "bk", "url": "files/bk/dir/"}
    children = [
        {
            "name": n,
            "nodeType": "ITEM",
            "resourceType": "FILE",
            "bucket": "bk",
            "url": f"files/bk/dir/{n}",
        }
        for n in names
    ]
    body: dict[str, Any] = {**item, "nodeType": "FOLDER", "resourceType": "FILE", "items": children}
    if next_token:
        body["nextToken"] = next_token
    return body


def test_wait_until_refuses_an_unknown_attribute() -> None:
    """wait_until with an attribute the resource does not have is refused before sending."""
    client = aiplane.Client(management_url="http://never.test")
    with pytest.raises(errors.UnsupportedOperation, match="no attribute 'statuz'"):
        aiplane.wait_until(get_dedicated_ai_cluster, client, CID, attribute="statuz")


def test_wait_until_refuses_an_operation_without_lifecycle() -> None:
    """wait_until on an operation with no declared lifecycle needs states and attribute."""
    client = aiplane.Client(data_url="http://never.test")
    with pytest.raises(errors.UnsupportedOperation, match="declares no lifecycle"):
        aiplane.wait_until(get_file_metadata, client, "bk")


def run_json(status: str) -> dict[str, Any]:
    return {"id": "run1", "deploymentId": "d", "status": status, "timeCreated": T0}


async def test_wait_until_on_a_run_uses_its_status(mode: str, fake_time: FakeTime) -> None:
    """wait_until(get_run) follows `status` to SUCCEEDED without being told how."""
    states = iter(["QUEUED", "RUNNING", "SUCCEEDED"])
    client = data_client(lambda r: httpx.Response(200, json=run_json(next(states))), fake_time)
    run = await twin(mode, "wait_until", get_run, client, "run1", fake=fake_time)
    assert str(run.status) == "SUCCEEDED" or run.status == "SUCCEEDED"


async def test_a_final_state_outside_the_targets_fails_at_once(
    mode: str, fake_time: FakeTime
) -> None:
    """Waiting for SUCCEEDED on a CANCELED run fails at once with that state."""
    client = data_client(lambda r: httpx.Response(200, json=run_json("CANCELED")), fake_time)
    with pytest.raises(errors.WaitFailed) as info:
        await twin(
            mode,
            "wait_until",
            get_run,
            client,
            "run1",
            fake=fake_time,
            states=("SUCCEEDED",),
            failure_states=(),
        )
    assert info.value.last_state == "CANCELED" and fake_time.slept == []


async def test_a_deleted_cluster_is_not_waited_for_to_become_active(
    mode: str, fake_time: FakeTime
) -> None:
    """Waiting for ACTIVE on a DELETED cluster fails at once (DELETED is final)."""
    client = client_for(lambda r: httpx.Response(200, json=cluster("DELETED")), fake_time)
    with pytest.raises(errors.WaitFailed):
        await twin(mode, "wait_until", get_dedicated_ai_cluster, client, CID, fake=fake_time)
    assert fake_time.slept == []


def data_client(handler: Any, fake: FakeTime) -> aiplane.Client:
    mock = httpx.MockTransport(handler)
    return aiplane.Client(
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )


async def test_call_and_wait_on_a_run_returns_the_finished_run(
    mode: str, fake_time: FakeTime
) -> None:
    """call_and_wait(create_run) follows getRun's status to SUCCEEDED and returns the run."""
    from aiplane_data.api.runs import create_run
    from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails

    gets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, json=run_json("QUEUED"))
        gets.append(1)
        return httpx.Response(200, json=run_json("RUNNING" if len(gets) < 2 else "SUCCEEDED"))

    client = data_client(handler, fake_time)
    body = CreateRunWithArgsDetails.from_dict({"args": {"prompt": "hi"}})
    if mode == "sync":
        run = aiplane.call_and_wait(create_run, client, "dep", body=body, sleep=fake_time.sleep)
    else:
        run = await aiplane.acall_and_wait(
            create_run, client, "dep", body=body, sleep=fake_time.async_sleep
        )
    assert run.id == "run1" and run.status == "SUCCEEDED"


async def test_a_retry_after_beyond_any_calendar_polls_at_the_cap(
    mode: str, fake_time: FakeTime
) -> None:
    """A poll's Retry-After in year 99999999999 is no OverflowError: it waits max_interval."""
    svc = Service(
        [("IN_PROGRESS", 10.0), ("SUCCEEDED", 100.0)],
        retry_after="Mon, 01 Jan 99999999999 00:00:00 GMT",
    )
    await twin(mode, "wait_for_work_request", wr_client(svc), "wr1", fake=fake_time)
    assert fake_time.slept == [30.0]
