"""Chaos for transfers (issue 13 point 3): downloads cut at random offsets and resumed, uploads
broken mid-body. Every round is seeded and, in ``make soak`` (tools/chaos.py), repeated many
more times with its outcome tallied (tests/chaos.py); after every round no connection is
checked out; afterwards no partial file is left on the client's side (``.part`` files,
aiplane's temporary files) nor on the mock's (its file-store audit: blobs no file holds)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_mock import MockServer
from aiplane_mock.app import runtime_of
from tests.chaos import (
    CHAOS,
    ROUNDS,
    Breaking,
    after_round,
    chaos_server,
    connected,
    folder_names,
    home_of,
    names_in,
    rng,
    rounds,
    upload,
)

pytestmark = pytest.mark.anyio

server = pytest.fixture(chaos_server, scope="module", name="server")


# each resume waits 0.2 s (aiplane._resume): 8 downloads of ~1.35 real cuts each cost what
# 12 downloads of one cut did
DOWNLOADS = 8


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp directory of the test's own for everything in this process (the SDK and the
    mock): what is left in it at the end was left by them, not by another program."""
    private = tmp_path / "temp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    return private


async def _download(mode: str, client: Any, url: Any, target: Path) -> aiplane.files.Downloaded:
    if mode == "sync":
        return aiplane.files.download(client, url, target)
    return await aiplane.files.adownload(client, url, target)


def _cuts(size: int, offset: int, responses: int) -> int:
    """How many of ``responses`` a cut after ``offset`` bytes really broke: each resumed
    response is the rest of the file, and one no longer than the offset arrives whole."""
    rest, cuts = size, 0
    while cuts < responses and rest > offset:
        rest, cuts = rest - offset, cuts + 1
    return cuts


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


async def test_downloads_cut_at_random_offsets_resume_byte_exact(
    mode: str, server: MockServer, tmp_path: Path, temp_dir: Path
) -> None:
    """A download cut 1-3 times at a random offset resumes once per cut to the same SHA-256;
    no .part file is left, in the target's folder or in the temp directory."""
    server.control.reset()
    random_ = rng(34)
    data = random_.randbytes(200_000)
    folder = tmp_path / "downloads"
    folder.mkdir()
    async with connected(mode, server) as client:
        url = await home_of(mode, client) / "chaos/blob.bin"
        await upload(mode, client, url, data)
        for number in range(rounds(DOWNLOADS)):
            offset, cuts = random_.randint(1, len(data) - 1), random_.randint(1, 3)
            rule = server.control.inject(
                "cut_stream", "downloadFile", after_bytes=offset, count=cuts
            )
            target = folder / f"copy-{number}.bin"
            done = await _download(mode, client, url, target)
            server.control.clear_faults()
            cut = _cuts(len(data), offset, rule.fired)
            CHAOS.tally("download/rounds")
            CHAOS.tally("download/cuts", cut)
            CHAOS.tally("download/resumes", done.resumes)
            CHAOS.tally("download/resumes_not_one_per_cut", done.resumes != cut)
            CHAOS.tally("download/sha256_match", _sha256(target.read_bytes()) == _sha256(data))
            CHAOS.tally("download/part_files_left", len(names_in(folder)) - 1)
            assert _sha256(target.read_bytes()) == _sha256(data)
            assert names_in(folder) == [target.name]  # no .part beside it
            assert done.resumes == cut
            target.unlink()
            after_round(client)
    CHAOS.tally("download/temp_files_left", len(names_in(temp_dir)))
    assert names_in(temp_dir) == []


def stored_sha256(server: MockServer, path: str) -> bytes:
    """The SHA-256 of the bytes the mock stored for ``path`` (read from its own blob)."""
    store = runtime_of(server.app).files
    (entry,) = [e for e in store.entries.values() if e.path == path]
    return _sha256(store.blob_path(entry).read_bytes())


# how an upload breaks: the source fails after a random number of bytes; the server drops
# the connection after a random number of body bytes, once (retried) or on every attempt;
# the server drops every attempt after reading the whole body, before processing it
BREAKS = ("source_fails", "dropped_once", "dropped_always", "dropped_before_processing")


def _break(server: MockServer, kind: str, at: int) -> None:
    if kind == "dropped_once":
        server.control.inject("drop_before", "uploadFile", after_bytes=at)
    elif kind == "dropped_always":
        server.control.inject("drop_before", "uploadFile", after_bytes=at, count=None)
    elif kind == "dropped_before_processing":
        server.control.inject("drop_before", "uploadFile", count=None)


async def _broken_upload(mode: str, client: Any, url: Any, data: bytes, kind: str, at: int) -> str:
    """Upload ``data`` broken the ``kind`` way: ``stored``, or the class of what was raised."""
    source = Breaking(data, at) if kind == "source_fails" else data
    try:
        await upload(mode, client, url, source)
    except (OSError, errors.AiplaneError) as error:  # OSError: the source's own, raised as is
        return type(error).__name__
    return "stored"


async def test_uploads_broken_mid_body_leave_no_partial_file(
    mode: str, server: MockServer, temp_dir: Path
) -> None:
    """An upload broken mid-body either raises (the source's own OSError, or a typed error)
    and leaves nothing, or (a drop retried) stores the file byte-exact; the server holds no
    blob beyond its files, and the client no temporary file."""
    server.control.reset()
    random_ = rng(35)
    data = random_.randbytes(200_000)
    stored: list[str] = []
    retry = aiplane.RetryPolicy(max_attempts=2, backoff_base=0.01, backoff_cap=0.02)
    async with connected(mode, server, retry=retry) as client:
        home = await home_of(mode, client)
        for number in range(rounds(ROUNDS)):
            kind, at = BREAKS[number % len(BREAKS)], random_.randint(1, len(data) - 1)
            _break(server, kind, at)
            outcome = await _broken_upload(
                mode, client, home / f"chaos/{number}.bin", data, kind, at
            )
            server.control.clear_faults()
            CHAOS.tally(f"upload/{kind}:{outcome}")
            assert outcome == ("stored" if kind == "dropped_once" else outcome)
            assert (outcome == "stored") == (kind == "dropped_once"), (kind, outcome)
            if outcome == "stored":
                stored.append(f"{number}.bin")
                match = stored_sha256(server, f"chaos/{number}.bin") == _sha256(data)
                CHAOS.tally("upload/sha256_match", match)
                assert match
            after_round(client)
    audit = server.control.file_audit()
    listed = folder_names(server, "chaos/")
    CHAOS.tally("upload/server_files_unexpected", len(set(listed) - set(stored)))
    CHAOS.tally("upload/server_blobs_orphan", audit["orphan_blobs"])
    CHAOS.tally("upload/server_blobs_short", audit["size_mismatches"])
    CHAOS.tally("upload/client_temp_files_left", len(names_in(temp_dir)))
    assert sorted(listed) == sorted(stored)
    assert (audit["files"], audit["blobs"]) == (len(stored), len(stored))
    assert (audit["orphan_blobs"], audit["missing_blobs"], audit["size_mismatches"]) == (0, 0, 0)
    assert names_in(temp_dir) == []
