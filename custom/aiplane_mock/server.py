"""Run the mock on a loopback port in a background thread (:func:`running`, :class:`MockServer`)."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from starlette.applications import Starlette

from .admin import Control
from .app import create_app
from .faults import QuietDrops
from .runtime import runtime_of

__all__ = ["MockServer", "bind", "quiet_uvicorn", "running"]

API_VERSION = "/20231130"


def quiet_uvicorn() -> None:
    """Filter uvicorn's error records about deliberate connection drops (idempotent)."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietDrops) for f in logger.filters):
        logger.addFilter(QuietDrops())


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0 picks a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def urls(sock: socket.socket) -> tuple[str, str]:
    """(management_url, data_url) of a bound socket."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    data = f"http://{shown}:{port}"
    return data + API_VERSION, data


class MockServer:
    """A running mock: its URLs, its :class:`~aiplane_mock.admin.Control` and its ASGI app."""

    def __init__(self, app: Starlette, server: uvicorn.Server, sock: socket.socket) -> None:
        self.app = app
        self.control = Control(runtime_of(app))
        self.management_url, self.data_url = urls(sock)
        self._server = server
        self._sock = sock
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="aiplane-mock", daemon=True
        )

    def __repr__(self) -> str:
        return f"MockServer(data_url={self.data_url!r})"

    @property
    def admin_token(self) -> str:
        """The token the ``/_mock/*`` HTTP routes require (header ``x-aiplane-mock-admin``)."""
        return self.control.admin_token

    @property
    def port(self) -> int:
        """The TCP port."""
        return int(self._sock.getsockname()[1])

    @classmethod
    def start(cls, host: str = "127.0.0.1", port: int = 0, **options: Any) -> MockServer:
        """Start a server (options as :class:`~aiplane_mock.runtime.MockConfig`); waits until it
        accepts connections."""
        quiet_uvicorn()
        app = create_app(**options)
        config = uvicorn.Config(
            app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=2,
        )
        sock = bind(host, port)
        mock = cls(app, uvicorn.Server(config), sock)
        mock._thread.start()
        deadline = time.monotonic() + 15
        while not mock._server.started:
            if not mock._thread.is_alive() or time.monotonic() > deadline:
                mock.stop()
                raise RuntimeError("the aiplane mock server did not start")
            time.sleep(0.005)
        return mock

    def stop(self) -> None:
        """Stop the server and wait for its thread."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        with contextlib.suppress(OSError):
            self._sock.close()


@contextlib.contextmanager
def running(host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[MockServer]:
    """Run a mock server for the duration of a ``with`` block.

    >>> with running(no_auth=True, speed=100) as mock:  # doctest: +SKIP
    ...     httpx.get(mock.management_url + "/models", params={"compartmentId": "c"})
    """
    mock = MockServer.start(host, port, **options)
    try:
        yield mock
    finally:
        mock.stop()
