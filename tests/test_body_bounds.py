"""A call's success body is read to JSON_BODY_LIMIT whatever content type the server claims,
holding about one limit of memory (issue 13, point 2: found by the hostile-response suite)."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._sending import JSON_BODY_LIMIT
from aiplane_management.api.model import get_model
from tests.conftest import FakeTime
from tests.test_call import MODEL, client_for, do_call

pytestmark = pytest.mark.anyio
MiB = 1 << 20


class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of 1 MiB chunks (each a new object, as a network gives), far past the limit
    but finite, so that a runtime without the bound ends and fails the assertions."""

    def __init__(self, chunks: int = JSON_BODY_LIMIT // MiB + 16) -> None:
        self.chunks = chunks
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += MiB
            yield b"x" * MiB

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


async def _peak_of_call(mode: str, fake_time: FakeTime, ctype: str, body: Endless) -> int:
    headers = {"content-type": ctype} if ctype else {}
    client = client_for(
        lambda r: httpx.Response(200, headers=headers, stream=body),
        fake_time,
        retry=aiplane.RetryPolicy.none(),
    )
    tracemalloc.start()
    try:
        with pytest.raises(errors.ResponseValidationError, match="larger than"):
            await do_call(mode, get_model, client, MODEL["id"])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "ctype", ["text/html", "application/octet-stream", "text/event-stream", ""]
)
async def test_success_body_of_any_type_is_read_to_the_limit(
    mode: str, fake_time: FakeTime, ctype: str
) -> None:
    """A 2xx body that claims not to be JSON is still read to at most JSON_BODY_LIMIT (plus
    one chunk): more is ResponseValidationError, not the whole body read into memory."""
    body = Endless()
    await _peak_of_call(mode, fake_time, ctype, body)
    assert body.pulled <= JSON_BODY_LIMIT + MiB


async def test_body_past_the_limit_holds_about_one_limit(mode: str, fake_time: FakeTime) -> None:
    """Refusing a JSON body past the limit holds its chunks once, never a joined copy too."""
    peak = await _peak_of_call(mode, fake_time, "application/json", Endless())
    assert peak < 1.25 * JSON_BODY_LIMIT
