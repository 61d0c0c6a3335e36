"""Uploads: one source (a path, bytes, a binary file; in async code also an async file or an
async iterator of bytes) streamed into the single ``file`` part of ``uploadFile``.

Memory stays bounded whatever the size: a file is read in 64 KiB chunks by httpx's multipart
body (and, under OCI signing, hashed in one pass and sent in a second, see
:mod:`aiplane.signing`); an async source is framed as multipart chunk by chunk
(:class:`AsyncMultipart`) and, when signed, spooled to a bounded temporary file first.
A seekable source is replayable (:func:`aiplane._bodies.is_replayable`), so the transport may
retry it; any other is sent once. :func:`prepare` is the shared, I/O-free part of both twins.
"""

from __future__ import annotations

import inspect
import io
import mimetypes
import os
import secrets
from collections.abc import AsyncIterable, AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from . import errors
from ._file_urls import FileURL, base_url_of, parse_file_url
from ._transfer import OnProgress, TransferProgress
from .descriptors import describe

__all__ = ["AsyncMultipart", "CountedFile", "UploadJob", "prepare"]

_OCTET = "application/octet-stream"
_CHUNK = 64 * 1024


class CountedFile:
    """A binary file seen from its position at ``start``: seeks and tells are relative to it
    (httpx rewinds a multipart file to 0), and every read reports progress."""

    def __init__(self, handle: IO[bytes], on_read: OnProgress | None) -> None:
        self._handle = handle
        self._on_read = on_read
        self._seekable = _seekable(handle)
        self._start = handle.tell() if self._seekable else 0
        self.total: int | None = None
        if self._seekable:
            self.total = handle.seek(0, os.SEEK_END) - self._start
            handle.seek(self._start)
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        if not isinstance(chunk, bytes):
            raise TypeError("the upload source must be opened in binary mode ('rb')")
        self._pos += len(chunk)
        if self._on_read is not None:
            self._on_read(TransferProgress(self._pos, self.total))
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("the upload source is not seekable")
        base = self._start if whence == os.SEEK_SET else 0
        self._pos = self._handle.seek(base + offset, whence) - self._start
        return self._pos

    def tell(self) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("the upload source is not seekable")
        return self._handle.tell() - self._start

    def seekable(self) -> bool:
        return self._seekable


def _seekable(handle: IO[bytes]) -> bool:
    try:
        return bool(handle.seekable())
    except (AttributeError, OSError, ValueError):
        return False


