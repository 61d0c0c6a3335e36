"""aiplane.raw_request / raw_stream: undescribed paths with the client's auth, retries,
timeouts and typed errors; bad input refused before sending; streamed bodies from a path."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_mock import MockServer
from tests.conftest import FakeTime, maybe_await
from tests.mock_helpers import API_KEY, serving, signer

pytestmark = pytest.mark.anyio


class Recorder:
    """Answers from a script of statuses (then 200 with an echo of the request)."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.seen: list[tuple[httpx.Request, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request, request.read()))
        status = self.statuses.pop(0) if self.statuses else 200
        if status != 200:
            return httpx.Response(status, json={"error": {"message": "no", "code": "x"}})
        body = {"query": str(request.url.query, "ascii"), "sha": _sha(self.seen[-1][1])}
        return httpx.Response(200, json=body)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def client_for(mode: str, handler: Any, fake: FakeTime) -> Any:
    mock = httpx.MockTransport(handler)
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    return cls(
        data_url="http://data.test/api",
        data_auth=aiplane.APIKeyAuth(API_KEY),
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
    )


def request(mode: str) -> Any:
    return aiplane.raw_request if mode == "sync" else aiplane.araw_request


async def test_query_merges_with_the_path_and_json_is_parsed(
    mode: str, fake_time: FakeTime
) -> None:
    """The path's query string and ``query`` are both sent; the JSON answer is parsed."""
    rec = Recorder()
    client = client_for(mode, rec, fake_time)
    result = await maybe_await(
        request(mode)(client, "POST", "/v1/x?a=1", query={"b": "2"}, json={"k": [1]})
    )
    sent, body = rec.seen[0]
    assert result.parsed["query"] == "a=1&b=2" and result.status_code == 200
    assert json.loads(body) == {"k": [1]} and sent.headers["content-type"] == "application/json"
    assert sent.url.path == "/api/v1/x" and sent.headers["api-key"] == API_KEY


async def test_retried_then_typed_errors(mode: str, fake_time: FakeTime) -> None:
    """A 503 is retried by the runtime transport; a 404 raises NotFound."""
    rec = Recorder(503, 404)
    client = client_for(mode, rec, fake_time)
    with pytest.raises(errors.NotFound):
        await maybe_await(request(mode)(client, "GET", "/v1/y"))
    assert len(rec.seen) == 2 and len(fake_time.slept) == 1


@pytest.mark.parametrize(
    "path", ["v1/x", "//evil.test/x", "http://evil.test/x", "/v1/../x", "/v1/a\nb", "/v1/%2e/x"]
)
async def test_bad_paths_are_refused_before_sending(
    mode: str, fake_time: FakeTime, path: str
) -> None:
    """Paths that are not plain absolute paths on the plane are refused, nothing sent."""
    rec = Recorder()
    with pytest.raises(errors.InvalidParameter):
        await maybe_await(request(mode)(client_for(mode, rec, fake_time), "GET", path))
    assert rec.seen == []


async def test_a_path_body_streams_and_is_replayed(
    mode: str, fake_time: FakeTime, tmp_path: Path
) -> None:
    """content=Path streams the file with its length, and is sent again on a retry."""
    source = tmp_path / "in.bin"
    source.write_bytes(random.Random(7).randbytes(300_000))
    rec = Recorder(503)
    client = client_for(mode, rec, fake_time)
    result = await maybe_await(request(mode)(client, "PUT", "/v1/blob", content=source))
    assert result.parsed["sha"] == _sha(source.read_bytes())
    assert [r.headers["content-length"] for r, _ in rec.seen] == ["300000", "300000"]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serving()


async def test_signed_raw_request_and_stream_to_a_path(
    mode: str, mock: MockServer, tmp_path: Path
) -> None:
    """Against the mock with OCI signing: a raw GET parses JSON; raw_stream downloads."""
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    client: Any = cls(data_url=mock.data_url, data_auth=signer())
    bucket = (await maybe_await(request(mode)(client, "GET", "/v1/bucket"))).parsed["bucket"]
    data = b"raw \r\n--+++ bytes"
    upload = aiplane.files.upload if mode == "sync" else aiplane.files.aupload
    await maybe_await(upload(client, f"files/{bucket}/r.bin", data))
    download = aiplane.raw_download if mode == "sync" else aiplane.araw_download
    done = await maybe_await(download(client, f"/v1/files/{bucket}/r.bin", tmp_path / "r"))
    assert done.size == len(data) and (tmp_path / "r").read_bytes() == data
    if mode == "sync":
        with aiplane.raw_stream(client, "GET", f"/v1/files/{bucket}/r.bin") as response:
            got = b"".join(response.iter_bytes())
        client.close()
    else:
        async with aiplane.araw_stream(client, "GET", f"/v1/files/{bucket}/r.bin") as response:
            got = b"".join([c async for c in response.aiter_bytes()])
        await client.aclose()
    assert got == data


async def test_plane_request_method_is_the_raw_request(mode: str, fake_time: FakeTime) -> None:
    """client.data.request / arequest send a raw request on that plane, typed errors too."""
    rec = Recorder(404)
    client = client_for(mode, rec, fake_time)
    send = client.data.request if mode == "sync" else client.data.arequest
    with pytest.raises(errors.NotFound):
        await maybe_await(send("GET", "/v1/missing"))
    result = await maybe_await(send("GET", "/v1/x?a=1", query={"b": "2"}))
    assert result.parsed["query"] == "a=1&b=2" and rec.seen[-1][0].headers["api-key"] == API_KEY
