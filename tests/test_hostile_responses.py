"""Hypothesis feeds aiplane.call mutated responses: every outcome is a typed model or an
aiplane.errors exception, after a bounded number of attempts (issue 9, items 1-6)."""

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
from aiplane_management.api.dedicated_ai_cluster import create_dedicated_ai_cluster
from aiplane_management.api.model import get_model
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
from aiplane_management.models.model import Model
from tests.conftest import FakeTime
from tests.fuzz_scale import examples, tally
from tests.test_call import MODEL

EXAMPLES = examples(600)
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
statuses = st.sampled_from(
    [200, 201, 204, 301, 302, 304, 307, 400, 401, 404, 409, 412, 418, 429, 499, 500, 503, 520, 599]
)
header_values = st.one_of(
    st.sampled_from(
        ["0", "-1", "nan", "inf", "1e309", "Mon, 01 Jan 99999999999 00:00:00 GMT", "soon"]
    ),
    st.binary(min_size=1, max_size=16).filter(
        lambda b: b"\r" not in b and b"\n" not in b and b"\x00" not in b
    ),
)
header_names = st.sampled_from(
    ["retry-after", "retry-after-ms", "etag", "opc-request-id", "location", "x-odd"]
)
content_types = st.sampled_from(
    ["application/json", "text/html", "application/json; charset=utf-8", ""]
)
drops = st.sampled_from(
    [None, httpx.ReadError("cut"), httpx.RemoteProtocolError("bad"), httpx.ConnectError("no")]
)


@st.composite
def responses(draw: st.DrawFn) -> tuple[int, bytes, list[tuple[bytes, bytes]], Any]:
    headers = [
        (name.encode(), value if isinstance(value, bytes) else value.encode())
        for name, value in draw(st.lists(st.tuples(header_names, header_values), max_size=3))
    ]
    ctype = draw(content_types)
    if ctype:
        headers.append((b"content-type", ctype.encode()))
    return draw(statuses), draw(bodies), headers, draw(drops)


def client_for(
    outcome: tuple[int, bytes, list[tuple[bytes, bytes]], Any], fake: FakeTime
) -> aiplane.Client:
    status, body, headers, drop = outcome
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if drop is not None and len(calls) == 1:
            raise drop
        return httpx.Response(status, content=body, headers=headers)

    mock = httpx.MockTransport(handler)
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


def run_one(mode: str, outcome: Any, create: bool) -> None:
    fake = FakeTime()
    client = client_for(outcome, fake)
    op = create_dedicated_ai_cluster if create else get_model
    args: tuple[Any, ...] = (op, client) if create else (op, client, MID)
    kwargs: dict[str, Any] = {"body": BODY} if create else {}
    unknown: errors.OutcomeUnknown | None = None
    try:
        if mode == "sync":
            check(aiplane.call(*args, **kwargs))
        else:
            check(anyio.run(lambda: aiplane.acall(*args, **kwargs)))
    except errors.OutcomeUnknown as exc:
        unknown = exc
    except errors.AiplaneError:
        pass
    assert unknown is None or (create and unknown.retry_token)
    assert sum(fake.slept) <= 120
    CASES[mode] += 1
    tally(f"hostile/{mode}/{'create' if create else 'get'}")


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(outcome=responses(), create=st.booleans())
def test_hostile_responses_end_typed(mode: str, outcome: Any, create: bool) -> None:
    """Any status, body, header or drop ends as a Model or an aiplane error, in bounded time."""
    run_one(mode, outcome, create)


def test_hostile_cases_were_counted(capsys: pytest.CaptureFixture[str]) -> None:
    """Reports how many hostile cases ran (the hypothesis tests above run first)."""
    with capsys.disabled():
        print(f"\nhostile responses: {CASES['sync']} sync + {CASES['async']} async cases")
    assert CASES["sync"] >= EXAMPLES and CASES["async"] >= EXAMPLES