class AsyncMultipart(httpx.AsyncByteStream):
    """A one-part ``multipart/form-data`` body around async chunks, framed as it streams,
    with a random boundary (content that looks like a boundary cannot end the part)."""

    def __init__(
        self, chunks: AsyncIterator[bytes], name: str, content_type: str, on_read: OnProgress | None
    ) -> None:
        self.boundary = secrets.token_hex(16)
        self.content_type = f"multipart/form-data; boundary={self.boundary}"
        safe = "".join(c if c.isprintable() and c not in '"\\' else "_" for c in name) or "upload"
        self._head = (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{safe}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        self._chunks = chunks
        self._on_read = on_read

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._head
        done = 0
        async for chunk in self._chunks:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise TypeError("an async upload source must yield bytes")
            done += len(chunk)
            if self._on_read is not None:
                self._on_read(TransferProgress(done, None))
            yield bytes(chunk)
        yield f"\r\n--{self.boundary}--\r\n".encode()


async def _read_chunks(source: Any) -> AsyncIterator[bytes]:
    """An async file's content in chunks."""
    while chunk := await source.read(_CHUNK):
        yield chunk


@dataclass
class UploadJob:
    """What to send: the checked URL, the file's name and content type, the source, and
    the precondition keywords of the upload operation."""

    url: FileURL
    content_type: str
    handle: IO[bytes] | None = None
    chunks: AsyncIterator[bytes] | None = None
    owned: bool = False
    preconditions: dict[str, Any] = field(default_factory=dict)

    def form(self, on_read: OnProgress | None) -> Any:
        """The generated multipart form around the (counted) file."""
        from aiplane_data.models.upload_file_form import UploadFileForm
        from aiplane_data.types import File

        assert self.handle is not None
        counted: Any = CountedFile(self.handle, on_read)
        return UploadFileForm(
            file=File(payload=counted, file_name=self.url.name, mime_type=self.content_type)
        )

    def stream(self, on_read: OnProgress | None) -> AsyncMultipart:
        """The async multipart body of an async source."""
        assert self.chunks is not None
        return AsyncMultipart(self.chunks, self.url.name, self.content_type, on_read)

    def close(self) -> None:
        if self.owned and self.handle is not None:
            self.handle.close()


def _source(source: Any, asynchronous: bool) -> tuple[Any, str | None, bool, str]:
    """(handle or async chunks, a name to guess the type from, owned?, kind)."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        return path.open("rb"), path.name, True, "file"
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source)), None, True, "file"
    if isinstance(source, io.TextIOBase):
        raise errors.InvalidParameter("source", "is a text file; open it in binary mode ('rb')")
    read: Callable[..., Any] | None = getattr(source, "read", None)
    is_async = isinstance(source, AsyncIterable) or inspect.iscoroutinefunction(read)
    if is_async and not asynchronous:
        raise errors.InvalidParameter("source", "is asynchronous; use aiplane.files.aupload")
    if isinstance(source, AsyncIterable):
        return source.__aiter__(), None, False, "chunks"
    if callable(read):
        name = getattr(source, "name", None)
        kind = "chunks" if is_async else "file"
        value = _read_chunks(source) if is_async else source
        return value, name if isinstance(name, str) else None, False, kind
    raise errors.InvalidParameter(
        "source",
        "must be a path, bytes or a binary file (or, in async code, an async file or an "
        f"async iterator of bytes), not {type(source).__name__}",
    )


def _preconditions(op: Any, if_match: str | None, if_none_match: str | None) -> dict[str, Any]:
    """The keywords of the operation's declared If-Match / If-None-Match headers."""
    if if_match is not None and if_none_match is not None:
        raise errors.InvalidParameter("if_none_match", "cannot be combined with if_match")
    if if_none_match not in (None, "*"):
        raise errors.InvalidParameter("if_none_match", "must be '*' (create only) or None")
    if if_match is not None and (not isinstance(if_match, str) or not if_match):
        raise errors.InvalidParameter("if_match", "must be a non-empty etag string")
    descriptor, _ = describe(op)
    out: dict[str, Any] = {}
    match, none_match = descriptor.header("If-Match"), descriptor.header("If-None-Match")
    if if_match is not None and match is not None:
        out[match.python_name] = if_match
    if if_none_match is not None and none_match is not None:
        from aiplane_data.models.upload_file_if_none_match import UploadFileIfNoneMatch

        out[none_match.python_name] = UploadFileIfNoneMatch(if_none_match)
    return out


def prepare(
    client: Any,
    url: str | FileURL,
    source: Any,
    *,
    content_type: str | None,
    if_match: str | None,
    if_none_match: str | None,
    asynchronous: bool,
) -> UploadJob:
    """Check every argument (before any request) and open the source."""
    from aiplane_data.api.files import upload_file

    target = parse_file_url(url, base_url=base_url_of(client))
    if target.is_folder:
        raise errors.InvalidFileURL("names a folder; an upload needs a file path")
    if content_type is not None and (not content_type or _bad_header(content_type)):
        raise errors.InvalidParameter("content_type", "must be a non-empty header value")
    preconditions = _preconditions(upload_file, if_match, if_none_match)
    value, name, owned, kind = _source(source, asynchronous)
    guessed = mimetypes.guess_type(target.name or name or "")[0]
    job = UploadJob(target, content_type or guessed or _OCTET, owned=owned)
    job.preconditions = preconditions
    if kind == "file":
        job.handle = value
    else:
        job.chunks = value
    return job


def _bad_header(value: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in value) or not value.isascii()
