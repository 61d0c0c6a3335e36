"""Hostile responses end as typed errors: redirects, huge and deep error bodies, odd
headers and dates, and a server that drips bytes forever (issue 9, items 1-4 and 19)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_management.api.model import get_model
from tests.conftest import FakeTime
from tests.test_call import MODEL, client_for, do_call

pytestmark = pytest.mark.anyio
ERROR_BODY_LIMIT = 64 * 1024  # the documented bound (aiplane._sending)
MID = "ocid1.generativeaimodel.oc1.us-chicago-1.m1"


async def test_redirect_with_json_body_raises_redirect(mode: str, fake_time: FakeTime) -> None:
    """A 3xx with an error-shaped JSON body is a Redirect carrying Location, not a value."""
    body = {"code": "Moved", "message": "elsewhere"}
    headers = {"location": "https://elsewhere.test/x"}
    client = client_for(lambda r: httpx.Response(302, json=body, headers=headers), fake_time)
    with pytest.raises(errors.Redirect) as info:
        await do_call(mode, get_model, client, MID)
    assert info.value.location == "https://elsewhere.test/x" and info.value.status == 302


async def test_redirect_without_body_raises_redirect(mode: str, fake_time: FakeTime) -> None:
    """A bodiless 304 is a typed Redirect too, not ResponseValidationError."""
    client = client_for(lambda r: httpx.Response(304), fake_time)
    with pytest.raises(errors.Redirect):
        await do_call(mode, get_model, client, MID)


class Huge(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A 500 whose body is 200 MiB, produced lazily; counts the bytes pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        chunk = b"x" * 65536
        for _ in range(3200):
            self.pulled += len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


async def test_error_body_is_read_to_a_bound(mode: str, fake_time: FakeTime) -> None:
    """Of a 200 MiB error body at most 64 KiB (plus one chunk) is read, and only an excerpt kept."""
    huge = Huge()
    client = client_for(
        lambda r: httpx.Response(500, stream=huge), fake_time, retry=aiplane.RetryPolicy.none()
    )
    with pytest.raises(errors.ServerError) as info:
        await do_call(mode, get_model, client, MID)
    assert huge.pulled <= ERROR_BODY_LIMIT + 65536
    assert len(info.value.body_excerpt) <= 600


def _deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


async def test_deeply_nested_success_body_is_a_validation_error(
    mode: str, fake_time: FakeTime
) -> None:
    """A 2xx JSON nested 100,000 deep is ResponseValidationError, not RecursionError."""
    client = client_for(
        lambda r: httpx.Response(
            200, content=_deep(100_000), headers={"content-type": "application/json"}
        ),
        fake_time,
    )
    with pytest.raises(errors.ResponseValidationError):
        await do_call(mode, get_model, client, MID)


async def test_deeply_nested_error_body_keeps_its_status(mode: str, fake_time: FakeTime) -> None:
    """A 404 whose JSON is nested 100,000 deep is still NotFound."""
    client = client_for(lambda r: httpx.Response(404, content=_deep(100_000)), fake_time)
    with pytest.raises(errors.NotFound):
        await do_call(mode, get_model, client, MID)


async def test_retry_after_in_year_99999999999_is_not_waited(
    mode: str, fake_time: FakeTime
) -> None:
    """A Retry-After date beyond datetime's range stops retrying: RateLimited, no overflow."""
    headers = {"retry-after": "Mon, 01 Jan 99999999999 00:00:00 GMT"}
    client = client_for(
        lambda r: httpx.Response(429, json={"code": "TooMany", "message": "m"}, headers=headers),
        fake_time,
    )
    with pytest.raises(errors.RateLimited):
        await do_call(mode, get_model, client, MID)
    assert fake_time.slept == []


async def test_non_ascii_header_on_success_is_kept(mode: str, fake_time: FakeTime) -> None:
    """A non-ASCII byte in a 2xx header does not break the call; the value survives."""
    headers = [(b"etag", "caf\xe9".encode("latin-1")), (b"content-type", b"application/json")]
    client = client_for(lambda r: httpx.Response(200, json=MODEL, headers=headers), fake_time)
    if mode == "sync":
        detailed = aiplane.call_detailed(get_model, client, MID)
    else:
        detailed = await aiplane.acall_detailed(get_model, client, MID)
    assert detailed.etag is not None and detailed.parsed.id == MID


async def test_non_ascii_header_on_404_is_still_not_found(mode: str, fake_time: FakeTime) -> None:
    """A non-ASCII byte in a 404's headers still raises NotFound."""
    headers = [(b"x-note", "\xe9".encode("latin-1"))]
    client = client_for(
        lambda r: httpx.Response(404, json={"code": "NotFound", "message": "m"}, headers=headers),
        fake_time,
    )
    with pytest.raises(errors.NotFound):
        await do_call(mode, get_model, client, MID)


async def test_api_error_names_method_path_and_sent_request_id(
    mode: str, fake_time: FakeTime
) -> None:
    """With no echoed opc-request-id, the error carries the method, path and the id sent."""
    client = client_for(lambda r: httpx.Response(404, json={"message": "gone"}), fake_time)
    with pytest.raises(errors.NotFound) as info:
        await do_call(mode, get_model, client, MID)
    assert info.value.method == "GET" and info.value.path == f"/20231130/models/{MID}"
    assert info.value.opc_request_id is not None and len(info.value.opc_request_id) == 32


class Drip:
    """A raw socket server that answers every connection one byte every 0.3 s, forever
    (bounded: it stops after 120 s or when closed)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        payload = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n" + b" " * 400
        deadline = time.monotonic() + 120
        with conn:
            for byte in payload:
                if self.stop.is_set() or time.monotonic() > deadline:
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.3)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self.thread.join(timeout=5)


@pytest.fixture
def drip() -> Iterator[Drip]:
    server = Drip()
    try:
        yield server
    finally:
        server.close()


async def _get_model_from(mode: str, url: str, policy: aiplane.RetryPolicy) -> None:
    if mode == "sync":
        with aiplane.Client(management_url=url, retry=policy) as client:
            aiplane.call(get_model, client, MID, timeout=2.0)
    else:
        async with aiplane.AsyncClient(management_url=url, retry=policy) as aclient:
            await aiplane.acall(get_model, aclient, MID, timeout=2.0)


async def test_slow_drip_is_cut_off_by_the_call_deadline(mode: str, drip: Drip) -> None:
    """A server dripping a byte every 0.3 s is cut off near the deadline, as errors.Timeout."""
    policy = aiplane.RetryPolicy(max_attempts=1, deadline=3)
    url = f"http://127.0.0.1:{drip.port}"
    start = time.monotonic()
    with pytest.raises(errors.Timeout):
        await _get_model_from(mode, url, policy)
    assert time.monotonic() - start < 10  # the drip alone would last about 130 s
