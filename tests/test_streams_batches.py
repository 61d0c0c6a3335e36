"""Several events in one network read: handed over in order, and before whatever ends the
stream in that read ([DONE], an error object, data that does not match the spec)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from tests.conftest import TEST_API_KEY
from tests.stream_helpers import chat_body, run_event, sse
from tests.stream_helpers import chat_chunk as chunk

pytestmark = pytest.mark.anyio

DONE = b"data: [DONE]\n\n"
OVERLOADED = b'data: {"error": {"code": "overloaded", "message": "busy"}}\n\n'


async def read_until_error(
    mode: str, reads: list[bytes], op: Any, *args: Any, **params: Any
) -> tuple[list[Any], Exception | None]:
    """The events a stream answered with ``reads`` hands over, and the error that ended it."""
    mock = httpx.MockTransport(lambda request: sse(reads))
    pool = aiplane.ConnectionPool(transport=mock, async_transport=mock)
    auth = aiplane.APIKeyAuth(TEST_API_KEY)
    got: list[Any] = []
    with aiplane.Client(data_url="http://data.test", data_auth=auth, pool=pool) as client:
        try:
            if mode == "sync":
                with aiplane.stream(op, client, *args, **params) as events:
                    got.extend(events)
            else:
                async with aiplane.astream(op, client, *args, **params) as aevents:
                    async for event in aevents:
                        got.append(event)
        except errors.AiplaneError as exc:
            return got, exc
    return got, None


def contents(events: list[Any]) -> list[str]:
    return [e.choices[0].delta.content for e in events]


async def test_events_and_done_in_one_read(mode: str) -> None:
    """A read holding two chunks, [DONE] and one more: the two, in order, and nothing after."""
    reads = [chunk("a") + chunk("b") + DONE + chunk("after")]
    got, error = await read_until_error(mode, reads, create_chat_completion, "d", body=chat_body())
    assert (contents(got), error) == (["a", "b"], None)


async def test_events_before_an_error_object_in_the_same_read_come_first(mode: str) -> None:
    """Chunks then an error object in one read: the chunks are handed over, then RateLimited."""
    reads = [chunk("x"), chunk("a") + chunk("b") + OVERLOADED + chunk("after")]
    got, error = await read_until_error(mode, reads, create_chat_completion, "d", body=chat_body())
    assert contents(got) == ["x", "a", "b"]
    assert isinstance(error, errors.RateLimited)


async def test_events_before_bad_data_in_the_same_read_come_first(mode: str) -> None:
    """A chunk then data that is not JSON in one read: the chunk, then ResponseValidationError."""
    reads = [chunk("a") + b"data: {not json\n\n" + chunk("after")]
    got, error = await read_until_error(mode, reads, create_chat_completion, "d", body=chat_body())
    assert contents(got) == ["a"]
    assert isinstance(error, errors.ResponseValidationError)


async def test_a_stream_cut_into_single_bytes_gives_the_same_events(mode: str) -> None:
    """Run events sent one byte a read arrive whole and in order, their last id kept."""
    body = b"".join(run_event(n) for n in range(1, 6))
    reads = [body[i : i + 1] for i in range(len(body))]
    got, error = await read_until_error(mode, reads, get_run_events, "r")
    assert error is None
    assert [e.sequence for e in got] == [1, 2, 3, 4, 5]
