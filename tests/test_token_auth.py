"""APIKeyAuth and BearerAuth: static, callable and async sources, per request, no leaks."""

from __future__ import annotations

import httpx
import pytest

from aiplane import APIKeyAuth, BearerAuth, errors
from tests.conftest import TEST_API_KEY, TEST_BEARER, send

pytestmark = pytest.mark.anyio


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "api-key": request.headers.get("api-key"),
            "authorization": request.headers.get("authorization"),
        },
    )


async def test_static_api_key(mode: str) -> None:
    """A static API key goes in the api-key header."""
    resp = await send(
        mode, httpx.MockTransport(echo), "GET", "http://d.test/", auth=APIKeyAuth(TEST_API_KEY)
    )
    assert resp.json()["api-key"] == TEST_API_KEY


async def test_callable_is_called_per_request(mode: str) -> None:
    """A callable source is called once per request (3 requests, 3 calls, rotating values)."""
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return f"{TEST_BEARER}-{len(calls)}"

    auth = BearerAuth(token)
    seen = [
        (await send(mode, httpx.MockTransport(echo), "GET", "http://d.test/", auth=auth)).json()[
            "authorization"
        ]
        for _ in range(3)
    ]
    assert seen == [f"Bearer {TEST_BEARER}-{i}" for i in (1, 2, 3)]


async def test_coroutine_source_on_async_client() -> None:
    """An async source is awaited by the async client."""

    async def key() -> str:
        return TEST_API_KEY

    resp = await send(
        "async", httpx.MockTransport(echo), "GET", "http://d.test/", auth=APIKeyAuth(key)
    )
    assert resp.json()["api-key"] == TEST_API_KEY


async def test_coroutine_source_on_sync_client_is_clear_error() -> None:
    """An async source on a sync client is a ConfigError telling to use the async client."""

    async def key() -> str:
        return TEST_API_KEY

    with pytest.raises(errors.ConfigError, match="async"):
        await send("sync", httpx.MockTransport(echo), "GET", "http://d.test/", auth=APIKeyAuth(key))


@pytest.mark.parametrize("bad", [None, "", 42])
def test_bad_values_are_config_errors(bad: object) -> None:
    """Missing, empty or non-string values are rejected up front, naming the field."""
    with pytest.raises(errors.ConfigError, match="api_key"):
        APIKeyAuth(bad)  # type: ignore[arg-type]


def test_reprs_hold_no_secret() -> None:
    """Neither repr shows the key or token."""
    for auth in (APIKeyAuth(TEST_API_KEY), BearerAuth(TEST_BEARER)):
        assert TEST_API_KEY not in repr(auth) and TEST_BEARER not in repr(auth)
