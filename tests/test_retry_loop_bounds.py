"""The retry loop's bounds and outcomes, pinned where the mutation run found them loose:
an enclosing wait's time left, the per-attempt deadline on body reads, elapsed time from
the call's start, which failures end as OutcomeUnknown, redirects, the budget's reward,
the transport's own lifecycle and auth flows that read responses (issue 13, point 9)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx
import pytest

from aiplane import errors
from aiplane._options import call_options
from aiplane._sending import ERROR_BODY_LIMIT, JSON_BODY_LIMIT
from aiplane.ratelimits import RateLimiter
from aiplane.retry import RetryBudget, RetryPolicy
from tests.conftest import FakeTime, send
from tests.test_retry_loop_edges import Chunks, streamed
from tests.test_transport import URL, runtime, scripted

pytestmark = pytest.mark.anyio
STEADY = RetryPolicy(jitter=False, backoff_base=1.0)


def test_the_body_limits() -> None:
    """Error bodies are read to 64 KiB, JSON bodies to 32 MiB."""
    assert (ERROR_BODY_LIMIT, JSON_BODY_LIMIT) == (64 * 1024, 32 * 1024 * 1024)


async def test_time_left_shortens_the_deadline(mode: str, fake_time: FakeTime) -> None:
    """With 2 s left in an enclosing wait, a retry whose backoff ends past it is not made."""
    seen, mock = scripted(503)
    with call_options(time_left=2.0), pytest.raises(errors.ServerError) as info:
        await send(mode, runtime(mock, fake_time, policy=STEADY), "GET", URL)
    assert len(seen) == 2 and fake_time.slept == [1.0]
    assert info.value.retry_stop == "retry deadline of 2s reached"


async def test_no_time_left_means_one_attempt(mode: str, fake_time: FakeTime) -> None:
    """With no time left, the call is tried once and not retried after a 1 s backoff."""
    seen, mock = scripted(503)
    # the attempt's network deadline is the real clock's 1 ms: on a busy machine reading the
    # 503's body can outlast it, which ends the call as Timeout (seen 1 run in 8): either way
    # it is the one attempt
    with call_options(time_left=0.0), pytest.raises((errors.ServerError, errors.Timeout)):
        await send(mode, runtime(mock, fake_time, policy=STEADY), "GET", URL)
    assert len(seen) == 1 and fake_time.slept == []


async def test_elapsed_time_counts_from_the_calls_start(mode: str, fake_time: FakeTime) -> None:
    """A call starting late on the clock still has its whole deadline."""
    fake_time.now = 10_000.0
    seen, mock = scripted(503, 200)
    rt = runtime(mock, fake_time, policy=RetryPolicy(deadline=5.0, jitter=False))
    assert (await send(mode, rt, "GET", URL)).status_code == 200 and len(seen) == 2


async def test_a_spent_deadline_stops_a_body_read(mode: str, fake_time: FakeTime) -> None:
    """When the call's time is used up before its body arrives, the read fails as Timeout."""

    calls: list[int] = []

    def slow_then_late(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            fake_time.now += 9.5  # a slow 503: with the 0.5 s backoff, the 10 s are spent
            return httpx.Response(503)
        body = Chunks(b'{"a": ', b"1}")
        return streamed(200, body, **{"content-type": "application/json"})

    mock = httpx.MockTransport(slow_then_late)
    rt = runtime(mock, fake_time, policy=RetryPolicy(deadline=10.0))
    with pytest.raises(errors.Timeout):
        await send(mode, rt, "GET", URL)
    assert len(calls) == 2 and fake_time.now == 10.0


async def test_a_tiny_attempt_timeout_stops_a_body_read(mode: str, fake_time: FakeTime) -> None:
    """A per-call timeout shorter than the policy's deadline bounds the body read."""
    body = Chunks(b'{"a": ', b"1}")
    _, mock = scripted(streamed(200, body, **{"content-type": "application/json"}))
    rt = runtime(mock, fake_time, policy=RetryPolicy.none())
    with call_options(timeout=1e-9), pytest.raises(errors.Timeout):
        await send(mode, rt, "GET", URL)


async def test_a_connect_error_with_a_token_is_not_outcome_unknown(
    mode: str, fake_time: FakeTime
) -> None:
    """A POST with a retry token that never reached the server ends as TransportError."""
    seen, mock = scripted(httpx.ConnectError("refused"))
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=2))
    with pytest.raises(errors.TransportError) as info:
        await send(mode, rt, "POST", URL, json={}, headers={"opc-retry-token": "t"})
    assert not isinstance(info.value, errors.OutcomeUnknown) and len(seen) == 2


