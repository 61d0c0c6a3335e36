"""The pool's admission gate: httpcore's own pool never holds more requests than it has
connections (its queue costs O(queued x connections) per event: 1,000 concurrent calls on
100 connections stalled the loop until every call timed out), the surplus waits in a FIFO
bounded by the pool timeout, and a slot is freed when its response is closed."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane._gate import AsyncGate, Gate
from aiplane.retry import RetryPolicy
from aiplane_data.api.deployments import get_deployment
from aiplane_mock import MockServer
from tests.conftest import TEST_API_KEY, maybe_await
from tests.mock_helpers import serving

pytestmark = pytest.mark.anyio

SLOTS, CALLS = 3, 30


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


class Sampler:
    """An httpcore trace callback: the most requests inside httpcore's pool at any event."""

    def __init__(self, pool: aiplane.ConnectionPool, mode: str) -> None:
        transport: Any = pool.sync if mode == "sync" else pool.async_
        self.http_pool: Any = transport.inner._pool  # httpcore's, behind the gate
        self.peak = 0

    def sample(self, *_: Any) -> None:
        self.peak = max(self.peak, len(self.http_pool._requests))

    async def asample(self, *_: Any) -> None:
        self.sample()


async def test_httpcore_holds_no_more_requests_than_connections(
    mode: str, server: MockServer
) -> None:
    """30 concurrent calls on a 3-connection pool: at most 3 requests inside httpcore's pool,
    and every call succeeds."""
    deployment = server.control.create_deployment(display_name="gate")
    pool = aiplane.ConnectionPool(limits=httpx.Limits(max_connections=SLOTS))
    sampler = Sampler(pool, mode)
    trace = sampler.sample if mode == "sync" else sampler.asample

    def before(request: httpx.Request) -> None:
        request.extensions["trace"] = trace

    options: dict[str, Any] = {
        "data_url": server.data_url,
        "data_auth": aiplane.APIKeyAuth(TEST_API_KEY),
        "pool": pool,
        "hooks": aiplane.Hooks(before=[before]),
    }
    if mode == "sync":
        with aiplane.Client(**options) as client, ThreadPoolExecutor(CALLS) as threads:
            found = list(
                threads.map(
                    lambda _: aiplane.call(get_deployment, client, deployment), range(CALLS)
                )
            )
    else:
        found = []
        async with aiplane.AsyncClient(**options) as aclient:

            async def one() -> None:
                found.append(await aiplane.acall(get_deployment, aclient, deployment))

            async with anyio.create_task_group() as group:
                for _ in range(CALLS):
                    group.start_soon(one)
        await pool.aclose()
    pool.close()
    assert len(found) == CALLS and 1 <= sampler.peak <= SLOTS, sampler.peak


class Held:
    """A transport whose responses stay open until closed; counts those in flight."""

    def __init__(self) -> None:
        self.open = 0
        self.peak = 0

    def _response(self) -> httpx.Response:
        self.open += 1
        self.peak = max(self.peak, self.open)
        return httpx.Response(200, stream=_Body(self))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._response()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._response()


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, held: Held) -> None:
        self.held = held

    def __iter__(self) -> Iterator[bytes]:
        yield b"x"

    def close(self) -> None:
        self.held.open -= 1

    async def aclose(self) -> None:
        self.close()


def request(pool_timeout: float) -> httpx.Request:
    timeout = httpx.Timeout(5.0, pool=pool_timeout).as_dict()
    return httpx.Request("GET", "http://gate.test/", extensions={"timeout": timeout})


async def send(mode: str, gate: Any, pool_timeout: float = 5.0) -> httpx.Response:
    if mode == "sync":
        return gate.handle_request(request(pool_timeout))  # type: ignore[no-any-return]
    return await gate.handle_async_request(request(pool_timeout))  # type: ignore[no-any-return]


async def close(mode: str, response: httpx.Response) -> None:
    if mode == "sync":
        response.close()
    else:
        await response.aclose()


def gate_of(mode: str, held: Held) -> Any:
    return Gate(held, 2) if mode == "sync" else AsyncGate(held, 2)  # type: ignore[arg-type]


async def test_a_request_past_the_pool_timeout_is_a_typed_timeout(mode: str) -> None:
    """With every slot held, the next request waits its pool timeout, then PoolTimeout;
    through aiplane's error table that is errors.Timeout, retried or not by the policy."""
    held = Held()
    gate = gate_of(mode, held)
    first, second = await send(mode, gate), await send(mode, gate)
    with pytest.raises(httpx.PoolTimeout):
        await send(mode, gate, pool_timeout=0.05)
    await close(mode, first)
    third = await send(mode, gate, pool_timeout=0.05)  # a closed response freed its slot
    assert held.peak == 2 and third.status_code == 200
    await close(mode, second)
    await close(mode, third)


async def test_a_pool_timeout_reaches_the_caller_as_errors_timeout(
    mode: str, server: MockServer
) -> None:
    """A call that cannot get a slot in time raises aiplane.errors.Timeout (PoolTimeout)."""
    deployment = server.control.create_deployment(display_name="gate")
    pool = aiplane.ConnectionPool(limits=httpx.Limits(max_connections=1))
    cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
    client = cls(
        data_url=server.data_url,
        data_auth=aiplane.APIKeyAuth(TEST_API_KEY),
        pool=pool,
        retry=RetryPolicy.none(),
        timeout=httpx.Timeout(5.0, pool=0.05),
    )
    held = httpx.Request("GET", f"{server.data_url}/v1/bucket", headers={"api-key": TEST_API_KEY})
    if mode == "sync":
        blocker = pool.sync.handle_request(held)  # open: it holds the only slot
    else:
        blocker = await pool.async_.handle_async_request(held)
    call = aiplane.call if mode == "sync" else aiplane.acall
    try:
        with pytest.raises(errors.Timeout, match="PoolTimeout"):
            await maybe_await(call(get_deployment, client, deployment))
    finally:
        await close(mode, blocker)
        await pool.aclose()
        pool.close()
