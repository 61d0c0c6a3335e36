"""``make chaos`` (part of ``make soak``): the chaos tests for streams and transfers (issue 13
point 3) at full size, figures to tests/RELIABILITY.md.

Runs tests/test_chaos.py and tests/test_chaos_transfers.py (the quick suites of ``make test``)
in one pytest process with every round count multiplied by ``--scale``
(``AIPLANE_CHAOS_SCALE``) and each test's seed moved by ``--seed`` (``AIPLANE_CHAOS_SEED``),
has the tests tally every round's outcome (``AIPLANE_CHAOS_REPORT``, tests/chaos.py) and
writes the "Chaos for streams and transfers" section (the others are left as they are).
Exits with pytest's status, or 1 when a count that must be 0 is not::

    python tools/chaos.py --scale 20 --seed 0
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from reliability import run_scaled, versions, write_section

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "RELIABILITY.md"
TITLE = "Chaos for streams and transfers"
TESTS = ["tests/test_chaos.py", "tests/test_chaos_transfers.py"]
SCALE_ENV, SEED_ENV, REPORT_ENV = (
    "AIPLANE_CHAOS_SCALE",
    "AIPLANE_CHAOS_SEED",
    "AIPLANE_CHAOS_REPORT",
)
SEED_OFFSETS = (31, 32, 33, 34, 35, 36)  # rng(offset) of each test in tests/test_chaos*.py

# What each group of tallied counts is (tests/test_chaos.py, tests/test_chaos_transfers.py).
SCENARIOS = {
    "chat_cut": "Chat streams cut at a random byte (a third exactly at an event's end, a third"
    " one byte before one, a third anywhere or just past the end): the outcome must be"
    " `completed` when `[DONE]` arrived whole, StreamInterrupted carrying exactly the chunks"
    " whose events ended before the cut, OutcomeUnknown when none did (not re-sent).",
    "chat_stall": "Chat streams stalled for 2 s after 1-4 chunks, read with idle_timeout"
    " 0.2 s: each must end with a typed error (StreamInterrupted with the chunks received, or"
    " Timeout).",
    "run_cut": "Run-event streams of a finished run cut up to 1-3 times (cut_points) after a"
    " random event (a resumed stream shorter than that is not cut): the SDK reconnects from"
    " Last-Event-ID (reconnects, from the mock's request log); the events must equal an uncut"
    " read.",
    "run_stall": "Live runs whose 4 output events come at random moments up to 0.9 s apart,"
    " read with idle_timeout 0.1 s: the SDK reconnects from Last-Event-ID; the events must"
    " equal a read after the run ended.",
    "download": "Downloads of 200,000 bytes whose responses are cut after a random offset, up"
    " to 1-3 times (a resumed response no longer than the offset arrives whole): the SDK must"
    " resume once per cut with Range/If-Range, and the file must match the SHA-256, with no"
    " .part file left.",
    "upload": "Uploads of 200,000 bytes broken mid-body, in turn: the source fails after a"
    " random number of bytes (its own OSError is raised unchanged), the mock drops the"
    " connection after a random number of body bytes once (retried: the blob the mock"
    " stored must match the SHA-256) or on both attempts, or drops both attempts after"
    " reading the body (a typed error, nothing stored). Afterwards the mock's folder listing"
    " must hold only the stored files and its file-store audit no orphan or short blob; the"
    " client's temp directory must be empty.",
    "pool": "Connections: after every round (and at each client's close) the client's"
    " connection pool is read; it must have none checked out.",
}
MUST_BE_ZERO = (
    "chat_cut/not_as_expected",
    "run_cut/duplicates",
    "run_cut/missing",
    "run_cut/out_of_order",
    "run_stall/duplicates",
    "run_stall/missing",
    "run_stall/out_of_order",
    "download/sha256_mismatch",
    "download/resumes_not_one_per_cut",
    "download/part_files_left",
    "download/temp_files_left",
    "upload/sha256_mismatch",
    "upload/server_files_unexpected",
    "upload/server_blobs_orphan",
    "upload/server_blobs_short",
    "upload/client_temp_files_left",
    "pool/checked_out",
)


def derive(tally: dict[str, int]) -> dict[str, int]:
    """The tally with the failures it implies: rounds not as expected, digests that differed."""
    counts = dict(tally)
    chat_rounds = sum(v for k, v in tally.items() if k.startswith("chat_cut/outcome:"))
    counts["chat_cut/rounds"] = chat_rounds
    counts["chat_cut/not_as_expected"] = chat_rounds - tally.get("chat_cut/as_expected", 0)
    counts["chat_stall/rounds"] = sum(
        v for k, v in tally.items() if k.startswith("chat_stall/outcome:")
    )
    counts["download/sha256_mismatch"] = tally.get("download/rounds", 0) - tally.get(
        "download/sha256_match", 0
    )
    stored = sum(v for k, v in tally.items() if k.startswith("upload/") and k.endswith(":stored"))
    counts["upload/sha256_mismatch"] = stored - tally.get("upload/sha256_match", 0)
    return counts


def tables(counts: dict[str, int]) -> list[str]:
    """One described table per scenario, its counts sorted by name."""
    lines = []
    for name, text in SCENARIOS.items():
        rows = sorted(
            (k.partition("/")[2], v) for k, v in counts.items() if k.startswith(name + "/")
        )
        lines += [f"{text}", "", "| count | value |", "| --- | ---: |"]
        lines += [f"| {key} | {value:,} |" for key, value in rows]
        lines.append("")
    return lines


def section(counts: dict[str, int], head: str) -> str:
    """The report section: the run, what must be 0, then each scenario's counts."""
    return "\n".join(
        [
            head,
            "",
            "Each test runs once through the sync client and once through the async one; the"
            " counts are over both.",
            "",
            "| must be 0 | count |",
            "| --- | ---: |",
            *(f"| {name} | {counts.get(name, 0)} |" for name in MUST_BE_ZERO),
            "",
            *tables(counts),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the chaos tests at full size and write their section; non-zero on a failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=20, help="multiplier of every round count")
    parser.add_argument("--seed", type=int, default=0, help="added to each test's own seed")
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args(argv)
    env = {SCALE_ENV: str(args.scale), SEED_ENV: str(args.seed)}
    done = run_scaled(TESTS, env, REPORT_ENV)
    counts = derive(done.tally)
    bad = {name: counts.get(name, 0) for name in MUST_BE_ZERO if counts.get(name, 0)}
    failures = "0 failures" if done.status == 0 else f"FAILED (pytest status {done.status})"
    seeds = ", ".join(str(args.seed + offset) for offset in SEED_OFFSETS)
    head = (
        f"`make soak` runs `make chaos` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
        f" scale {args.scale}: every round count of the quick tests times {args.scale}; seeds"
        f" {seeds}, i.e. base seed {args.seed} plus each test's own): {', '.join(TESTS)} in one"
        f" pytest run of {done.seconds:.0f} s on {os.cpu_count()} cores; pytest:"
        f" {done.summary}; {failures}."
        f" {versions('aiplane', 'httpx', 'httpcore', 'anyio', 'uvicorn')}."
    )
    text = section(counts, head)
    print(text)
    if not args.no_report:
        write_section(REPORT, TITLE, text)
    return done.status or (1 if bad else 0)


if __name__ == "__main__":
    sys.exit(main())
