"""The retry loop at its edges: every method, multipart bodies, bounded reads of streamed
bodies, closing, the Authorization header (issue 13, point 9)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from aiplane import errors
from aiplane._sending import ERROR_BODY_LIMIT, JSON_BODY_LIMIT
from aiplane.retry import RetryPolicy
from tests.conftest import FakeTime, send
from tests.test_transport import URL, runtime, scripted

pytestmark = pytest.mark.anyio


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body (not pre-read, unlike MockTransport's): chunks, then a cut or the end;
    it records how far it was read and whether it was closed."""

    def __init__(self, *chunks: bytes, cut: bool = False) -> None:
        self.chunks = chunks
        self.cut = cut
        self.read = 0
        self.closed = False

    def _next(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += len(chunk)
            yield chunk
        if self.cut:
            raise httpx.ReadError("cut")

    def __iter__(self) -> Iterator[bytes]:
        yield from self._next()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._next():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streamed(status: int, stream: Chunks, **headers: str) -> httpx.Response:
    return httpx.Response(status, stream=stream, headers=headers)


@pytest.mark.parametrize("method", ["HEAD", "PUT", "DELETE", "OPTIONS"])
async def test_503_on_idempotent_methods_is_retried(
    mode: str, fake_time: FakeTime, method: str
) -> None:
    """A 503 on HEAD, PUT, DELETE or OPTIONS is retried without a retry token."""
    seen, mock = scripted(503, 200)
    resp = await send(mode, runtime(mock, fake_time), method, URL)
    assert resp.status_code == 200 and [r.method for r in seen] == [method, method]


@pytest.mark.parametrize("method", ["HEAD", "PUT", "DELETE", "OPTIONS"])
async def test_drop_on_idempotent_methods_is_retried(
    mode: str, fake_time: FakeTime, method: str
) -> None:
    """A connection dropped after sending HEAD, PUT, DELETE or OPTIONS is retried."""
    seen, mock = scripted(httpx.RemoteProtocolError("peer closed"), 200)
    resp = await send(mode, runtime(mock, fake_time), method, URL)
    assert resp.status_code == 200 and len(seen) == 2


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
async def test_exhausted_drops_on_idempotent_methods_are_transport_errors(
    mode: str, fake_time: FakeTime, method: str
) -> None:
    """Drops on an idempotent method that outlast the attempts raise TransportError, not
    OutcomeUnknown: sending it again cannot do it twice."""
    seen, mock = scripted(httpx.ReadError("reset"))
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=3))
    with pytest.raises(errors.TransportError) as info:
        await send(mode, rt, method, URL)
    assert not isinstance(info.value, errors.OutcomeUnknown) and len(seen) == 3
    assert info.value.retry_stop == "gave up after 3 attempts"


async def test_multipart_with_a_non_seekable_file_is_not_retried(
    mode: str, fake_time: FakeTime
) -> None:
    """A multipart upload of a file that cannot be rewound is sent once, even on a 503."""

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.left = [b"data"]

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def read(self, size: int = -1) -> bytes:
            return self.left.pop() if self.left else b""

    seen, mock = scripted(503, 200)
    files = {"file": ("f.bin", Pipe(), "application/octet-stream")}
    with pytest.raises(errors.ServerError) as info:
        await send(mode, runtime(mock, fake_time), "PUT", URL, files=files)
    assert len(seen) == 1 and info.value.retry_stop == "not safe to resend"


async def test_multipart_with_seekable_files_is_retried(mode: str, fake_time: FakeTime) -> None:
    """A multipart upload of bytes and seekable files is resent, with the same content."""
    seen, mock = scripted(503, 200)
    files = {"a": ("a.bin", io.BytesIO(b"payload"), "application/octet-stream"), "b": b"xy"}
    await send(mode, runtime(mock, fake_time), "PUT", URL, files=files)
    assert len(seen) == 2 and b"payload" in seen[1].content


