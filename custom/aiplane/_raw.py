"""Raw requests, for paths the specs do not describe yet.

``aiplane.raw_request(client, "GET", "/v1/new/thing", query=..., json=..., headers=...)``
(and ``araw_request``) send one request through the plane's httpx client, so the runtime
transport applies the client's auth, signing, retries, timeouts and typed errors exactly as for
a generated operation. The path's own query string is merged with ``query`` (``query`` wins
for a name in both). The result is an :class:`aiplane.Detailed` whose ``parsed`` is the JSON
value (read to :data:`MAX_BODY` bytes), the raw bytes of another content type, or None for an
empty body. ``raw_stream`` / ``araw_stream`` hand a 2xx response over unread, for downloads
(``aiplane.raw_download`` / ``araw_download`` write one to a path, resumed like a file download);
``content=`` accepts a :class:`pathlib.Path`, streamed from disk and replayable (so retried),
as well as bytes, a file or an iterator.

Design: a function taking the client (an :class:`aiplane.Client` with ``plane=`` naming the
plane, or a generated client) rather than a method on ``client.data``, which is the generated
client and is rewritten by ``make generate``.
"""

from __future__ import annotations

import contextlib
import json as jsonlib
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx

from . import errors
from ._bodies import CHUNK_SIZE, BodyDigest, ReplayableStream, hash_file
from ._call import Detailed
from ._options import OnRetry, call_options
from .retry import RetryPolicy

__all__ = [
    "MAX_BODY",
    "PathStream",
    "araw_request",
    "araw_stream",
    "asend",
    "build",
    "raw_request",
    "raw_stream",
    "send",
]

