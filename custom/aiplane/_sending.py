"""The I/O steps of the attempt flow: hooks, one send with a bounded body read, a close.

Each step performs itself with the sync driver (``do``) or the async one (``ado``); the
decisions are in :mod:`aiplane._attempts`. Bodies read here are bounded: an error body to
:data:`ERROR_BODY_LIMIT` (the rest is closed unread, only the excerpt is kept), a JSON
success body to :data:`JSON_BODY_LIMIT` (more is a ``ResponseValidationError``; the body is
held once, as its chunks), and both by the attempt's deadline, between chunks as well as
inside the network backend. A success body handed over unread (not JSON) is bounded where
it is read, by :class:`MappedStream`: to :data:`JSON_BODY_LIMIT` too unless the call is a
stream (its caller reads it whole: an endless ``text/html`` answer to ``get_model`` was read
until memory ran out).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from . import _deadline, _errormap, errors
from ._otel_http import attempt_span

__all__ = ["ERROR_BODY_LIMIT", "JSON_BODY_LIMIT", "After", "Before", "Close", "Send"]

ERROR_BODY_LIMIT = 64 * 1024
JSON_BODY_LIMIT = 32 * 1024 * 1024


def _body_limit(response: httpx.Response, stream: bool = False) -> int | None:
    """How much of the body to read inside the retry loop; None leaves it to the caller.

    Error bodies are read before deciding (the service code matters); JSON bodies are read
    too, so a connection cut in the middle of one is retried like any other drop. Streams
    (server-sent events, downloads) are handed over unread, and so is any 2xx body of a
    call made with ``stream`` (a download of a JSON file is still a download)."""
    if not 200 <= response.status_code < 300:
        return ERROR_BODY_LIMIT
    if stream:
        return None
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json" or ctype.endswith("+json"):
        return JSON_BODY_LIMIT
    return None


class _Body:
    """Chunks read so far, against a size limit and a deadline."""

    def __init__(self, response: httpx.Response, limit: int, deadline: float | None) -> None:
        self.response = response
        self.limit = limit
        self.deadline = deadline
        self.chunks: list[bytes] = []
        self.size = 0

    def full(self, chunk: bytes) -> bool:
        """Take a chunk; True once the limit is reached (stop reading)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("the call's time limit was reached")
        self.chunks.append(chunk)
        self.size += len(chunk)
        return self.size > self.limit

    def keep(self) -> httpx.Response:
        """The response with the bytes read as its content (it is closed)."""
        if self.size > self.limit and self.response.status_code < 300:
            self.chunks = []  # refused: never joined into a second copy
            raise too_large(self.limit, self.response)
        body = b"".join(self.chunks)
        self.chunks = []
        self.response._content = body[: self.limit]  # what .read() would have set
        return self.response


def too_large(limit: int, response: httpx.Response) -> errors.ResponseValidationError:
    """The error of a success body past ``limit`` bytes."""
    return errors.ResponseValidationError(
        f"response body larger than {limit} bytes",
        status=response.status_code,
        opc_request_id=response.headers.get("opc-request-id"),
        body_excerpt="",
    )


@dataclass(frozen=True, slots=True)
class Send:
    """Send one attempt (auth flow included) and read its body as :func:`_body_limit` says,
    all before ``deadline``. Transport exceptions arrive in the flow as aiplane errors."""

    request: httpx.Request
    deadline: float | None
    stream: bool = False
    number: int = 1  # the attempt's number (1 for the first send)

    def do(self, env: Any) -> httpx.Response:
        with (
            attempt_span(self.request, self.number) as span,
            _errormap.mapped(self.request),
            _deadline.until(self.deadline),
        ):
            response: httpx.Response = env.client.send_sync(self.request)
            span.send(response)
            limit = _body_limit(response, self.stream)
            if limit is None:
                return response
            body = _Body(response, limit, self.deadline)
            try:
                for chunk in response.iter_bytes():
                    if body.full(chunk):
                        break
            finally:
                response.close()
        return body.keep()

    async def ado(self, env: Any) -> httpx.Response:
        with (
            attempt_span(self.request, self.number) as span,
            _errormap.mapped(self.request),
            _deadline.until(self.deadline),
        ):
            response: httpx.Response = await env.client.send_async(self.request)
            span.send(response)
            limit = _body_limit(response, self.stream)
            if limit is None:
                return response
            body = _Body(response, limit, self.deadline)
            try:
                async for chunk in response.aiter_bytes():
                    if body.full(chunk):
                        break
            finally:
                await response.aclose()
        return body.keep()


@dataclass(frozen=True, slots=True)
class Before:
    """Run the before hooks; the flow receives a short-circuit response or None."""

    request: httpx.Request

    def do(self, env: Any) -> httpx.Response | None:
        return env.client.before_sync(self.request)  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> httpx.Response | None:
        return await env.client.before_async(self.request)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class After:
    """Run the after hooks; the flow receives the (possibly replaced) response."""

    request: httpx.Request
    response: httpx.Response

    def do(self, env: Any) -> httpx.Response:
        return env.client.after_sync(self.request, self.response)  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> httpx.Response:
        return await env.client.after_async(self.request, self.response)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Close:
    """Close a response that will not be handed over."""

    response: httpx.Response

    def do(self, env: Any) -> None:
        self.response.close()

    async def ado(self, env: Any) -> None:
        await self.response.aclose()


class MappedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose transport errors surface as aiplane errors (by the one table),
    read to at most ``limit`` bytes (None: no limit; more is ResponseValidationError)."""

    def __init__(
        self, inner: Any, request: httpx.Request, response: httpx.Response, limit: int | None
    ) -> None:
        self._inner = inner
        self._request = request
        self._response = response
        self._limit = limit
        self._size = 0

    def _counted(self, chunk: bytes) -> bytes:
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            raise too_large(self._limit, self._response)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        with _errormap.mapped(self._request):
            for chunk in self._inner:
                yield self._counted(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _errormap.mapped(self._request):
            async for chunk in self._inner:
                yield self._counted(chunk)

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