async def test_json_body_of_exactly_the_limit_is_read(mode: str, fake_time: FakeTime) -> None:
    """A streamed JSON body of exactly JSON_BODY_LIMIT bytes is accepted whole."""
    body = b'"' + b"a" * (JSON_BODY_LIMIT - 2) + b'"'
    stream = Chunks(body[: JSON_BODY_LIMIT // 2], body[JSON_BODY_LIMIT // 2 :])
    _, mock = scripted(streamed(200, stream, **{"content-type": "application/json"}))
    resp = await send(mode, runtime(mock, fake_time), "GET", URL)
    assert len(resp.content) == JSON_BODY_LIMIT and stream.closed


async def test_json_body_one_byte_over_the_limit_is_refused(mode: str, fake_time: FakeTime) -> None:
    """One byte more than JSON_BODY_LIMIT is a ResponseValidationError, read no further."""
    stream = Chunks(b"[" * JSON_BODY_LIMIT, b"1", b"]" * 10)
    _, mock = scripted(streamed(200, stream, **{"content-type": "application/json"}))
    with pytest.raises(errors.ResponseValidationError, match="larger than"):
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert stream.read == JSON_BODY_LIMIT + 1 and stream.closed


async def test_error_body_is_read_up_to_its_limit(mode: str, fake_time: FakeTime) -> None:
    """An error body is read to ERROR_BODY_LIMIT bytes: the rest is left unread, closed."""
    stream = Chunks(b"x" * ERROR_BODY_LIMIT, b"y" * 100, b"z" * ERROR_BODY_LIMIT)
    _, mock = scripted(streamed(404, stream))
    with pytest.raises(errors.NotFound) as info:
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert stream.read == ERROR_BODY_LIMIT + 100 and stream.closed
    assert info.value.message.startswith("xxx")


@pytest.mark.parametrize(
    "ctype", ["application/problem+json", "Application/JSON; charset=utf-8", "text/x+json"]
)
async def test_json_types_are_read_inside_the_retry_loop(
    mode: str, fake_time: FakeTime, ctype: str
) -> None:
    """A +json (or any-case JSON) body cut midway is retried like any drop."""
    cut = streamed(200, Chunks(b'{"a"', cut=True), **{"content-type": ctype})
    seen, mock = scripted(cut, 200)
    resp = await send(mode, runtime(mock, fake_time), "GET", URL)
    assert resp.json() == {"ok": True} and len(seen) == 2


async def test_other_types_are_handed_over_unread(mode: str, fake_time: FakeTime) -> None:
    """A body that is not JSON is not read in the loop: a cut surfaces to the reader."""
    cut = streamed(200, Chunks(b"abc", cut=True), **{"content-type": "application/jsonx"})
    seen, mock = scripted(cut, 200)
    with pytest.raises(errors.TransportError):
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert len(seen) == 1


async def test_non_numeric_content_length_is_read_by_its_bytes(
    mode: str, fake_time: FakeTime
) -> None:
    """A streamed JSON response with Content-Length: abc is read by what arrives."""
    stream = Chunks(b'{"n":', b" 1}")
    headers = {"content-type": "application/json", "content-length": "abc"}
    _, mock = scripted(streamed(200, stream, **headers))
    resp = await send(mode, runtime(mock, fake_time), "GET", URL)
    assert resp.json() == {"n": 1} and stream.closed


async def test_closing_a_handed_over_response_closes_the_inner_stream(
    mode: str, fake_time: FakeTime
) -> None:
    """Closing a streamed success response closes the transport's stream inside it."""
    stream = Chunks(b"bytes")
    _, mock = scripted(streamed(200, stream, **{"content-type": "application/octet-stream"}))
    rt = runtime(mock, fake_time)
    request = httpx.Request("GET", URL)
    if mode == "sync":
        rt.handle_request(request).close()
    else:
        await (await rt.handle_async_request(request)).aclose()
    assert stream.closed and stream.read == 0


async def test_an_empty_authorization_header_is_not_sent(mode: str, fake_time: FakeTime) -> None:
    """The generated client's empty Authorization header is removed, not sent empty."""
    seen, mock = scripted(200)
    await send(mode, runtime(mock, fake_time), "GET", URL, headers={"Authorization": ""})
    assert "authorization" not in seen[0].headers


async def test_a_real_authorization_header_is_kept(mode: str, fake_time: FakeTime) -> None:
    """A non-empty Authorization header the caller set is sent as is."""
    seen, mock = scripted(200)
    await send(mode, runtime(mock, fake_time), "GET", URL, headers={"Authorization": "Basic x"})
    assert seen[0].headers["authorization"] == "Basic x"
