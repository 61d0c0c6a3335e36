"""A resumable download as one I/O-free flow, shared by the sync and async drivers.

:func:`download_flow` yields steps: :class:`Open` a (ranged) request, :class:`Read` one chunk,
:class:`Write` it (to a temporary file) or :class:`~aiplane._flow.Emit` it (to an iterator),
:class:`Rewind` the temporary file, notify progress, sleep. :class:`ResumeState` holds every
decision: which headers resume where the last attempt stopped (``Range`` + ``If-Range`` +
``If-Match`` with the first response's ETag), whether a response continues the same version
(206 at the right offset with the same ETag and total) or means the file changed (200, 412,
another ETag: start over, never splice), how many interruptions to tolerate, and whether the
finished body checks out (length, ETag, and a declared SHA-256 header when the server sends it).

A download may have a wall-clock ``deadline`` (epoch seconds, so that a resume token can carry
it to another process): it bounds each request's retries, the waits between resumes, and is
checked before each request and each chunk (WaitTimeout once it has passed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

from . import errors
from ._flow import Emit, Notify, Sleep
from ._options import call_options
from ._transfer import OnProgress, TransferProgress
from .retry import backoff

__all__ = ["Head", "Open", "Read", "ResumeState", "Rewind", "Write", "download_flow"]

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
MAX_STALLS = 5  # interruptions in a row without a new byte before giving up
MAX_RESTARTS = 3  # times the file may change under a download before giving up


@dataclass(frozen=True, slots=True)
class Head:
    """Status and headers of an opened download response (its body is read by Read)."""

    status: int
    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Open:
    """Send the download request with these extra headers (its retries bounded by
    ``time_left`` seconds when the download has a deadline); the flow receives a Head."""

    headers: dict[str, str]
    time_left: float | None = None

    def do(self, env: Any) -> Head:
        with call_options(time_left=self.time_left):
            return env.client.open(self.headers)  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> Head:
        with call_options(time_left=self.time_left):
            return await env.client.open(self.headers)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Read:
    """Read the next chunk of the open response (b"" at its end)."""

    def do(self, env: Any) -> bytes:
        return env.client.read()  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> bytes:
        return await env.client.read()  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Write:
    """Append a chunk to the temporary file."""

    chunk: bytes

    def do(self, env: Any) -> None:
        env.client.write(self.chunk)

    async def ado(self, env: Any) -> None:
        env.client.write(self.chunk)  # a local file write of one chunk


@dataclass(frozen=True, slots=True)
class Rewind:
    """Empty the temporary file: the download starts over."""

    def do(self, env: Any) -> None:
        env.client.rewind()

    async def ado(self, env: Any) -> None:
        env.client.rewind()


class ResumeState:
    """Where a download stands and what each response means; no I/O."""

    def __init__(
        self, *, restartable: bool, checksum_header: str | None, deadline: float | None = None
    ) -> None:
        self.restartable = restartable
        self.checksum_header = checksum_header
        self.deadline = deadline  # wall clock (epoch seconds), or None for no limit
        self.tokenize: Callable[[ResumeState], str | None] | None = None
        self.offset = 0
        self.etag: str | None = None
        self.total: int | None = None
        self.checksum: str | None = None
        self.head: Head | None = None
        self.stalls = 0
        self.restarts = 0
        self.resumes = 0
        self._sha = hashlib.sha256()

    def restore(
        self, offset: int, received: Any, *, etag: str, total: int | None, checksum: str | None
    ) -> None:
        """Go on from an earlier process's ``offset`` bytes, already in the temporary file;
        ``received`` is their ``hashlib.sha256`` object."""
        self.offset, self._sha = offset, received
        self.etag, self.total, self.checksum = etag, total, checksum

    def sha256(self) -> str:
        """The hex SHA-256 of the bytes received so far."""
        return self._sha.copy().hexdigest()

    def time_left(self) -> float | None:
        """Seconds to the deadline (None without one); WaitTimeout once it has passed."""
        if self.deadline is None:
            return None
        left = self.deadline - time.time()
        if left <= 0:
            raise errors.WaitTimeout(
                f"the download's time limit was reached after {self.offset} bytes",
                last_state=f"{self.offset} bytes",
                last=self.progress(),
            )
        return left

    def request_headers(self) -> dict[str, str]:
        """Extra headers of the next request: none, or a resume at ``offset``."""
        headers = {"Accept-Encoding": "identity"}  # offsets count the bytes as stored
        if self.offset > 0 and self.etag is not None:
            headers.update(
                {"Range": f"bytes={self.offset}-", "If-Match": self.etag, "If-Range": self.etag}
            )
        return headers

    def opened(self, head: Head) -> bool:
        """Take a response; True to read its body, False to open again from the start."""
        resuming = self.offset > 0
        if resuming and head.status == 206 and self._continues(head):
            self.resumes += 1
            self.head = self.head or head  # a resumed token's first response
            return True
        if resuming:
            self.start_over()
            if head.status != 200:
                return False  # a slice of another version: never spliced in
        self.head = head
        self.etag = head.headers.get("etag")
        self.checksum = head.headers.get(self.checksum_header) if self.checksum_header else None
        self.total = _int(head.headers.get("content-length")) if head.status == 200 else None
        return True

    def _continues(self, head: Head) -> bool:
        """A 206 that is the rest of the same version, starting where we stopped."""
        match = _CONTENT_RANGE.match(head.headers.get("content-range", ""))
        if match is None or int(match[1]) != self.offset:
            return False
        total = None if match[3] == "*" else int(match[3])
        if self.total is not None and total != self.total:
            return False
        return head.headers.get("etag", self.etag) == self.etag

    def changed(self) -> None:
        """The file changed (412 on If-Match, 416): start over from byte 0."""
        self.start_over()

    def start_over(self) -> None:
        if not self.restartable and self.offset > 0:
            raise errors.FileChanged(
                "the file changed on the server after part of it was handed out; download it again"
            )
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            raise errors.FileChanged(f"the file changed {self.restarts} times during download")
        self.offset, self.etag, self.total, self.stalls = 0, None, None, 0
        self._sha = hashlib.sha256()

    def took(self, chunk: bytes) -> None:
        self.offset += len(chunk)
        self.stalls = 0
        self._sha.update(chunk)
        if self.total is not None and self.offset > self.total:
            raise self._invalid(f"more than the announced {self.total} bytes")

    def interrupted(self, exc: errors.AiplaneError) -> float:
        """The body broke off: seconds to wait before resuming (raises when giving up)."""
        self.stalls += 1
        if self.stalls > MAX_STALLS:
            raise exc
        return backoff(self.stalls, base=0.2, cap=5.0)

    def finished(self) -> None:
        """The body ended: check its length and declared checksum."""
        if self.total is not None and self.offset != self.total:
            raise self._invalid(f"{self.offset} bytes received, {self.total} announced")
        if self.checksum is not None and not _same_digest(self.checksum, self._sha.digest()):
            raise self._invalid(f"the body does not match its {self.checksum_header} header")

    def progress(self) -> TransferProgress:
        token = self.tokenize(self) if self.tokenize is not None else None
        return TransferProgress(self.offset, self.total, token)

    def _invalid(self, problem: str) -> errors.ResponseValidationError:
        return errors.ResponseValidationError(
            f"download: {problem}", status=200, opc_request_id=None, body_excerpt=""
        )


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def _same_digest(header: str, digest: bytes) -> bool:
    """Whether a SHA-256 header (base64 or hex) names ``digest``."""
    if header.lower() == digest.hex():
        return True
    try:
        return base64.b64decode(header, validate=True) == digest
    except (binascii.Error, ValueError):
        return False


def download_flow(state: ResumeState, on_progress: OnProgress | None) -> Generator[Any, Any, None]:
    """Open, read, deliver and resume until the whole body is delivered and checked."""
    while True:
        try:
            head = yield Open(state.request_headers(), state.time_left())
        except (errors.PreconditionFailed, errors.RangeNotSatisfiable):
            if state.offset == 0:
                raise
            state.changed()
            yield Rewind()
            continue
        if not state.opened(head):
            yield Rewind()
            continue
        if state.offset == 0:
            yield Rewind()
        while True:
            state.time_left()
            try:
                chunk = yield Read()
            except errors.TransportError as exc:
                delay = state.interrupted(exc)
                yield Sleep(min(delay, state.time_left() or delay))
                break
            if not chunk:
                state.finished()
                return
            state.took(chunk)
            yield Write(chunk) if state.restartable else Emit(chunk)
            if on_progress is not None:
                yield Notify(on_progress, state.progress())
