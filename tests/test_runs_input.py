"""A run's input and callback are checked before any request, with a typed error naming them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from tests.conftest import add_secret, maybe_await

pytestmark = pytest.mark.anyio

DATA = "http://data.test:8000"
PASSWORD = "cb-Pass-7f3a9e21c4"
add_secret(PASSWORD)


def unreachable(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, got {request.method} {request.url}")


def accepted(request: httpx.Request) -> httpx.Response:
    body = {
        "id": "run1",
        "deploymentId": "dep",
        "status": "QUEUED",
        "timeCreated": "2025-04-01T10:00:00Z",
    }
    return httpx.Response(202, json=body)


def client_for(mode: str, handler: Any = unreachable) -> Any:
    mock = httpx.MockTransport(handler)
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    return cls(data_url=DATA, pool=aiplane.ConnectionPool(transport=mock, async_transport=mock))


async def submit(mode: str, handler: Any = unreachable, **options: Any) -> Any:
    fn = aiplane.submit_run if mode == "sync" else aiplane.asubmit_run
    return await maybe_await(fn(client_for(mode, handler), "dep", **options))


BAD_URLS = [
    "files/bk/../other/x.jsonl",
    "files/bk/./x.jsonl",
    "files/bk//x.jsonl",
    "files/bk/%2e%2e/x.jsonl",
    "files/bk/a%2Fb",
    "files/bk/x\n.jsonl",
    "files/bk/x\x7f",
    "files/bk",
    "files/bk/x?y=1",
    "files/bk/x#frag",
    "/files/bk/x.jsonl",
    "../files/bk/x.jsonl",
    "https://evil.example.com/v1/files/bk/x.jsonl",
    "http://data.test:9999/v1/files/bk/x.jsonl",
    "http://data.test:8000/v1/other/bk/x.jsonl",
    "http://user:pw@data.test:8000/v1/files/bk/x.jsonl",
    "ftp://data.test:8000/v1/files/bk/x.jsonl",
    "",
]


@pytest.mark.parametrize("url", BAD_URLS)
async def test_a_bad_file_url_is_refused(mode: str, url: str) -> None:
    """Dot or empty segments, controls, other hosts, a leading '/': InvalidParameter('url')."""
    with pytest.raises(errors.InvalidParameter) as info:
        await submit(mode, url=url)
    assert info.value.parameter == "url"


@pytest.mark.parametrize(
    "url", ["files/bk/in/batch.jsonl", "http://data.test:8000/v1/files/bk/in/batch%20one.jsonl"]
)
async def test_a_file_of_this_data_plane_is_sent(mode: str, url: str) -> None:
    """files/<bucket>/<path>, or the same file as a URL on the data plane's host, is sent as is."""
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        return accepted(request)

    future = await submit(mode, handler, url=url)
    assert future.id == "run1" and url.encode() in sent[0]


async def test_args_and_url_together_are_refused(mode: str) -> None:
    """Both args and url, or neither: InvalidParameter before sending."""
    with pytest.raises(errors.InvalidParameter, match="exactly one"):
        await submit(mode, args={"a": 1}, url="files/bk/x")
    with pytest.raises(errors.InvalidParameter, match="exactly one"):
        await submit(mode)


async def test_args_must_be_a_mapping(mode: str) -> None:
    """args=[1, 2] raises InvalidParameter('args')."""
    with pytest.raises(errors.InvalidParameter, match="'args'"):
        await submit(mode, args=[1, 2])


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.test/x",
        "hooks.test/x",
        "https:///x",
        "https://u:p@hooks.test/x",
        "https://h/x y",
    ],
)
async def test_a_bad_callback_url_is_refused(mode: str, url: str) -> None:
    """A callback URL must be https, with a host, no credentials, no spaces."""
    with pytest.raises(errors.InvalidParameter, match="'callback_url'"):
        await submit(mode, args={"a": 1}, callback_url=url)


async def test_callback_auth_needs_a_callback_url(mode: str) -> None:
    """callback_auth without callback_url is refused."""
    auth = {"kind": "basic", "username": "hook", "password": PASSWORD}
    with pytest.raises(errors.InvalidParameter, match="needs a callback_url"):
        await submit(mode, args={"a": 1}, callback_auth=auth)


@pytest.mark.parametrize(
    "auth",
    [
        {"kind": "digest", "username": "hook", "password": PASSWORD},
        {"kind": "basic", "username": "hook"},
        {"kind": "basic", "username": "", "password": PASSWORD},
        {"kind": "basic", "username": "hook", "password": 12345678},
        {"kind": "mtls", "cert": "not a pem", "key": f"-----BEGIN PRIVATE KEY-----{PASSWORD}"},
        {"kind": "mtls", "cert": "-----BEGIN CERTIFICATE-----", "key": PASSWORD},
        "basic",
    ],
)
async def test_bad_callback_auth_is_refused_without_echoing_it(mode: str, auth: Any) -> None:
    """Unknown kinds, missing or non-PEM fields: InvalidParameter, the secret not in it."""
    with pytest.raises(errors.InvalidParameter) as info:
        await submit(mode, args={"a": 1}, callback_url="https://hooks.test/x", callback_auth=auth)
    assert info.value.parameter == "callback_auth"
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)
