"""aiplane.stream / astream over httpx.MockTransport: what the one stream flow decides."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.deployments import list_deployments
from aiplane_data.api.runs import get_run_events
from tests.conftest import TEST_API_KEY, FakeTime
from tests.stream_helpers import chat_body, read_all, run_event, sse
from tests.stream_helpers import chat_chunk as chunk

pytestmark = pytest.mark.anyio

Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler, fake: FakeTime, **kw: Any) -> aiplane.Client:
    mock = httpx.MockTransport(handler)
    return aiplane.Client(
        data_url="http://data.test",
        data_auth=aiplane.APIKeyAuth(TEST_API_KEY),
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
        **kw,
    )


async def test_chat_stream_sets_stream_true_and_ends_at_done(
    mode: str, fake_time: FakeTime
) -> None:
    """The body is sent with stream=true; events are typed chunks; [DONE] ends the stream."""
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return sse([chunk("Hel"), chunk("lo", "stop"), b"data: [DONE]\n\n", chunk("after")])

    with client_for(handler, fake_time) as client:
        chunks = await read_all(mode, create_chat_completion, client, "d", body=chat_body())
    assert sent[0]["stream"] is True
    assert [c.choices[0].delta.content for c in chunks] == ["Hel", "lo"]


async def test_stream_without_done_ends_at_end_of_body(mode: str, fake_time: FakeTime) -> None:
    """A stream that ends without [DONE] (OCI's style) ends with the events it sent."""
    with client_for(lambda r: sse([chunk("a"), chunk("b", "stop")]), fake_time) as client:
        chunks = await read_all(mode, create_chat_completion, client, "d", body=chat_body())
    assert len(chunks) == 2


async def test_error_object_in_a_stream_raises_rate_limited(mode: str, fake_time: FakeTime) -> None:
    """data: {"error": {"code": "overloaded"}} inside a 200 stream raises RateLimited."""
    error = b'data: {"error": {"code": "overloaded", "message": "busy, try later"}}\n\n'
    with (
        client_for(lambda r: sse([chunk("a"), error]), fake_time) as client,
        pytest.raises(errors.RateLimited, match="busy, try later"),
    ):
        await read_all(mode, create_chat_completion, client, "d", body=chat_body())


async def test_non_stream_operation_is_refused_before_sending(
    mode: str, fake_time: FakeTime
) -> None:
    """An operation without an event-stream response raises UnsupportedOperation, unsent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    with client_for(handler, fake_time) as client, pytest.raises(errors.UnsupportedOperation):
        await read_all(mode, list_deployments, client)
    assert sent == []


async def test_bad_idle_timeout_is_refused(mode: str, fake_time: FakeTime) -> None:
    """idle_timeout must be a positive number: InvalidParameter names it."""
    with (
        client_for(lambda r: sse([]), fake_time) as client,
        pytest.raises(errors.InvalidParameter, match="idle_timeout"),
    ):
        await read_all(mode, get_run_events, client, "r", idle_timeout=0)


async def test_chat_drop_after_first_chunk_raises_stream_interrupted(
    mode: str, fake_time: FakeTime
) -> None:
    """A chat stream cut after its chunks raises StreamInterrupted carrying those chunks
    (opened with keep_events=True)."""
    cut = httpx.RemoteProtocolError("peer closed connection")
    with (
        client_for(lambda r: sse([chunk("a"), chunk("b")], error=cut), fake_time) as client,
        pytest.raises(errors.StreamInterrupted) as caught,
    ):
        await read_all(
            mode, create_chat_completion, client, "d", body=chat_body(), keep_events=True
        )
    assert caught.value.events is not None
    assert [c.choices[0].delta.content for c in caught.value.events] == ["a", "b"]


async def test_run_events_resume_with_last_event_id(mode: str, fake_time: FakeTime) -> None:
    """A run-events stream cut mid-way reconnects sending Last-Event-ID: no loss, no duplicate."""
    seen: list[str | None] = []
    cut = httpx.ReadError("reset")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("last-event-id"))
        after = int(request.headers.get("last-event-id") or 0)
        if after == 0:
            return sse([run_event(1), run_event(2)], error=cut)
        return sse([run_event(n) for n in range(after + 1, 5)] + [run_event(5, "done")])

    with client_for(handler, fake_time) as client:
        events = await read_all(mode, get_run_events, client, "r")
    assert [e.sequence for e in events] == [1, 2, 3, 4, 5]
    assert seen == [None, "2"]
    assert len(fake_time.slept) == 1


async def test_resume_gives_up_within_the_retry_policy(mode: str, fake_time: FakeTime) -> None:
    """A stream that keeps dropping stops after the policy's attempts: StreamInterrupted."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return sse([run_event(len(calls))] if len(calls) == 1 else [], error=httpx.ReadError("x"))

    policy = aiplane.RetryPolicy(max_attempts=3, backoff_base=0.5)
    with (
        client_for(handler, fake_time, retry=policy) as client,
        pytest.raises(errors.StreamInterrupted) as caught,
    ):
        await read_all(mode, get_run_events, client, "r")
    assert len(calls) == 3  # max_attempts connections since the last event
    assert (caught.value.received, caught.value.last_event_id) == (1, "1")
    assert caught.value.events is None  # not kept unless keep_events=True
    assert len(fake_time.slept) == 2


async def test_drop_before_first_event_is_retried(mode: str, fake_time: FakeTime) -> None:
    """A stream dropped before any event is sent again (GET: safe to resend)."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return sse([b": hello\n\n"], error=httpx.ReadError("reset"))
        return sse([run_event(1, "done")])

    with client_for(handler, fake_time) as client:
        events = await read_all(mode, get_run_events, client, "r")
    assert [e.sequence for e in events] == [1]
    assert len(calls) == 2


async def test_chat_drop_before_first_chunk_follows_the_policy(
    mode: str, fake_time: FakeTime
) -> None:
    """A chat POST (no retry token) dropped before its first chunk is not sent twice."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return sse([], error=httpx.ReadError("reset"))

    with client_for(handler, fake_time) as client, pytest.raises(errors.TransportError) as caught:
        await read_all(mode, create_chat_completion, client, "d", body=chat_body())
    assert not isinstance(caught.value, errors.StreamInterrupted)
    assert len(calls) == 1


async def test_keep_alives_do_not_reset_the_idle_timeout(mode: str, fake_time: FakeTime) -> None:
    """Comments past the idle deadline end a chat stream with Timeout (idle_timeout)."""

    class Slow(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            for _ in range(200):
                time.sleep(0.01)
                yield b": keep-alive\n\n"

        async def __aiter__(self) -> Any:
            for _ in range(200):
                await anyio.sleep(0.01)
                yield b": keep-alive\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Slow())

    start = time.monotonic()
    with (
        client_for(handler, fake_time) as client,
        pytest.raises(errors.Timeout, match="idle_timeout"),
    ):
        await read_all(
            mode, create_chat_completion, client, "d", body=chat_body(), idle_timeout=0.2
        )
    assert time.monotonic() - start < 1.5


async def test_json_answer_to_a_stream_is_a_validation_error(
    mode: str, fake_time: FakeTime
) -> None:
    """A 2xx that is not text/event-stream raises ResponseValidationError."""
    with (
        client_for(lambda r: httpx.Response(200, json={}), fake_time) as client,
        pytest.raises(errors.ResponseValidationError, match="text/event-stream"),
    ):
        await read_all(mode, get_run_events, client, "r")