async def test_drops_of_a_put_with_a_token_end_outcome_unknown(
    mode: str, fake_time: FakeTime
) -> None:
    """An idempotent PUT carrying a retry token reports OutcomeUnknown (with the token)
    when its drops outlast the attempts: the caller needs the token to try again."""
    seen, mock = scripted(httpx.ReadError("reset"))
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=2))
    with pytest.raises(errors.OutcomeUnknown) as info:
        await send(mode, rt, "PUT", URL, json={}, headers={"opc-retry-token": "tok-9"})
    assert info.value.retry_token == "tok-9" and len(seen) == 2
    assert "after the request was sent; it may have been processed" in str(info.value)


async def test_a_dropped_unreplayable_put_is_outcome_unknown(
    mode: str, fake_time: FakeTime
) -> None:
    """A PUT whose body cannot be replayed, dropped after sending, is OutcomeUnknown."""

    def body() -> Generator[bytes, None, None]:
        yield b"once"

    async def abody() -> object:
        yield b"once"

    seen, mock = scripted(httpx.ReadError("reset"))
    content = body() if mode == "sync" else abody()
    with pytest.raises(errors.OutcomeUnknown):
        await send(mode, runtime(mock, fake_time), "PUT", URL, content=content)
    assert len(seen) == 1


async def test_an_earlier_ambiguous_attempt_is_named(mode: str, fake_time: FakeTime) -> None:
    """After a drop and then 503s, OutcomeUnknown says an earlier attempt may have acted."""
    _, mock = scripted(httpx.ReadError("reset"), 503)
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=3))
    with pytest.raises(errors.OutcomeUnknown, match="an earlier attempt may have been processed"):
        await send(mode, rt, "POST", URL, json={}, headers={"opc-retry-token": "t"})


@pytest.mark.parametrize("status", [300, 302, 399])
async def test_a_redirect_is_raised_not_returned(
    mode: str, fake_time: FakeTime, status: int
) -> None:
    """A 3xx final response raises Redirect (even with a body over the error limit)."""
    big = httpx.Response(status, content=b"r" * (ERROR_BODY_LIMIT + 10))
    _, mock = scripted(big)
    with pytest.raises(errors.Redirect) as info:
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert info.value.status == status


async def test_a_success_refills_the_budget(mode: str, fake_time: FakeTime) -> None:
    """A retry spends the budget's cost; the success that follows earns its reward."""
    _, mock = scripted(503, 200)
    budget = RetryBudget(capacity=10, retry_cost=5, success_reward=1)
    await send(mode, runtime(mock, fake_time, budget=budget), "GET", URL)
    assert budget.tokens == 6


class Recording(httpx.MockTransport):
    """A MockTransport that records whether it was closed."""

    closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.parametrize("owns", [True, False])
async def test_closing_closes_the_inner_transport_it_owns(
    mode: str, fake_time: FakeTime, owns: bool
) -> None:
    """close/aclose close the inner transport by default, never one it does not own."""
    inner = Recording(lambda request: httpx.Response(200))
    rt = runtime(inner, fake_time) if owns else runtime(inner, fake_time, owns_inner=False)
    if mode == "sync":
        rt.close()
    else:
        await rt.aclose()
    assert inner.closed is owns


