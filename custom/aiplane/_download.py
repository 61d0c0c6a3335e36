"""The drivers of a download: thin sync and async I/O around :func:`_resume.download_flow`.

A :class:`Plan` says how to send the request for extra headers (a generated operation's
``_get_kwargs``, or a raw path) and which checksum header the spec declares. The request goes
through the plane's httpx client, so the runtime transport signs, retries (429, 5xx, drops
before a byte arrived) and raises typed errors; a 2xx body is handed over unread and read in
``CHUNK_SIZE`` pieces. To a path, bytes go to a temporary file beside the target, renamed into
place only once the flow has checked the whole body; it is removed on any failure (and
survives only a process that dies: then the download's resume token, on each progress report,
goes on from it in another process — :func:`aiplane._op_download.resume_to`).
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import anyio
import httpx

from . import _tokens
from ._download_tokens import Resumed, token_of
from ._flow import AsyncEnv, SyncEnv, aiterate, arun, iterate, run
from ._options import OnRetry
from ._raw import asend, build, send
from ._resume import Head, ResumeState, download_flow
from ._transfer import OnProgress
from .retry import RetryPolicy

__all__ = [
    "CHUNK_SIZE",
    "Downloaded",
    "Plan",
    "adownload_to",
    "aiter_chunks",
    "download_to",
    "iter_chunks",
    "raw_plan",
]

CHUNK_SIZE = 64 * 1024


@dataclass(frozen=True)
class Plan:
    """How to send one download request: ``build(extra_headers)`` gives the httpx request
    arguments; the rest is what the call runs with. ``source`` names the request in a resume
    token (``op``, ``args``, ``params``); None when it cannot be named without a secret."""

    client: Any
    plane: str
    operation: str
    build: Callable[[dict[str, str]], dict[str, Any]]
    checksum_header: str | None = None
    timeout: float | httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    on_retry: OnRetry | None = None
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    source: Mapping[str, Any] | None = None

    def request(self, headers: dict[str, str]) -> dict[str, Any]:
        return {
            "kwargs": self.build(headers),
            "plane": self.plane,
            "operation": self.operation,
            "timeout": self.timeout,
            "retry": self.retry,
            "on_retry": self.on_retry,
        }


@dataclass(frozen=True)
class Downloaded:
    """A finished download: where it is, its size, version and what the server said of it."""

    path: Path
    size: int
    etag: str | None
    content_type: str | None
    file_name: str | None
    resumes: int
    restarts: int


def file_name(disposition: str | None) -> str | None:
    """The file name of a Content-Disposition header (``filename*`` preferred)."""
    if not disposition:
        return None
    plain = None
    for part in disposition.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "filename*" and value.lower().startswith("utf-8''"):
            return unquote(value[7:])
        if key.lower() == "filename":
            plain = value.strip('"')
    return plain


class _Target:
    """The temporary file beside ``dest`` (``part``: a surviving one, reopened at its end);
    renamed onto it by :meth:`commit`."""

    def __init__(self, dest: str | os.PathLike[str] | None, part: Path | None = None) -> None:
        self.dest = Path(dest) if dest is not None else None
        self.handle: IO[bytes] | None = None
        if part is not None:
            self.handle = part.open("r+b")
            self.handle.seek(0, os.SEEK_END)
        elif self.dest is not None:
            self.handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by commit/discard
                dir=self.dest.parent or ".",
                prefix=f".{self.dest.name}.",
                suffix=".part",
                delete=False,
            )

    def write(self, chunk: bytes) -> None:
        assert self.handle is not None
        self.handle.write(chunk)
        self.handle.flush()  # a resume token counts these bytes: they must outlive the process

    def rewind(self) -> None:
        if self.handle is not None:
            self.handle.seek(0)
            self.handle.truncate()

    def commit(self) -> Path:
        assert self.handle is not None
        assert self.dest is not None
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.handle.name, self.dest)
        return self.dest

    def discard(self) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.handle.name)


class _SyncIO(_Target):
    def __init__(
        self, plan: Plan, dest: str | os.PathLike[str] | None, part: Path | None = None
    ) -> None:
        super().__init__(dest, part)
        self.plan = plan
        self.response: httpx.Response | None = None
        self.chunks: Iterator[bytes] = iter(())

    def open(self, headers: dict[str, str]) -> Head:
        self.close()
        self.response = send(self.plan.client, stream=True, **self.plan.request(headers))
        self.chunks = self.response.iter_bytes()  # as received: a cut keeps every byte read
        return Head(self.response.status_code, self.response.headers)

    def read(self) -> bytes:
        return next(self.chunks, b"")

    def close(self) -> None:
        if self.response is not None:
            self.response.close()
            self.response = None


class _AsyncIO(_Target):
    def __init__(
        self, plan: Plan, dest: str | os.PathLike[str] | None, part: Path | None = None
    ) -> None:
        super().__init__(dest, part)
        self.plan = plan
        self.response: httpx.Response | None = None
        self.chunks: AsyncIterator[bytes] | None = None

    async def open(self, headers: dict[str, str]) -> Head:
        await self.close()
        self.response = await asend(self.plan.client, stream=True, **self.plan.request(headers))
        self.chunks = self.response.aiter_bytes()
        return Head(self.response.status_code, self.response.headers)

    async def read(self) -> bytes:
        assert self.chunks is not None
        return await anext(self.chunks, b"")

    async def close(self) -> None:
        if self.response is not None:
            await self.response.aclose()
            self.response = None


def _result(state: ResumeState, path: Path) -> Downloaded:
    headers = state.head.headers if state.head is not None else {}
    return Downloaded(
        path=path,
        size=state.offset,
        etag=state.etag,
        content_type=headers.get("content-type"),
        file_name=file_name(headers.get("content-disposition")),
        resumes=state.resumes,
        restarts=state.restarts,
    )


def _prepare(
    plan: Plan, io: _Target, time_limit: float | None, resumed: Resumed | None
) -> ResumeState:
    """The state a download to a file starts from, able to give its resume token."""
    if resumed is not None:
        state = resumed.state
        state.checksum_header = plan.checksum_header
    else:
        deadline = None if time_limit is None else _tokens.deadline_in(time_limit)
        state = ResumeState(
            restartable=True, checksum_header=plan.checksum_header, deadline=deadline
        )
    if plan.source is not None and io.dest is not None and io.handle is not None:
        state.tokenize = functools.partial(token_of, plan.source, io.dest, Path(io.handle.name))
    return state


def download_to(
    plan: Plan,
    dest: str | os.PathLike[str],
    on_progress: OnProgress | None,
    time_limit: float | None = None,
    resumed: Resumed | None = None,
) -> Downloaded:
    """Download to ``dest`` (replaced only by a complete, checked file) within
    ``time_limit`` seconds; or go on with a ``resumed`` token's ``.part`` file."""
    io = _SyncIO(plan, dest, resumed.part if resumed else None)
    try:
        state = _prepare(plan, io, time_limit, resumed)
        run(download_flow(state, on_progress), SyncEnv(io, plan.sleep))
        io.close()
        return _result(state, io.commit())
    finally:
        io.close()
        io.discard()


