"""Row B7 of benchmarks/RESULTS.md: 1,000 runs submitted and awaited concurrently, with
``aiplane.await_runs`` (batch status reads) and, as before it, a task per run awaiting its
own future; the target is the wall time against the longest run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from common import Measure, Row, Stat, Target, repeat, stat

if TYPE_CHECKING:
    from rows import Context

B7_CLIENTS = {
    "aiplane": "aiplane (`await_runs`)",
    "aiplane_futures": "aiplane (a future per run, before)",
}


def _b7_deployment(ctx: Context, runs: int, longest: float, steps: int = 10) -> str:
    """A fresh deployment whose next ``runs`` runs are QUEUED 0.5 s, then RUNNING from
    longest/steps to longest seconds (in submission order, the longest last)."""
    deployment = ctx.mock.deployment()
    for step in range(steps):
        body = {
            "deployment_id": deployment,
            "queued_for": 0.5,
            "running_for": longest * (step + 1) / steps,
            "result": {"ok": step},
            "times": runs // steps,
        }
        ctx.mock.admin("POST", "/_mock/scripts/runs", body)
    return deployment


def _b7_run(ctx: Context, client: str, runs: int, pool: int, longest: float, **extra: Any) -> Any:
    """One run of ``client``'s B7 scenario on a fresh scripted deployment."""
    deployment = _b7_deployment(ctx, runs, longest)
    opts = {"data_url": ctx.mock.data_url, "runs": runs, "pool": pool, "port": ctx.mock.port}
    return repeat(
        1, "B7", [client], deployment=deployment, poll_initial=0.2, poll_max=1.0, **opts, **extra
    )[client]


def _b7_notes(results: dict[str, list[Any]], ideal: float) -> list[str]:
    """Where the wall time of the batch wait went, and the before/after in one line."""

    def median(client: str, key: str) -> float:
        return stat([r[key] for r in results[client]]).median

    ends = [r["wall_s"] - r["last_run_end_s"] for r in results["aiplane"] if r["last_run_end_s"]]
    sent = {c: median(c, "requests") for c in B7_CLIENTS}
    return [
        f"with `await_runs` (medians): every submit answered after"
        f" {median('aiplane', 'submitted_s'):.2f} s; the last run ({ideal:g} s) ended at"
        f" {median('aiplane', 'last_run_end_s'):.2f} s on the mock's clock; the wait returned"
        f" {stat(ends).median if ends else float('nan'):.2f} s after that",
        f"before (a future per run): wall / longest run"
        f" {median('aiplane_futures', 'wall_s') / ideal:.2f}, {sent['aiplane_futures']:,.0f}"
        f" requests; with `await_runs`: {median('aiplane', 'wall_s') / ideal:.2f},"
        f" {sent['aiplane']:,.0f} requests"
        f" ({sent['aiplane_futures'] / sent['aiplane']:.1f}x fewer)",
    ]


def b7(ctx: Context) -> Row:
    runs, pool = (50, 8) if ctx.quick else (1000, 32)
    longest = 2.0 if ctx.quick else 10.0
    ideal = 0.5 + longest
    results: dict[str, list[Any]] = {client: [] for client in B7_CLIENTS}
    # interleaved, the order turned each round (an even number of them): a noisy moment, or
    # a mock still busy after the client before, hits both alike
    order = list(B7_CLIENTS)
    for round_ in range(ctx.runs + ctx.runs % 2):
        for client in order[round_ % 2 :] + order[: round_ % 2]:
            results[client] += _b7_run(ctx, client, runs, pool, longest)

    def measured(key: str) -> dict[str, Stat]:
        return {B7_CLIENTS[c]: stat([r[key] for r in rs]) for c, rs in results.items()}

    for rs in results.values():
        for r in rs:
            r["cpu_per_request_us"] = r["cpu_s"] / r["requests"] * 1e6
    row = Row(
        "B7",
        f"{runs:,} runs submitted and awaited concurrently (async), pool of {pool}",
        f"runs last 0.5 s queued + {longest / 10:g} to {longest:g} s running (mock speed 1),"
        " the longest submitted last; PollSchedule(initial=0.2, max_interval=1.0); `await_runs`"
        " after submitting them all, and, as before, a task per run awaiting its own future;"
        " requests counted by a before hook (plus retries); connections: the peers of the"
        " process's sockets, sampled every 20 ms",
        [
            Measure("wall", "s", measured("wall_s"), 1, 2),
            Measure("client CPU", "s", measured("cpu_s"), 1, 2),
            Measure("requests sent", "", measured("requests"), 1, 0),
            Measure("client CPU per request", "µs", measured("cpu_per_request_us"), 1, 0),
            Measure("peak connections", "", measured("peak_connections"), 1, 0),
        ],
    )
    ours = stat([r["wall_s"] for r in results["aiplane"]]).median
    row.targets.append(Target(f"wall / longest run ({ideal:g} s) ≤ 1.2", ours / ideal, 1.2))
    for client, result in results.items():
        label = B7_CLIENTS[client]
        peak = max(r["peak_connections"] for r in result)
        row.targets.append(Target(f"{label}: connections ≤ pool size ({pool})", peak, pool))
        failed = sum(r["failed"] for r in result)
        row.targets.append(Target(f"{label}: runs that failed = 0", failed, 0))
        for failure in sorted({f for r in result for f in r["failures"]}):
            number = sum(r["failures"].get(failure, 0) for r in result)
            row.notes.append(f"{label}: {number} run(s) failed: {failure}")
    row.notes += _b7_notes(results, ideal)
    if ctx.profiling(row):
        _b7_run(ctx, "aiplane", runs, pool, longest, profile=ctx.profile_path("B7"))
        row.profile = "profiles/B7.txt"
    return row