MAX_BODY = 32 * 1024 * 1024
_METHOD = re.compile(r"^[A-Za-z]{1,16}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PathStream(ReplayableStream):
    """A file on disk as a request body: re-opened on every send, hashed only if asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = path.stat().st_size
        self._digest: BodyDigest | None = None

    @property
    def digest(self) -> BodyDigest:  # type: ignore[override]
        if self._digest is None:
            with self.path.open("rb") as handle:
                self._digest = hash_file(handle)[1]
        return self._digest

    def __iter__(self) -> Iterator[bytes]:
        with self.path.open("rb") as handle:
            while chunk := handle.read(CHUNK_SIZE):
                yield chunk


def plane_client(client: Any, plane: str) -> Any:
    """The generated client for ``plane`` (``client`` itself if it is a generated one)."""
    if hasattr(client, "get_httpx_client"):
        return client
    if hasattr(client, "plane_for"):
        return client.plane_for(plane)
    raise TypeError(f"expected an aiplane client or a generated client, got {client!r}")


def _check_path(path: str) -> httpx.URL:
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise errors.InvalidParameter("path", "must be a path starting with '/' (no host)")
    if _CONTROL.search(path):
        raise errors.InvalidParameter("path", "has a control character")
    url = httpx.URL(path)
    if url.is_absolute_url or url.fragment:
        raise errors.InvalidParameter("path", "must be relative to the plane's URL")
    segments = url.raw_path.decode("ascii").split("?")[0].split("/")
    if any(s in (".", "..", "%2e", "%2E", "%2e%2e", "%2E%2E") for s in segments):
        raise errors.InvalidParameter("path", "has a '.' or '..' segment")
    return url


def build(
    method: str,
    path: str,
    *,
    query: Mapping[str, Any] | None = None,
    json: Any = None,
    content: Any = None,
    headers: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """httpx request arguments for a raw request; every argument checked, nothing sent."""
    if not isinstance(method, str) or not _METHOD.match(method):
        raise errors.InvalidParameter("method", "must be an HTTP method name")
    url = _check_path(path)
    if query:
        url = url.copy_merge_params(dict(query))
    out_headers = dict(headers or {})
    for name, value in out_headers.items():
        if not isinstance(value, str) or _CONTROL.search(value) or _CONTROL.search(name):
            raise errors.InvalidParameter("headers", f"{name!r} has a control character")
    if json is not None and content is not None:
        raise errors.InvalidParameter("json", "cannot be combined with content")
    kwargs: dict[str, Any] = {"method": method.upper(), "url": url, "headers": out_headers}
    if json is not None:
        kwargs["content"] = jsonlib.dumps(json, separators=(",", ":")).encode()
        out_headers.setdefault("Content-Type", "application/json")
    elif isinstance(content, Path):
        kwargs["stream"] = PathStream(content)
    elif content is not None:
        kwargs["content"] = content
    return kwargs


def _request(http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Request:
    args = dict(kwargs)
    stream = args.pop("stream", None)
    request = http.build_request(**args)
    if stream is None:
        return request
    headers = request.headers.copy()
    headers["Content-Length"] = str(stream.size)
    headers.pop("Transfer-Encoding", None)
    return httpx.Request(request.method, request.url, headers=headers, stream=stream)


def send(
    client: Any,
    *,
    kwargs: dict[str, Any],
    plane: str = "data",
    operation: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    on_retry: OnRetry | None = None,
    stream: bool = False,
) -> httpx.Response:
    """Send one request through the plane's runtime transport; a 2xx response is returned
    (unread with ``stream=True``), any other raises its aiplane error."""
    http = plane_client(client, plane).get_httpx_client()
    name = operation or f"{kwargs['method']} {kwargs['url']}"
    with call_options(
        timeout=timeout, retry=retry, on_retry=on_retry, operation=name, stream=stream
    ):
        response: httpx.Response = http.send(_request(http, kwargs), stream=True)
    if not stream:
        with contextlib.closing(response):
            _read_bounded(response, response.iter_bytes())
    return response


async def asend(
    client: Any,
    *,
    kwargs: dict[str, Any],
    plane: str = "data",
    operation: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    on_retry: OnRetry | None = None,
    stream: bool = False,
) -> httpx.Response:
    """The async twin of :func:`send`."""
    http = plane_client(client, plane).get_async_httpx_client()
    name = operation or f"{kwargs['method']} {kwargs['url']}"
    with call_options(
        timeout=timeout, retry=retry, on_retry=on_retry, operation=name, stream=stream
    ):
        response: httpx.Response = await http.send(_request(http, kwargs), stream=True)
    if not stream:
        try:
            body = _Bounded(response)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            body.keep()
        finally:
            await response.aclose()
    return response


class _Bounded:
    """A response body read to MAX_BODY bytes (more is a ResponseValidationError)."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_BODY:
            raise errors.ResponseValidationError(
                f"response body larger than {MAX_BODY} bytes",
                status=self.response.status_code,
                opc_request_id=self.response.headers.get("opc-request-id"),
                body_excerpt="",
            )
        self.chunks.append(chunk)

    def keep(self) -> None:
        self.response._content = b"".join(self.chunks)


def _read_bounded(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    body = _Bounded(response)
    for chunk in chunks:
        body.add(chunk)
    body.keep()


def _detailed(response: httpx.Response) -> Detailed[Any]:
    """The parsed value of a read response: JSON, bytes, or None when empty."""
    content = response.content
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    parsed: Any = content or None
    if content and (ctype == "application/json" or ctype.endswith("+json")):
        try:
            parsed = jsonlib.loads(content)
        except (ValueError, RecursionError) as exc:
            raise errors.ResponseValidationError(
                f"response body is not JSON: {type(exc).__name__}",
                status=response.status_code,
                opc_request_id=response.headers.get("opc-request-id"),
                body_excerpt=content[:200].decode("utf-8", "replace"),
            ) from None
    headers = errors.copy_headers(response.headers)
    return Detailed(parsed=parsed, status_code=response.status_code, headers=headers)


def raw_request(
    client: Any,
    method: str,
    path: str,
    *,
    query: Mapping[str, Any] | None = None,
    json: Any = None,
    content: Any = None,
    headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    plane: str = "data",
) -> Detailed[Any]:
    """Send a request to ``path`` on ``plane``; its parsed JSON (or bytes) with status and
    headers, or an aiplane error."""
    kwargs = build(method, path, query=query, json=json, content=content, headers=headers)
    response = send(client, kwargs=kwargs, plane=plane, timeout=timeout, retry=retry)
    return _detailed(response)


async def araw_request(
    client: Any,
    method: str,
    path: str,
    *,
    query: Mapping[str, Any] | None = None,
    json: Any = None,
    content: Any = None,
    headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    plane: str = "data",
) -> Detailed[Any]:
    """The async twin of :func:`raw_request`."""
    kwargs = build(method, path, query=query, json=json, content=content, headers=headers)
    response = await asend(client, kwargs=kwargs, plane=plane, timeout=timeout, retry=retry)
    return _detailed(response)


@contextlib.contextmanager
def raw_stream(
    client: Any,
    method: str,
    path: str,
    *,
    plane: str = "data",
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    **request: Any,
) -> Iterator[httpx.Response]:
    """A 2xx response to a raw request, unread, closed after the block (``iter_bytes()``)."""
    kwargs = build(method, path, **request)
    response = send(client, kwargs=kwargs, plane=plane, timeout=timeout, retry=retry, stream=True)
    with contextlib.closing(response):
        yield response


@contextlib.asynccontextmanager
async def araw_stream(
    client: Any,
    method: str,
    path: str,
    *,
    plane: str = "data",
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    **request: Any,
) -> AsyncIterator[httpx.Response]:
    """The async twin of :func:`raw_stream`."""
    kwargs = build(method, path, **request)
    response = await asend(
        client, kwargs=kwargs, plane=plane, timeout=timeout, retry=retry, stream=True
    )
    try:
        yield response
    finally:
        await response.aclose()
