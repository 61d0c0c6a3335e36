"""Waiters: work requests, lifecycle states, call-and-wait, optimistic updates."""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_management.api.dedicated_ai_cluster import (
    create_dedicated_ai_cluster,
    delete_dedicated_ai_cluster,
    get_dedicated_ai_cluster,
    update_dedicated_ai_cluster,
)
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.update_dedicated_ai_cluster_details import (
    UpdateDedicatedAiClusterDetails,
)
from tests.conftest import FakeTime

pytestmark = pytest.mark.anyio
CID = "ocid1.generativeaidedicatedaicluster.oc1..h"
T0 = "2024-01-01T00:00:00.000Z"


def cluster(state: str, etag: str = "e1") -> dict[str, Any]:
    return {
        "id": CID,
        "type": "HOSTING",
        "compartmentId": "c",
        "timeCreated": T0,
        "lifecycleState": state,
        "unitCount": 1,
        "unitShape": "LARGE_COHERE",
    }


def work_request(status: str, pct: float) -> dict[str, Any]:
    return {
        "id": "wr1",
        "operationType": "CREATE_DEDICATED_AI_CLUSTER",
        "status": status,
        "compartmentId": "c",
        "resources": [],
        "percentComplete": pct,
        "timeAccepted": T0,
    }


class Service:
    """A fake management plane whose work request advances one step per poll."""

    def __init__(self, statuses: list[tuple[str, float]], retry_after: str | None = None) -> None:
        self.statuses = statuses
        self.polls = 0
        self.retry_after = retry_after
        self.etag = 1
        self.fail_updates = 0
        self.gets = 0
        self.deleted = False
        self.cluster_state = "ACTIVE"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        if path.endswith("/workRequests/wr1"):
            status, pct = self.statuses[min(self.polls, len(self.statuses) - 1)]
            self.polls += 1
            headers = {"retry-after": self.retry_after} if self.retry_after else {}
            return httpx.Response(200, json=work_request(status, pct), headers=headers)
        if path.endswith("/workRequests/wr1/logs"):
            n = min(self.polls, len(self.statuses))
            return httpx.Response(
                200, json={"items": [{"message": f"step {i}", "timestamp": T0} for i in range(n)]}
            )
        if path.endswith("/workRequests/wr1/errors"):
            return httpx.Response(
                200,
                json={"items": [{"code": "OutOfCapacity", "message": "no GPUs", "timestamp": T0}]},
            )
        if method == "POST":
            return httpx.Response(
                200, json=cluster("CREATING"), headers={"opc-work-request-id": "wr1", "etag": "e1"}
            )
        if method == "DELETE":
            self.deleted = True
            return httpx.Response(202, headers={"opc-work-request-id": "wr1"})
        if method == "PUT":
            if request.headers.get("if-match") != f"e{self.etag}" or self.fail_updates:
                self.fail_updates = max(0, self.fail_updates - 1)
                self.etag += 1
                return httpx.Response(412, json={"code": "PreconditionFailed", "message": "etag"})
            return httpx.Response(200, json=cluster("ACTIVE"), headers={"etag": f"e{self.etag}"})
        self.gets += 1
        if self.cluster_state != "ACTIVE":
            return httpx.Response(200, json=cluster(self.cluster_state))
        if self.deleted:
            return httpx.Response(404, json={"code": "NotAuthorizedOrNotFound", "message": "gone"})
        return httpx.Response(200, json=cluster("ACTIVE"), headers={"etag": f"e{self.etag}"})


