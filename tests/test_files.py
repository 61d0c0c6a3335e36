"""aiplane.files against the running mock: byte-exact round trips, sources, preconditions,
progress, faults (429/503, drops, cut downloads), listing, metadata, delete, copy and move."""

from __future__ import annotations

import hashlib
import io
import os
import random
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

import aiplane
from aiplane import errors
from aiplane.files import FileURL, TransferProgress
from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, serving, signer

pytestmark = pytest.mark.anyio

MIB = 1024 * 1024
FAST = aiplane.RetryPolicy(backoff_base=0.01, backoff_cap=0.05)
TRICKY = b"--+++\r\n\r\n--x\r\n--" + b"data: {}\n\n" * 3 + b"\r\n--+++--\r\n" + bytes(range(256))


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture(autouse=True)
def _clean_faults(mock: MockServer) -> Iterator[None]:
    yield
    mock.control.clear_faults()


@pytest.fixture
async def client(mode: str, mock: MockServer) -> AsyncIterator[Any]:
    async for c in _client(mode, mock, aiplane.APIKeyAuth(API_KEY)):
        yield c


async def _client(mode: str, mock: MockServer, auth: Any) -> AsyncIterator[Any]:
    if mode == "sync":
        with aiplane.Client(data_url=mock.data_url, data_auth=auth, retry=FAST) as c:
            yield c
    else:
        async with aiplane.AsyncClient(data_url=mock.data_url, data_auth=auth, retry=FAST) as c:
            yield c


def fn(mode: str, name: str) -> Any:
    """The sync helper ``name`` of aiplane.files, or its async twin."""
    return getattr(aiplane.files, name if mode == "sync" else f"a{name}")


async def home_of(mode: str, client: Any) -> FileURL:
    home: FileURL = await maybe_await(fn(mode, "my_files_home")(client))
    return home


async def fetch(mode: str, client: Any, url: FileURL) -> bytes:
    """The file's bytes, through iter_download / aiter_download."""
    if mode == "sync":
        return b"".join(aiplane.files.iter_download(client, url))
    return b"".join([c async for c in aiplane.files.aiter_download(client, url)])


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    "data",
    [b"", b"x", random.Random(1).randbytes(5 * MIB), TRICKY],
    ids=["empty", "one-byte", "5MiB", "boundaries-and-sse"],
)
async def test_round_trip_is_byte_exact(
    mode: str, client: Any, tmp_path: Path, data: bytes
) -> None:
    """Bytes uploaded come back identical, to a path and as chunks."""
    url = await home_of(mode, client) / f"rt/{mode}-{len(data)}.bin"
    meta = await maybe_await(fn(mode, "upload")(client, url, data))
    assert meta.content_length == len(data)
    done = await maybe_await(fn(mode, "download")(client, url, tmp_path / "out.bin"))
    assert sha((tmp_path / "out.bin").read_bytes()) == sha(data)
    assert done.size == len(data) and done.etag == meta.etag
    assert await fetch(mode, client, url) == data


async def test_signed_upload_from_a_path_round_trips(
    mode: str, mock: MockServer, tmp_path: Path
) -> None:
    """Under OCI signing (the body hashed first) a 5 MiB file uploads and downloads intact."""
    source = tmp_path / "in.bin"
    source.write_bytes(random.Random(2).randbytes(5 * MIB) + TRICKY)
    async for client in _client(mode, mock, signer()):
        url = await home_of(mode, client) / f"signed/{mode}.bin"
        await maybe_await(fn(mode, "upload")(client, url, source))
        await maybe_await(fn(mode, "download")(client, url, tmp_path / "out.bin"))
    assert sha((tmp_path / "out.bin").read_bytes()) == sha(source.read_bytes())


async def test_a_file_object_is_sent_from_its_position(mode: str, client: Any) -> None:
    """A binary file object uploads what follows its current position."""
    handle = io.BytesIO(b"skip:keep this")
    handle.seek(5)
    url = await home_of(mode, client) / f"pos/{mode}.txt"
    await maybe_await(fn(mode, "upload")(client, url, handle))
    assert await fetch(mode, client, url) == b"keep this"


