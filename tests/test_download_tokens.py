"""Downloads that survive a restart: a download's resume token, resumed in another process
from its surviving ``.part`` file (Range + If-Match), restarted when the file changed, and
every bad token or partial file refused with a typed error before any request."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._tokens import decode, encode
from aiplane.files import FileURL, TransferProgress
from aiplane_mock import MockServer
from tests.conftest import TEST_API_KEY, maybe_await
from tests.mock_helpers import API_KEY, other_process, serving

pytestmark = pytest.mark.anyio

URL = FileURL("b1", "big/blob.bin")
OLD = bytes(range(256)) * 8192  # 2 MiB: many chunks
NEW = b"changed!" * 300_000

# The first process: downloads (files.download, or the typed method's Download.save), prints
# the first progress's token and the bytes received, and dies without cleaning up.
FIRST = """
import asyncio, os, sys
import aiplane
from tests.mock_helpers import API_KEY
url, mode, how, bucket, path, dest = sys.argv[1:7]
def stop(progress):
    if progress.resume_token is not None and progress.done < 2 * 1024 * 1024:
        print(progress.done, progress.resume_token, flush=True)
        os._exit(0)
auth = aiplane.APIKeyAuth(API_KEY)
async def main():
    async with aiplane.AsyncClient(data_url=url, data_auth=auth) as client:
        if how == "files":
            target = aiplane.files.FileURL(bucket, path)
            await aiplane.files.adownload(client, target, dest, progress=stop, time_limit=60)
        else:
            download = client.data.download_file(bucket, path)
            await download.save(dest, progress=stop, time_limit=60)
if mode == "async":
    asyncio.run(main())
else:
    with aiplane.Client(data_url=url, data_auth=auth) as client:
        if how == "files":
            target = aiplane.files.FileURL(bucket, path)
            aiplane.files.download(client, target, dest, progress=stop, time_limit=60)
        else:
            client.data.download_file(bucket, path).save(dest, progress=stop, time_limit=60)
print("finished without a token", flush=True)
"""


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def client(server: MockServer) -> Iterator[aiplane.Client]:
    server.control.reset()
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        yield c


@pytest.fixture
def target(client: aiplane.Client) -> FileURL:
    """The caller's 2 MiB file."""
    url = aiplane.files.my_files_home(client) / URL.path
    aiplane.files.upload(client, url, OLD)
    return url


def first_process(
    server: MockServer, mode: str, how: str, url: FileURL, dest: Path
) -> tuple[int, str]:
    """Run the first process; (bytes it had received, its token)."""
    received, token = other_process(
        FIRST, server.data_url, mode, how, url.bucket, url.path, str(dest)
    )
    return int(received), token


async def resume(mode: str, server: MockServer, token: str) -> Any:
    """Resume ``token`` with a client of the same configuration, sync or async."""
    auth = aiplane.APIKeyAuth(API_KEY)
    if mode == "sync":
        with aiplane.Client(data_url=server.data_url, data_auth=auth) as c:
            return aiplane.files.resume_download(c, token)
    async with aiplane.AsyncClient(data_url=server.data_url, data_auth=auth) as ac:
        return await aiplane.files.aresume_download(ac, token)


def download_statuses(server: MockServer) -> list[int]:
    return [r.status for r in server.control.requests() if r.operation_id == "downloadFile"]


def parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


async def test_download_resumes_in_another_process(
    mode: str, server: MockServer, target: FileURL, tmp_path: Path
) -> None:
    """A download killed mid-way resumes here from its .part file: only the rest is sent."""
    dest = tmp_path / "blob.bin"
    received, token = first_process(server, mode, "files", target, dest)
    assert 0 < received < len(OLD) and TEST_API_KEY not in token
    assert [p.stat().st_size for p in parts(tmp_path)] == [received]
    fields = decode(token, "download")
    assert (fields["offset"], fields["deadline"] > time.time()) == (received, True)
    assert fields["deadline"] <= time.time() + 60
    done = await resume(mode, server, token)
    assert dest.read_bytes() == OLD and (done.size, done.resumes, done.restarts) == (len(OLD), 1, 0)
    assert download_statuses(server) == [200, 206]
    assert parts(tmp_path) == []


async def test_a_file_changed_since_the_token_restarts(
    mode: str, server: MockServer, client: aiplane.Client, target: FileURL, tmp_path: Path
) -> None:
    """The typed method's download resumed after the file changed: 412, then the new file
    from byte 0, never spliced onto the old bytes."""
    dest = tmp_path / "blob.bin"
    _, token = first_process(server, mode, "method", target, dest)
    aiplane.files.upload(client, target, NEW)
    done = await resume(mode, server, token)
    assert dest.read_bytes() == NEW and done.restarts == 1
    assert done.etag != decode(token, "download")["etag"]
    assert download_statuses(server) == [200, 412, 200]


async def test_a_resumed_download_keeps_its_deadline(
    mode: str, server: MockServer, target: FileURL, tmp_path: Path
) -> None:
    """A token whose deadline has passed ends the resumed download with WaitTimeout before
    any request, and keeps the .part file (nothing received is thrown away)."""
    _, token = first_process(server, mode, "files", target, tmp_path / "blob.bin")
    fields = decode(token, "download")
    fields["deadline"] = time.time() - 1
    late = encode("download", **{k: v for k, v in fields.items() if k not in ("v", "k")})
    before = parts(tmp_path)
    with pytest.raises(errors.WaitTimeout, match="time limit"):
        await resume(mode, server, late)
    assert download_statuses(server) == [200]
    assert before and parts(tmp_path) == before


