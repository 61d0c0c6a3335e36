"""Chaos for streams (issue 13 point 3): chat and run-event streams cut or stalled at random
points. Every round is seeded and, in ``make soak`` (tools/chaos.py), repeated many more
times with its outcome tallied (tests/chaos.py); after every round no connection is checked
out of the client's pool. Downloads and uploads: tests/test_chaos_transfers.py."""

from __future__ import annotations

import random
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from aiplane_mock import MockServer, ScriptedEvent
from tests.chaos import (
    CHAOS,
    ROUNDS,
    after_round,
    cause_chain,
    chaos_server,
    connected,
    raw_event_ends,
    rng,
    rounds,
)
from tests.mock_helpers import API_KEY
from tests.stream_helpers import chat_body, read_all

pytestmark = pytest.mark.anyio

server = pytest.fixture(chaos_server, scope="module", name="server")


@pytest.fixture
def deployment(server: MockServer) -> str:
    server.control.reset()
    return server.control.create_deployment(display_name="chaos")


def _cut_point(random_: random.Random, ends: list[int], number: int) -> int:
    """Every third cut exactly at an event's end, every third one byte before it, the rest
    anywhere in the body or just past it (no cut)."""
    end = random_.choice(ends)
    return (end, end - 1, random_.randint(1, ends[-1] + 1))[number % 3]


async def _chat_outcome(mode: str, client: Any, deployment: str) -> tuple[str, list[Any]]:
    """How one chat stream ended: ``completed`` or the typed error's class, and its chunks."""
    try:
        got = await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
    except errors.StreamInterrupted as interrupted:
        return "StreamInterrupted", list(interrupted.events)
    except errors.AiplaneError as error:
        return type(error).__name__, []
    return "completed", got


def _choices(chunks: list[Any]) -> list[Any]:
    return [chunk.to_dict()["choices"] for chunk in chunks]


