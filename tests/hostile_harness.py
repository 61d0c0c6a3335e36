"""What the hostile-response suites share: scripted responses served by httpx.MockTransport
(bodies in chunks, with real gaps, endless, cut by a drop), hostile header strategies, and
the peak-memory measure with its bound (issue 13, point 2).

A case's memory bound is derived from what the runtime may read for it: the bytes of body it
may take (``JSON_BODY_LIMIT`` for a 2xx body of a call, ``ERROR_BODY_LIMIT`` for an error
body, ``max_bytes`` for a stream; less when the body is shorter) times a factor of the path
(a call holds a body as its chunks, then joined: 2; a stream keeps every event it parsed, as
``received``: 16, measured about 5 for chat chunks), the header bytes it was sent times
:data:`HEADER_COPIES` (decoded to text, quoted in an error), plus :data:`BASE` (one case's
client, request and log records: measured below 100 KiB for most cases, but a few cases
peak near 2 MiB, the first in the process to take some path; the suites also run one plain
case per mode untraced first, so that lazy imports, up to 4 MiB, fall outside every measured
case). An unbounded read is caught before the memory bound: an endless body stops after
three times the limit the runtime should stop at, and a case fails if its body got there.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
from hypothesis import strategies as st

from tests.fuzz_scale import peak, tally

__all__ = [
    "BASE",
    "HEADER_COPIES",
    "Script",
    "ScriptedBody",
    "Served",
    "check_memory",
    "header_lists",
    "is_large",
    "measured",
    "memory_bound",
    "status_kinds",
]

KiB, MiB = 1 << 10, 1 << 20
HEADER_COPIES = 12  # measured: up to 10 (opc-request-id decoded by each reader and quoted in
# the error's message and log lines; Retry-After parsed as a date). Over a real connection the
# whole header block is at most 100 KiB (httpcore's h11 limit), see tests/test_hostile_wire.py
BASE = 4 * MiB


@dataclass
class Script:
    """One scripted response: status, headers, body chunks (``gaps``: seconds to wait before
    the chunk of that index), ``endless`` repeated after them, then ``error`` raised (a drop);
    ``drop_first`` is raised instead of the first response."""

    status: int = 200
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    chunks: list[bytes] = field(default_factory=list)
    gaps: dict[int, float] = field(default_factory=dict)
    endless: bytes = b""
    error: Exception | None = None
    drop_first: Exception | None = None

    def __repr__(self) -> str:
        sizes = sorted((len(v) for _, v in self.headers), reverse=True)[:3]
        return (
            f"Script(status={self.status}, headers={len(self.headers)} (largest {sizes}),"
            f" chunks={[c[:40] for c in self.chunks[:4]]} ({len(self.chunks)}, "
            f"{sum(map(len, self.chunks))} bytes), gaps={self.gaps}, endless={self.endless[:40]!r}"
            f", error={self.error!r}, drop_first={self.drop_first!r})"
        )

    def header_bytes(self) -> int:
        return sum(len(k) + len(v) for k, v in self.headers)

    def body_bytes(self, cap: int) -> int:
        """Bytes of the body, at most ``cap`` (an endless body has ``cap``)."""
        return cap if self.endless else min(cap, sum(map(len, self.chunks)))


class ScriptedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body of a :class:`Script` for sync and async clients; knows whether it was closed."""

    def __init__(self, script: Script, stop_after: int, first: bool) -> None:
        self.script, self.stop_after, self.first = script, stop_after, first
        self.closed = False
        self.exhausted = False  # an endless body reached stop_after: the runtime did not stop

    def _pieces(self) -> Iterator[tuple[bytes, float]]:
        for index, chunk in enumerate(self.script.chunks):
            yield chunk, self.script.gaps.get(index, 0.0)
        sent = 0
        while self.script.endless:
            if sent >= self.stop_after:
                self.exhausted = True
                return
            sent += len(self.script.endless)
            yield self.script.endless, 0.0

    def _failure(self) -> Exception | None:
        return self.script.error if self.first else None

    def __iter__(self) -> Iterator[bytes]:
        for chunk, gap in self._pieces():
            if gap:
                time.sleep(gap)
            yield chunk
        if (error := self._failure()) is not None:
            raise error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk, gap in self._pieces():
            if gap:
                await anyio.sleep(gap)
            yield chunk
        if (error := self._failure()) is not None:
            raise error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Served:
    """A MockTransport handler serving ``script`` to every request (the body's drop only on
    the first response); counts requests and keeps the bodies to check they were closed.
    An endless body stops after ``stop_after`` bytes, so that a runtime without its bound
    fails the memory assertion instead of hanging the suite."""

    def __init__(self, script: Script, stop_after: int) -> None:
        self.script, self.stop_after = script, stop_after
        self.calls = 0
        self.bodies: list[ScriptedBody] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.script.drop_first is not None and self.calls == 1:
            raise self.script.drop_first
        body = ScriptedBody(self.script, self.stop_after, first=len(self.bodies) == 0)
        self.bodies.append(body)
        return httpx.Response(self.script.status, headers=self.script.headers, stream=body)

    def all_closed(self) -> bool:
        return all(body.closed for body in self.bodies)

    def none_exhausted(self) -> bool:
        """No endless body was read to its stop: the runtime's own bounds ended it."""
        return not any(body.exhausted for body in self.bodies)


