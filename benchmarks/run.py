"""aiplane benchmarks against the official clients and the floor (issue 12's rows B1-B8).

    make bench            # or: .venv/bin/python benchmarks/run.py [--quick] [--rows B2,B5]

Starts the mock (``aiplane-mock serve``) on 127.0.0.1 on a free port, runs each row's clients
in fresh processes (benchmarks/workers.py) several times, and writes benchmarks/RESULTS.md
(median and spread per client, ratios to the peers of the same run, machine and versions,
plots, and for every missed target its analysis and a pyinstrument profile). ``--quick``
runs every row small, once, into a temporary directory (the test suite runs it); numbers
from it mean nothing.

Rows: B1 cold import; B2 signed get_model (client CPU, wall, latency plot); B3 signing;
B4 pagination (throughput, items alive, memory plot); B5 a long chat stream; B6 a big file
up and down; B7 many concurrent runs; B8 generation and the drift check. Also kept from
before: rate limits (benchmarks/bench_ratelimits.py), reported without a target.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ratelimits import bench_rate_limits
from common import BENCH, mock_server
from report import machine, write
from rows import ROWS, Context


def _rate_limit_section(quick: bool) -> list[str]:
    calls, per_second = (100, 40) if quick else (1_000, 200)
    values = bench_rate_limits(calls, per_second)
    lines = [
        f"## Extra: rate limits, {calls:,} concurrent chat calls, mock allows {per_second}/s",
        "",
        "Kept from the earlier benchmarks (no peer, no target): the mock's 429s and the calls",
        "that failed in the end, without and with the client-side `aiplane.RateLimiter`.",
        "",
        "| measure | value |",
        "|---|---|",
    ]
    lines += [
        f"| {k} | {v:.2f} |" if isinstance(v, float) else f"| {k} | {v} |"
        for k, v in values.items()
    ]
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="every row small, once (smoke run)")
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated rows to run")
    parser.add_argument("--out", type=Path, help="directory for RESULTS.md, plots, profiles")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rewrite RESULTS.md from the last run's measurements (after editing analysis.py)",
    )
    args = parser.parse_args()
    if args.report_only:
        out = args.out or BENCH
        rows, extra, header, quick, busy = pickle.loads(
            (out / "profiles" / "run.pickle").read_bytes()
        )
        write(rows, extra, out / "RESULTS.md", header, quick, busy)
        return 0
    keys = [k.strip() for k in args.rows.split(",") if k.strip()]
    unknown = [k for k in keys if k not in ROWS]
    if unknown:
        parser.error(f"unknown rows: {', '.join(unknown)}")
    out = args.out or (Path(tempfile.mkdtemp(prefix="aiplane-bench-")) if args.quick else BENCH)
    for sub in ("plots", "profiles"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).glob("*"):
            old.unlink()
    load_before = os.getloadavg()
    started = time.perf_counter()
    rows = []
    with mock_server() as mock:
        ctx = Context(mock, args.quick, 1 if args.quick else 3, out)
        for key in keys:
            begun = time.perf_counter()
            rows.append(ROWS[key](ctx))
            print(f"{key} done in {time.perf_counter() - begun:.1f}s", flush=True)
    extra = _rate_limit_section(args.quick) if len(keys) == len(ROWS) else []
    header = machine(load_before, os.getloadavg())
    header.append(f"- whole run: {time.perf_counter() - started:.0f} s")
    # more runnable work than cores before or after: other work shared the machine
    busy = max(load_before[0], os.getloadavg()[0]) > (os.cpu_count() or 1) * 0.5
    measured = (rows, extra, header, args.quick, busy)
    (out / "profiles" / "run.pickle").write_bytes(pickle.dumps(measured))
    write(rows, extra, out / "RESULTS.md", header, args.quick, busy)
    for row in rows:
        for target in row.targets:
            print(
                f"{row.key}: {target.text}: {target.value:.3g} {'met' if target.met else 'MISSED'}"
            )
    print(f"wrote {out / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
