"""Chaos for streams and transfers (issue 13 point 3): chat and run-event streams cut or
stalled at random points, downloads cut at random offsets, uploads broken mid-body. Every
round is seeded; afterwards no connection is checked out of the client's pool."""

from __future__ import annotations

import hashlib
import random
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from aiplane_mock import MockServer, ScriptedEvent
from aiplane_mock.app import runtime_of
from tests.mock_helpers import API_KEY, serving
from tests.soak import checked_out
from tests.stream_helpers import chat_body, read_all

pytestmark = pytest.mark.anyio

ROUNDS = 12


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def deployment(server: MockServer) -> str:
    server.control.reset()
    return server.control.create_deployment(display_name="chaos")


@asynccontextmanager
async def connected(mode: str, server: MockServer, **extra: Any) -> AsyncIterator[Any]:
    """A data-plane client (sync or async); on leaving, its pool must have nothing out."""
    options: dict[str, Any] = {
        "data_url": server.data_url,
        "data_auth": aiplane.APIKeyAuth(API_KEY),
        "retry": aiplane.RetryPolicy(backoff_base=0.01, backoff_cap=0.05),
        **extra,
    }
    if mode == "sync":
        with aiplane.Client(**options) as client:
            yield client
            assert checked_out(client.pool.sync.inner._pool) == 0  # type: ignore[attr-defined]
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            yield aclient
            assert checked_out(aclient.pool.async_.inner._pool) == 0  # type: ignore[attr-defined]


