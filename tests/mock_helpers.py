"""Helpers shared by the mock server tests (tests/test_mock_*.py)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

import aiplane
from aiplane.signing import OCISigner, fingerprint_of
from aiplane_mock import MockServer, TrustedKey, running
from tests.conftest import TEST_API_KEY, add_secret

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
PUBLIC_KEY = (DATA / "test_rsa_key_public.pem").read_text()
PRIVATE_KEY = (DATA / "test_rsa_key.pem").read_text()
TENANCY = "ocid1.tenancy.oc1..aaaaaaaatesttenancy"
USER = "ocid1.user.oc1..aaaaaaaatestuser"
COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaatestcompartment"
API_KEY = TEST_API_KEY
SPEED = 100.0


def signer(tenancy: str = TENANCY, user: str = USER) -> OCISigner:
    """An OCI signer with the test key."""
    return OCISigner(
        tenancy=tenancy,
        user=user,
        fingerprint=fingerprint_of(PUBLIC_KEY),
        private_key=PRIVATE_KEY,
    )


def server_options(**overrides: Any) -> dict[str, Any]:
    """Options for a test server: the test key (bound to TENANCY/USER) and API key trusted,
    fast lifecycles."""
    return {
        "trusted_keys": [TrustedKey(PUBLIC_KEY, TENANCY, USER)],
        "api_keys": [API_KEY],
        "speed": SPEED,
        "seed": 7,
        **overrides,
    }


def serving(**overrides: Any) -> Iterator[MockServer]:
    """Run a test server (:func:`server_options`), its admin token registered as a secret;
    for module fixtures: ``yield from serving()``."""
    with running(**server_options(**overrides)) as mock:
        add_secret(mock.admin_token)
        yield mock


@asynccontextmanager
async def sdk_client(mode: str, mock: MockServer) -> AsyncIterator[Any]:
    """An ``aiplane.Client`` (``mode`` "sync") or ``aiplane.AsyncClient`` on ``mock``'s data
    plane with the test API key, closed after the block."""
    auth = aiplane.APIKeyAuth(API_KEY)
    if mode == "sync":
        with aiplane.Client(data_url=mock.data_url, data_auth=auth) as sync_client:
            yield sync_client
    else:
        async with aiplane.AsyncClient(data_url=mock.data_url, data_auth=auth) as async_client:
            yield async_client


def data_client(mock: MockServer) -> Iterator[httpx.Client]:
    """A data-plane client with the test API key on a freshly reset ``mock``; for fixtures:
    ``yield from data_client(server)``."""
    mock.control.reset()
    with httpx.Client(base_url=mock.data_url, headers={"api-key": API_KEY}, timeout=10) as c:
        yield c


def wait_for(
    fetch: Callable[[], dict[str, Any]],
    done: Callable[[dict[str, Any]], bool],
    *,
    timeout: float = 3.0,
    interval: float = 0.01,
) -> dict[str, Any]:
    """Poll ``fetch`` until ``done`` (bounded in time); returns the last value."""
    deadline = time.monotonic() + timeout
    value = fetch()
    while not done(value):
        assert time.monotonic() < deadline, f"condition not reached; last value: {value}"
        time.sleep(interval)
        value = fetch()
    return value


def cluster_body(kind: str = "HOSTING", **extra: Any) -> dict[str, Any]:
    """A CreateDedicatedAiClusterDetails body."""
    return {
        "type": kind,
        "compartmentId": COMPARTMENT,
        "unitCount": 1,
        "unitShape": "LARGE_GENERIC",
        "displayName": f"{kind.lower()}-cluster",
        **extra,
    }


def create_active(client: httpx.Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST a create and wait until the resource is ACTIVE."""
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    resource_id = response.json()["id"]
    return wait_for(
        lambda: client.get(f"{path}/{resource_id}").json(),
        lambda r: r["lifecycleState"] == "ACTIVE",
    )


def hosting_endpoint(client: httpx.Client, model_id: str) -> tuple[str, str]:
    """An ACTIVE hosting cluster and an ACTIVE endpoint on it: (cluster id, endpoint id)."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    endpoint = create_active(
        client,
        "/endpoints",
        {"compartmentId": COMPARTMENT, "modelId": model_id, "dedicatedAiClusterId": cluster["id"]},
    )
    return cluster["id"], endpoint["id"]


def other_process(script: str, *args: str) -> list[str]:
    """Run ``script`` in a new Python process (from the repository root, bounded to 60 s);
    the words it printed. It must exit with 0."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()
