"""Leaving a stream early releases its connection: 1,000 abandoned streams leave none out."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import aiplane
from aiplane_data.api.chat import create_chat_completion
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving
from tests.stream_helpers import chat_body

pytestmark = pytest.mark.anyio

STREAMS = 1000
WAYS = ("break", "exception", "exit", "garbage")


class Leave(Exception):
    pass


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture(scope="module")
def deployment(server: MockServer) -> str:
    return server.control.create_deployment(display_name="bot")


def checked_out(pool: Any) -> list[Any]:
    """The httpcore pool's requests in flight and connections not idle (nor closed)."""
    busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    return [*pool._requests, *busy]


def abandon(client: aiplane.Client, deployment: str, way: str, kept: list[Any]) -> None:
    """Read one chunk and leave; the stream object is kept alive unless left to the GC."""
    events = aiplane.stream(create_chat_completion, client, deployment, body=chat_body())
    if way == "garbage":
        next(events)
        del events
        return
    kept.append(events)
    try:
        with events:
            for _ in events:
                if way == "break":
                    break
                if way == "exception":
                    raise Leave
    except Leave:
        pass


async def aabandon(client: aiplane.AsyncClient, deployment: str, way: str, kept: list[Any]) -> None:
    """The async twin of :func:`abandon`."""
    events = aiplane.astream(create_chat_completion, client, deployment, body=chat_body())
    if way == "garbage":
        await anext(events)
        del events
        return
    kept.append(events)
    try:
        async with events:
            async for _ in events:
                if way == "break":
                    break
                if way == "exception":
                    raise Leave
    except Leave:
        pass


@pytest.mark.slow
async def test_abandoned_streams_leave_no_connection_checked_out(
    mode: str, server: MockServer, deployment: str
) -> None:
    """1,000 streams left after one chunk (break, exception, exit, GC): the pool is free."""
    options: dict[str, Any] = {
        "data_url": server.data_url,
        "data_auth": aiplane.APIKeyAuth(API_KEY),
        "timeout": httpx.Timeout(10.0, pool=2.0),  # a leak fails fast: no connection left
    }
    kept: list[Any] = []
    with anyio.fail_after(100):
        if mode == "sync":
            with aiplane.Client(**options) as client:
                for number in range(STREAMS):
                    abandon(client, deployment, WAYS[number % len(WAYS)], kept)
                gc.collect()
                assert checked_out(client.pool.sync.inner._pool) == []  # type: ignore[attr-defined]
        else:
            async with aiplane.AsyncClient(**options) as aclient:
                for number in range(STREAMS):
                    await aabandon(aclient, deployment, WAYS[number % len(WAYS)], kept)
                gc.collect()
                for _ in range(10):  # GC'd async generators are closed by the event loop
                    await anyio.sleep(0.01)
                assert checked_out(aclient.pool.async_.inner._pool) == []  # type: ignore[attr-defined]
