"""Data-plane errors in the OpenAI / AI DIAL envelope, through the mock and through the SDK.

The mock answers ``{"error": {"message", "type", "param", "code"}}`` on the data plane (and
``x-request-id`` besides ``opc-request-id``), OCI's ``{code, message}`` on the management plane;
the SDK's errors carry the code, the message and the request id from either.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._errormap import parse_error_body
from aiplane.auth import APIKeyAuth
from aiplane_data.api.deployments import get_deployment
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving

pytestmark = pytest.mark.anyio

MISSING = "ocid1.generativeaiendpoint.oc1..missing"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def data(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.data_url, headers={"api-key": API_KEY}) as client:
        yield client


def test_parse_error_body_reads_the_openai_envelope() -> None:
    """parse_error_body takes code and message from inside ``error``."""
    body = b'{"error": {"message": "gone", "type": "not_found_error", "param": null, "code": "X"}}'
    assert parse_error_body(body) == ("X", "gone")


def test_data_plane_error_is_the_openai_envelope(data: httpx.Client) -> None:
    """A data-plane 404 has message, type, param and code inside ``error``."""
    response = data.get(f"/openai/deployments/{MISSING}")
    assert response.status_code == 404
    assert response.json() == {
        "error": {
            "message": f"Authorization failed or the deployment {MISSING} was not found.",
            "type": "not_found_error",
            "param": None,
            "code": "NotAuthorizedOrNotFound",
        }
    }


def test_data_plane_sends_x_request_id(data: httpx.Client) -> None:
    """Every data-plane answer carries x-request-id, equal to opc-request-id."""
    for response in (data.get("/v1/bucket"), data.get(f"/openai/deployments/{MISSING}")):
        assert response.headers["x-request-id"] == response.headers["opc-request-id"]


def test_unrouted_data_path_uses_the_openai_envelope(data: httpx.Client) -> None:
    """A path no operation has, outside /20231130, answers in the data plane's envelope."""
    body = data.get("/v1/nothing/here").json()
    assert body["error"]["code"] == "NotAuthorizedOrNotFound"


def test_management_plane_keeps_the_oci_envelope(server: MockServer) -> None:
    """Management-plane errors stay OCI's {code, message}, without x-request-id."""
    response = httpx.get(f"{server.management_url}/models/ocid1.generativeaimodel.oc1..none")
    assert response.status_code == 401
    assert set(response.json()) == {"code", "message"}
    assert "x-request-id" not in response.headers


def test_injected_data_plane_fault_uses_the_openai_envelope(
    server: MockServer, data: httpx.Client
) -> None:
    """An injected 429 on a data-plane operation answers in the OpenAI envelope."""
    server.control.inject("status", "getBucket", status=429, retry_after=1, count=1)
    response = data.get("/v1/bucket")
    assert response.status_code == 429
    assert response.json()["error"]["type"] == "rate_limit_error"
    assert response.json()["error"]["code"] == "TooManyRequests"


async def _get_missing(server: MockServer, auth: APIKeyAuth, mode: str) -> None:
    if mode == "sync":
        with aiplane.Client(data_url=server.data_url, auth=auth) as client:
            aiplane.call(get_deployment, client, MISSING)
    else:
        async with aiplane.AsyncClient(data_url=server.data_url, auth=auth) as aclient:
            await aiplane.acall(get_deployment, aclient, MISSING)


async def test_sdk_error_carries_code_message_and_request_id(server: MockServer, mode: str) -> None:
    """The SDK's NotFound from the data plane has the code, the message and the request id."""
    server.control.reset()
    auth = APIKeyAuth(API_KEY)
    with pytest.raises(errors.NotFound) as info:
        await _get_missing(server, auth, mode)
    error = info.value
    assert error.code == "NotAuthorizedOrNotFound"
    assert error.message == f"Authorization failed or the deployment {MISSING} was not found."
    assert error.opc_request_id
