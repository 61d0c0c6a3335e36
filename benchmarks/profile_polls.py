"""Client CPU per async request on the run-poll path (issue 12, B7's second cause).

    .venv/bin/python benchmarks/profile_polls.py [POLLS] [--tasks N] [--profile PATH]

Starts the mock in its own process (so its CPU is not counted), submits one run that stays
RUNNING, then has ``--tasks`` concurrent tasks call ``AsyncRunFuture.status()`` (one GET
each) until ``POLLS`` polls are done, on one ``AsyncClient`` with an API key over a pool of
``--pool`` connections, all kept alive (B7's). Prints the
client's CPU time per request in µs (median of ``--rounds``) and the mock's; with ``--raw``
also a plain ``httpx.AsyncClient`` making the same GETs (the floor), interleaved; with
``--profile`` the polls run under pyinstrument and its text report goes to PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import API_KEY, mock_server


async def _timed(poll: Callable[[], Awaitable[Any]], polls: int, tasks: int) -> float:
    """Client CPU seconds per call of ``poll``, ``polls`` calls from ``tasks`` tasks."""
    import anyio

    await poll()  # warm: connection, imports, first-call caches
    left = [polls]

    async def poller() -> None:
        while left[0] > 0:
            left[0] -= 1
            await poll()

    cpu = time.process_time()
    async with anyio.create_task_group() as group:
        for _ in range(tasks):
            group.start_soon(poller)
    return (time.process_time() - cpu) / polls


async def _polls(
    data_url: str, deployment: str, polls: int, tasks: int, pool: int, raw: bool = False
) -> float:
    """aiplane: ``AsyncRunFuture.status()``; ``raw``: the same GET with a plain
    ``httpx.AsyncClient`` (same limits) and ``json()``, the floor."""
    import httpx

    import aiplane

    auth = aiplane.APIKeyAuth(API_KEY)
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    sockets = aiplane.ConnectionPool(limits=limits)
    async with aiplane.AsyncClient(data_url=data_url, data_auth=auth, pool=sockets) as client:
        future = await aiplane.asubmit_run(client, deployment, args={"poll": 1})
        if not raw:
            cpu = await _timed(future.status, polls, tasks)
        else:
            headers = {"api-key": API_KEY}
            async with httpx.AsyncClient(base_url=data_url, headers=headers, limits=limits) as c:

                async def get() -> Any:
                    answer = await c.get(f"/v1/runs/{future.id}")
                    answer.raise_for_status()
                    return answer.json()

                cpu = await _timed(get, polls, tasks)
    await sockets.aclose()
    return cpu


def _profiled(path: Path, fn: Any) -> None:
    """``fn()`` under pyinstrument with async mode off: time spent waiting on the network
    shows as the event loop's ``select``, so the rest of the tree is the client's CPU."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0002, async_mode="disabled")
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    root = str(Path(__file__).resolve().parent.parent) + "/"
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    path.write_text(text.replace(root, ""))


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("polls", nargs="?", type=int, default=500)
    parser.add_argument("--tasks", type=int, default=32)
    parser.add_argument("--pool", type=int, default=32, help="connections (B7: 32)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--raw", action="store_true", help="also the plain httpx floor")
    args = parser.parse_args()
    import anyio

    with mock_server() as mock:
        deployment = mock.deployment()
        body = {"deployment_id": deployment, "queued_for": 0.0, "running_for": 3600.0}
        mock.admin("POST", "/_mock/scripts/runs", {**body, "times": args.rounds + 1})
        run = (mock.data_url, deployment, args.polls, args.tasks, args.pool)
        if args.profile is not None:
            _profiled(args.profile, lambda: anyio.run(_polls, *run))
        mock_cpu = _cpu_of(mock.process.pid)
        per, floor = [], []
        for _ in range(args.rounds):  # interleaved: a noisy moment hits both alike
            per.append(anyio.run(_polls, *run))
            if args.raw:
                floor.append(anyio.run(_polls, *run, True))
        calls = args.rounds * (args.polls + 2) * (2 if args.raw else 1)
        mock_cpu = (_cpu_of(mock.process.pid) - mock_cpu) / calls
    found: dict[str, Any] = {
        "polls": args.polls,
        "tasks": args.tasks,
        "client_us_per_request": [round(p * 1e6) for p in per],
        "client_median_us": round(statistics.median(per) * 1e6),
        "mock_us_per_request": round(mock_cpu * 1e6),
    }
    if floor:
        found["raw_httpx_us_per_request"] = [round(p * 1e6) for p in floor]
        found["raw_httpx_median_us"] = round(statistics.median(floor) * 1e6)
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
