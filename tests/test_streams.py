"""aiplane.stream / astream against the running mock: chat chunks and run events, faults."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import create_run, get_run_events
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk
from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails
from aiplane_data.models.run_event import RunEvent
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving
from tests.stream_helpers import chat_body, read_all

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def deployment(server: MockServer) -> str:
    server.control.reset()
    return server.control.create_deployment(display_name="bot")


@asynccontextmanager
async def connected(mode: str, server: MockServer) -> AsyncIterator[Any]:
    """A data-plane client with API-key auth: aiplane.Client (sync) or AsyncClient."""
    options: dict[str, Any] = {
        "data_url": server.data_url,
        "data_auth": aiplane.APIKeyAuth(API_KEY),
    }
    if mode == "sync":
        with aiplane.Client(**options) as client:
            yield client
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            yield aclient


def new_run(server: MockServer, deployment: str) -> str:
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        body = CreateRunWithArgsDetails.from_dict({"args": {"q": 1}})
        return aiplane.call(create_run, c, deployment, body=body).id


async def test_chat_stream_gives_typed_chunks_ending_with_usage(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A streamed chat answer arrives as ChatCompletionChunk events, usage last."""
    body = chat_body(stream_options={"include_usage": True})
    async with connected(mode, server) as client:
        chunks = await read_all(mode, create_chat_completion, client, deployment, body=body)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert chunks[-1].choices == []
    assert chunks[-1].usage.total_tokens > 0
    text = "".join(c.choices[0].delta.content or "" for c in chunks[:-1] if c.choices)
    assert text.startswith('You said "Do you repair carbon frames?"')


async def test_folded_stream_equals_the_json_answer(
    mode: str, server: MockServer, deployment: str
) -> None:
    """fold() of a stream gives the choices the same request returns as JSON (n=2)."""
    body = chat_body(n=2, seed=3)
    async with connected(mode, server) as client:
        chunks = await read_all(mode, create_chat_completion, client, deployment, body=body)
        whole = await _call(mode, client, deployment, chat_body(n=2, seed=3))
    folded = aiplane.chat.fold(chunks)
    assert [c.to_dict() for c in folded.choices] == [
        {**c.to_dict(), "logprobs": None} for c in whole.choices
    ]


async def _call(mode: str, client: Any, deployment: str, body: Any) -> Any:
    if mode == "sync":
        return aiplane.call(create_chat_completion, client, deployment, body=body)
    return await aiplane.acall(create_chat_completion, client, deployment, body=body)


async def test_run_events_arrive_typed_until_done(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A run's events are RunEvent models numbered from 1, the last one done."""
    run_id = new_run(server, deployment)
    async with connected(mode, server) as client:
        events = await read_all(mode, get_run_events, client, run_id)
    assert all(isinstance(e, RunEvent) for e in events)
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert str(events[-1].type_) == "done"


async def test_cut_run_events_stream_resumes_without_loss_or_duplicate(
    mode: str, server: MockServer, deployment: str
) -> None:
    """The mock cuts the event stream after 2 events: the SDK resumes from Last-Event-ID."""
    run_id = new_run(server, deployment)
    async with connected(mode, server) as client:
        expected = await read_all(mode, get_run_events, client, run_id)
        server.control.inject("cut_stream", route="getRunEvents", after_events=2)
        events = await read_all(mode, get_run_events, client, run_id)
    assert [e.to_dict() for e in events] == [e.to_dict() for e in expected]
    sent = [r for r in server.control.requests() if r.path.endswith("/events")]
    assert len(sent) == 3


async def test_cut_chat_stream_raises_stream_interrupted_with_the_chunks(
    mode: str, server: MockServer, deployment: str
) -> None:
    """The mock cuts a chat stream after 3 chunks: StreamInterrupted counts them and, with
    keep_events=True, carries those 3."""
    server.control.inject("cut_stream", route="createChatCompletion", after_events=3)
    body = chat_body()
    async with connected(mode, server) as client:
        with pytest.raises(errors.StreamInterrupted) as caught:
            await read_all(
                mode, create_chat_completion, client, deployment, body=body, keep_events=True
            )
    assert caught.value.received == 3 and caught.value.events is not None
    assert len(caught.value.events) == 3
    assert all(isinstance(c, ChatCompletionChunk) for c in caught.value.events)
    assert caught.value.events[0].choices[0].delta.role is not None


async def test_latency_before_the_stream_is_not_an_idle_timeout(
    mode: str, server: MockServer, deployment: str
) -> None:
    """Latency before the headers is bounded by the read timeout, not idle_timeout."""
    server.control.inject("latency", route="createChatCompletion", delay=0.3)
    async with connected(mode, server) as client:
        chunks = await read_all(
            mode, create_chat_completion, client, deployment, body=chat_body(), idle_timeout=0.2
        )
    assert chunks