async def test_async_sources_stream(mock: MockServer, tmp_path: Path) -> None:
    """aupload takes an async iterator of bytes and an async file."""
    source = tmp_path / "a.bin"
    source.write_bytes(random.Random(3).randbytes(MIB))

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(4):
            yield bytes([i]) * 100_000

    async for client in _client("async", mock, signer()):
        home = await aiplane.files.amy_files_home(client)
        await aiplane.files.aupload(client, home / "gen.bin", chunks())
        assert await fetch("async", client, home / "gen.bin") == b"".join(
            bytes([i]) * 100_000 for i in range(4)
        )
        async with await anyio.open_file(source, "rb") as handle:
            await aiplane.files.aupload(client, home / "afile.bin", handle)
        assert await fetch("async", client, home / "afile.bin") == source.read_bytes()


async def test_text_file_source_is_refused(mode: str, client: Any, tmp_path: Path) -> None:
    """A file opened in text mode is a typed error naming the source, before sending."""
    (tmp_path / "t.txt").write_text("x")
    url = await home_of(mode, client) / "t.txt"
    with (tmp_path / "t.txt").open() as handle, pytest.raises(errors.InvalidParameter) as info:
        await maybe_await(fn(mode, "upload")(client, url, handle))
    assert info.value.parameter == "source"


async def test_if_none_match_only_creates(mode: str, client: Any) -> None:
    """if_none_match='*' refuses to replace an existing file (412), which stays intact."""
    url = await home_of(mode, client) / f"once/{mode}.txt"
    await maybe_await(fn(mode, "upload")(client, url, b"v1", if_none_match="*"))
    with pytest.raises(errors.PreconditionFailed):
        await maybe_await(fn(mode, "upload")(client, url, b"v2", if_none_match="*"))
    assert await fetch(mode, client, url) == b"v1"


async def test_if_match_replaces_only_that_version(mode: str, client: Any) -> None:
    """if_match=<etag> replaces that version; a stale etag is 412."""
    url = await home_of(mode, client) / f"ver/{mode}.txt"
    first = await maybe_await(fn(mode, "upload")(client, url, b"v1"))
    await maybe_await(fn(mode, "upload")(client, url, b"v2", if_match=first.etag))
    with pytest.raises(errors.PreconditionFailed):
        await maybe_await(fn(mode, "upload")(client, url, b"v3", if_match=first.etag))
    assert await fetch(mode, client, url) == b"v2"


async def test_content_type_is_guessed_or_given(mode: str, client: Any) -> None:
    """The content type is guessed from the name unless given."""
    home = await home_of(mode, client)
    guessed = await maybe_await(fn(mode, "upload")(client, home / "ct/a.json", b"{}"))
    given = await maybe_await(
        fn(mode, "upload")(client, home / "ct/b.json", b"x", content_type="text/csv")
    )
    unknown = await maybe_await(fn(mode, "upload")(client, home / "ct/c.zzq", b"x"))
    assert (guessed.content_type, given.content_type) == ("application/json", "text/csv")
    assert unknown.content_type == "application/octet-stream"


async def test_progress_reaches_the_total(mode: str, client: Any, tmp_path: Path) -> None:
    """Upload and download progress callbacks end at done == total."""
    data = random.Random(4).randbytes(300_000)
    seen: list[TransferProgress] = []
    url = await home_of(mode, client) / f"progress/{mode}.bin"
    await maybe_await(fn(mode, "upload")(client, url, data, progress=seen.append))
    assert seen[-1] == TransferProgress(len(data), len(data))
    seen.clear()
    await maybe_await(fn(mode, "download")(client, url, tmp_path / "o", progress=seen.append))
    assert seen[-1].done == len(data) and seen[-1].fraction == 1.0
    await maybe_await(fn(mode, "download")(client, url, tmp_path / "o", progress=True))


