"""Hypothesis feeds aiplane.stream / astream hostile event streams (tests/hostile_sse.py) for
chat completions and run events: every outcome is typed events or an aiplane.errors exception,
after a bounded number of connections, every response closed, no negative or unbounded wait,
and a peak of memory within the case's bound (issue 13, point 2)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aiplane
from aiplane import errors
from aiplane._sending import ERROR_BODY_LIMIT, JSON_BODY_LIMIT
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run_events
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk
from aiplane_data.models.run_event import RunEvent
from tests.conftest import TEST_API_KEY, FakeTime
from tests.fuzz_scale import TALLY, examples, peak, tally
from tests.hostile_harness import (
    Script,
    Served,
    check_memory,
    count_kinds,
    is_large,
    measured,
    memory_bound,
)
from tests.hostile_sse import CHAT, MAX_BYTES, RUN_EVENT, StreamCase, stream_cases
from tests.stream_helpers import chat_body, read_blocking

EXAMPLES = examples(80)
KEPT_PER_BYTE = 16  # a stream keeps its events (see tests/hostile_harness.py)
HELD_PER_BYTE = 2  # a body read whole is held as its chunks, then joined
MAX_CONNECTIONS = 64  # a resumable stream reconnects after each event, within max_bytes
OPS: dict[str, tuple[Any, tuple[str, ...], type]] = {
    "chat": (create_chat_completion, ("d",), ChatCompletionChunk),
    "events": (get_run_events, ("r",), RunEvent),
}


def client_for(served: Served, fake: FakeTime) -> aiplane.Client:
    mock = httpx.MockTransport(served)
    return aiplane.Client(
        data_url="http://data.test",
        data_auth=aiplane.APIKeyAuth(TEST_API_KEY),
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        retry=aiplane.RetryPolicy(max_attempts=3, deadline=120),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )


def limits(script: Script) -> tuple[int, int]:
    """The body bytes the runtime may read for ``script``, and how many bytes it may hold
    per byte read: a stream's max_bytes (its events kept), an error body's limit, or a call's
    limit for a 2xx JSON answer (read like any call's before the content type is checked)."""
    if not 200 <= script.status < 300:
        return ERROR_BODY_LIMIT, HELD_PER_BYTE
    ctype = dict(script.headers).get(b"content-type", b"").split(b";")[0].strip().lower()
    if ctype == b"application/json":
        return JSON_BODY_LIMIT, HELD_PER_BYTE
    return MAX_BYTES, KEPT_PER_BYTE


def check(name: str, outcome: Any) -> None:
    """Typed events, or an aiplane error (OutcomeUnknown only for chat: a POST)."""
    if isinstance(outcome, list):
        assert all(isinstance(event, OPS[name][2]) for event in outcome)
    elif not isinstance(outcome, errors.AiplaneError):
        raise outcome
    assert not isinstance(outcome, errors.OutcomeUnknown) or name == "chat"


def perform(
    mode: str, name: str, case: StreamCase, trace: bool
) -> tuple[Any, Any, Served, FakeTime]:
    """Stream the case's script: (events or error, peak, served, time)."""
    fake = FakeTime()
    served = Served(case.script, stop_after=3 * limits(case.script)[0])
    op, args, _ = OPS[name]
    kw: dict[str, Any] = {"idle_timeout": case.idle, "max_bytes": MAX_BYTES}
    if name == "chat":
        kw["body"] = chat_body()
    with client_for(served, fake) as client:
        outcome, used = measured(lambda: read_blocking(mode, op, client, *args, **kw), trace)
    return outcome, used, served, fake


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    """One plain stream per mode and operation, untraced: lazy imports happen outside the
    measured cases."""
    for name, base in (("chat", CHAT), ("events", RUN_EVENT)):
        data = b"data: " + json.dumps(base).encode() + b"\n\n"
        plain = Script(200, [(b"content-type", b"text/event-stream")], [data])
        for mode in ("sync", "async"):
            perform(mode, name, StreamCase(plain, 60.0, [], False), trace=False)


def run_case(mode: str, name: str, case: StreamCase) -> None:
    trace = case.sampled or is_large(case.script)
    outcome, used, served, fake = perform(mode, name, case, trace)
    check(name, outcome)
    assert served.all_closed() and served.none_exhausted()
    assert served.calls <= MAX_CONNECTIONS
    assert all(s >= 0 for s in fake.slept) and sum(fake.slept) <= 120
    limit, per_byte = limits(case.script)
    check_memory("streams", used, memory_bound(limit, per_byte, case.script))
    peak("peak/streams/connections", served.calls)
    tally(f"hostile/{mode}/{name}")
    count_kinds(case.kinds)


cases = {name: stream_cases(base) for name, base in (("chat", CHAT), ("events", RUN_EVENT))}


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(data=st.data(), name=st.sampled_from(sorted(OPS)))
def test_hostile_streams_end_typed(mode: str, data: st.DataObject, name: str) -> None:
    """Any hostile event stream ends as typed events or an aiplane error, in bounded memory."""
    run_case(mode, name, data.draw(cases[name]))


def test_hostile_stream_cases_were_counted(capsys: pytest.CaptureFixture[str]) -> None:
    """Reports how many hostile stream cases ran (the hypothesis tests above run first)."""
    ran = {m: sum(TALLY[f"hostile/{m}/{n}"] for n in OPS) for m in ("sync", "async")}
    with capsys.disabled():
        print(f"\nhostile streams: {ran['sync']} sync + {ran['async']} async cases")
    assert ran["sync"] >= EXAMPLES and ran["async"] >= EXAMPLES