def measured(run: Callable[[], Any], trace: bool = True) -> tuple[Any, int | None]:
    """``run()``'s result (or the exception it raised, returned) and, with ``trace``, its
    peak of memory allocated while it ran (tracemalloc: what it allocated and still held at
    the peak). Tracing makes a case about five times slower, so the suites trace every case
    with a large input (:func:`is_large`) and a sample of the rest."""
    if not trace:
        try:
            return run(), None
        except Exception as exc:
            return exc, None
    tracemalloc.start()
    try:
        try:
            result = run()
        except Exception as exc:  # the caller decides which exceptions are allowed
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def is_large(script: Script) -> bool:
    """Whether a case's input could hold memory beyond :data:`BASE`: an endless body, 64 KiB
    of body or of headers, or a thousand headers."""
    body = sum(map(len, script.chunks))
    return (
        bool(script.endless)
        or max(body, script.header_bytes()) >= 64 * KiB
        or (len(script.headers) >= 1000)
    )


def check_memory(suite: str, used: int | None, bound: int) -> None:
    """A traced case's peak is within its bound; tally it (or the untraced case)."""
    if used is None:
        tally(f"memory/{suite}/not traced")
        return
    assert used <= bound, f"peak of {used} bytes above the case's bound of {bound}"
    tally(f"memory/{suite}/traced")
    peak(f"peak/{suite}/bytes", used)
    peak(f"peak/{suite}/percent of bound", 100 * used // bound)


def memory_bound(body_limit: int, per_body_byte: int, script: Script) -> int:
    """The bound of one case (see the module docstring)."""
    body = script.body_bytes(body_limit)
    return per_body_byte * body + HEADER_COPIES * script.header_bytes() + BASE


# Header values a server may send: garbled numbers and dates, latin-1 and UTF-8 bytes,
# oversized values (64 KiB and, more rarely, 1 MiB), and many headers at once.
garbled = st.sampled_from(
    ["0", "-1", "nan", "inf", "1e309", "Mon, 01 Jan 99999999999 00:00:00 GMT", "soon", ""]
).map(str.encode)
latin1 = st.binary(min_size=1, max_size=16).filter(lambda b: not any(c in b for c in b"\r\n\x00"))
multibyte = st.text(
    st.characters(min_codepoint=0x80, exclude_categories=["Cs"]), min_size=1, max_size=8
).map(str.encode)
oversized = st.sampled_from([64 * KiB] * 3 + [MiB]).flatmap(
    lambda n: st.sampled_from([b"v" * n, "é".encode() * (n // 2)])
)
VALUE_KINDS = {"garbled": garbled, "latin-1": latin1, "UTF-8": multibyte}
small_values = st.sampled_from(sorted(VALUE_KINDS)).flatmap(VALUE_KINDS.__getitem__)
header_names = st.sampled_from(
    [
        "retry-after",
        "retry-after-ms",
        "etag",
        "opc-request-id",
        "opc-next-page",
        "location",
        "content-length",
        "x-ratelimit-remaining-requests",
        "x-odd",
    ]
)


@st.composite
def header_lists(draw: st.DrawFn, big: bool | None = None) -> list[tuple[bytes, bytes]]:
    """A few hostile headers; ``big``: also an oversized value, or a thousand headers or
    more, or both (None: one case in sixteen). A big case costs tens of milliseconds (the
    secrets audit reads the repr of every result and error, headers included), so a suite
    of many examples draws them separately, fewer."""
    if big is None:
        big = draw(st.sampled_from([False] * 15 + [True]))
    picked = draw(st.lists(st.tuples(header_names, small_values), max_size=3))
    headers = [(name.encode(), value) for name, value in picked]
    if not big:
        return headers
    kind = draw(st.sampled_from(["oversized", "many", "both"]))
    if kind != "many":
        headers.append((draw(header_names).encode(), draw(oversized)))
    if kind != "oversized":
        count = draw(st.sampled_from([1000, 4000]))
        headers = [(f"x-h{i}".encode(), b"v") for i in range(count)] + headers
    return headers


def header_kinds(headers: list[tuple[bytes, bytes]]) -> list[str]:
    """The hostile-header categories of a case (for the tally)."""
    kinds = []
    if len(headers) >= 1000:
        kinds.append("many headers (1,000+)")
    values = [v for _, v in headers]
    if any(not v.isascii() for v in values):
        kinds.append("non-ASCII header value")
    if any(len(v) >= 64 * KiB for v in values):
        kinds.append("oversized header value (64 KiB+)")
    return kinds


def status_kinds(status: int) -> list[str]:
    """The status category of a case (for the tally)."""
    if status < 200:
        return ["1xx status"]
    if 300 <= status < 400:
        return ["3xx status"]
    return ["other non-2xx status"] if status >= 400 else []


def count_kinds(kinds: list[str]) -> None:
    for kind in kinds:
        tally(f"hostile-kind/{kind}")