def local_token(dest: Path, received: bytes, **changes: Any) -> str:
    """The token of a download of URL to ``dest`` that has ``received`` in its .part."""
    part = dest.parent / f".{dest.name}.abc123.part"
    fields: dict[str, Any] = {
        "op": "aiplane_data.api.files.download_file",
        "args": [URL.bucket, URL.path],
        "params": {},
        "dest": str(dest),
        "part": str(part),
        "offset": len(received),
        "etag": '"v1"',
        "total": 1000,
        "checksum": None,
        "sha256": hashlib.sha256(received).hexdigest(),
        "deadline": None,
    }
    fields.update(changes)
    return encode("download", **fields)


class NoRequests:
    """A transport that records and refuses every request."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(500)


async def refused(mode: str, token: str) -> tuple[Exception, int]:
    """What resuming ``token`` raises, and how many requests it sent."""
    transport = NoRequests()
    mock = httpx.MockTransport(transport)
    pool = aiplane.ConnectionPool(transport=mock, async_transport=mock)
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    client = cls(data_url="http://data.test/api", pool=pool)
    fn = aiplane.files.resume_download if mode == "sync" else aiplane.files.aresume_download
    with pytest.raises(errors.AiplaneError) as caught:
        await maybe_await(fn(client, token))
    return caught.value, len(transport.seen)


def garbled(dest: Path) -> list[tuple[str, str]]:
    good = local_token(dest, b"x" * 10)
    return [
        ("", "non-empty"),
        ("%%%not-a-token%%%", "not an aiplane resume token"),
        (good[:-12], "not an aiplane resume token"),
        (encode("run", id="r1"), "not the token of a download wait"),
        (local_token(dest, b"x", offset="ten"), "'offset'"),
        (local_token(dest, b"x", sha256="00"), "'sha256'"),
        (local_token(dest, b"x", op="os.path"), "names no download operation"),
        (local_token(dest, b"x", op="aiplane_data.api.files.get_file_metadata"), "names no"),
        (local_token(dest, b"x", args=[{"a": 1}]), "'args'"),
        (local_token(dest, b"x", part="/etc/passwd"), "not beside"),
        (local_token(dest, b"x", part=str(dest.parent / "other.part")), "not beside"),
    ]


@pytest.mark.parametrize("case", range(11))
async def test_a_tampered_or_garbled_token_is_refused(mode: str, case: int, tmp_path: Path) -> None:
    """A token that is not one of ours, or whose fields were altered, is InvalidParameter
    naming what is wrong, and nothing is sent."""
    token, problem = garbled(tmp_path / "f.bin")[case]
    exc, sent = await refused(mode, token)
    assert isinstance(exc, errors.InvalidParameter) and exc.parameter == "resume_token"
    assert problem in str(exc) and sent == 0


def write_part(part: Path, data: bytes | None) -> None:
    if data is not None:
        part.write_bytes(data)


def read_part(part: Path) -> bytes | None:
    return part.read_bytes() if part.exists() else None


@pytest.mark.parametrize(
    ("on_disk", "problem"),
    [
        (None, "is gone"),
        (b"x" * 11, "11 bytes, the token says 10"),
        (b"x" * 9, "9 bytes, the token says 10"),
        (b"y" * 10, "does not hold the bytes"),
    ],
)
async def test_a_part_file_that_does_not_match_is_refused(
    mode: str, tmp_path: Path, on_disk: bytes | None, problem: str
) -> None:
    """A .part file gone, longer or shorter than the token says, or holding other bytes, is
    CannotResume naming the file and the problem; nothing is sent and the file is kept."""
    dest = tmp_path / "f.bin"
    token = local_token(dest, b"x" * 10)
    part = Path(decode(token, "download")["part"])
    write_part(part, on_disk)
    exc, sent = await refused(mode, token)
    assert isinstance(exc, errors.CannotResume) and exc.path == str(part)
    assert problem in str(exc) and part.name in str(exc) and sent == 0
    assert read_part(part) == on_disk


async def test_downloads_that_cannot_resume_elsewhere_give_no_token(
    mode: str, server: MockServer, client: aiplane.Client, target: FileURL, tmp_path: Path
) -> None:
    """A raw download (its headers are not kept) reports progress without a token."""
    seen: list[TransferProgress] = []
    path = f"/v1/files/{target.bucket}/{target.path}"
    if mode == "sync":
        aiplane.raw_download(client, path, tmp_path / "raw", progress=seen.append)
    else:
        auth = aiplane.APIKeyAuth(API_KEY)
        async with aiplane.AsyncClient(data_url=server.data_url, data_auth=auth) as ac:
            await aiplane.araw_download(ac, path, tmp_path / "raw", progress=seen.append)
    assert seen and all(p.resume_token is None for p in seen)


def test_token_holds_positions_and_ids_only(
    client: aiplane.Client, target: FileURL, tmp_path: Path
) -> None:
    """A token names the operation, its arguments, the files, offset, ETag and a digest."""
    tokens: list[str | None] = []
    aiplane.files.download(
        client, target, tmp_path / "f", progress=lambda p: tokens.append(p.resume_token)
    )
    fields = decode(tokens[-1], "download")
    assert sorted(fields) == sorted(
        [
            "v",
            "k",
            "op",
            "args",
            "params",
            "dest",
            "part",
            "offset",
            "etag",
            "total",
            "checksum",
            "sha256",
            "deadline",
        ]
    )
    assert fields["args"] == [target.bucket, target.path] and fields["deadline"] is None
    assert fields["sha256"] == hashlib.sha256(OLD).hexdigest()
    assert json.dumps(fields).count(TEST_API_KEY) == 0