def test_repr_names_auth_and_policy(fake_time: FakeTime) -> None:
    """The transport's repr shows its auth and policy (no secret: both hide theirs)."""
    rt = runtime(Recording(lambda request: httpx.Response(200)), fake_time)
    assert repr(rt) == f"RuntimeTransport(auth=None, policy={rt.policy!r})"


class Challenge(httpx.Auth):
    """A two-step auth flow that reads the first response's body (like digest auth)."""

    requires_response_body = True

    def __init__(self) -> None:
        self.seen: list[bytes] = []

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        response = yield request
        self.seen.append(response.content)
        request.headers["authorization"] = "answer " + response.content.decode()
        yield request


async def test_an_auth_flow_reading_responses_gets_their_bodies(
    mode: str, fake_time: FakeTime
) -> None:
    """An auth flow that requires response bodies sees them; the challenge is closed."""
    streams: list[Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        stream = Chunks(b"nonce-1") if "authorization" not in request.headers else Chunks(b"{}")
        streams.append(stream)
        status = 401 if "authorization" not in request.headers else 200
        return streamed(status, stream, **{"content-type": "application/json"})

    auth = Challenge()
    rt = runtime(httpx.MockTransport(handler), fake_time, auth=auth)
    response = await send(mode, rt, "GET", URL)
    assert response.status_code == 200 and auth.seen == [b"nonce-1"]
    assert streams[0].closed and streams[0].read == len(b"nonce-1")


class Resend(httpx.Auth):
    """A two-step auth flow that does not read responses: it resends with a header."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        yield request
        request.headers["authorization"] = "second"
        yield request


async def test_an_abandoned_auth_response_is_drained_and_closed(
    mode: str, fake_time: FakeTime
) -> None:
    """The response an auth flow moves past is read to its end (its connection can be
    reused) and closed, even when the flow never looks at it."""
    streams: list[Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        streams.append(Chunks(b"first ", b"answer"))
        return streamed(200, streams[-1], **{"content-type": "application/octet-stream"})

    rt = runtime(httpx.MockTransport(handler), fake_time, auth=Resend())
    await send(mode, rt, "GET", URL)
    assert len(streams) == 2 and streams[0].read == len(b"first answer") and streams[0].closed


class RawChallenge(httpx.Auth):
    """A two-step flow written directly as sync_auth_flow/async_auth_flow (httpx's own
    wrappers, which read bodies for requires_response_body, are bypassed)."""

    requires_response_body = True

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        response = yield request
        request.headers["authorization"] = "answer " + response.content.decode()
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        response = yield request
        request.headers["authorization"] = "answer " + response.content.decode()
        yield request


async def test_the_transport_reads_bodies_an_auth_flow_requires(
    mode: str, fake_time: FakeTime
) -> None:
    """requires_response_body is honoured by the transport itself, for any auth flow."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        status = 200 if seen[-1] else 401
        return streamed(status, Chunks(b"nonce-2"), **{"content-type": "text/plain"})

    rt = runtime(httpx.MockTransport(handler), fake_time, auth=RawChallenge())
    assert (await send(mode, rt, "GET", URL)).status_code == 200
    assert seen == ["", "answer nonce-2"]


async def test_a_failed_probe_lets_the_next_attempt_probe(mode: str, fake_time: FakeTime) -> None:
    """An attempt that got no response frees the rate limiter's probe at once: the retry
    waits its backoff only, not a probe poll."""
    seen, mock = scripted(httpx.ConnectError("refused"), 200)
    rt = runtime(mock, fake_time, limiter=RateLimiter(), policy=STEADY)
    assert (await send(mode, rt, "GET", URL)).status_code == 200
    assert len(seen) == 2 and fake_time.slept == [1.0]


async def test_a_streamed_redirect_body_is_read_into_the_error(
    mode: str, fake_time: FakeTime
) -> None:
    """A 300's body is read like any error body: its excerpt is in the Redirect raised."""
    body = Chunks(b"<html>moved over there</html>")
    _, mock = scripted(streamed(300, body, **{"content-type": "text/html"}))
    with pytest.raises(errors.Redirect, match="moved over there"):
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert body.closed
