"""Benchmark 7: concurrent chat calls against a rate-limited mock, with and without the
client-side limiter (aiplane.RateLimiter on the pool): 429s the server sent (its request log),
calls that failed in the end counted per exception type (with the httpx cause of a transport
error: ``Timeout(PoolTimeout)``), wall time. The retry policy is the default one in both runs.

Before the pool's admission gate (aiplane._gate), 1,000 concurrent calls on the default
100-connection pool stalled httpcore's queue (O(queued x connections) per event): every call
failed with Timeout (PoolTimeout, ConnectTimeout) or CircuitOpen and the mock logged no request
at all, so the run measured that stall, not rate limits."""

from __future__ import annotations

import time

import anyio

import aiplane
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest
from aiplane_mock import RateLimit, running

BODY = CreateChatCompletionRequest.from_dict({"messages": [{"role": "user", "content": "hi"}]})


async def _burst(
    url: str, deployment: str, calls: int, limiter: bool
) -> tuple[dict[str, int], float]:
    pool = aiplane.ConnectionPool(rate_limiter=aiplane.RateLimiter() if limiter else None)
    failed: dict[str, int] = {}

    async def one(client: aiplane.AsyncClient) -> None:
        try:
            await aiplane.acall(create_chat_completion, client, deployment, body=BODY)
        except aiplane.errors.AiplaneError as exc:  # 429s past the retries, the open breaker
            kind = type(exc).__name__
            if isinstance(exc, aiplane.errors.TransportError) and exc.__cause__ is not None:
                kind += f"({type(exc.__cause__).__name__})"
            failed[kind] = failed.get(kind, 0) + 1

    start = time.perf_counter()
    async with aiplane.AsyncClient(data_url=url, pool=pool) as client:
        with anyio.fail_after(600):
            async with anyio.create_task_group() as group:
                for _ in range(calls):
                    group.start_soon(one, client)
    elapsed = time.perf_counter() - start
    await pool.aclose()
    pool.close()
    return failed, elapsed


def bench_rate_limits(calls: int, per_second: int) -> dict[str, float]:
    """``calls`` concurrent chat calls; the mock allows ``per_second`` a second."""
    results: dict[str, float] = {}
    limit = RateLimit(requests=per_second, window=1.0)
    with running(no_auth=True, rate_limit=limit) as mock:
        deployment = mock.control.create_deployment(display_name="bench")
        for name, limiter in (("without_limiter", False), ("with_limiter", True)):
            mock.control.set_rate_limit(limit)
            before = len(mock.control.requests())
            failed, elapsed = anyio.run(_burst, mock.data_url, deployment, calls, limiter)
            answered = mock.control.requests()[before:]
            results[f"{name}_429s"] = sum(r.status == 429 for r in answered)
            results[f"{name}_failed_calls"] = sum(failed.values())
            for kind, count in sorted(failed.items()):
                results[f"{name}_failed_{kind}"] = count
            results[f"{name}_seconds"] = elapsed
    return results