def client_for(service: Service) -> aiplane.Client:
    mock = httpx.MockTransport(service)
    return aiplane.Client(
        management_url="http://mgmt.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )


async def twin(mode: str, name: str, *args: Any, **kwargs: Any) -> Any:
    """Call aiplane.<name> (sync) or its async twin."""
    if mode == "sync":
        return getattr(aiplane, name)(*args, **kwargs)
    async_name = {"wait_until": "await_until", "update_with_etag": "aupdate_with_etag"}[name]
    return await getattr(aiplane, async_name)(*args, **kwargs)


PROGRESSING = [
    ("ACCEPTED", 0.0),
    ("IN_PROGRESS", 40.0),
    ("IN_PROGRESS", 80.0),
    ("SUCCEEDED", 100.0),
]


async def wait_wr(mode: str, client: Any, fake: FakeTime, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.wait_for_work_request(
            client, "wr1", sleep=fake.sleep, clock=fake.clock, **kw
        )
    return await aiplane.await_for_work_request(
        client, "wr1", sleep=fake.async_sleep, clock=fake.clock, **kw
    )


async def test_waits_until_succeeded_with_backoff(mode: str, fake_time: FakeTime) -> None:
    """Polls ACCEPTED → IN_PROGRESS → SUCCEEDED, sleeping 1, 2, 4 s, and returns it."""
    wr = await wait_wr(mode, client_for(Service(PROGRESSING)), fake_time)
    assert str(wr.status.value) == "SUCCEEDED"
    assert fake_time.slept == [1.0, 2.0, 4.0]


async def test_interval_is_capped(mode: str, fake_time: FakeTime) -> None:
    """The poll interval never exceeds max_interval."""
    steps = [("IN_PROGRESS", 1.0)] * 8 + [("SUCCEEDED", 100.0)]
    sched = aiplane.PollSchedule(initial=1, max_interval=5)
    await wait_wr(mode, client_for(Service(steps)), fake_time, schedule=sched)
    assert max(fake_time.slept) == 5.0


async def test_retry_after_from_server_sets_interval(mode: str, fake_time: FakeTime) -> None:
    """A retry-after header on the work request sets the next interval."""
    await wait_wr(mode, client_for(Service(PROGRESSING, retry_after="3")), fake_time)
    assert fake_time.slept == [3.0, 3.0, 3.0]


async def test_failed_work_request_raises_with_errors(mode: str, fake_time: FakeTime) -> None:
    """FAILED raises WorkRequestFailed carrying the work-request errors."""
    svc = Service([("IN_PROGRESS", 10.0), ("FAILED", 10.0)])
    with pytest.raises(errors.WorkRequestFailed) as info:
        await wait_wr(mode, client_for(svc), fake_time)
    assert info.value.errors[0].code == "OutOfCapacity"
    assert "no GPUs" in str(info.value)


async def test_deadline_raises_wait_timeout_with_last_state(mode: str, fake_time: FakeTime) -> None:
    """A work request stuck IN_PROGRESS raises WaitTimeout after the deadline, with its state."""
    svc = Service([("IN_PROGRESS", 50.0)])
    with pytest.raises(errors.WaitTimeout) as info:
        await wait_wr(mode, client_for(svc), fake_time, schedule=aiplane.PollSchedule(timeout=60))
    assert info.value.last_state == "IN_PROGRESS"
    assert sum(fake_time.slept) == pytest.approx(60.0)


async def test_progress_callback_gets_new_logs_only(mode: str, fake_time: FakeTime) -> None:
    """Each poll reports state, percentComplete and only the log entries not seen before."""
    seen: list[aiplane.Progress] = []
    await wait_wr(mode, client_for(Service(PROGRESSING)), fake_time, on_progress=seen.append)
    assert [p.percent_complete for p in seen] == [0.0, 40.0, 80.0, 100.0]
    messages = [log.message for p in seen for log in p.new_logs]
    assert messages == [f"step {i}" for i in range(len(messages))]
    assert len(messages) == 4


async def test_progress_bar_is_silent_without_tty(mode: str, fake_time: FakeTime) -> None:
    """progress=True prints nothing when stderr is not a terminal."""
    buf = io.StringIO()
    with redirect_stderr(buf):
        await wait_wr(mode, client_for(Service(PROGRESSING)), fake_time, progress=True)
    assert buf.getvalue() == ""


async def test_wait_until_succeeds_on_not_found(mode: str, fake_time: FakeTime) -> None:
    """With succeed_on_not_found, a 404 ends the wait for a delete with None."""
    svc = Service(PROGRESSING)
    svc.deleted = True
    client = client_for(svc)
    if mode == "sync":
        result = aiplane.wait_until(
            get_dedicated_ai_cluster, client, CID, states=("DELETED",), succeed_on_not_found=True
        )
    else:
        result = await aiplane.await_until(
            get_dedicated_ai_cluster, client, CID, states=("DELETED",), succeed_on_not_found=True
        )
    assert result is None


async def test_wait_until_404_raises_without_flag(mode: str, fake_time: FakeTime) -> None:
    """Without succeed_on_not_found a 404 is NotFound."""
    svc = Service(PROGRESSING)
    svc.deleted = True
    with pytest.raises(errors.NotFound):
        await twin(mode, "wait_until", get_dedicated_ai_cluster, client_for(svc), CID)


def _details() -> CreateDedicatedAiClusterDetails:
    return CreateDedicatedAiClusterDetails(
        type_="HOSTING", compartment_id="c", unit_count=1, unit_shape="LARGE_COHERE"
    )


async def test_create_and_wait_returns_final_resource(mode: str, fake_time: FakeTime) -> None:
    """call_and_wait follows opc-work-request-id and returns the ACTIVE resource."""
    svc = Service(PROGRESSING)
    client = client_for(svc)
    sched = aiplane.PollSchedule(initial=0.001)
    if mode == "sync":
        res = aiplane.call_and_wait(
            create_dedicated_ai_cluster, client, body=_details(), schedule=sched
        )
    else:
        res = await aiplane.acall_and_wait(
            create_dedicated_ai_cluster, client, body=_details(), schedule=sched
        )
    assert res.id == CID and res.lifecycle_state == "ACTIVE"
    assert svc.polls == 4


async def test_delete_and_wait_returns_none(mode: str, fake_time: FakeTime) -> None:
    """call_and_wait on a delete waits for its work request and returns None."""
    svc = Service(PROGRESSING)
    sched = aiplane.PollSchedule(initial=0.001)
    if mode == "sync":
        res = aiplane.call_and_wait(
            delete_dedicated_ai_cluster, client_for(svc), CID, schedule=sched
        )
    else:
        res = await aiplane.acall_and_wait(
            delete_dedicated_ai_cluster, client_for(svc), CID, schedule=sched
        )
    assert res is None and svc.polls == 4


async def test_update_with_etag_retries_on_412(mode: str, fake_time: FakeTime) -> None:
    """A 412 from a concurrent change makes the helper re-read and retry with the new etag."""
    svc = Service(PROGRESSING)
    svc.fail_updates = 2

    def change(current: Any) -> UpdateDedicatedAiClusterDetails:
        return UpdateDedicatedAiClusterDetails(display_name="renamed")

    args = (get_dedicated_ai_cluster, update_dedicated_ai_cluster, client_for(svc), CID, change)
    if mode == "sync":
        result = aiplane.update_with_etag(*args)
    else:
        result = await aiplane.aupdate_with_etag(*args)
    assert result.status_code == 200 and svc.gets == 3


async def test_update_with_etag_gives_up(mode: str, fake_time: FakeTime) -> None:
    """After the allowed attempts the 412 is raised."""
    svc = Service(PROGRESSING)
    svc.fail_updates = 10
    args = (
        get_dedicated_ai_cluster,
        update_dedicated_ai_cluster,
        client_for(svc),
        CID,
        lambda c: UpdateDedicatedAiClusterDetails(display_name="x"),
    )
    with pytest.raises(errors.PreconditionFailed):
        await twin(mode, "update_with_etag", *args, attempts=2)


async def test_wait_until_fails_fast_on_failure_state(mode: str, fake_time: FakeTime) -> None:
    """A resource that reaches FAILED raises WaitFailed at once, with the state."""
    svc = Service(PROGRESSING)
    svc.cluster_state = "FAILED"
    with pytest.raises(errors.WaitFailed) as info:
        await twin(mode, "wait_until", get_dedicated_ai_cluster, client_for(svc), CID)
    assert info.value.last_state == "FAILED" and svc.gets == 1


async def test_delete_without_work_request_waits_until_gone(mode: str, fake_time: FakeTime) -> None:
    """A delete answered without opc-work-request-id waits until the resource is gone."""
    svc = Service(PROGRESSING)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            svc.deleted = True
            return httpx.Response(202)  # no work request header
        return svc(request)

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        management_url="http://mgmt.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )
    sched = aiplane.PollSchedule(initial=0.001)
    if mode == "sync":
        result = aiplane.call_and_wait(delete_dedicated_ai_cluster, client, CID, schedule=sched)
    else:
        result = await aiplane.acall_and_wait(
            delete_dedicated_ai_cluster, client, CID, schedule=sched
        )
    assert result is None and svc.gets == 1  # polled until the 404


def test_poll_schedule_does_not_overflow_on_long_waits() -> None:
    """Thousands of polls keep the capped interval instead of overflowing."""
    assert aiplane.PollSchedule(max_interval=5, timeout=86400).delay(1100, 100.0) == 5.0
