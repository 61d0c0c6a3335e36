"""Fault injection: statuses, dropped connections, latency, cut streams, failing work requests."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from aiplane_mock import MockServer, running
from tests.mock_helpers import API_KEY, COMPARTMENT, cluster_body, serving, signer, wait_for


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def mgmt(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.management_url, auth=signer(), timeout=10) as client:
        yield client


@pytest.fixture
def data(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.data_url, headers={"api-key": API_KEY}, timeout=10) as c:
        yield c


def clusters(mgmt: httpx.Client) -> list[dict[str, object]]:
    items: list[dict[str, object]] = mgmt.get(
        "/dedicatedAiClusters", params={"compartmentId": COMPARTMENT}
    ).json()["items"]
    return items


def test_429_with_retry_after(server: MockServer, mgmt: httpx.Client) -> None:
    """A status fault answers 429 TooManyRequests with Retry-After, once."""
    server.control.inject("status", "listModels", status=429, retry_after=3)
    first = mgmt.get("/models", params={"compartmentId": COMPARTMENT})
    assert first.status_code == 429
    assert first.headers["retry-after"] == "3"
    assert first.json()["code"] == "TooManyRequests"
    assert mgmt.get("/models", params={"compartmentId": COMPARTMENT}).status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(server: MockServer, mgmt: httpx.Client, status: int) -> None:
    """Status faults answer 500/502/503 with an Error body."""
    server.control.inject("status", "/20231130/models", status=status)
    response = mgmt.get("/models", params={"compartmentId": COMPARTMENT})
    assert response.status_code == status
    assert response.json()["code"]


def test_count_limits_how_often_a_fault_fires(server: MockServer, mgmt: httpx.Client) -> None:
    """count=2 fires twice, then requests pass."""
    server.control.inject("status", "getModel", count=2, status=503)
    model = mgmt.get("/models", params={"compartmentId": COMPARTMENT}).json()["items"][0]["id"]
    codes = [mgmt.get(f"/models/{model}").status_code for _ in range(3)]
    assert codes == [503, 503, 200]


def test_method_filter(server: MockServer, mgmt: httpx.Client) -> None:
    """A rule with method=POST leaves GETs on the same path alone."""
    server.control.inject("status", "/20231130/dedicatedAiClusters", method="POST", status=500)
    assert mgmt.get("/dedicatedAiClusters", params={"compartmentId": "c"}).status_code == 200
    assert mgmt.post("/dedicatedAiClusters", json=cluster_body()).status_code == 500


def test_drop_before_processing(server: MockServer, mgmt: httpx.Client) -> None:
    """drop_before: the connection breaks and nothing was created."""
    server.control.inject("drop_before", "createDedicatedAiCluster")
    with pytest.raises(httpx.RemoteProtocolError):
        mgmt.post("/dedicatedAiClusters", json=cluster_body())
    assert clusters(mgmt) == []


def test_drop_after_processing_then_retry_token_returns_original(
    server: MockServer, mgmt: httpx.Client
) -> None:
    """drop_after: created but the answer is lost; a retry with the same token gets the original."""
    server.control.inject("drop_after", "createDedicatedAiCluster")
    headers = {"opc-retry-token": "drop-retry-1"}
    with pytest.raises(httpx.RemoteProtocolError):
        mgmt.post("/dedicatedAiClusters", json=cluster_body(), headers=headers)
    retried = mgmt.post("/dedicatedAiClusters", json=cluster_body(), headers=headers)
    assert retried.status_code == 200
    assert [c["id"] for c in clusters(mgmt)] == [retried.json()["id"]]


def test_latency(server: MockServer, mgmt: httpx.Client) -> None:
    """latency delays the response by the given seconds."""
    server.control.inject("latency", "listModels", delay=0.2)
    start = time.monotonic()
    assert mgmt.get("/models", params={"compartmentId": COMPARTMENT}).status_code == 200
    assert time.monotonic() - start >= 0.2


def test_cut_chat_stream_after_events(server: MockServer, data: httpx.Client) -> None:
    """cut_stream after 2 events: the client gets 2 SSE events then a broken connection."""
    deployment = server.control.create_deployment()
    server.control.inject("cut_stream", "createChatCompletion", after_events=2)
    received: list[str] = []
    body = {"messages": [{"role": "user", "content": "hi"}], "stream": True}
    with (
        pytest.raises(httpx.RemoteProtocolError),
        data.stream("POST", f"/openai/deployments/{deployment}/chat/completions", json=body) as r,
    ):
        received.extend(line for line in r.iter_lines() if line.startswith("data: "))
    assert len(received) == 2


def test_cut_download_after_bytes(server: MockServer, data: httpx.Client) -> None:
    """cut_stream after N bytes breaks a download after exactly N bytes."""
    bucket = data.get("/v1/bucket").json()["bucket"]
    data.put(f"/v1/files/{bucket}/big.bin", files={"file": ("f", b"x" * 200_000)})
    server.control.inject("cut_stream", "downloadFile", after_bytes=70_000)
    received = bytearray()

    def download() -> None:
        with data.stream("GET", f"/v1/files/{bucket}/big.bin") as response:
            for chunk in response.iter_bytes():
                received.extend(chunk)

    with pytest.raises(httpx.RemoteProtocolError):
        download()
    assert len(received) == 70_000


def test_fail_next_work_request_only_hits_matching_route(
    server: MockServer, mgmt: httpx.Client
) -> None:
    """A fail_work_request rule for createEndpoint leaves cluster creation alone."""
    server.control.fail_next_work_request("createEndpoint")
    work_id = mgmt.post("/dedicatedAiClusters", json=cluster_body()).headers["opc-work-request-id"]
    server.control.advance(60)
    assert mgmt.get(f"/workRequests/{work_id}").json()["status"] == "SUCCEEDED"
    assert server.control.faults()[0].count == 1


def admin_header(server: MockServer) -> dict[str, str]:
    """The header the admin routes require."""
    return {"x-aiplane-mock-admin": server.admin_token}


def test_admin_endpoint_injects_faults(server: MockServer, mgmt: httpx.Client) -> None:
    """POST /_mock/faults adds a rule; DELETE clears them."""
    admin = httpx.Client(base_url=server.data_url, headers=admin_header(server))
    created = admin.post(
        "/_mock/faults",
        json={"kind": "status", "route": "listModels", "status": 503, "count": None},
    )
    assert created.status_code == 201
    assert mgmt.get("/models", params={"compartmentId": "c"}).status_code == 503
    admin.delete("/_mock/faults")
    assert mgmt.get("/models", params={"compartmentId": "c"}).status_code == 200
    assert admin.post("/_mock/faults", json={"kind": "explode"}).status_code == 400


def test_admin_endpoint_advances_time(server: MockServer, mgmt: httpx.Client) -> None:
    """POST /_mock/clock sets the speed and advances virtual time."""
    admin = httpx.Client(base_url=server.data_url, headers=admin_header(server))
    admin.post("/_mock/clock", json={"speed": 0})
    work_id = mgmt.post("/dedicatedAiClusters", json=cluster_body()).headers["opc-work-request-id"]
    assert mgmt.get(f"/workRequests/{work_id}").json()["status"] == "ACCEPTED"
    admin.post("/_mock/clock", json={"advance": 30})
    assert mgmt.get(f"/workRequests/{work_id}").json()["status"] == "SUCCEEDED"


def _pattern(seed: int) -> list[int]:
    with running(no_auth=True, seed=seed) as mock:
        mock.control.inject("status", "listModels", count=None, probability=0.5)
        with httpx.Client(base_url=mock.management_url) as client:
            return [client.get("/models?compartmentId=c").status_code for _ in range(12)]


def test_probabilistic_faults_are_deterministic_with_a_seed() -> None:
    """probability=0.5 fires in the same pattern for the same seed."""
    first = _pattern(11)
    assert first == _pattern(11)
    assert set(first) == {200, 503}


def test_reset_clears_faults(server: MockServer, mgmt: httpx.Client) -> None:
    """control.reset() removes every rule."""
    server.control.inject("status", "*", count=None, status=500)
    server.control.reset()
    assert mgmt.get("/models", params={"compartmentId": "c"}).status_code == 200


def test_deliberate_drops_are_not_logged_as_errors(
    server: MockServer, mgmt: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    """uvicorn's error log stays quiet for deliberate drops."""
    server.control.inject("drop_before", "listModels")
    with pytest.raises(httpx.RemoteProtocolError):
        mgmt.get("/models", params={"compartmentId": COMPARTMENT})
    mgmt.get("/models", params={"compartmentId": COMPARTMENT})
    assert not [
        r for r in caplog.records if r.name.startswith("uvicorn") and r.levelname == "ERROR"
    ]


def test_429_keeps_the_retry_after_the_fault_asks_for(
    server: MockServer, mgmt: httpx.Client
) -> None:
    """An injected 429 sends the fault's own Retry-After, even 0 (no minimum applied)."""
    server.control.inject("status", "listModels", status=429, retry_after=0)
    response = mgmt.get("/models", params={"compartmentId": COMPARTMENT})
    assert response.headers["retry-after"] == "0"


def _server_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith(("uvicorn", "aiplane_mock"))]


def test_client_gone_during_latency_logs_one_line(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A client that times out during a latency fault costs one log line, no traceback."""
    server.control.inject("latency", "listModels", delay=0.3)
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.management_url + "/models", params={"compartmentId": "c"}, timeout=0.05)
    wait_for(lambda: {"n": len(_server_records(caplog))}, lambda v: v["n"] > 0)
    time.sleep(0.1)  # anything else the server would log about it
    records = _server_records(caplog)
    assert len(records) == 1, [r.getMessage() for r in records]
    assert records[0].exc_info is None
    assert "\n" not in records[0].getMessage()
    assert "Traceback" not in caplog.text
