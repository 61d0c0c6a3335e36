"""The rows B1-B8 of benchmarks/RESULTS.md (issue 12's table): each runs its clients in fresh
worker processes against the mock, repeats, and states its targets as ratios to peers
measured in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import BENCH, COMPARTMENT, ROOT, Measure, Mock, Row, Target, ratio, repeat, stat
from plots import plot_latencies, plot_memory


@dataclass
class Context:
    mock: Mock
    quick: bool
    runs: int
    out: Path  # where plots and profiles go (benchmarks/ for a full run)

    def profile_path(self, key: str) -> str:
        return str(self.out / "profiles" / f"{key}.txt")

    def profiling(self, row: Row) -> bool:
        """Profile a miss (full runs only: a quick run's numbers mean nothing)."""
        return row.missed and not self.quick


def _rss(results: dict[str, list[Any]]) -> Measure:
    per = {c: stat([r["maxrss_mib"] for r in rs]) for c, rs in results.items()}
    return Measure("peak RSS", "MiB", per)


def b1(ctx: Context) -> Row:
    clients = ["aiplane", "oci", "openai", "floor"]
    results = repeat(ctx.runs + (0 if ctx.quick else 2), "B1", clients)
    times = {c: stat([r["import_s"] for r in rs]) for c, rs in results.items()}
    row = Row(
        "B1",
        "cold import: `import aiplane` + one operation from each plane",
        "fresh process per import; time of the import statement alone",
        [Measure("import time", "ms", times, 1e3), _rss(results)],
    )
    row.targets.append(
        Target(
            "aiplane / floor (`httpx, attrs`) ≤ 1.3", ratio(times["aiplane"], times["floor"]), 1.3
        )
    )
    for peer in ("oci", "openai"):
        row.notes.append(f"aiplane / {peer}: {ratio(times['aiplane'], times[peer]):.2f}")
    if ctx.profiling(row):
        repeat(1, "B1", ["aiplane"], profile=ctx.profile_path("B1"))
        row.profile = "profiles/B1.txt"
    return row


def b2(ctx: Context) -> Row:
    n = 200 if ctx.quick else 2000
    model_id = _base_model(ctx)
    opts = {**ctx.mock.endpoint(), "model_id": model_id, "n": n}
    results = repeat(ctx.runs, "B2", ["aiplane", "oci", "floor"], **opts)
    cpu = {c: stat([r["cpu_per_call_s"] for r in rs]) for c, rs in results.items()}
    wall = {c: stat([r["wall_per_call_s"] for r in rs]) for c, rs in results.items()}
    row = Row(
        "B2",
        f"{n:,} sequential signed `get_model` on keep-alive",
        "client CPU per call (process time of the client process; the mock runs in another)",
        [
            Measure("client CPU per call", "µs", cpu, 1e6, 0),
            Measure("wall per call", "µs", wall, 1e6, 0),
            _rss(results),
        ],
    )
    row.targets.append(Target("CPU aiplane / oci ≤ 0.65", ratio(cpu["aiplane"], cpu["oci"]), 0.65))
    row.targets.append(
        Target(
            "CPU aiplane / floor (raw httpx + same signing) ≤ 1.05",
            ratio(cpu["aiplane"], cpu["floor"]),
            1.05,
        )
    )
    row.notes.append(f"wall aiplane / oci: {ratio(wall['aiplane'], wall['oci']):.2f}")
    latencies = {c: rs[-1]["latencies_s"] for c, rs in results.items()}
    row.plots.append(plot_latencies(latencies, ctx.out / "plots" / "b2_latency.png"))
    if ctx.profiling(row):
        repeat(1, "B2", ["aiplane"], profile=ctx.profile_path("B2"), **opts)
        row.profile = "profiles/B2.txt"
    return row


def _base_model(ctx: Context) -> str:
    """A model the mock serves (the first of the compartment's list)."""
    from scenarios_calls import aiplane_signer

    import aiplane
    from aiplane_management.api.model import list_models

    client = aiplane.Client(management_url=ctx.mock.management_url, auth=aiplane_signer())
    first = next(iter(aiplane.paginate(list_models, client, compartment_id="c", limit=1)))
    return str(first.id)


def b3(ctx: Context) -> Row:
    n = 300 if ctx.quick else 10_000
    clients = ["aiplane", "aiplane_distinct", "oci", "floor"]
    row = Row(
        "B3",
        f"signing alone, {n:,} requests",
        "CPU per signature of requests built beforehand (the signer alone); `aiplane_distinct`"
        " signs a different path each time, so it never reuses a signature",
    )
    for method in ("GET", "POST"):
        # one process per client, ctx.runs timed runs of n signatures inside it
        results = repeat(1, "B3", clients, n=n, method=method, inner=ctx.runs)
        cpu = {c: stat(rs[0]["cpu_per_sign_s"]) for c, rs in results.items()}
        label = "GET" if method == "GET" else "POST, 4 KiB body"
        row.measures.append(Measure(f"CPU per signature, {label}", "µs", cpu, 1e6, 1))
        for who in ("aiplane", "aiplane_distinct"):
            row.targets.append(
                Target(
                    f"{label}: {who} / floor (bare RSA-SHA256) ≤ 1.1",
                    ratio(cpu[who], cpu["floor"]),
                    1.1,
                )
            )
        row.notes.append(f"{label}: aiplane / oci.signer: {ratio(cpu['aiplane'], cpu['oci']):.2f}")
    if ctx.profiling(row):
        repeat(1, "B3", ["aiplane_distinct"], n=n, method="POST", profile=ctx.profile_path("B3"))
        row.profile = "profiles/B3.txt"
    return row


def b4(ctx: Context) -> Row:
    total, page = (1_000 if ctx.quick else 100_000), 100
    ctx.mock.admin(
        "POST", "/_mock/synthetic-models", {"count": total, "compartmentId": COMPARTMENT}
    )
    opts = {**ctx.mock.endpoint(), "page": page}
    results = repeat(ctx.runs, "B4", ["aiplane", "oci"], **opts)
    for rs in results.values():
        assert all(r["items"] == total for r in rs)
    rate = {c: stat([total / r["wall_s"] for r in rs]) for c, rs in results.items()}
    cpu = {c: stat([r["cpu_s"] / total for r in rs]) for c, rs in results.items()}
    traced = repeat(1, "B4", ["aiplane", "oci"], memory=True, **opts)  # one traced pass each
    alive = {c: stat([r["max_items_alive"] for r in rs]) for c, rs in traced.items()}
    peak = {c: stat([r["peak_traced_mib"] for r in rs]) for c, rs in traced.items()}
    row = Row(
        "B4",
        f"paginate {total:,} models in pages of {page}",
        "mock's synthetic catalog (pages built on demand); throughput from untraced passes,"
        " items alive and memory from one more pass per client under tracemalloc",
        [
            Measure("throughput (wall)", "items/s", rate, 1, 0),
            Measure("client CPU per item", "µs", cpu, 1e6, 1),
            Measure("most items alive at once", "items", alive, 1, 0),
            Measure("peak traced memory", "MiB", peak, 1, 2),
        ],
    )
    row.targets.append(
        Target(f"aiplane items alive ≤ one page ({page})", alive["aiplane"].median, page)
    )
    row.targets.append(
        Target("throughput aiplane / oci ≥ 1", ratio(rate["aiplane"], rate["oci"]), 1.0, True)
    )
    series = {c: rs[-1]["memory_mib"] for c, rs in traced.items()}
    row.plots.append(plot_memory(series, ctx.out / "plots" / "b4_memory.png"))
    ctx.mock.admin("POST", "/_mock/synthetic-models", {"count": 0, "compartmentId": COMPARTMENT})
    if ctx.profiling(row):
        repeat(1, "B4", ["aiplane"], profile=ctx.profile_path("B4"), **opts)
        row.profile = "profiles/B4.txt"
    return row


B5_NOTE = (
    "aiplane and the floor differ by a few % per chunk, less than this shared machine's"
    " run-to-run noise; for a noise-free count of the same client path (instructions a"
    " chunk, httpx.MockTransport) run benchmarks/micro_stream.py under callgrind"
)


def b5(ctx: Context) -> Row:
    chunks = 2_000 if ctx.quick else 100_000
    clients = ["aiplane", "openai", "floor"]
    deployment = ctx.mock.deployment()
    ctx.mock.admin(
        "POST",
        "/_mock/scripts/chat",
        {"deployment_id": deployment, "chunks": chunks, "chunk_size": 5, "times": ctx.runs * 3 + 1},
    )
    opts = {"data_url": ctx.mock.data_url, "deployment": deployment, "chunks": chunks}
    results = repeat(ctx.runs, "B5", clients, **opts)
    cpu = {c: stat([r["cpu_s"] for r in rs]) for c, rs in results.items()}
    rate = {c: stat([chunks / r["cpu_s"] for r in rs]) for c, rs in results.items()}
    row = Row(
        "B5",
        f"a chat stream of {chunks:,} chunks (5 characters each), typed chunks",
        "client CPU of the whole stream; floor = httpx-sse + json.loads + the same"
        " ChatCompletionChunk.from_dict",
        [
            Measure("client CPU", "s", cpu, 1, 3),
            Measure("chunks per CPU second", "chunks/s", rate, 1, 0),
        ],
    )
    row.targets.append(
        Target("chunks/s aiplane / openai ≥ 4", ratio(rate["aiplane"], rate["openai"]), 4.0, True)
    )
    row.targets.append(
        Target("time aiplane / floor ≤ 1.1", ratio(cpu["aiplane"], cpu["floor"]), 1.1)
    )
    row.notes.append(B5_NOTE)
    if ctx.profiling(row):
        repeat(1, "B5", ["aiplane"], profile=ctx.profile_path("B5"), **opts)
        row.profile = "profiles/B5.txt"
    return row


def b6(ctx: Context) -> Row:
    size = (16 if ctx.quick else 1024) * 2**20
    clients = ["aiplane_apikey", "raw_apikey", "aiplane_signed", "raw_signed"]
    with tempfile.TemporaryDirectory(prefix="aiplane-bench-") as tmp:
        source = Path(tmp) / "source.bin"
        with source.open("wb") as out:
            block = os.urandom(2**20)
            for _ in range(size // 2**20):
                out.write(block)
        opts = {"data_url": ctx.mock.data_url, "source": str(source), "target": f"{tmp}/t.bin"}
        results = repeat(max(1, ctx.runs - 1), "B6", clients, **opts)
    mib = size / 2**20
    up = {c: stat([mib / r["upload_s"] for r in rs]) for c, rs in results.items()}
    down = {c: stat([mib / r["download_s"] for r in rs]) for c, rs in results.items()}
    rss = _rss(results)
    row = Row(
        "B6",
        f"upload and download {mib:,.0f} MiB (API key, and OCI-signed)",
        "wall throughput; the mock stores the file on disk; peak RSS of the client process",
        [Measure("upload", "MiB/s", up, 1, 0), Measure("download", "MiB/s", down, 1, 0), rss],
    )
    for auth in ("apikey", "signed"):
        ours, raw = f"aiplane_{auth}", f"raw_{auth}"
        row.targets.append(Target(f"{ours} peak RSS < 64 MiB", rss.per_client[ours].median, 64))
        for name, table in (("upload", up), ("download", down)):
            row.targets.append(
                Target(f"{name} {ours} / {raw} ≥ 0.9", ratio(table[ours], table[raw]), 0.9, True)
            )
    return row


def b8(ctx: Context) -> Row:
    def timed(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - start

    gen, drift = [], []
    for _ in range(1 if ctx.quick else 2):
        with tempfile.TemporaryDirectory(prefix="aiplane-gen-") as tmp:
            gen.append(timed("tools/generate.py", "--out", tmp))
        if not ctx.quick:
            drift.append(
                timed("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_generation.py")
            )
    measures = {"generate": stat(gen)}
    if drift:
        measures["drift check (tests/test_generation.py)"] = stat(drift)
    return Row(
        "B8",
        "`make generate` and the drift check",
        "seconds, reported (no target)",
        [Measure("wall", "s", measures, 1, 1)],
    )


from row_b7 import b7  # noqa: E402  (it imports Context from here)

ROWS = {"B1": b1, "B2": b2, "B3": b3, "B4": b4, "B5": b5, "B6": b6, "B7": b7, "B8": b8}
BENCH_DIR = BENCH
