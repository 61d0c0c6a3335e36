"""Request bodies: whether one can be replayed, replayable replacements, hashing, multipart.

:func:`is_replayable` is the one rule for whether a request's body can be sent again: the
retry loop asks it before resending, and the signer asks it before reading a body to hash it
(a body it may read once and still send). A body that cannot be replayed is replaced by the
signer with a :class:`SpoolStream` (a copy, memory up to ``SPOOL_MAX`` then a temporary file)
or, for a seekable file passed as ``content=``, a :class:`FileStream` that re-reads the file.
"""

from __future__ import annotations

import hashlib
import secrets
import tempfile
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import IO, NamedTuple, TypeAlias, TypeGuard

import httpx
from httpx._multipart import FileField, MultipartStream

__all__ = [
    "CHUNK_SIZE",
    "SPOOL_MAX",
    "BodyDigest",
    "FileStream",
    "ReplayableBody",
    "ReplayableStream",
    "SpoolStream",
    "ahash_iter",
    "fix_multipart_boundary",
    "hash_file",
    "hash_iter",
    "is_replayable",
    "rewindable_file",
]

SPOOL_MAX = 8 * 1024 * 1024
"""Bytes of a non-replayable streamed body kept in memory while hashing; the rest goes to disk."""
CHUNK_SIZE = 64 * 1024
"""Read size when hashing files and replaying spooled bodies."""

_GENERATOR_BOUNDARY = b"+++"


class BodyDigest(NamedTuple):
    """The SHA-256 digest (raw bytes) and length of a request body."""

    sha256: bytes
    length: int

    @classmethod
    def of(cls, data: bytes) -> BodyDigest:
        """Digest of an in-memory body."""
        return cls(hashlib.sha256(data).digest(), len(data))


class _Digester:
    """SHA-256 and length of a body, fed chunk by chunk."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self.length = 0

    def update(self, chunk: bytes) -> None:
        self._sha.update(chunk)
        self.length += len(chunk)

    def result(self) -> BodyDigest:
        return BodyDigest(self._sha.digest(), self.length)


class ReplayableStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body that can be sent any number of times, with its digest already known."""

    digest: BodyDigest

    def _open(self) -> tuple[IO[bytes], int | None]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[bytes]:
        handle, remaining = self._open()
        while remaining is None or remaining > 0:
            size = CHUNK_SIZE if remaining is None else min(CHUNK_SIZE, remaining)
            chunk = handle.read(size)
            if not chunk:
                return
            if remaining is not None:
                remaining -= len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:  # local file / memory reads of one chunk
            yield chunk


class SpoolStream(ReplayableStream):
    """A streamed body copied into a spool (memory up to SPOOL_MAX, then a temporary file)."""

    def __init__(self) -> None:
        # Lives as long as the request's stream (it is the body); closed when that is collected.
        self.spool: tempfile.SpooledTemporaryFile[bytes] = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=SPOOL_MAX
        )
        weakref.finalize(self, self.spool.close)
        self._digester = _Digester()
        self.digest = BodyDigest(b"", 0)

    def write(self, chunk: bytes) -> None:
        """Append a chunk of the body (and hash it)."""
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise TypeError("request body chunks must be bytes")
        if self._digester.length + len(chunk) > SPOOL_MAX:
            self.spool.rollover()  # move to disk *before* memory exceeds SPOOL_MAX
        self.spool.write(chunk)
        self._digester.update(chunk)

    def finish(self) -> SpoolStream:
        """Fix the digest once every chunk is written; returns self."""
        self.digest = self._digester.result()
        return self

    def _open(self) -> tuple[IO[bytes], int | None]:
        self.spool.seek(0)
        return self.spool, None


class FileStream(ReplayableStream):
    """A seekable file body, re-read from its start offset on every send."""

    def __init__(self, handle: IO[bytes], start: int, digest: BodyDigest) -> None:
        self.handle = handle
        self.start = start
        self.digest = digest

    def _open(self) -> tuple[IO[bytes], int | None]:
        self.handle.seek(self.start)
        return self.handle, self.digest.length


ReplayableBody: TypeAlias = httpx.ByteStream | ReplayableStream | MultipartStream
"""The kinds of body :func:`is_replayable` can accept (each is both sync and async)."""


def rewindable_file(obj: object) -> IO[bytes] | None:
    """``obj`` as a file if it can be read, told and sought back (and does not say otherwise)."""
    if not (hasattr(obj, "read") and hasattr(obj, "seek") and hasattr(obj, "tell")):
        return None
    seekable = getattr(obj, "seekable", None)
    try:
        if callable(seekable) and not seekable():
            return None
    except (OSError, ValueError):
        return None
    return obj  # type: ignore[return-value]


def is_replayable(stream: object) -> TypeGuard[ReplayableBody]:
    """Whether a request body gives the same bytes every time it is iterated.

    True for in-memory content, for this module's replayable streams, and for a multipart body
    whose files are all bytes, str or rewindable (httpx re-renders a multipart body from its
    fields, seeking each file to 0). Generators, async iterators and ``content=`` files are
    read once (the signer replaces them with a replayable stream on the request it signs).
    """
    if isinstance(stream, httpx.ByteStream | ReplayableStream):
        return True
    if isinstance(stream, MultipartStream):
        return all(
            not isinstance(item, FileField)
            or isinstance(item.file, bytes | str)
            or rewindable_file(item.file) is not None
            for item in stream.fields
        )
    return False


def fix_multipart_boundary(request: httpx.Request) -> None:
    """Replace the generator's fixed ``+++`` boundary with a random one.

    A file containing ``\\r\\n--+++`` would otherwise end the part early on the server
    and could inject form fields. 128 random bits make a collision with any content
    practically impossible.
    """
    stream = request.stream
    if not isinstance(stream, MultipartStream) or stream.boundary != _GENERATOR_BOUNDARY:
        return
    boundary = secrets.token_hex(16).encode("ascii")
    stream.boundary = boundary
    stream.content_type = f"multipart/form-data; boundary={boundary.decode('ascii')}"
    request.headers["Content-Type"] = stream.content_type
    for name, value in stream.get_headers().items():
        request.headers[name] = value


def hash_file(handle: IO[bytes]) -> tuple[int, BodyDigest]:
    """(start offset, digest of the rest) of a file, read in CHUNK_SIZE pieces; seeks back."""
    start = handle.tell()
    digester = _Digester()
    while chunk := handle.read(CHUNK_SIZE):
        if not isinstance(chunk, bytes):
            raise TypeError("request body files must be opened in binary mode")
        digester.update(chunk)
    handle.seek(start)
    return start, digester.result()


def hash_iter(chunks: Iterable[bytes]) -> BodyDigest:
    """Digest of a body given as chunks."""
    digester = _Digester()
    for chunk in chunks:
        digester.update(chunk)
    return digester.result()


async def ahash_iter(chunks: AsyncIterable[bytes]) -> BodyDigest:
    """Digest of a body given as async chunks."""
    digester = _Digester()
    async for chunk in chunks:
        digester.update(chunk)
    return digester.result()
