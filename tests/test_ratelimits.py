"""Rate limits: the mock's x-ratelimit-* budget, the typed RateLimits, the client-side limiter."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane.ratelimits import RateLimiter, RateLimits, RateLimitWait, parse_reset
from aiplane_data.api.chat import create_chat_completion
from aiplane_mock import MockServer, RateLimit
from aiplane_mock.ratelimits import duration
from tests.mock_helpers import API_KEY, data_client, serving
from tests.stream_helpers import chat_body, read_all

pytestmark = pytest.mark.anyio

CHAT = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def deployment(server: MockServer) -> str:
    server.control.reset()
    return server.control.create_deployment(display_name="bot")


@pytest.fixture
def raw(server: MockServer, deployment: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.data_url, headers={"api-key": API_KEY}, timeout=10) as c:
        yield c


@asynccontextmanager
async def connected(mode: str, server: MockServer, **options: Any) -> AsyncIterator[Any]:
    options = {"data_url": server.data_url, "data_auth": aiplane.APIKeyAuth(API_KEY), **options}
    if mode == "sync":
        with aiplane.Client(**options) as client:
            yield client
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            yield aclient


async def chat(mode: str, client: Any, deployment: str, **options: Any) -> Any:
    body = chat_body()
    if mode == "sync":
        return aiplane.call_detailed(
            create_chat_completion, client, deployment, body=body, **options
        )
    return await aiplane.acall_detailed(
        create_chat_completion, client, deployment, body=body, **options
    )


def chat_path(deployment: str) -> str:
    return f"/openai/deployments/{deployment}/chat/completions"


def statuses(server: MockServer) -> list[int]:
    return [r.status for r in server.control.requests() if r.operation_id == "createChatCompletion"]


# ------------------------------------------------------------------------- the mock
def test_mock_sends_the_six_headers_counting_down(
    server: MockServer, deployment: str, raw: httpx.Client
) -> None:
    """Each chat answer carries the budget's six headers; remaining requests count down."""
    server.control.set_rate_limit(RateLimit(requests=5, tokens=10_000, window=60))
    first = raw.post(chat_path(deployment), json=CHAT)
    second = raw.post(chat_path(deployment), json=CHAT)
    assert first.headers["x-ratelimit-limit-requests"] == "5"
    assert [
        first.headers["x-ratelimit-remaining-requests"],
        second.headers["x-ratelimit-remaining-requests"],
    ] == ["4", "3"]
    assert int(second.headers["x-ratelimit-remaining-tokens"]) < 10_000
    assert second.headers["x-ratelimit-reset-requests"].endswith("s")


