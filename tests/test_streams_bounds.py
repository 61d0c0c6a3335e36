"""Event streams end within their bounds: one event's size (the decoder's limit), the bytes a
whole stream may send (``max_bytes``), a ``retry:`` field that cannot be waited, and an
``id:`` that is not ASCII (issue 13, point 2: found by the hostile-stream suite)."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._sse import EVENT_LIMIT
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from tests.conftest import FakeTime
from tests.stream_helpers import chat_body, read_all, run_event, sse
from tests.test_streams_flow import client_for

pytestmark = pytest.mark.anyio
MiB = 1 << 20
CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A stream body: ``head`` then ``piece`` ``count`` times (finite, so that a runtime
    without the bound still ends, and fails the assertions instead of hanging)."""

    def __init__(self, head: bytes, piece: bytes, count: int) -> None:
        self.head, self.piece, self.count = head, piece, count
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        for _ in range(self.count):
            self.pulled += len(self.piece)
            yield self.piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


async def read_into(out: list[Any], mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> None:
    """Append each event of the stream to ``out`` as it arrives (kept when it raises)."""
    if mode == "sync":
        with aiplane.stream(op, client, *args, **kw) as events:
            out.extend(events)
        return
    async with aiplane.astream(op, client, *args, **kw) as aevents:
        async for event in aevents:
            out.append(event)


def streaming(body: Pieces) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)


async def test_negative_retry_field_is_not_waited(mode: str, fake_time: FakeTime) -> None:
    """A ``retry: -5000`` field is ignored (WHATWG: digits only): no negative sleep."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return sse([b"retry: -5000\n", run_event(1)], error=httpx.ReadError("cut"))
        return sse([run_event(2, "done")])

    with client_for(handler, fake_time) as client:
        events = await read_all(mode, get_run_events, client, "r")
    assert [e.sequence for e in events] == [1, 2]
    assert len(fake_time.slept) == 1 and fake_time.slept[0] >= 0


async def test_non_ascii_event_id_is_sent_back_in_utf8(mode: str, fake_time: FakeTime) -> None:
    """An ``id:`` with non-ASCII characters resumes with that id in UTF-8 (as browsers do)."""
    seen: list[bytes | None] = []
    event = run_event(1).replace(b"id: 1", "id: café-中".encode())

    def handler(request: httpx.Request) -> httpx.Response:
        sent = dict((k.lower(), v) for k, v in request.headers.raw)
        seen.append(sent.get(b"last-event-id"))
        if len(seen) == 1:
            return sse([event], error=httpx.ReadError("cut"))
        return sse([run_event(2, "done")])

    with client_for(handler, fake_time) as client:
        events = await read_all(mode, get_run_events, client, "r")
    assert [e.sequence for e in events] == [1, 2]
    assert seen == [None, "café-中".encode()]


async def test_event_longer_than_the_limit_is_refused_in_bounded_memory(
    mode: str, fake_time: FakeTime
) -> None:
    """A data line past EVENT_LIMIT characters raises ResponseValidationError; about one
    limit of it was held, and the rest of the body was not read."""
    body = Pieces(b"data: ", b"x" * MiB, EVENT_LIMIT // MiB + 8)
    tracemalloc.start()
    try:
        with (
            client_for(lambda r: streaming(body), fake_time) as client,
            pytest.raises(errors.ResponseValidationError, match="event larger than"),
        ):
            await read_all(mode, create_chat_completion, client, "d", body=chat_body())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert body.pulled <= EVENT_LIMIT + MiB
    assert peak < 1.5 * EVENT_LIMIT


async def test_endless_stream_ends_at_max_bytes(mode: str, fake_time: FakeTime) -> None:
    """Events without end raise ResponseValidationError naming max_bytes, after at most
    max_bytes of the body; the events before it stay in ``received``."""
    body = Pieces(b"", run_event(1), 100_000)
    size = len(run_event(1))
    received: list[Any] = []
    with (
        client_for(lambda r: streaming(body), fake_time) as client,
        pytest.raises(errors.ResponseValidationError, match="max_bytes"),
    ):
        await read_into(received, mode, get_run_events, client, "r", max_bytes=64 * 1024)
    assert body.pulled <= 64 * 1024 + size
    assert 0 < len(received) <= 64 * 1024 // size


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1024", float("inf")])
async def test_bad_max_bytes_is_refused(mode: str, fake_time: FakeTime, bad: Any) -> None:
    """max_bytes must be a positive whole number of bytes: InvalidParameter names it."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return sse([])

    with (
        client_for(handler, fake_time) as client,
        pytest.raises(errors.InvalidParameter, match="max_bytes"),
    ):
        await read_all(mode, get_run_events, client, "r", max_bytes=bad)
    assert sent == []


async def test_a_replayed_event_is_not_progress(mode: str, fake_time: FakeTime) -> None:
    """A server that answers every resume with the event resumed from, then drops, is not
    making progress: that event is not received twice, and the policy's attempts end it."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return sse([run_event(1)], error=httpx.ReadError("cut"))

    received: list[Any] = []
    policy = aiplane.RetryPolicy(max_attempts=3)
    with (
        client_for(handler, fake_time, retry=policy) as client,
        pytest.raises(errors.StreamInterrupted),
    ):
        await read_into(received, mode, get_run_events, client, "r", max_bytes=64 * 1024)
    assert [e.sequence for e in received] == [1]
    assert len(calls) == 3


async def test_a_stream_may_send_more_than_a_json_body(mode: str, fake_time: FakeTime) -> None:
    """An event stream is bounded by max_bytes, not by the 32 MiB limit of a call's body."""
    content = "x" * (17 * MiB)
    data = json.dumps({**CHUNK, "choices": [{"index": 0, "delta": {"content": content}}]})
    event = f"data: {data}\n\n".encode()
    body = Pieces(b"", event, 2)
    with client_for(lambda r: streaming(body), fake_time) as client:
        chunks = await read_all(mode, create_chat_completion, client, "d", body=chat_body())
    assert [len(c.choices[0].delta.content) for c in chunks] == [17 * MiB] * 2