async def test_chat_streams_cut_at_random_points(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A chat stream cut after k events raises StreamInterrupted with exactly the k chunks
    received (or completes when k is past its end)."""
    rng = random.Random(31)
    async with connected(mode, server) as client:
        whole = await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
        for _ in range(ROUNDS):
            cut = rng.randint(1, len(whole) + 1)
            server.control.inject("cut_stream", "createChatCompletion", after_events=cut)
            try:
                got = await read_all(
                    mode, create_chat_completion, client, deployment, body=chat_body()
                )
            except errors.StreamInterrupted as interrupted:
                got = interrupted.events
                assert len(got) == cut
            else:
                assert len(got) == len(whole) and cut >= len(whole)
            assert [c.to_dict()["choices"] for c in got] == [
                c.to_dict()["choices"] for c in whole[: len(got)]
            ]
            server.control.clear_faults()


async def test_chat_streams_stalled_at_random_points(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A chat stream that stalls after k chunks ends with a typed error by its idle timeout."""
    rng = random.Random(32)
    async with connected(mode, server) as client:
        for _ in range(4):
            stall = rng.randint(1, 4)
            server.control.script_chat(
                deployment, "a b c d e f g h", stall_after=stall, stall_for=2
            )
            with pytest.raises((errors.StreamInterrupted, errors.Timeout)) as caught:
                await read_all(
                    mode, create_chat_completion, client, deployment, body=chat_body(),
                    idle_timeout=0.2,
                )  # fmt: skip
            if isinstance(caught.value, errors.StreamInterrupted):
                assert 0 < len(caught.value.events) <= stall + 1


async def test_run_events_cut_at_random_points_arrive_complete(
    mode: str, server: MockServer, deployment: str
) -> None:
    """Run events cut at random points (several times in one read) arrive complete and
    unduplicated: the SDK resumes from Last-Event-ID."""
    rng = random.Random(33)
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        future = aiplane.submit_run(c, deployment, args={"q": 1})
        future.result(timeout=30)
    async with connected(mode, server) as client:
        whole = await read_all(mode, get_run_events, client, future.id)
        for _ in range(ROUNDS):
            cuts = rng.randint(1, 3)
            at = rng.randint(1, max(1, len(whole) - 1))
            server.control.inject("cut_stream", "getRunEvents", after_events=at, count=cuts)
            got = await read_all(mode, get_run_events, client, future.id)
            assert [e.to_dict() for e in got] == [e.to_dict() for e in whole]
            server.control.clear_faults()


async def test_downloads_cut_at_random_offsets_resume_byte_exact(
    mode: str, server: MockServer, deployment: str, tmp_path: Path
) -> None:
    """A download cut at random offsets resumes to the same SHA-256; no .part file is left."""
    rng = random.Random(34)
    data = rng.randbytes(300_000)
    async with connected(mode, server) as client:
        home = aiplane.files.my_files_home(client) if mode == "sync" else None
        home = home or await aiplane.files.amy_files_home(client)
        url = home / "chaos/blob.bin"
        await _upload(mode, client, url, data)
        for number in range(ROUNDS):
            offset = rng.randint(1, len(data) - 1)
            server.control.inject("cut_stream", "downloadFile", after_bytes=offset)
            target = tmp_path / f"copy-{number}.bin"
            if mode == "sync":
                aiplane.files.download(client, url, target)
            else:
                await aiplane.files.adownload(client, url, target)
            assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(data).digest()
            server.control.clear_faults()
    assert names_in(tmp_path) == sorted(f"copy-{n}.bin" for n in range(ROUNDS))  # no .part


def names_in(folder: Path) -> list[str]:
    """The sorted names of the entries of ``folder``."""
    return sorted(p.name for p in folder.iterdir())


async def _upload(mode: str, client: Any, url: Any, source: Any) -> Any:
    if mode == "sync":
        return aiplane.files.upload(client, url, source)
    return await aiplane.files.aupload(client, url, source)


class Breaking:
    """A binary source that fails after ``limit`` bytes (a disk or network error mid-body)."""

    def __init__(self, data: bytes, limit: int) -> None:
        self.data, self.limit, self.pos = data, limit, 0

    def read(self, size: int = -1) -> bytes:
        if self.pos >= self.limit:
            raise OSError("source broke mid-body")
        size = len(self.data) if size < 0 else size
        chunk = self.data[self.pos : min(self.pos + size, self.limit)]
        self.pos += len(chunk)
        return chunk


def folder_names(server: MockServer, folder: str) -> list[str]:
    """The names in a folder of the test bucket (none when the folder does not exist)."""
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        try:
            url = aiplane.files.my_files_home(c) / folder
            return [str(item.name) for item in aiplane.files.list_folder(c, url)]
        except errors.NotFound:
            return []


async def test_uploads_broken_mid_body_leave_no_file(mode: str, server: MockServer) -> None:
    """An upload whose body breaks mid-way raises, and the server keeps no partial file."""
    server.control.reset()
    rng = random.Random(35)
    data = rng.randbytes(200_000)
    async with connected(mode, server) as client:
        home = aiplane.files.my_files_home(client) if mode == "sync" else None
        home = home or await aiplane.files.amy_files_home(client)
        for number in range(ROUNDS // 2):
            url = home / f"chaos/broken-{number}.bin"
            with pytest.raises((OSError, errors.AiplaneError)):
                await _upload(mode, client, url, Breaking(data, rng.randint(1, len(data) - 1)))
        for number in range(ROUNDS // 2):
            server.control.inject("drop_before", "uploadFile", count=None)
            url = home / f"chaos/dropped-{number}.bin"
            with pytest.raises(errors.AiplaneError):
                await _upload(mode, client, url, data)
            server.control.clear_faults()
    assert folder_names(server, "chaos/") == []
    assert names_in(runtime_of(server.app).files.directory) == []  # no partial blob either


async def test_chat_stream_cut_before_its_first_event_is_outcome_unknown(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A chat stream cut after its headers but before its first event (the chat was
    processed, and is not sent again) raises OutcomeUnknown, as the same cut of a chat
    answer does."""
    server.control.inject("cut_stream", "createChatCompletion", after_bytes=10, count=None)
    async with connected(mode, server) as client:
        with pytest.raises(errors.OutcomeUnknown):
            await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
        with pytest.raises(errors.OutcomeUnknown):
            await _chat(mode, client, deployment)
    server.control.clear_faults()
    chats = [r for r in server.control.requests() if r.operation_id == "createChatCompletion"]
    assert len(chats) == 2  # neither was sent twice


async def _chat(mode: str, client: Any, deployment: str) -> Any:
    if mode == "sync":
        return aiplane.call(create_chat_completion, client, deployment, body=chat_body())
    return await aiplane.acall(create_chat_completion, client, deployment, body=chat_body())


def cause_chain(error: BaseException) -> list[BaseException]:
    """``error`` and its causes, stopping at the first one seen twice (a cycle)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__
    assert current is None, f"{type(current).__name__} is its own cause (a cycle)"
    return chain


@pytest.mark.parametrize(
    ("kind", "options", "expected"),
    [
        ("drop_after", {}, errors.OutcomeUnknown),
        ("cut_stream", {"after_events": 2}, errors.StreamInterrupted),
    ],
)
async def test_broken_chat_streams_have_an_acyclic_cause_chain(
    mode: str,
    server: MockServer,
    deployment: str,
    kind: str,
    options: dict[str, Any],
    expected: type[Exception],
) -> None:
    """A broken chat stream's error chain ends at the transport error, never at itself."""
    server.control.inject(kind, "createChatCompletion", count=None, **options)
    async with connected(mode, server) as client:
        with pytest.raises(expected) as caught:
            await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
    server.control.clear_faults()
    chain = cause_chain(caught.value)
    assert not isinstance(chain[-1], errors.AiplaneError)  # the root is httpx's error


async def test_run_events_stalled_between_events_arrive_complete(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A live run's event stream that stalls longer than idle_timeout between events
    reconnects from Last-Event-ID: every event arrives once, in order, ending with done."""
    rng = random.Random(36)
    moments = sorted(rng.uniform(0.05, 0.9) for _ in range(4))
    events = [ScriptedEvent(at, "output", {"text": f"part {n}"}) for n, at in enumerate(moments)]
    server.control.script_run(deployment, {"ok": True}, events=events, queued_for=0, running_for=1)
    server.control.set_speed(1.0)  # real time: gaps of up to ~0.5 s against a 0.1 s idle bound
    try:
        with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
            run_id = aiplane.submit_run(c, deployment, args={"q": 1}).id
        async with connected(mode, server) as client:
            got = await read_all(mode, get_run_events, client, run_id, idle_timeout=0.1)
        streams = [r for r in server.control.requests() if r.path.endswith("/events")]
    finally:
        server.control.reset()
    assert [e.sequence for e in got] == list(range(1, len(got) + 1))
    assert [e.to_dict().get("text") for e in got if str(e.type_) == "output"] == [
        f"part {n}" for n in range(4)
    ]
    assert str(got[-1].type_) == "done"
    assert len(streams) > 1  # it did stall and reconnect