def test_mock_answers_429_with_retry_after_once_spent(
    server: MockServer, deployment: str, raw: httpx.Client
) -> None:
    """Past the budget the mock answers 429 with Retry-After and the headers at zero."""
    server.control.set_rate_limit(RateLimit(requests=2, window=60))
    answers = [raw.post(chat_path(deployment), json=CHAT) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[2].headers["x-ratelimit-remaining-requests"] == "0"
    assert int(answers[2].headers["retry-after"]) >= 1


def test_mock_without_a_budget_sends_no_headers(
    server: MockServer, deployment: str, raw: httpx.Client
) -> None:
    """No rate limit configured (the default, or set to None): no headers, no 429."""
    server.control.set_rate_limit(None)
    answer = raw.post(chat_path(deployment), json=CHAT)
    assert answer.status_code == 200
    assert not [k for k in answer.headers if k.startswith("x-ratelimit-")]


def test_mock_budget_from_the_config() -> None:
    """MockConfig(rate_limit=...) starts the server with the budget."""
    for mock in serving(rate_limit=RateLimit(requests=1)):
        for client in data_client(mock):
            dep = mock.control.create_deployment(display_name="bot")
            codes = [client.post(chat_path(dep), json=CHAT).status_code for _ in range(2)]
            assert codes == [200, 429]


def test_reset_values_are_written_like_openai() -> None:
    """Durations are written as OpenAI does and read back by the client."""
    assert [duration(0.02), duration(1.5), duration(360)] == ["20ms", "1.5s", "6m0s"]
    assert [parse_reset(v) for v in ("20ms", "1.5s", "6m0s", "1h2m3s", "7")] == [
        0.02,
        1.5,
        360.0,
        3723.0,
        7.0,
    ]
    assert parse_reset("soon") is None


# ------------------------------------------------------------------------- typed
def test_rate_limits_parse_the_headers() -> None:
    """RateLimits.from_headers types every header; None when there are none."""
    limits = RateLimits.from_headers(
        {
            "x-ratelimit-limit-requests": "10",
            "x-ratelimit-remaining-requests": "9",
            "x-ratelimit-reset-requests": "6s",
            "x-ratelimit-remaining-tokens": "x",
        }
    )
    assert limits == RateLimits(limit_requests=10, remaining_requests=9, reset_requests=6.0)
    assert RateLimits.from_headers({"etag": "1"}) is None


async def test_detailed_results_carry_rate_limits(
    mode: str, server: MockServer, deployment: str
) -> None:
    """aiplane.call_detailed's result has the typed budget."""
    server.control.set_rate_limit(RateLimit(requests=7, tokens=500, window=60))
    async with connected(mode, server) as client:
        limits = (await chat(mode, client, deployment)).rate_limits
    assert (limits.limit_requests, limits.remaining_requests, limits.limit_tokens) == (7, 6, 500)


async def test_rate_limited_errors_carry_rate_limits(
    mode: str, server: MockServer, deployment: str
) -> None:
    """A 429 raises RateLimited whose rate_limits shows the spent budget."""
    server.control.set_rate_limit(RateLimit(requests=1, window=60))
    async with connected(mode, server, retry=aiplane.RetryPolicy.none()) as client:
        await chat(mode, client, deployment)
        with pytest.raises(errors.RateLimited) as caught:
            await chat(mode, client, deployment)
    assert caught.value.rate_limits is not None
    assert caught.value.rate_limits.remaining_requests == 0


async def test_streams_carry_rate_limits(mode: str, server: MockServer, deployment: str) -> None:
    """A chat stream's rate_limits are its response's headers, typed."""
    server.control.set_rate_limit(RateLimit(requests=3, window=60))
    async with connected(mode, server) as client:
        if mode == "sync":
            with aiplane.stream(create_chat_completion, client, deployment, body=chat_body()) as s:
                list(s)
                limits = s.rate_limits
        else:
            async with aiplane.astream(
                create_chat_completion, client, deployment, body=chat_body()
            ) as a:
                [c async for c in a]
                limits = a.rate_limits
    assert limits is not None and limits.remaining_requests == 2


# ------------------------------------------------------------------------- the limiter
async def test_limiter_waits_for_the_reset_instead_of_429s(
    mode: str, server: MockServer, deployment: str
) -> None:
    """With a pool's limiter, calls past the budget wait for the reset: no 429 at all."""
    server.control.set_rate_limit(RateLimit(requests=2, window=0.4))
    waits: list[RateLimitWait] = []
    pool = aiplane.ConnectionPool(rate_limiter=RateLimiter(max_wait=5))
    options = {"pool": pool, "retry": aiplane.RetryPolicy.none(), "on_rate_limit": waits.append}
    async with connected(mode, server, **options) as client:
        for _ in range(5):
            await chat(mode, client, deployment)
    assert statuses(server) == [200] * 5
    assert waits and all(0 < w.delay <= 5 and w.reason == "requests" for w in waits)
    pool.close()
    await pool.aclose()


async def test_without_the_limiter_the_same_calls_get_429(
    mode: str, server: MockServer, deployment: str
) -> None:
    """The limiter is off by default: the third call in the window is refused."""
    server.control.set_rate_limit(RateLimit(requests=2, window=60))
    async with connected(mode, server, retry=aiplane.RetryPolicy.none()) as client:
        await chat(mode, client, deployment)
        await chat(mode, client, deployment)
        with pytest.raises(errors.RateLimited):
            await chat(mode, client, deployment)


async def test_limiter_is_shared_by_the_clients_of_a_pool(
    server: MockServer, deployment: str
) -> None:
    """Concurrent calls of two clients on one pool stay within the budget together."""
    server.control.set_rate_limit(RateLimit(requests=3, window=0.3))
    pool = aiplane.ConnectionPool(rate_limiter=RateLimiter(max_wait=5))
    options = {"pool": pool, "retry": aiplane.RetryPolicy.none()}
    async with (
        connected("async", server, **options) as a,
        connected("async", server, **options) as b,
    ):
        with anyio.fail_after(30):
            async with anyio.create_task_group() as group:
                for i in range(10):
                    group.start_soon(chat, "async", a if i % 2 else b, deployment)
    assert statuses(server) == [200] * 10
    await pool.aclose()
    pool.close()


def test_limiter_wait_is_bounded_by_max_wait() -> None:
    """A budget that never resets is waited on for max_wait at most (then sent anyway)."""
    limiter = RateLimiter(max_wait=0.5)
    limiter.update(
        "h/p", RateLimits(limit_requests=1, remaining_requests=0, reset_requests=999), 0.0, 429
    )
    assert limiter.acquire("h/p", 1.0) == (998.0, "requests")
    with pytest.raises(ValueError, match="max_wait"):
        RateLimiter(max_wait=0)


def test_limiter_probes_a_new_path_with_one_request() -> None:
    """Until a path's first answer only one request is in flight; paths without headers run free."""
    limiter = RateLimiter()
    assert limiter.acquire("h/p", 0.0) == (0.0, "")
    assert limiter.acquire("h/p", 0.0)[1] == "probe"
    limiter.update("h/p", None, 0.0, 200)
    assert [limiter.acquire("h/p", 0.0) for _ in range(3)] == [(0.0, "")] * 3


async def test_reads_through_a_stream_helper_still_work(
    mode: str, server: MockServer, deployment: str
) -> None:
    """Streams on a limited pool are counted like calls (and read whole)."""
    server.control.set_rate_limit(RateLimit(requests=5, window=60))
    pool = aiplane.ConnectionPool(rate_limiter=RateLimiter())
    async with connected(mode, server, pool=pool) as client:
        chunks = await read_all(mode, create_chat_completion, client, deployment, body=chat_body())
    assert chunks
    pool.close()
    await pool.aclose()
