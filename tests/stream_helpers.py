"""Helpers for the stream tests: streams read in sync or async mode, scripted SSE bodies."""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import anyio
import httpx

import aiplane
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest

PROMPT = "Do you repair carbon frames?"


def chat_body(**extra: Any) -> CreateChatCompletionRequest:
    """A chat request body (the stream field is left for aiplane.stream to set)."""
    return CreateChatCompletionRequest.from_dict(
        {"messages": [{"role": "user", "content": PROMPT}], **extra}
    )


async def read_all(mode: str, op: Any, client: Any, *args: Any, **params: Any) -> list[Any]:
    """Every event of a stream, read with aiplane.stream (sync) or aiplane.astream (async)."""
    if mode == "sync":
        with aiplane.stream(op, client, *args, **params) as events:
            return list(events)
    async with aiplane.astream(op, client, *args, **params) as aevents:
        return [event async for event in aevents]


def read_blocking(mode: str, op: Any, client: Any, *args: Any, **params: Any) -> list[Any]:
    """:func:`read_all` from a plain function (no event loop for the sync mode)."""
    if mode == "sync":
        with aiplane.stream(op, client, *args, **params) as events:
            return list(events)
    return anyio.run(functools.partial(read_all, mode, op, client, *args, **params))


def chat_chunk(text: str, finish: str | None = None, event_id: str | None = None) -> bytes:
    """One chat chunk's SSE block carrying ``text`` (with an ``id:`` line when given)."""
    data = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}],
    }
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}data: {json.dumps(data)}\n\n".encode()


def run_event(number: int, kind: str = "progress") -> bytes:
    """Run event ``number``'s SSE block, with its id."""
    data = {"type": kind, "runId": "r", "sequence": number, "time": "2025-04-01T10:00:00Z"}
    return f"id: {number}\nevent: {kind}\ndata: {json.dumps(data)}\n\n".encode()


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent as the given chunks (for sync and async clients)."""

    def __init__(self, chunks: Sequence[bytes], error: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error


def sse(
    chunks: Sequence[bytes], error: Exception | None = None, status: int = 200
) -> httpx.Response:
    """An event-stream response of ``chunks``, optionally failing after them."""
    return httpx.Response(
        status, headers={"content-type": "text/event-stream"}, stream=Chunks(chunks, error)
    )
