"""Requests are validated against the specs: 400 InvalidParameter naming the field."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiplane_mock import MockServer, running
from tests.conftest import add_secret
from tests.mock_helpers import API_KEY, COMPARTMENT, cluster_body, server_options, signer


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running(**server_options()) as mock:
        yield mock


@pytest.fixture
def mgmt(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.management_url, auth=signer(), timeout=10) as client:
        yield client


@pytest.fixture
def data(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.data_url, headers={"api-key": API_KEY}) as client:
        yield client


def assert_names(response: httpx.Response, field: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    error = body.get("error", body)  # the data plane's OpenAI envelope, or OCI's
    assert error["code"] == "InvalidParameter"
    assert f"'{field}'" in error["message"]
    if "error" in body:
        assert (error["type"], error["param"]) == ("invalid_request_error", field)


def test_missing_required_query_parameter(mgmt: httpx.Client) -> None:
    """A list without compartmentId names compartmentId."""
    assert_names(mgmt.get("/dedicatedAiClusters"), "compartmentId")


def test_query_integer_out_of_range(mgmt: httpx.Client) -> None:
    """limit=0 names limit."""
    assert_names(mgmt.get("/models", params={"compartmentId": COMPARTMENT, "limit": 0}), "limit")


def test_query_not_an_integer(mgmt: httpx.Client) -> None:
    """limit=abc names limit."""
    assert_names(mgmt.get("/models", params={"compartmentId": "c", "limit": "abc"}), "limit")


def test_query_enum_violation(mgmt: httpx.Client) -> None:
    """An unknown sortBy names sortBy."""
    response = mgmt.get("/endpoints", params={"compartmentId": COMPARTMENT, "sortBy": "size"})
    assert_names(response, "sortBy")


def test_repeated_query_enum_violation(mgmt: httpx.Client) -> None:
    """One bad value among repeated capability params names capability."""
    response = mgmt.get("/models", params={"compartmentId": "c", "capability": ["CHAT", "NOPE"]})
    assert_names(response, "capability")


def test_header_too_long(mgmt: httpx.Client) -> None:
    """An opc-retry-token longer than 64 characters names opc-retry-token."""
    response = mgmt.post(
        "/dedicatedAiClusters", json=cluster_body(), headers={"opc-retry-token": "x" * 65}
    )
    assert_names(response, "opc-retry-token")


def test_body_missing_required_field(mgmt: httpx.Client) -> None:
    """A body without unitShape names unitShape."""
    body = cluster_body()
    del body["unitShape"]
    assert_names(mgmt.post("/dedicatedAiClusters", json=body), "unitShape")


def test_body_wrong_type_names_nested_field(mgmt: httpx.Client) -> None:
    """A nested type error names the dotted path."""
    body = {
        "compartmentId": COMPARTMENT,
        "modelId": "m",
        "dedicatedAiClusterId": "c",
        "contentModerationConfig": {"isEnabled": "yes"},
    }
    assert_names(mgmt.post("/endpoints", json=body), "contentModerationConfig.isEnabled")


def test_body_not_json(mgmt: httpx.Client) -> None:
    """A body that is not JSON is 400."""
    response = mgmt.post(
        "/dedicatedAiClusters", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "JSON" in response.json()["message"]


def test_body_required(mgmt: httpx.Client) -> None:
    """A create without a body is 400."""
    response = mgmt.post("/dedicatedAiClusters")
    assert response.status_code == 400
    assert "required" in response.json()["message"]


def test_wrong_content_type_names_content_type(mgmt: httpx.Client) -> None:
    """A text/plain body for a JSON operation names content-type."""
    response = mgmt.post(
        "/dedicatedAiClusters", content=b"{}", headers={"content-type": "text/plain"}
    )
    assert_names(response, "content-type")


def test_path_parameter_pattern(data: httpx.Client) -> None:
    """A file path with a '..' segment violates the path pattern."""
    response = data.get("/v1/files/bucket1/a%2F..%2Fb")
    assert_names(response, "path")


def test_data_plane_body_one_of(data: httpx.Client) -> None:
    """A run with both args and url is rejected."""
    response = data.post("/v1/deployments/d/runs", json={"args": {}, "url": "files/b/x"})
    assert response.status_code == 400


PASSWORD = "pw-callback-secret-4711"
add_secret(PASSWORD)


def run_body(**changes: object) -> dict[str, object]:
    """A createRun body with a basic callback password (write-only, format: password)."""
    auth = {"kind": "basic", "username": "hook", "password": PASSWORD}
    return {"args": {"q": 1}, "callbackUrl": "http://127.0.0.1/x", "callbackAuth": auth, **changes}


def test_invalid_run_body_never_echoes_the_password(data: httpx.Client) -> None:
    """A run body breaking oneOf (args and url) is 400 without the callback password."""
    response = data.post("/v1/deployments/d/runs", json=run_body(url="files/b/x"))
    assert response.status_code == 400
    assert PASSWORD not in response.text


def test_invalid_run_body_names_the_field(data: httpx.Client) -> None:
    """A bad field inside one of the oneOf forms is named (callbackAuth.kind), not the body."""
    body = run_body()
    body["callbackAuth"] = {"kind": "digest", "username": "hook", "password": PASSWORD}
    response = data.post("/v1/deployments/d/runs", json=body)
    assert_names(response, "callbackAuth.kind")
    assert PASSWORD not in response.text


def test_data_plane_header_enum(data: httpx.Client) -> None:
    """If-None-Match other than * names If-None-Match."""
    response = data.put(
        "/v1/files/bucket1/a.txt",
        files={"file": ("a.txt", b"x")},
        headers={"If-None-Match": "abc"},
    )
    assert_names(response, "If-None-Match")


def test_chat_temperature_out_of_range(data: httpx.Client) -> None:
    """temperature=3 names temperature."""
    response = data.post(
        "/openai/deployments/d/chat/completions",
        json={"messages": [{"role": "user", "content": "hi"}], "temperature": 3},
    )
    assert_names(response, "temperature")


def test_unknown_path_is_404(mgmt: httpx.Client) -> None:
    """A path no spec declares is 404."""
    assert mgmt.get("/nothingHere").status_code == 404


def test_undeclared_method_is_405_with_allow(data: httpx.Client) -> None:
    """A method the spec does not declare for a path is 405 with Allow."""
    response = data.patch("/v1/runs/abc", json={})
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
