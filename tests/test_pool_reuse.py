"""The pool's keep-alive connections: one the server closed while idle is not reused (the
async stream answers httpcore's ``is_readable`` from the socket it looked up once)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import aiplane
from tests.conftest import maybe_await

pytestmark = pytest.mark.anyio

ANSWER = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


class ClosingServer:
    """Answers one request per connection (keep-alive implied), then closes the socket."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)  # the accept loop checks ``stop`` this often
        self.stop = threading.Event()
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.closed = threading.Semaphore(0)  # released once per connection closed
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(10)
                data = b""
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(ANSWER)
            self.closed.release()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        self.listener.close()


@pytest.fixture
def server() -> Iterator[ClosingServer]:
    running = ClosingServer()
    yield running
    running.close()


async def test_an_idle_connection_the_server_closed_is_not_reused(
    mode: str, server: ClosingServer
) -> None:
    """After the server closes an idle keep-alive connection, the next call (no retries)
    opens a new one and succeeds instead of failing on the dead socket."""
    url = f"http://127.0.0.1:{server.port}"
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    client: Any = cls(data_url=url, retry=aiplane.RetryPolicy.none())
    send = aiplane.raw_request if mode == "sync" else aiplane.araw_request
    try:
        for number in range(3):
            answer = await maybe_await(send(client, "GET", f"/ping/{number}"))
            assert answer.status_code == 200
            assert server.closed.acquire(timeout=10), "the server did not close the connection"
    finally:
        await maybe_await(client.close() if mode == "sync" else client.aclose())
    assert server.connections == 3
