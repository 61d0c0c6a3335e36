"""Hypothesis strategies of hostile event streams (issue 13, point 2): scripted responses for
``create_chat_completion`` and ``get_run_events`` with malformed lines, missing and doubled
``data:`` fields, unknown event names and fields, wrong JSON types, truncated JSON, data lines
past the stream's bound, control characters and non-UTF-8 bytes, endless streams, slow drips
with gaps, wrong content types, odd statuses (1xx, 3xx, 5xx) and hostile headers."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import httpx
from hypothesis import strategies as st

from tests.hostile_harness import KiB, Script, header_kinds, header_lists, status_kinds

__all__ = ["IDLE", "MAX_BYTES", "StreamCase", "stream_cases"]

MAX_BYTES = 16 * KiB  # the max_bytes the suite streams with (its bound, as configured)
IDLE = 0.02  # idle_timeout (s) of a case with gaps: a gap of 0.05 s passes it

CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
}
RUN_EVENT = {"type": "progress", "runId": "r", "sequence": 1, "time": "2025-04-01T10:00:00Z"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


def event(data: bytes, *fields: bytes) -> bytes:
    return b"".join(f + b"\n" for f in fields) + b"data: " + data + b"\n\n"


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """``base`` with fields dropped, retyped, given unknown values, and unknown fields added."""
    body = dict(base)
    for key in draw(st.lists(st.sampled_from(sorted(base)), max_size=3, unique=True)):
        action = draw(st.sampled_from(["drop", "retype", "text"]))
        if action == "drop":
            body.pop(key)
        else:
            body[key] = draw(json_values if action == "retype" else st.text(max_size=12))
    body.update(draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2)))
    return json.dumps(body).encode()


MALFORMED = [
    b"data\n\n",
    b"dat: x\n\n",
    b"data:{\n\n",
    b"event: \xff\xfe-unknown\ndata: {}\n\n",
    b"id: \x01\x7f\n",
    b"retry: -5000\n",
    b"retry: 99999999999999999999999\n",
    b"retry: soon\n",
    b"unknown-field: 1\n",
    b": keep-alive\n",
    b"\r",
    b"\n\n\n",
    b"event: message\n\n",
    b"id: 7\n\n",
    b'data: {"a":\ndata: 1}\n\n',
    b"data: [DONE]\n\n",
    b"data: \x00\x1b[31m\x07\n\n",
]


def pieces(base: dict[str, Any]) -> st.SearchStrategy[tuple[str, bytes]]:
    """(kind, bytes) of one part of a stream body."""
    good = json.dumps(base).encode()
    code = st.sampled_from(["overloaded", "rate_limit_exceeded", "server_error", "odd", ""])
    return st.one_of(
        st.just(("valid", event(good))),
        mutated(base).map(lambda b: ("wrong JSON types", event(b))),
        json_values.map(lambda v: ("wrong JSON types", event(json.dumps(v).encode()))),
        mutated(base).flatmap(
            lambda b: st.integers(0, len(b) - 1).map(lambda n: ("truncated JSON", event(b[:n])))
        ),
        st.sampled_from(MALFORMED).map(lambda b: ("malformed SSE line", b)),
        st.binary(max_size=48).map(lambda b: ("control chars / non-UTF-8", b"data: " + b)),
        code.map(lambda c: ("error event", event(json.dumps({"error": {"code": c}}).encode()))),
        st.sampled_from([MAX_BYTES // 2, MAX_BYTES + 1]).map(
            lambda n: ("data line past max_bytes", b"data: " + b"x" * n)
        ),
    )


HARMLESS = [  # hostile, yet a stream goes on after them
    b": keep-alive\n\n",
    b"unknown-field: 1\n",
    b"event: message\n\n",
    b"id: 7\n\n",
    b"retry: 1500\n",
    b"retry: -5000\n",
    b"event: \xff\xfe-unknown\n",
]


def harmless(base: dict[str, Any]) -> st.SearchStrategy[tuple[str, bytes]]:
    """(kind, bytes) of a part after which the stream goes on."""
    good = json.dumps(base).encode()
    return st.one_of(
        st.just(("valid", event(good))),
        st.just(("unknown event name and fields", event(good, b"id: 9", b"event: mystery"))),
        st.sampled_from(HARMLESS).map(lambda b: ("unknown event name and fields", b)),
    )


ENDLESS = [
    ("endless events", None),
    ("endless keep-alives", b": keep-alive\n\n"),
    ("endless data lines of one event", b"data: more\n"),
    ("endless id-only events", b"id: 5\n\n"),
]
STATUSES = [200] * 12 + [100, 101, 103, 199, 204, 206, 301, 302, 304, 307, 404, 429, 503, 520]
CONTENT_TYPES = ["text/event-stream"] * 6 + [
    "text/event-stream; charset=utf-8",
    "TEXT/Event-Stream",
    "text/html",
    "application/json",
    "text/plain",
    "",
]
DROPS = [None] * 4 + [httpx.ReadError("cut"), httpx.RemoteProtocolError("bad")]
FIRST = [None] * 6 + [httpx.ConnectError("no"), httpx.ReadError("cut")]


def chunked(body: bytes, cuts: list[int]) -> list[bytes]:
    edges = [0, *sorted({c % (len(body) + 1) for c in cuts}), len(body)]
    return [body[a:b] for a, b in pairwise(edges) if b > a]


class StreamCase:
    """One drawn case: its script, the idle timeout to stream with, its categories."""

    def __init__(self, script: Script, idle: float, kinds: list[str], sampled: bool) -> None:
        self.script, self.idle, self.kinds, self.sampled = script, idle, kinds, sampled

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.script!r}, kinds={self.kinds})"


@st.composite
def stream_cases(draw: st.DrawFn, base: dict[str, Any]) -> StreamCase:
    """A hostile event-stream response for an operation whose events look like ``base``."""
    clean = draw(st.sampled_from([True, False, False]))  # parts that do not end it
    parts = draw(st.lists(harmless(base) if clean else pieces(base), max_size=6))
    kinds = sorted({kind for kind, _ in parts if kind != "valid"})
    body = b"".join(b for _, b in parts)
    chunks = chunked(body, draw(st.lists(st.integers(0, 1 << 20), max_size=8)))
    gaps: dict[int, float] = {}
    if draw(
        st.sampled_from([False] * 9 + [True])
    ):  # a slow drip: the first 512 bytes a byte at a time
        head = b"".join(chunks)[:512]
        chunks = [head[i : i + 1] for i in range(len(head))] + chunked(body[len(head) :], [])
        for index in draw(st.lists(st.integers(0, max(len(head) - 1, 0)), max_size=3)):
            gaps[index] = draw(st.sampled_from([0.001, 0.005, 0.05]))
        kinds.append("slow drip")
    name, piece = draw(st.sampled_from([("", b"")] * 8 + ENDLESS))
    endless = b"" if not name else piece or event(json.dumps(base).encode())
    endless *= max(1, 2 * KiB // max(len(endless), 1))  # about 2 KiB a read, as a network gives
    if name:
        kinds.append(name)
    ctype = draw(st.sampled_from(CONTENT_TYPES))
    if not ctype.lower().startswith("text/event-stream"):
        kinds.append("wrong content type")
    status = draw(st.sampled_from(STATUSES))
    kinds.extend(status_kinds(status))
    headers = draw(header_lists())
    kinds.extend(header_kinds(headers))
    script = Script(
        status=status,
        headers=headers + ([(b"content-type", ctype.encode())] if ctype else []),
        chunks=chunks,
        gaps=gaps,
        endless=endless,
        error=draw(st.sampled_from(DROPS)),
        drop_first=draw(st.sampled_from(FIRST)),
    )
    kinds += ["drop"] if script.error or script.drop_first else []
    sampled = draw(st.sampled_from([True] + [False] * 9))  # traced even if small
    return StreamCase(script, IDLE if gaps else 60.0, kinds, sampled)
