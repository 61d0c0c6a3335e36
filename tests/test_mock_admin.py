"""The admin routes (/_mock/*) need the server's admin token; the Python control API does not."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiplane_mock import MockServer, running
from aiplane_mock.routes import ADMIN_ROUTES
from tests.mock_helpers import serving

HEADER = "x-aiplane-mock-admin"
# every admin route and one method of it, with a body its handler accepts
ROUTES = [
    ("GET", "/_mock/health", None),
    ("POST", "/_mock/reset", None),
    ("GET", "/_mock/faults", None),
    ("POST", "/_mock/faults", {"kind": "latency", "count": 0}),
    ("DELETE", "/_mock/faults", None),
    ("GET", "/_mock/clock", None),
    ("POST", "/_mock/clock", {}),
    ("POST", "/_mock/keys", {}),
    ("GET", "/_mock/requests", None),
    ("GET", "/_mock/callbacks", None),
    ("GET", "/_mock/files-audit", None),
    ("POST", "/_mock/deployments", {}),
    ("POST", "/_mock/synthetic-models", {"count": 0, "compartmentId": "c"}),
    ("GET", "/_mock/scripts", None),
    ("DELETE", "/_mock/scripts", None),
    ("POST", "/_mock/scripts/chat", {"deployment_id": "d"}),
    ("POST", "/_mock/scripts/runs", {"deployment_id": "d"}),
]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def admin(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.data_url, timeout=10) as client:
        yield client


def test_routes_list_every_admin_route() -> None:
    """The table below covers every admin route and method."""
    declared = {(m, r.path) for r in ADMIN_ROUTES for m in r.methods or () if m != "HEAD"}
    assert declared == {(method, path) for method, path, _ in ROUTES}


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_admin_route_without_token_is_401(
    admin: httpx.Client, method: str, path: str, body: object
) -> None:
    """Without the admin header, every admin route answers 401 NotAuthenticated."""
    response = admin.request(method, path, json=body)
    assert response.status_code == 401
    assert response.json()["code"] == "NotAuthenticated"


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_admin_route_with_wrong_token_is_401(
    admin: httpx.Client, method: str, path: str, body: object
) -> None:
    """A wrong admin token is 401 on every admin route."""
    response = admin.request(method, path, json=body, headers={HEADER: "not-the-token"})
    assert response.status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_admin_route_with_token_is_served(
    server: MockServer, admin: httpx.Client, method: str, path: str, body: object
) -> None:
    """With the server's admin token every admin route answers 2xx."""
    response = admin.request(method, path, json=body, headers={HEADER: server.admin_token})
    assert response.is_success, response.text


def test_refused_admin_request_changes_nothing(server: MockServer, admin: httpx.Client) -> None:
    """A fault posted without the token is not added."""
    admin.post("/_mock/faults", json={"kind": "status", "status": 503, "count": None})
    assert server.control.faults() == []


def test_admin_token_is_random_per_server(server: MockServer) -> None:
    """Each server generates its own token (long, URL-safe)."""
    with running(no_auth=True) as other:
        assert other.admin_token != server.admin_token
    assert len(server.admin_token) >= 32


def test_admin_token_is_in_no_repr(server: MockServer) -> None:
    """Neither the server, its control handle, config nor runtime shows the token."""
    runtime = server.control._runtime
    for thing in (server, server.control, runtime, runtime.config, runtime.keys):
        assert server.admin_token not in repr(thing)


def test_request_log_keeps_the_configured_number_of_records() -> None:
    """request_log=N keeps the last N request records (a soak raises it to see every one)."""
    with running(no_auth=True, request_log=3) as mock:
        for _ in range(5):
            httpx.get(f"{mock.data_url}/v1/bucket", timeout=10)
        assert len(mock.control.requests()) == 3
        assert mock.control.request_log_size == 3
