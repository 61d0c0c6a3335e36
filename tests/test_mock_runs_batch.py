"""The mock's batch status read: listRuns with ``ids`` (at most 100), and its retry-after."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aiplane_mock import MockServer
from tests.conftest import add_secret
from tests.mock_helpers import API_KEY, data_client, serving

OTHER_KEY = "sk-other-caller-key-0123456789abcdef"
add_secret(OTHER_KEY)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(api_keys=[API_KEY, OTHER_KEY])


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    """A data-plane client on a reset server, which has one deployment (``deployment``)."""
    yield from data_client(server)


@pytest.fixture
def deployment(server: MockServer, client: httpx.Client) -> str:
    return server.control.create_deployment(display_name="batch")


def create_run(client: httpx.Client, deployment: str, number: int = 0) -> str:
    answer = client.post(f"/v1/deployments/{deployment}/runs", json={"args": {"n": number}})
    assert answer.status_code == 202
    return str(answer.json()["id"])


def listed(client: httpx.Client, ids: list[str], **params: Any) -> httpx.Response:
    return client.get("/v1/runs", params={"ids": ids, **params})


def test_ids_lists_just_those_runs(client: httpx.Client, deployment: str) -> None:
    """ids=a&ids=c lists runs a and c (newest first); an unknown id is left out, no 404."""
    a, _, c = (create_run(client, deployment, n) for n in range(3))
    answer = listed(client, [a, c, "ocid1.generativeairun.oc1..nosuchrun"])
    assert answer.status_code == 200
    assert [item["id"] for item in answer.json()["items"]] == [c, a]


def test_ids_combine_with_the_other_filters(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """ids with status lists the listed runs in that status only (the clock stopped)."""
    server.control.set_speed(0.0)
    a = create_run(client, deployment)
    assert listed(client, [a], status="SUCCEEDED").json()["items"] == []
    assert [i["id"] for i in listed(client, [a], status="QUEUED").json()["items"]] == [a]


def test_ids_never_list_another_callers_runs(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A run of another caller is left out, as an unknown id is."""
    with httpx.Client(base_url=server.data_url, headers={"api-key": OTHER_KEY}) as other:
        theirs = create_run(other, deployment)
    assert listed(client, [theirs]).json()["items"] == []


def test_more_than_100_ids_are_refused(client: httpx.Client) -> None:
    """101 ids is a 400 naming the ids parameter (the spec's maxItems)."""
    answer = listed(client, [f"run-{n}" for n in range(101)])
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "ids"


def test_ids_read_hints_when_the_next_listed_run_may_change(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """While listed runs are unfinished, retry-after is the soonest of their own hints (the
    run ending first); once every listed run is finished there is no hint."""
    server.control.set_speed(1.0)
    for running_for in (20.5, 10.5):  # hints are capped at 30 s
        server.control.script_run(deployment, {"ok": 1}, queued_for=0.0, running_for=running_for)
    slow, soon = create_run(client, deployment, 1), create_run(client, deployment, 2)
    hint = listed(client, [slow, soon]).headers.get("retry-after")
    assert hint == client.get(f"/v1/runs/{soon}").headers["retry-after"] == "11"
    server.control.advance(60.0)
    assert "retry-after" not in listed(client, [slow, soon]).headers
