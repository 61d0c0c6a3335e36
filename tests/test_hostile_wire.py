"""Hostile responses over a real socket (tests/raw_server.py), for get_model, a chat stream
and run events, sync and async: interim 1xx responses before the answer, 101 and 3xx, an
interim response and nothing more, latin-1, UTF-8, 64 KiB and 1 MiB header values, thousands
of headers, bytes dripping one at a time, a stream that drips without ever ending an event,
and an event id that cannot be sent back. Each ends typed, in bounded memory (issue 13,
point 2)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk
from aiplane_data.models.run_event import RunEvent
from aiplane_management.api.model import get_model
from aiplane_management.models.model import Model
from tests.conftest import TEST_API_KEY, FakeTime
from tests.fuzz_scale import tally
from tests.hostile_harness import BASE, HEADER_COPIES, KiB, MiB, check_memory, count_kinds, measured
from tests.hostile_sse import CHAT, RUN_EVENT
from tests.raw_server import Piece, RawServer, chunked, response, serving
from tests.stream_helpers import chat_body, read_blocking
from tests.test_call import MODEL

Headers = list[tuple[bytes, bytes]]
IDLE = 0.1  # the idle timeout of the stream that drips without ending an event
SSE = [(b"content-type", b"text/event-stream"), (b"transfer-encoding", b"chunked")]


def body_of(op: str) -> tuple[Headers, bytes]:
    """The headers and body of a good answer of ``op``."""
    if op == "get":
        json_headers = [(b"content-type", b"application/json"), SSE[1]]
        return json_headers, chunked(json.dumps(MODEL).encode())
    data = json.dumps(CHAT if op == "chat" else {**RUN_EVENT, "type": "done"}).encode()
    return SSE, chunked(b"id: 1\ndata: " + data + b"\n\n")


def answer(op: str, extra: Headers = ()) -> bytes:  # type: ignore[assignment]
    headers, body = body_of(op)
    return response(200, [*headers, *extra, (b"connection", b"close")], body)


def interim(*statuses: int) -> bytes:
    return b"".join(response(s, [(b"link", b"</x.css>; rel=preload")]) for s in statuses)


def dripped(data: bytes, gap: float) -> list[Piece]:
    """``data`` a byte at a time (its first 100 bytes; the rest at once), ``gap`` apart."""
    return [(data[i : i + 1], gap) for i in range(min(len(data), 100))] + [(data[100:], 0.0)]


def cut_after_odd_id(op: str) -> bytes:
    """An event whose id holds a control character, then the body cut mid-chunk."""
    data = json.dumps(RUN_EVENT).encode()
    event = b"id: a\x01b\ndata: " + data + b"\n\n"
    return response(200, SSE, chunked(event, end=False))


OK, TRANSPORT = "typed result", errors.TransportError
# name -> (what the server sends for an op, the expected outcome, kinds for the tally)
CASES: dict[str, tuple[Callable[[str], list[Piece]], Any, list[str]]] = {
    "100 Continue first": (lambda op: [(interim(100) + answer(op), 0)], OK, ["1xx status"]),
    "103 Early Hints first": (lambda op: [(interim(103) + answer(op), 0)], OK, ["1xx status"]),
    "three interim answers": (
        lambda op: [(interim(100, 103, 103) + answer(op), 0)],
        OK,
        ["1xx status"],
    ),
    "101 Switching Protocols": (
        lambda op: [(response(101, [(b"upgrade", b"h2c"), (b"connection", b"upgrade")]), 0)],
        TRANSPORT,  # h11: a switch nobody asked for is a protocol error
        ["1xx status"],
    ),
    "an interim answer, then nothing": (lambda op: [(interim(103), 0)], TRANSPORT, ["1xx status"]),
    "301 Moved Permanently": (
        lambda op: [(response(301, [(b"location", b"http://elsewhere.test/")]), 0)],
        errors.Redirect,
        ["3xx status"],
    ),
    "latin-1 header value": (
        lambda op: [(answer(op, [(b"x-note", b"caf\xe9 \xff")]), 0)],
        OK,
        ["non-ASCII header value"],
    ),
    "UTF-8 header value": (
        lambda op: [(answer(op, [(b"x-note", "中文 é ☕".encode())]), 0)],
        OK,
        ["non-ASCII header value"],
    ),
    "64 KiB header value": (
        lambda op: [(answer(op, [(b"opc-request-id", b"r" * 64 * KiB)]), 0)],
        OK,
        ["oversized header value (64 KiB+)"],
    ),
    "1 MiB header value": (
        lambda op: [(answer(op, [(b"x-big", "é".encode() * (MiB // 2))]), 0)],
        TRANSPORT,
        ["oversized header value (64 KiB+)"],
    ),
    "1,000 headers": (
        lambda op: [(answer(op, [(b"x-%d" % i, b"v") for i in range(1000)]), 0)],
        OK,
        ["many headers (1,000+)"],
    ),
    "20,000 headers": (
        lambda op: [(answer(op, [(b"x-%d" % i, b"v") for i in range(20000)]), 0)],
        TRANSPORT,
        ["many headers (1,000+)"],
    ),
    "a byte at a time": (lambda op: dripped(answer(op), 0.0005), OK, ["slow drip"]),
}
STREAM_CASES: dict[str, tuple[Callable[[str], list[Piece]], Any, list[str]]] = {
    "an event that drips and never ends": (
        lambda op: [(response(200, SSE), 0)] + [(b"1\r\nx\r\n", 0.01)] * 30,
        errors.TransportError,  # the idle timeout (IDLE), or the cut when the drip stops
        ["slow drip", "endless data lines of one event"],
    ),
}
EVENT_CASES: dict[str, tuple[Callable[[str], list[Piece]], Any, list[str]]] = {
    "an event id with a control character, then a cut": (
        lambda op: [(cut_after_odd_id(op), 0)],
        errors.StreamInterrupted,
        ["drop", "unknown event name and fields"],
    ),
}
ALL = [(name, op) for name in CASES for op in ("get", "chat", "events")]
ALL += [(name, op) for name in STREAM_CASES for op in ("chat", "events")]
ALL += [(name, "events") for name in EVENT_CASES]


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    yield from serving()


@contextmanager
def client_for(server: RawServer) -> Iterator[aiplane.Client]:
    """A client of its own (its own breaker and retry budget) for each case, over plain
    HTTP: verify=False spares loading the CA bundle (twice, about 150 ms a client)."""
    pool = aiplane.ConnectionPool(verify=False)
    fake = FakeTime()
    try:
        with aiplane.Client(
            management_url=server.url,
            data_url=server.url,
            data_auth=aiplane.APIKeyAuth(TEST_API_KEY),
            pool=pool,
            retry=aiplane.RetryPolicy(max_attempts=2, deadline=30),
            sleep=fake.sleep,
            async_sleep=fake.async_sleep,
            clock=fake.clock,
        ) as client:
            yield client
    finally:
        pool.close()


@pytest.fixture(scope="module", autouse=True)
def _warm_up(server: RawServer) -> None:
    """One good answer per mode and operation, untraced: lazy imports happen outside the
    measured cases."""
    for op in ("get", "chat", "events"):
        server.script = lambda head, op=op: [(answer(op), 0.0)]  # type: ignore[misc]
        for mode in ("sync", "async"):
            with client_for(server) as client:
                assert typed(op, run(mode, op, client))


def run(mode: str, op: str, client: aiplane.Client, idle: float = 60.0) -> Any:
    """The outcome of ``op``: a model, a list of events (or the exception, raised)."""
    if op == "get":
        if mode == "sync":
            return aiplane.call(get_model, client, MODEL["id"], timeout=5)
        return anyio.run(lambda: aiplane.acall(get_model, client, MODEL["id"], timeout=5))
    target, args = (create_chat_completion, ("d",)) if op == "chat" else (get_run_events, ("r",))
    kw: dict[str, Any] = {"idle_timeout": idle, "timeout": 5}
    if op == "chat":
        kw["body"] = chat_body()
    return read_blocking(mode, target, client, *args, **kw)


def typed(op: str, outcome: Any) -> bool:
    if op == "get":
        return isinstance(outcome, Model)
    kind = ChatCompletionChunk if op == "chat" else RunEvent
    return isinstance(outcome, list) and len(outcome) == 1 and isinstance(outcome[0], kind)


@pytest.mark.parametrize(("name", "op"), ALL)
def test_hostile_wire_responses_end_typed(mode: str, server: RawServer, name: str, op: str) -> None:
    """A hostile answer over a real socket ends as its expected typed outcome."""
    script, expected, kinds = {**CASES, **STREAM_CASES, **EVENT_CASES}[name]
    pieces = script(op)
    server.script = lambda head: pieces
    idle = IDLE if name in STREAM_CASES else 60.0
    with client_for(server) as client:
        outcome, used = measured(lambda: run(mode, op, client, idle))
    if expected is OK:
        assert typed(op, outcome), outcome
    else:
        assert isinstance(outcome, expected), outcome
    sent = sum(len(data) for data, _ in pieces)
    check_memory("wire", used, HEADER_COPIES * min(sent, 200 * KiB) + BASE)
    tally(f"hostile/{mode}/wire {op}")
    count_kinds(kinds)
