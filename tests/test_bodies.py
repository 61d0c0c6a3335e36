"""The one replay rule (aiplane._bodies.is_replayable), as the retry loop and the signer use it."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aiplane._bodies import SpoolStream, is_replayable


class Pipe(io.RawIOBase):
    """A readable stream that says it cannot seek (like a pipe or a socket file)."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def chunks() -> Iterator[bytes]:
    yield b"a"


def multipart(file: object) -> httpx.Request:
    return httpx.Request("POST", "https://h/x", files={"f": ("f.bin", file)})  # type: ignore[dict-item]


def test_in_memory_and_spooled_bodies_are_replayable() -> None:
    assert is_replayable(httpx.Request("POST", "https://h/x", content=b"abc").stream)
    assert is_replayable(SpoolStream().finish())


def test_generators_and_content_files_are_read_once(tmp_path: Path) -> None:
    assert not is_replayable(httpx.Request("POST", "https://h/x", content=chunks()).stream)
    path = tmp_path / "body"
    path.write_bytes(b"abc")
    with path.open("rb") as handle:
        assert not is_replayable(httpx.Request("POST", "https://h/x", content=handle).stream)


@pytest.mark.parametrize("file", [b"bytes", "text", io.BytesIO(b"abc")])
def test_multipart_with_rewindable_files_is_replayable(file: object) -> None:
    assert is_replayable(multipart(file).stream)


def test_multipart_with_a_pipe_or_closed_file_is_not_replayable(tmp_path: Path) -> None:
    assert not is_replayable(multipart(Pipe()).stream)
    read_end, write_end = os.pipe()
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        assert not is_replayable(multipart(pipe).stream)
    closed = io.BytesIO(b"abc")
    request = multipart(closed)
    closed.close()
    assert not is_replayable(request.stream)