async def test_chat_streams_cut_at_random_points(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A chat stream cut at a random byte raises StreamInterrupted with exactly the chunks
    whose event ended before the cut, OutcomeUnknown when none did, and completes when
    [DONE] arrived whole."""
    random_ = rng(31)
    ends = raw_event_ends(server, deployment)
    async with connected(mode, server) as client:
        whole = await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
        assert len(whole) == len(ends) - 1  # every event but [DONE] is a chunk
        for number in range(rounds(ROUNDS)):
            cut = _cut_point(random_, ends, number)
            server.control.inject("cut_stream", "createChatCompletion", after_bytes=cut)
            outcome, got = await _chat_outcome(mode, client, deployment)
            server.control.clear_faults()
            complete = sum(end <= cut for end in ends[:-1])
            expected = "completed" if cut >= ends[-1] else "StreamInterrupted"
            expected = expected if complete else "OutcomeUnknown"
            CHAOS.tally(f"chat_cut/outcome:{outcome}")
            CHAOS.tally("chat_cut/chunks_expected", complete)
            CHAOS.tally("chat_cut/chunks_delivered", len(got))
            CHAOS.tally("chat_cut/as_expected", (outcome, len(got)) == (expected, complete))
            assert (outcome, len(got)) == (expected, complete), f"cut at byte {cut}"
            assert _choices(got) == _choices(whole[: len(got)])
            after_round(client)


async def test_chat_streams_stalled_at_random_points(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A chat stream that stalls after k chunks ends with a typed error by its idle timeout."""
    random_ = rng(32)
    async with connected(mode, server) as client:
        for _ in range(rounds(4)):
            stall = random_.randint(1, 4)
            server.control.script_chat(
                deployment, "a b c d e f g h", stall_after=stall, stall_for=2
            )
            with pytest.raises((errors.StreamInterrupted, errors.Timeout)) as caught:
                await read_all(
                    mode, create_chat_completion, client, deployment, body=chat_body(),
                    idle_timeout=0.2,
                )  # fmt: skip
            CHAOS.tally(f"chat_stall/outcome:{type(caught.value).__name__}")
            if isinstance(caught.value, errors.StreamInterrupted):
                CHAOS.tally("chat_stall/chunks_delivered", len(caught.value.events))
                assert 0 < len(caught.value.events) <= stall + 1
            after_round(client)


def _event_streams(server: MockServer) -> int:
    """How many run-event streams the mock has served (its request log is not full)."""
    records = server.control.requests()
    assert len(records) < server.control.request_log_size
    return sum(r.operation_id == "getRunEvents" for r in records)


def tally_events(name: str, whole: list[Any], got: list[Any]) -> None:
    """Count a run-event read against the whole stream: events, duplicates, missing ones."""
    seen, wanted = [e.sequence for e in got], [e.sequence for e in whole]
    CHAOS.tally(f"{name}/rounds")
    CHAOS.tally(f"{name}/events_expected", len(whole))
    CHAOS.tally(f"{name}/events_delivered", len(got))
    CHAOS.tally(f"{name}/duplicates", len(seen) - len(set(seen)))
    CHAOS.tally(f"{name}/missing", len(set(wanted) - set(seen)))
    CHAOS.tally(f"{name}/out_of_order", seen != sorted(seen))


async def test_run_events_cut_at_random_points_arrive_complete(
    mode: str, server: MockServer, deployment: str
) -> None:
    """Run events cut at random points (several times in one read) arrive complete and
    unduplicated: the SDK resumes from Last-Event-ID."""
    random_ = rng(33)
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        future = aiplane.submit_run(c, deployment, args={"q": 1})
        future.result(timeout=30)
    async with connected(mode, server) as client:
        whole = await read_all(mode, get_run_events, client, future.id)
        for _ in range(rounds(ROUNDS)):
            cuts = random_.randint(1, 3)
            at = random_.randint(1, max(1, len(whole) - 1))
            server.control.inject("cut_stream", "getRunEvents", after_events=at, count=cuts)
            before = _event_streams(server)
            got = await read_all(mode, get_run_events, client, future.id)
            CHAOS.tally("run_cut/cut_points", cuts)
            CHAOS.tally("run_cut/reconnects", _event_streams(server) - before - 1)
            tally_events("run_cut", whole, got)
            assert [e.to_dict() for e in got] == [e.to_dict() for e in whole]
            server.control.clear_faults()
            after_round(client)


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


async def _stalled_run(mode: str, server: MockServer, random_: random.Random) -> None:
    """One live run whose events come at random moments up to ~0.9 s apart, read with a
    0.1 s idle bound, then read again once the run is over: the two reads must agree."""
    server.control.reset()
    deployment = server.control.create_deployment(display_name="chaos")
    moments = sorted(random_.uniform(0.05, 0.9) for _ in range(4))
    events = [ScriptedEvent(at, "output", {"text": f"part {n}"}) for n, at in enumerate(moments)]
    server.control.script_run(deployment, {"ok": True}, events=events, queued_for=0, running_for=1)
    server.control.set_speed(1.0)  # real time: gaps of up to ~0.5 s against a 0.1 s idle bound
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        run_id = aiplane.submit_run(c, deployment, args={"q": 1}).id
    async with connected(mode, server) as client:
        got = await read_all(mode, get_run_events, client, run_id, idle_timeout=0.1)
        after_round(client)
        whole = await read_all(mode, get_run_events, client, run_id)
    streams = [r for r in server.control.requests() if r.path.endswith("/events")]
    CHAOS.tally("run_stall/reconnects", len(streams) - 2)
    tally_events("run_stall", whole, got)
    assert [e.sequence for e in got] == list(range(1, len(got) + 1))
    assert [e.to_dict() for e in got] == [e.to_dict() for e in whole]
    assert [e.to_dict().get("text") for e in got if str(e.type_) == "output"] == [
        f"part {n}" for n in range(4)
    ]
    assert str(got[-1].type_) == "done"
    assert len(streams) > 2  # it did stall and reconnect


async def test_run_events_stalled_between_events_arrive_complete(
    mode: str, server: MockServer
) -> None:
    """A live run's event stream that stalls longer than idle_timeout between events
    reconnects from Last-Event-ID: every event arrives once, in order, ending with done."""
    random_ = rng(36)
    try:
        for _ in range(rounds(1)):
            await _stalled_run(mode, server, random_)
    finally:
        server.control.reset()
