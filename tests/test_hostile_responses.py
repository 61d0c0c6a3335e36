"""Hypothesis feeds aiplane.call mutated responses: every outcome is a typed model or an
aiplane.errors exception, after a bounded number of attempts, every response closed, with a
peak of memory within a bound derived from the body limits (issue 9, items 1-6; issue 13,
point 2: 1xx statuses, non-ASCII, oversized and many headers, endless bodies)."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aiplane
from aiplane import errors
from aiplane._sending import ERROR_BODY_LIMIT, JSON_BODY_LIMIT
from aiplane_management.api.dedicated_ai_cluster import create_dedicated_ai_cluster
from aiplane_management.api.model import get_model
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
from aiplane_management.models.model import Model
from tests.conftest import FakeTime
from tests.fuzz_scale import examples, tally
from tests.hostile_harness import (
    Script,
    Served,
    check_memory,
    count_kinds,
    header_kinds,
    header_lists,
    is_large,
    measured,
    memory_bound,
    status_kinds,
)
from tests.test_call import MODEL

EXAMPLES = examples(600)
BIG_EXAMPLES = examples(20)  # cases with big headers (each about 25 ms: see header_lists)
HELD_PER_BYTE = 2  # a call holds a body as its chunks, then joined (tests/hostile_harness.py)
CASES = {"sync": 0, "async": 0}
MID = MODEL["id"]
BODY = CreateDedicatedAiClusterDetails(
    type_="HOSTING", compartment_id="c", unit_count=1, unit_shape="LARGE_COHERE"
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def model_bodies(draw: st.DrawFn) -> bytes:
    """MODEL with fields dropped, retyped, added or given unknown enum values."""
    body: dict[str, Any] = dict(MODEL)
    for key in draw(st.lists(st.sampled_from(sorted(MODEL)), max_size=3, unique=True)):
        action = draw(st.sampled_from(["drop", "retype", "enum"]))
        if action == "drop":
            body.pop(key)
        elif action == "retype":
            body[key] = draw(json_values)
        else:
            body[key] = draw(st.text(max_size=12))
    body.update(draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2)))
    return json.dumps(body).encode()


def deep(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


bodies = st.one_of(
    model_bodies(),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.integers(1, 200_000).map(deep),
    model_bodies().flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n])),
    st.just(b"<html><body>502 Bad Gateway</body></html>"),
    st.binary(max_size=64),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=30).map(str.encode),
    st.integers(0, 3).map(lambda n: b"x" * (70_000 * n)),
)
STATUSES = [
    *[200, 201, 204] * 2,
    *(100, 101, 103, 199),
    *(301, 302, 304, 307, 308),
    *(400, 401, 404, 409, 412, 418, 429, 499, 500, 503, 520, 599),
]
content_types = st.sampled_from(
    ["application/json", "text/html", "application/json; charset=utf-8", ""]
)
drops = st.sampled_from(
    [None, httpx.ReadError("cut"), httpx.RemoteProtocolError("bad"), httpx.ConnectError("no")]
)
ENDLESS = b"x" * (256 * 1024)  # an endless body: these 256 KiB again and again


class Case:
    """One drawn response: its script, its categories, whether to trace it when small."""

    def __init__(self, script: Script, kinds: list[str], sampled: bool) -> None:
        self.script, self.kinds, self.sampled = script, kinds, sampled

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.script!r}, kinds={self.kinds})"


@st.composite
def responses(draw: st.DrawFn, big_headers: bool = False) -> Case:
    status = draw(st.sampled_from(STATUSES))
    headers = draw(header_lists(big_headers))
    kinds = status_kinds(status) + header_kinds(headers)
    ctype = draw(content_types)
    if ctype:
        headers.append((b"content-type", ctype.encode()))
    endless = draw(st.sampled_from([False] * 19 + [True]))
    script = Script(
        status=status,
        headers=headers,
        chunks=[] if endless else [draw(bodies)],
        endless=ENDLESS if endless else b"",
        drop_first=draw(drops),
    )
    kinds += ["endless body"] * endless + ["drop"] * bool(script.drop_first)
    return Case(script, kinds, draw(st.sampled_from([True] + [False] * 19)))


def client_for(served: Served, fake: FakeTime) -> aiplane.Client:
    mock = httpx.MockTransport(served)
    return aiplane.Client(
        management_url="http://mgmt.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        retry=aiplane.RetryPolicy(max_attempts=3, deadline=120),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )


def check(result: Any) -> None:
    assert result is None or isinstance(result, Model | DedicatedAiCluster)


def body_limit(script: Script) -> int:
    """The bytes of body the runtime reads at most for ``script`` (one chunk more)."""
    return JSON_BODY_LIMIT if 200 <= script.status < 300 else ERROR_BODY_LIMIT


def perform(mode: str, case: Case, create: bool, trace: bool) -> tuple[Any, Any, Served, FakeTime]:
    """Call the operation against the case's script: (result or error, peak, served, time)."""
    fake = FakeTime()
    served = Served(case.script, stop_after=3 * body_limit(case.script))
    client = client_for(served, fake)
    op = create_dedicated_ai_cluster if create else get_model
    args: tuple[Any, ...] = (op, client) if create else (op, client, MID)
    kwargs: dict[str, Any] = {"body": BODY} if create else {}

    def call() -> Any:
        if mode == "sync":
            return aiplane.call(*args, **kwargs)
        return anyio.run(lambda: aiplane.acall(*args, **kwargs))

    result, used = measured(call, trace)
    return result, used, served, fake


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    """One plain call per mode, untraced: lazy imports happen outside the measured cases."""
    plain = Script(200, [(b"content-type", b"application/json")], [json.dumps(MODEL).encode()])
    for mode in ("sync", "async"):
        perform(mode, Case(plain, [], False), False, trace=False)


def run_one(mode: str, case: Case, create: bool) -> None:
    trace = case.sampled or is_large(case.script)
    result, used, served, fake = perform(mode, case, create, trace)
    if not isinstance(result, errors.AiplaneError):
        check(result)
    assert not isinstance(result, errors.OutcomeUnknown) or (create and result.retry_token)
    assert sum(fake.slept) <= 120 and served.calls <= 3
    assert served.all_closed() and served.none_exhausted()
    limit = body_limit(case.script)
    check_memory("calls", used, memory_bound(limit, HELD_PER_BYTE, case.script))
    CASES[mode] += 1
    tally(f"hostile/{mode}/{'create' if create else 'get'}")
    count_kinds(case.kinds)


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(case=responses(), create=st.booleans())
def test_hostile_responses_end_typed(mode: str, case: Case, create: bool) -> None:
    """Any status, body, header or drop ends as a Model or an aiplane error, in bounded time
    and memory, every response closed."""
    run_one(mode, case, create)


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(
    max_examples=BIG_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@given(case=responses(big_headers=True), create=st.booleans())
def test_oversized_and_many_headers_end_typed(mode: str, case: Case, create: bool) -> None:
    """64 KiB and 1 MiB header values, thousands of headers: a Model or an aiplane error,
    in memory bounded by the header bytes."""
    run_one(mode, case, create)


def test_hostile_cases_were_counted(capsys: pytest.CaptureFixture[str]) -> None:
    """Reports how many hostile cases ran (the hypothesis tests above run first)."""
    with capsys.disabled():
        print(f"\nhostile responses: {CASES['sync']} sync + {CASES['async']} async cases")
    assert CASES["sync"] >= EXAMPLES + BIG_EXAMPLES
    assert CASES["async"] >= EXAMPLES + BIG_EXAMPLES
