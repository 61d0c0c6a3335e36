"""Many runs at once: submit 1,000 runs and gather their results over one pool.

One ``aiplane.AsyncClient`` over one :class:`aiplane.ConnectionPool` (at most ``pool_size``
connections) serves every run; a semaphore bounds how many submits are in flight, then one
``aiplane.await_runs`` waits for them all, reading up to 100 runs' states per request
instead of polling each run. Run it with ``python examples/many_runs.py [COUNT]``: it
starts an in-process mock server, creates a deployment, and prints how long the runs took.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any

import httpx

import aiplane

API_KEY = "sk-many-runs-example-key-0123456789"
SCHEDULE = aiplane.PollSchedule(initial=0.05, max_interval=0.5, timeout=300.0)


async def gather_runs(
    client: aiplane.AsyncClient, deployment_id: str, count: int, concurrency: int
) -> list[Any]:
    """Submit ``count`` runs, at most ``concurrency`` submits in flight; then wait for all of
    them at once. Their results, in order."""
    semaphore = asyncio.Semaphore(concurrency)

    async def submit(number: int) -> aiplane.AsyncRunFuture:
        async with semaphore:
            return await aiplane.asubmit_run(
                client, deployment_id, args={"item": number}, schedule=SCHEDULE
            )

    futures = await asyncio.gather(*(submit(n) for n in range(count)))
    return await aiplane.await_runs(futures)


def pool_of(size: int) -> aiplane.ConnectionPool:
    """A pool of at most ``size`` connections, all kept alive between requests."""
    return aiplane.ConnectionPool(
        limits=httpx.Limits(max_connections=size, max_keepalive_connections=size)
    )


async def many_runs(
    data_url: str,
    deployment_id: str,
    *,
    count: int = 1000,
    concurrency: int = 100,
    pool: aiplane.ConnectionPool | None = None,
) -> list[Any]:
    """The results of ``count`` runs of ``deployment_id``, over one pool (32 connections
    unless ``pool`` is given)."""
    pool = pool or pool_of(32)
    auth = aiplane.APIKeyAuth(API_KEY)
    try:
        async with aiplane.AsyncClient(data_url=data_url, data_auth=auth, pool=pool) as client:
            return await gather_runs(client, deployment_id, count, concurrency)
    finally:
        await pool.aclose()


def main(count: int) -> int:
    from aiplane_mock import running

    with running(api_keys=[API_KEY], speed=50.0) as server:
        deployment = server.control.create_deployment(display_name="many-runs")
        start = time.monotonic()
        results = asyncio.run(many_runs(server.data_url, deployment, count=count))
        elapsed = time.monotonic() - start
    print(f"{len(results)} runs finished in {elapsed:.1f}s ({len(results) / elapsed:.0f} runs/s)")
    return 0 if len(results) == count and all(r is not None for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