@pytest.mark.parametrize("status", [429, 503])
async def test_upload_and_download_are_retried(
    mode: str, client: Any, mock: MockServer, tmp_path: Path, status: int
) -> None:
    """A 429 or 503 on upload and on download is retried and the transfer completes."""
    url = await home_of(mode, client) / f"retry/{mode}-{status}.bin"
    mock.control.inject("status", "uploadFile", status=status, retry_after=0)
    await maybe_await(fn(mode, "upload")(client, url, b"retried"))
    mock.control.inject("status", "downloadFile", status=status, retry_after=0)
    await maybe_await(fn(mode, "download")(client, url, tmp_path / "o"))
    assert (tmp_path / "o").read_bytes() == b"retried"
    assert [f.fired for f in mock.control.faults()] == [1, 1]


async def test_seekable_upload_dropped_is_retried_into_one_file(
    mode: str, client: Any, mock: MockServer
) -> None:
    """A connection dropped during a replayable upload is retried; one file, intact."""
    folder = await home_of(mode, client) / f"drop/{mode}/"
    mock.control.inject("drop_before", "uploadFile")
    await maybe_await(fn(mode, "upload")(client, folder / "f.bin", TRICKY))
    assert await fetch(mode, client, folder / "f.bin") == TRICKY
    items = await _names(mode, client, folder)
    assert items == ["f.bin"]


async def test_unreplayable_upload_dropped_stores_nothing(
    mock: MockServer,
) -> None:
    """A dropped upload of an async stream is not retried and leaves no file."""

    async def chunks() -> AsyncIterator[bytes]:
        yield b"a" * 100_000

    async for client in _client("async", mock, aiplane.APIKeyAuth(API_KEY)):
        url = await aiplane.files.amy_files_home(client) / "drop/stream.bin"
        mock.control.inject("drop_before", "uploadFile")
        with pytest.raises(errors.TransportError):
            await aiplane.files.aupload(client, url, chunks())
        with pytest.raises(errors.NotFound):
            await aiplane.files.ametadata(client, url)


async def test_upload_broken_mid_body_keeps_the_old_version(mode: str, client: Any) -> None:
    """A source failing after 1 MiB aborts the upload: the previous version stays intact."""
    url = await home_of(mode, client) / f"abort/{mode}.bin"
    old = await maybe_await(fn(mode, "upload")(client, url, b"old"))
    with pytest.raises(OSError, match="disk gone"):
        await maybe_await(fn(mode, "upload")(client, url, _Failing(3 * MIB, MIB)))
    meta = await maybe_await(fn(mode, "metadata")(client, url))
    assert meta.etag == old.etag and await fetch(mode, client, url) == b"old"
    new = FileURL(url.bucket, url.path + "-new")
    with pytest.raises(OSError, match="disk gone"):
        await maybe_await(fn(mode, "upload")(client, new, _Failing(3 * MIB, MIB)))
    with pytest.raises(errors.NotFound):
        await maybe_await(fn(mode, "metadata")(client, new))


async def test_cut_download_resumes_and_matches(
    mode: str, client: Any, mock: MockServer, tmp_path: Path
) -> None:
    """A download cut at a random offset resumes with Range; the SHA-256 matches."""
    data = random.Random(5).randbytes(2 * MIB + 123)
    url = await home_of(mode, client) / f"cut/{mode}.bin"
    await maybe_await(fn(mode, "upload")(client, url, data))
    cut = random.Random(6).randrange(1, len(data))
    mock.control.inject("cut_stream", "downloadFile", after_bytes=cut)
    done = await maybe_await(fn(mode, "download")(client, url, tmp_path / "o"))
    assert sha((tmp_path / "o").read_bytes()) == sha(data)
    assert done.resumes == 1 and done.restarts == 0
    mock.control.inject("cut_stream", "downloadFile", after_bytes=cut)
    assert sha(await fetch(mode, client, url)) == sha(data)


