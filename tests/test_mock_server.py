"""Running the mock: CLI, context manager, pytest fixture, in-process ASGI, state file."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from aiplane_mock import MockServer, create_app, running, runtime_of
from aiplane_mock.routes import HANDLERS
from tests.conftest import add_secret
from tests.mock_helpers import API_KEY, COMPARTMENT, DATA, cluster_body

CLI = str(Path(sys.executable).with_name("aiplane-mock"))


def _read_line(stream: IO[str], timeout: float = 20.0) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    return lines.get(timeout=timeout)


@pytest.fixture
def serve() -> Iterator[Any]:
    """Start ``aiplane-mock serve --port 0 ...``; yields (process, urls); always stops it."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
        proc = subprocess.Popen(
            [CLI, "serve", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        assert proc.stdout is not None
        return proc, json.loads(_read_line(proc.stdout))

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _stop(proc: subprocess.Popen[str], signum: int = signal.SIGTERM) -> int:
    proc.send_signal(signum)
    return proc.wait(timeout=15)


def test_cli_prints_urls_and_serves(serve: Any) -> None:
    """serve --port 0 prints one JSON line with both URLs once it accepts connections."""
    proc, urls = serve("--no-auth", "--speed", "50")
    assert urls["management_url"] == urls["data_url"] + "/20231130"
    assert urls["data_url"].startswith("http://127.0.0.1:")
    response = httpx.get(urls["management_url"] + "/models", params={"compartmentId": "c"})
    assert response.status_code == 200
    assert _stop(proc) == 0


def test_cli_startup_line_has_the_admin_token(serve: Any) -> None:
    """The startup JSON line carries the admin token; the admin routes take only it."""
    proc, urls = serve("--no-auth")
    token = urls["admin_token"]
    add_secret(token)
    health = urls["data_url"] + "/_mock/health"
    assert httpx.get(health).status_code == 401
    assert httpx.get(health, headers={"x-aiplane-mock-admin": token}).status_code == 200
    assert _stop(proc) == 0


def test_cli_stops_cleanly_on_sigint(serve: Any) -> None:
    """SIGINT shuts the server down with exit status 0."""
    proc, _ = serve("--no-auth")
    assert _stop(proc, signal.SIGINT) == 0


def test_cli_auth_options(serve: Any) -> None:
    """--trusted-key and --api-key enable auth: no credentials is 401, the API key works."""
    proc, urls = serve("--trusted-key", str(DATA / "test_rsa_key_public.pem"), "--api-key", API_KEY)
    assert httpx.get(urls["data_url"] + "/v1/bucket").status_code == 401
    ok = httpx.get(urls["data_url"] + "/v1/bucket", headers={"api-key": API_KEY})
    assert ok.status_code == 200
    assert _stop(proc) == 0


def test_cli_state_file_survives_restart(serve: Any, tmp_path: Path) -> None:
    """--state persists resources (written atomically) and reloads them on start."""
    state = tmp_path / "mock-state.json"
    proc, urls = serve("--no-auth", "--state", str(state))
    created = httpx.post(urls["management_url"] + "/dedicatedAiClusters", json=cluster_body())
    assert _stop(proc) == 0
    assert json.loads(state.read_text())["resources"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".aiplane-mock-")] == []
    proc, urls = serve("--no-auth", "--state", str(state))
    again = httpx.get(f"{urls['management_url']}/dedicatedAiClusters/{created.json()['id']}")
    assert again.status_code == 200
    assert again.json()["displayName"] == created.json()["displayName"]
    assert _stop(proc) == 0


def test_running_yields_urls_and_stops(tmp_path: Path) -> None:
    """running() serves on a free loopback port and releases it afterwards."""
    with running(no_auth=True) as mock:
        assert mock.management_url == f"http://127.0.0.1:{mock.port}/20231130"
        admin = {"x-aiplane-mock-admin": mock.admin_token}
        assert httpx.get(mock.data_url + "/_mock/health", headers=admin).json() == {"status": "ok"}
        port = mock.port
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_plugin_fixture_gives_a_reset_server(aiplane_mock: MockServer) -> None:
    """The pytest plugin's aiplane_mock fixture yields a running, freshly reset mock."""
    response = httpx.post(aiplane_mock.management_url + "/dedicatedAiClusters", json=cluster_body())
    assert response.status_code == 200
    assert aiplane_mock.control.requests()[-1].operation_id == "createDedicatedAiCluster"


def test_plugin_fixture_is_reset_between_tests(aiplane_mock: MockServer) -> None:
    """A second test sees none of the first test's resources."""
    listed = httpx.get(
        aiplane_mock.management_url + "/dedicatedAiClusters", params={"compartmentId": COMPARTMENT}
    )
    assert listed.json()["items"] == []


@pytest.mark.anyio
async def test_in_process_asgi_app() -> None:
    """create_app() works in-process through httpx.ASGITransport."""
    app = create_app(no_auth=True, speed=100)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        response = await client.get("/20231130/models", params={"compartmentId": "c"})
        assert response.status_code == 200
        bucket = (await client.get("/v1/bucket")).json()["bucket"]
        assert bucket
    await runtime_of(app).close()


def test_every_operation_of_both_specs_has_a_handler() -> None:
    """Each operationId of management.yaml and data.yaml is served."""
    app = create_app(no_auth=True)
    operations = {op.operation_id for op in runtime_of(app).index.operations}
    assert operations == set(HANDLERS)
    assert sum(op.spec == "management" for op in runtime_of(app).index.operations) == 23


def test_concurrent_creates_are_thread_safe() -> None:
    """Parallel creates from many threads all succeed with distinct ids."""
    with running(no_auth=True, speed=100) as mock, httpx.Client(base_url=mock.management_url) as c:

        def create(_: int) -> str:
            response = c.post("/dedicatedAiClusters", json=cluster_body())
            assert response.status_code == 200
            return str(response.json()["id"])

        with ThreadPoolExecutor(max_workers=8) as pool:
            ids = list(pool.map(create, range(40)))
        listed = c.get("/dedicatedAiClusters", params={"compartmentId": COMPARTMENT}).json()
    assert len(set(ids)) == 40
    assert len(listed["items"]) == 40


def test_seed_makes_ids_deterministic() -> None:
    """Two servers with the same seed hand out the same ids."""
    ids = []
    for _ in range(2):
        with running(no_auth=True, seed=5) as mock:
            response = httpx.post(mock.management_url + "/dedicatedAiClusters", json=cluster_body())
            ids.append(response.json()["id"])
    assert ids[0] == ids[1]


def test_state_is_saved_in_process(tmp_path: Path) -> None:
    """A server with state_file writes files and runs too, and a new one reloads them."""
    state = tmp_path / "s.json"
    with running(no_auth=True, state_file=str(state)) as mock:
        bucket = httpx.get(mock.data_url + "/v1/bucket").json()["bucket"]
        httpx.put(f"{mock.data_url}/v1/files/{bucket}/keep.txt", files={"file": ("f", b"kept")})
    with running(no_auth=True, state_file=str(state)) as mock:
        assert httpx.get(f"{mock.data_url}/v1/files/{bucket}/keep.txt").content == b"kept"


def test_environment_is_untouched() -> None:
    """Starting servers does not leave environment variables behind."""
    before = dict(os.environ)
    with running(no_auth=True):
        pass
    assert dict(os.environ) == before