async def adownload_to(
    plan: Plan,
    dest: str | os.PathLike[str],
    on_progress: OnProgress | None,
    time_limit: float | None = None,
    resumed: Resumed | None = None,
) -> Downloaded:
    """The async twin of :func:`download_to`."""
    io = _AsyncIO(plan, dest, resumed.part if resumed else None)
    try:
        state = _prepare(plan, io, time_limit, resumed)
        await arun(download_flow(state, on_progress), AsyncEnv(io, plan.async_sleep))
        await io.close()
        return _result(state, io.commit())
    finally:
        await io.close()
        io.discard()


def iter_chunks(plan: Plan, on_progress: OnProgress | None) -> Iterator[bytes]:
    """The file's bytes as chunks (resumed after interruptions; FileChanged if it changed)."""
    state = ResumeState(restartable=False, checksum_header=plan.checksum_header)
    io = _SyncIO(plan, None)
    try:
        yield from iterate(download_flow(state, on_progress), SyncEnv(io, plan.sleep))
    finally:
        io.close()


async def aiter_chunks(plan: Plan, on_progress: OnProgress | None) -> AsyncIterator[bytes]:
    """The async twin of :func:`iter_chunks`."""
    state = ResumeState(restartable=False, checksum_header=plan.checksum_header)
    io = _AsyncIO(plan, None)
    try:
        async for chunk in aiterate(
            download_flow(state, on_progress), AsyncEnv(io, plan.async_sleep)
        ):
            yield chunk
    finally:
        await io.close()


def raw_plan(client: Any, path: str, plane: str, headers: dict[str, str] | None) -> Plan:
    """A download of an undescribed ``path`` (checked now, before any request)."""
    build("GET", path, headers=headers)

    def request(extra: dict[str, str]) -> dict[str, Any]:
        return build("GET", path, headers={**(headers or {}), **extra})

    return Plan(client, plane, f"GET {path}", request)
