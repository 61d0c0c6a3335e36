"""Transfers keep memory bounded: a 64 MiB file uploads (signed: hashed, then sent) and
downloads with a traced peak of a few MiB, client and in-process mock server together."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

import aiplane
from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import serving, signer

pytestmark = pytest.mark.anyio

SIZE = 64 * 1024 * 1024
BOUND = 16 * 1024 * 1024  # SPOOL_MAX (8 MiB, unseekable signed bodies) plus slack


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.bin"
    with path.open("wb") as handle:
        for _ in range(SIZE // (1024 * 1024)):
            handle.write(os.urandom(1024 * 1024))
    return path


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _peak() -> int:
    """The traced peak since tracemalloc.start(); stops tracing."""
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


async def test_64_mib_signed_transfer_is_bounded(
    mode: str, mock: MockServer, big: Path, tmp_path: Path
) -> None:
    """A signed 64 MiB upload and download each peak under 16 MiB of traced memory."""
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    client: Any = cls(data_url=mock.data_url, data_auth=signer())
    files = aiplane.files
    url = (
        await maybe_await((files.my_files_home if mode == "sync" else files.amy_files_home)(client))
    ) / f"big-{mode}.bin"
    tracemalloc.start()
    await maybe_await((files.upload if mode == "sync" else files.aupload)(client, url, big))
    upload_peak = _peak()
    tracemalloc.start()
    dest = tmp_path / "out.bin"
    await maybe_await((files.download if mode == "sync" else files.adownload)(client, url, dest))
    download_peak = _peak()
    await maybe_await(client.close() if mode == "sync" else client.aclose())
    print(
        f"{mode}: upload peak {upload_peak / 2**20:.2f} MiB, download {download_peak / 2**20:.2f} MiB"
    )
    assert upload_peak < BOUND and download_peak < BOUND
    assert _sha(dest) == _sha(big)


async def test_64_mib_signed_async_stream_upload_is_bounded(mock: MockServer, big: Path) -> None:
    """A signed 64 MiB async-iterator upload (spooled to a bounded temp file) stays bounded."""

    async def chunks() -> AsyncIterator[bytes]:
        with big.open("rb") as handle:
            while chunk := handle.read(64 * 1024):
                yield chunk

    async with aiplane.AsyncClient(data_url=mock.data_url, data_auth=signer()) as client:
        url = await aiplane.files.amy_files_home(client) / "big-stream.bin"
        tracemalloc.start()
        meta = await aiplane.files.aupload(client, url, chunks())
        peak = _peak()
    print(f"async iterator: upload peak {peak / 2**20:.2f} MiB")
    assert peak < BOUND and meta.content_length == SIZE
