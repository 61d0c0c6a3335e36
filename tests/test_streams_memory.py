"""What a stream keeps: a count and the last id by default (bounded memory), every event
only when opened with ``keep_events=True`` (for a partial answer after a break)."""

from __future__ import annotations

import weakref
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from tests.conftest import TEST_API_KEY
from tests.stream_helpers import chat_body, chat_chunk, sse

pytestmark = pytest.mark.anyio

COUNT = 10_000
CUT = httpx.RemoteProtocolError("peer closed connection")


BODY = [chat_chunk(f"{n} ", event_id=str(n)) for n in range(1, COUNT + 1)]


def client_for(error: Exception | None = CUT) -> aiplane.Client:
    """A data-plane client whose chat answer is ``COUNT`` chunks, then ``error``."""
    mock = httpx.MockTransport(lambda request: sse(BODY, error=error))
    return aiplane.Client(
        data_url="http://data.test",
        data_auth=aiplane.APIKeyAuth(TEST_API_KEY),
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )


async def consume(
    mode: str, client: aiplane.Client, **params: Any
) -> tuple[list[weakref.ref[Any]], Any, errors.StreamInterrupted | None]:
    """Read a chat stream to its end or break, holding each event only while it is read:
    weak references to the events, the stream, and the StreamInterrupted if it broke."""
    refs: list[weakref.ref[Any]] = []
    opened: Any = None
    try:
        if mode == "sync":
            opened = aiplane.stream(create_chat_completion, client, "d", body=chat_body(), **params)
            with opened as events:
                for event in events:
                    refs.append(weakref.ref(event))
        else:
            opened = aiplane.astream(
                create_chat_completion, client, "d", body=chat_body(), **params
            )
            async with opened as aevents:
                async for event in aevents:
                    refs.append(weakref.ref(event))
    except errors.StreamInterrupted as exc:
        return refs, opened, exc
    return refs, opened, None


async def test_a_broken_stream_keeps_no_events_by_default(mode: str) -> None:
    """10,000 chunks then a cut: StreamInterrupted has the count and last id, no event list,
    and no event outlives its turn (but the last, still in the traceback's frames)."""
    with client_for() as client:
        refs, stream, exc = await consume(mode, client)
        assert exc is not None
        alive = sum(ref() is not None for ref in refs)
        assert len(refs) == COUNT and alive <= 2
        assert (exc.received, exc.last_event_id, exc.events) == (COUNT, str(COUNT), None)
        assert f"after {COUNT} event(s)" in str(exc)
        assert (stream.received, stream.last_event_id, stream.events) == (COUNT, str(COUNT), None)


async def test_keep_events_keeps_every_event_in_order(mode: str) -> None:
    """With keep_events=True the error and the stream carry all 10,000 chunks, in order."""
    with client_for() as client:
        refs, stream, exc = await consume(mode, client, keep_events=True)
    assert exc is not None and exc.events is not None and exc.received == COUNT
    contents = [c.choices[0].delta.content for c in exc.events]
    assert contents == [f"{n} " for n in range(1, COUNT + 1)]
    assert stream.events == exc.events
    assert all(ref() is not None for ref in refs)


async def test_fold_of_kept_events_is_the_partial_answer(mode: str) -> None:
    """aiplane.chat.fold(exc.events) gives the content received before the break."""
    with client_for() as client:
        _, _, exc = await consume(mode, client, keep_events=True)
    assert exc is not None and exc.events is not None
    partial = aiplane.chat.fold(exc.events).choices[0]
    assert partial.message.content == "".join(f"{n} " for n in range(1, COUNT + 1))
    assert partial.finish_reason == "incomplete"


async def test_a_whole_stream_counts_what_it_received(mode: str) -> None:
    """A stream read to its end counts its events; it keeps them only when asked to."""
    with client_for(error=None) as client:
        _, plain, _ = await consume(mode, client)
        _, kept, _ = await consume(mode, client, keep_events=True)
    assert (plain.received, plain.events) == (COUNT, None)
    assert (kept.received, len(kept.events)) == (COUNT, COUNT)


async def test_keep_events_must_be_a_bool(mode: str) -> None:
    """keep_events="yes" is refused with InvalidParameter naming it, before sending."""
    sent: list[httpx.Request] = []
    mock = httpx.MockTransport(lambda request: sent.append(request) or sse(BODY))  # type: ignore[func-returns-value]
    pool = aiplane.ConnectionPool(transport=mock, async_transport=mock)
    auth = aiplane.APIKeyAuth(TEST_API_KEY)
    with (
        aiplane.Client(data_url="http://data.test", data_auth=auth, pool=pool) as client,
        pytest.raises(errors.InvalidParameter, match="keep_events"),
    ):
        await consume(mode, client, keep_events="yes")
    assert sent == []


async def read_by_method(mode: str, options: dict[str, Any]) -> None:
    """Read a chat stream opened by the typed method, with keep_events=True."""
    messages: list[Any] = [ChatCompletionUserMessage(content="hi")]
    if mode == "sync":
        with aiplane.Client(**options) as client:
            method = client.data.create_chat_completion_stream
            with method("d", messages=messages, keep_events=True) as chunks:
                list(chunks)
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            amethod = aclient.data.create_chat_completion_stream
            async with amethod("d", messages=messages, keep_events=True) as achunks:
                [c async for c in achunks]


async def test_plane_methods_take_keep_events(mode: str) -> None:
    """client.data.create_chat_completion_stream(..., keep_events=True) keeps the chunks."""
    mock = httpx.MockTransport(lambda request: sse(BODY[:3], error=CUT))
    options: dict[str, Any] = {
        "data_url": "http://data.test",
        "data_auth": aiplane.APIKeyAuth(TEST_API_KEY),
        "pool": aiplane.ConnectionPool(transport=mock, async_transport=mock),
    }
    with pytest.raises(errors.StreamInterrupted) as caught:
        await read_by_method(mode, options)
    assert caught.value.events is not None and len(caught.value.events) == 3