async def test_failed_download_leaves_nothing(mode: str, client: Any, tmp_path: Path) -> None:
    """A download of a missing file raises NotFound and leaves no file or temp file."""
    url = await home_of(mode, client) / "missing.bin"
    (tmp_path / "keep").write_bytes(b"mine")
    with pytest.raises(errors.NotFound):
        await maybe_await(fn(mode, "download")(client, url, tmp_path / "keep"))
    assert os.listdir(tmp_path) == ["keep"] and (tmp_path / "keep").read_bytes() == b"mine"


async def test_json_file_downloads_as_a_stream(
    mode: str, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON file larger than the JSON body limit still downloads (streamed, not parsed)."""
    from aiplane import _sending

    monkeypatch.setattr(_sending, "JSON_BODY_LIMIT", 1024)
    data = b'{"k": "' + b"v" * 4096 + b'"}'
    url = await home_of(mode, client) / f"big/{mode}.json"
    await maybe_await(fn(mode, "upload")(client, url, data))
    await maybe_await(fn(mode, "download")(client, url, tmp_path / "o.json"))
    assert (tmp_path / "o.json").read_bytes() == data


async def _names(mode: str, client: Any, folder: FileURL) -> list[str]:
    pager = fn(mode, "list_folder")(client, folder, limit=2)
    if mode == "sync":
        return [item.name for item in pager]
    return [item.name async for item in pager]


async def test_list_folder_pages_lazily(mode: str, client: Any) -> None:
    """list_folder walks every page of a folder (limit is the page size)."""
    folder = await home_of(mode, client) / f"list/{mode}/"
    for i in range(5):
        await maybe_await(fn(mode, "upload")(client, folder / f"f{i}.txt", b"x"))
    assert sorted(await _names(mode, client, folder)) == [f"f{i}.txt" for i in range(5)]


async def test_metadata_then_delete(mode: str, client: Any) -> None:
    """metadata reads a file and the root; delete removes it (only that version with if_match)."""
    home = await home_of(mode, client)
    url = home / f"del/{mode}.txt"
    meta = await maybe_await(fn(mode, "upload")(client, url, b"x"))
    assert (await maybe_await(fn(mode, "metadata")(client, url))).etag == meta.etag
    assert (await maybe_await(fn(mode, "metadata")(client, home))).bucket == home.bucket
    with pytest.raises(errors.PreconditionFailed):
        await maybe_await(fn(mode, "delete")(client, url, if_match="stale"))
    await maybe_await(fn(mode, "delete")(client, url, if_match=meta.etag))
    with pytest.raises(errors.NotFound):
        await maybe_await(fn(mode, "metadata")(client, url))


async def test_copy_and_move_end_to_end(mode: str, client: Any, mock: MockServer) -> None:
    """copy keeps the source, move removes it; both carry the bytes."""
    home = await home_of(mode, client)
    await maybe_await(fn(mode, "upload")(client, home / f"cp/{mode}.txt", b"c"))
    await maybe_await(fn(mode, "copy")(client, home / f"cp/{mode}.txt", home / f"cp/{mode}-2"))
    await maybe_await(fn(mode, "move")(client, home / f"cp/{mode}-2", home / f"cp/{mode}-3"))
    assert await fetch(mode, client, home / f"cp/{mode}-3") == b"c"
    with pytest.raises(errors.NotFound):
        await maybe_await(fn(mode, "metadata")(client, home / f"cp/{mode}-2"))


class _Failing(io.RawIOBase):
    """A seekable binary source of ``size`` bytes whose reads fail past ``fail_at``."""

    def __init__(self, size: int, fail_at: int) -> None:
        self.size, self.fail_at, self.pos = size, fail_at, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = {0: offset, 1: self.pos + offset, 2: self.size + offset}[whence]
        return self.pos

    def tell(self) -> int:
        return self.pos

    def readinto(self, buffer: Any) -> int:
        if self.pos >= self.fail_at:
            raise OSError("disk gone")
        n = min(len(buffer), self.size - self.pos)
        buffer[:n] = b"z" * n
        self.pos += n
        return n
