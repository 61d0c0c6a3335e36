"""Resumed downloads against a scripted server (httpx.MockTransport): a changed file
restarts and is never spliced, bad bodies are refused, interruptions are bounded; and the
copy/move wire."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._resume import MAX_STALLS
from aiplane.files import FileURL
from tests.conftest import FakeTime, maybe_await

pytestmark = pytest.mark.anyio

URL = FileURL("b1", "dir/f.bin")
OLD, NEW = b"o" * 1000, b"N" * 1500


class Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off (ReadError) after ``cut`` bytes; ``cut=None`` is whole."""

    def __init__(self, data: bytes, cut: int | None) -> None:
        self.data, self.cut = data, cut

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.cut]
        if self.cut is not None:
            raise httpx.ReadError("cut")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class Server:
    """One file whose version can change; ``resume`` says how a ranged request is answered:
    ``honest`` (412 on a stale If-Match), ``ignores`` (206 of the current version whatever
    the preconditions) or ``full`` (200 with the whole current version)."""

    def __init__(self, resume: str = "honest", cuts: list[int | None] | None = None) -> None:
        self.resume = resume
        self.cuts = list(cuts or [])
        self.versions = [(OLD, '"v1"')]
        self.seen: list[httpx.Request] = []
        self.change_after_first = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.url.path.startswith("/api/v1/ops/"):
            return httpx.Response(200, json={})
        data, etag = self.versions[-1]
        if self.change_after_first and len(self.seen) == 2:
            self.versions.append((NEW, '"v2"'))
            data, etag = self.versions[-1]
        cut = self.cuts.pop(0) if self.cuts else None
        wanted = request.headers.get("range")
        if wanted is None or self.resume == "full":
            return self._send(200, data, etag, cut, {})
        if self.resume == "honest" and request.headers.get("if-match") != etag:
            return httpx.Response(412, json={"code": "PreconditionFailed", "message": "etag"})
        start = int(wanted.removeprefix("bytes=").rstrip("-"))
        extra = {"content-range": f"bytes {start}-{len(data) - 1}/{len(data)}"}
        return self._send(206, data[start:], etag, cut, extra)

    @staticmethod
    def _send(
        status: int, body: bytes, etag: str, cut: int | None, extra: dict[str, str]
    ) -> httpx.Response:
        headers = {"etag": etag, "content-length": str(len(body)), **extra}
        headers["content-type"] = "application/octet-stream"
        return httpx.Response(status, headers=headers, stream=Cut(body, cut))


def make_client(mode: str, server: Any, fake: FakeTime) -> Any:
    mock = httpx.MockTransport(server)
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    return cls(
        data_url="http://data.test/api",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
    )


async def download(mode: str, client: Any, dest: Path) -> Any:
    fn = aiplane.files.download if mode == "sync" else aiplane.files.adownload
    return await maybe_await(fn(client, URL, dest))


async def chunks(mode: str, client: Any) -> bytes:
    if mode == "sync":
        return b"".join(aiplane.files.iter_download(client, URL))
    return b"".join([c async for c in aiplane.files.aiter_download(client, URL)])


async def test_resume_sends_range_and_the_etag(
    mode: str, fake_time: FakeTime, tmp_path: Path
) -> None:
    """After a cut, the next request asks for the rest with Range, If-Match and If-Range."""
    server = Server(cuts=[300])
    done = await download(mode, make_client(mode, server, fake_time), tmp_path / "f")
    resume = server.seen[1].headers
    assert (resume["range"], resume["if-match"], resume["if-range"]) == (
        "bytes=300-",
        '"v1"',
        '"v1"',
    )
    assert (tmp_path / "f").read_bytes() == OLD and done.resumes == 1


@pytest.mark.parametrize("resume", ["honest", "ignores", "full"])
async def test_a_changed_file_restarts_and_is_never_spliced(
    mode: str, fake_time: FakeTime, tmp_path: Path, resume: str
) -> None:
    """412, a 206 of another version, or a 200 to a ranged request: start over from byte 0."""
    server = Server(resume, cuts=[300])
    server.change_after_first = True
    done = await download(mode, make_client(mode, server, fake_time), tmp_path / "f")
    assert (tmp_path / "f").read_bytes() == NEW
    assert done.restarts == 1 and done.etag == '"v2"'


async def test_iterator_raises_when_the_file_changed(mode: str, fake_time: FakeTime) -> None:
    """An iterator that already handed out old bytes raises FileChanged instead of splicing."""
    server = Server(cuts=[300])
    server.change_after_first = True
    with pytest.raises(errors.FileChanged):
        await chunks(mode, make_client(mode, server, fake_time))


async def test_iterator_resumes_after_a_cut(mode: str, fake_time: FakeTime) -> None:
    """iter_download resumes a cut body of the same version."""
    server = Server(cuts=[1, 500])
    assert await chunks(mode, make_client(mode, server, fake_time)) == OLD
    assert len(server.seen) == 3


async def test_endless_cuts_end_with_the_transport_error(
    mode: str, fake_time: FakeTime, tmp_path: Path
) -> None:
    """A body that never delivers a byte ends after a bounded number of tries; no file."""
    server = Server(cuts=[0] * 50)
    with pytest.raises(errors.TransportError):
        await download(mode, make_client(mode, server, fake_time), tmp_path / "f")
    assert len(server.seen) == MAX_STALLS + 1 and os.listdir(tmp_path) == []


async def test_short_body_is_refused(mode: str, fake_time: FakeTime, tmp_path: Path) -> None:
    """A body that ends before its Content-Length is a ResponseValidationError; no file."""

    def short(request: httpx.Request) -> httpx.Response:
        headers = {"etag": '"v1"', "content-length": "10", "content-type": "text/plain"}
        return httpx.Response(200, headers=headers, stream=Cut(b"12345", None))

    with pytest.raises(errors.ResponseValidationError):
        await download(mode, make_client(mode, short, fake_time), tmp_path / "f")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["copy", "move"])
async def test_copy_and_move_post_the_dial_body(mode: str, fake_time: FakeTime, name: str) -> None:
    """copy/move POST {sourceUrl, destinationUrl, overwrite} to /v1/ops/resource/<name>."""
    server = Server()
    fn = getattr(aiplane.files, name if mode == "sync" else f"a{name}")
    await maybe_await(fn(make_client(mode, server, fake_time), URL, "files/b1/x y", overwrite=True))
    (request,) = server.seen
    assert (request.method, request.url.path) == ("POST", f"/api/v1/ops/resource/{name}")
    assert json.loads(request.content) == {
        "sourceUrl": "files/b1/dir/f.bin",
        "destinationUrl": "files/b1/x%20y",
        "overwrite": True,
    }
