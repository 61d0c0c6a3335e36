"""Waits that survive a restart: resume tokens of a work-request wait and of a RunFuture."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane._tokens import decode, encode
from aiplane_data.api.runs import get_run_events
from aiplane_management.api.dedicated_ai_cluster import create_dedicated_ai_cluster
from aiplane_management.api.work_request import list_work_request_logs
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_mock import MockServer
from tests.conftest import TEST_API_KEY
from tests.mock_helpers import COMPARTMENT, other_process, serving, signer

pytestmark = pytest.mark.anyio

FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.05, timeout=60)

# The first process: waits, prints the first progress's token and dies without cleanup.
FIRST = """
import os, sys
import aiplane
from tests.mock_helpers import signer
url, wr_id = sys.argv[1], sys.argv[2]
def stop(progress):
    print(len(progress.new_logs), progress.resume_token, flush=True)
    os._exit(0)
with aiplane.Client(management_url=url, auth=signer()) as client:
    schedule = aiplane.PollSchedule(initial=0.02, max_interval=0.05, timeout=60)
    aiplane.wait_for_work_request(client, wr_id, schedule=schedule, on_progress=stop)
"""


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(speed=1.0)


@pytest.fixture
def client(server: MockServer) -> Iterator[aiplane.Client]:
    server.control.reset()
    server.control.set_speed(1.0)
    with aiplane.Client(management_url=server.management_url, auth=signer()) as c:
        yield c


def new_work_request(client: aiplane.Client) -> str:
    details = CreateDedicatedAiClusterDetails(
        type_="HOSTING",
        compartment_id=COMPARTMENT,
        unit_count=1,
        unit_shape="LARGE_COHERE",
        display_name="resume",
    )
    created = aiplane.call_detailed(create_dedicated_ai_cluster, client, body=details)
    assert created.opc_work_request_id is not None
    return created.opc_work_request_id


async def wait(mode: str, client: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.wait_for_work_request(client, schedule=FAST, **kw)
    return await aiplane.await_for_work_request(client, schedule=FAST, **kw)


def test_token_is_versioned_base64_json_without_secrets() -> None:
    """A token is URL-safe base64 of JSON with a version and a kind; no secret in it."""
    token = encode("work_request", id="wr1", deadline=5.0, page=None, skip=0)
    raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    assert raw == {
        "v": 1,
        "k": "work_request",
        "id": "wr1",
        "deadline": 5.0,
        "page": None,
        "skip": 0,
    }
    assert TEST_API_KEY not in token


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("", "non-empty"),
        ("not base64 json!", "not an aiplane resume token"),
        (encode("run", id="r"), "not the token of a work_request wait"),
        (base64.urlsafe_b64encode(b'{"v": 9, "k": "work_request"}').decode(), "version 1"),
    ],
)
def test_bad_tokens_are_refused_before_any_request(token: str, problem: str) -> None:
    """A token that is not one of ours (or of another kind or version) is InvalidParameter."""
    with pytest.raises(errors.InvalidParameter, match=problem):
        decode(token, "work_request")


async def test_resumed_wait_keeps_the_deadline(mode: str, client: aiplane.Client) -> None:
    """A token whose deadline has passed ends the resumed wait with WaitTimeout at once."""
    wr_id = new_work_request(client)
    token = encode("work_request", id=wr_id, deadline=time.time() - 1, page=None, skip=0)
    with pytest.raises(errors.WaitTimeout):
        await wait(mode, client, resume_token=token)


async def test_token_of_another_work_request_is_refused(mode: str, client: aiplane.Client) -> None:
    """Giving an id and the token of another work request is InvalidParameter."""
    token = encode("work_request", id="wr-other", deadline=time.time() + 60, page=None, skip=0)
    with pytest.raises(errors.InvalidParameter, match="another work_request"):
        await wait(mode, client, work_request_id="wr-mine", resume_token=token)


def test_work_request_wait_resumes_in_another_process(
    server: MockServer, client: aiplane.Client
) -> None:
    """A wait started in a process that died resumes here: same deadline, no log twice."""
    wr_id = new_work_request(client)
    server.control.set_speed(0.0)  # the work request waits while the first process runs
    seen_count, token = other_process(FIRST, server.management_url, wr_id)
    deadline = decode(token, "work_request")["deadline"]
    assert time.time() < deadline <= time.time() + 60
    server.control.set_speed(1000.0)
    later: list[Any] = []
    done = aiplane.wait_for_work_request(
        client, schedule=FAST, resume_token=token, on_progress=lambda p: later.extend(p.new_logs)
    )
    assert str(getattr(done.status, "value", done.status)) == "SUCCEEDED"
    every = list(aiplane.paginate(list_work_request_logs, client, wr_id))
    assert int(seen_count) + len(later) == len(every)


# The first process of a run: reads one event, starts waiting, prints the token and dies.
FIRST_RUN = """
import os, sys
import aiplane
from tests.mock_helpers import API_KEY
url, run_id = sys.argv[1], sys.argv[2]
with aiplane.Client(data_url=url, data_auth=aiplane.APIKeyAuth(API_KEY)) as client:
    future = aiplane.RunFuture.from_id(client, run_id)
    with future.events() as events:
        next(events)
        first_id = events.last_event_id
    def stop(progress):
        print(first_id, future.resume_token(), flush=True)
        os._exit(0)
    future.result(timeout=60, on_progress=stop)
"""


def test_run_future_resumes_in_another_process(server: MockServer) -> None:
    """A RunFuture's token resumes it elsewhere: same deadline, events after the last seen."""
    server.control.reset()
    server.control.set_speed(1.0)
    deployment = server.control.create_deployment(display_name="bot")
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(TEST_API_KEY)) as c:
        run_id = aiplane.submit_run(c, deployment, args={"q": 1}).id
        first_id, token = other_process(FIRST_RUN, server.data_url, run_id)
        fields = decode(token, "run")
        assert (fields["id"], fields["last_event_id"]) == (run_id, first_id)
        assert time.time() < fields["deadline"] <= time.time() + 60
        server.control.set_speed(1000.0)
        future = aiplane.RunFuture.from_token(c, token)
        with future.events() as events:
            rest = list(events)
        future.result()
        with aiplane.stream(get_run_events, c, run_id) as again:
            every = list(again)
        assert len(every) == 1 + len(rest)  # the first process's event is not read twice
        assert future.resume_token() != token  # it read on: the last event id moved


def test_run_future_token_keeps_a_passed_deadline(server: MockServer) -> None:
    """A resumed future whose wait's deadline has passed raises WaitTimeout on result()."""
    token = encode("run", id="run-1", deadline=time.time() - 1, last_event_id=None)
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(TEST_API_KEY)) as c:
        future = aiplane.RunFuture.from_token(c, token)
        assert future.id == "run-1"
        with pytest.raises(errors.WaitTimeout):
            future.result(on_progress=None)
