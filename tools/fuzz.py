"""``make fuzz``: the hostile-response and contract-fuzzing suites at full size (issue 13,
points 2 and 4), figures to tests/RELIABILITY.md.

Runs the hostile-response suites (tests/test_hostile_responses.py, tests/test_hostile_streams.py,
tests/test_hostile_wire.py) and tests/test_mock_schemathesis.py (the quick suites of
``make test``) in one pytest process with every example count multiplied by ``--scale``
(``AIPLANE_FUZZ_SCALE``, read by tests/fuzz_scale.py), has the tests tally each case they ran
into a JSON file (``AIPLANE_FUZZ_REPORT``), and writes the "Hostile responses" and "Contract
fuzzing" sections (the others are left as they are). Exits with pytest's status::

    python tools/fuzz.py --scale 12
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
HOSTILE = [
    "tests/test_hostile_responses.py",  # calls: JSON bodies, statuses, headers, drops
    "tests/test_hostile_streams.py",  # chat and run-event streams
    "tests/test_hostile_wire.py",  # over a real socket (fixed cases: not scaled)
]
CONTRACT = "tests/test_mock_schemathesis.py"
SCALE_ENV = "AIPLANE_FUZZ_SCALE"  # read by tests/fuzz_scale.py
REPORT_ENV = "AIPLANE_FUZZ_REPORT"  # written by tests/fuzz_scale.py
SCHEMATHESIS_SEED = 20231130  # _CONFIG["seed"] in tests/test_mock_schemathesis.py


def part(tally: dict[str, int], prefix: str) -> dict[str, int]:
    """The counts under ``prefix/``, keyed by the rest of their key."""
    return {k[len(prefix) + 1 :]: v for k, v in tally.items() if k.startswith(prefix + "/")}


HOSTILE_TEXT = (
    "hypothesis (derandomized: its seed is fixed by each test's source) feeds aiplane.call /"
    " aiplane.acall (get_model, create_dedicated_ai_cluster) and aiplane.stream / astream"
    " (create_chat_completion, get_run_events) mutated responses: dropped, retyped, unknown"
    " and unknown-enum fields, deep nesting, truncated JSON, HTML, binary and control"
    " characters, endless bodies, statuses 1xx-599, garbled, latin-1, UTF-8, 64 KiB and 1 MiB"
    " header values and thousands of headers, wrong content types, connection drops; for"
    " streams also malformed lines, missing and doubled data:, unknown events and fields,"
    " data past max_bytes, endless streams and slow drips with gaps. tests/test_hostile_wire.py"
    " adds fixed cases over a real socket (interim 1xx answers, 101, 301, header blocks past"
    " the client's limit, drips, a replayed event after a cut). Each case must end as a typed"
    " model, typed events or an aiplane.errors exception (OutcomeUnknown only for a create"
    " holding a retry token, or a chat POST), within 120 s of (fake) waiting, every response"
    " closed, no endless body read to its stop (the runtime's bounds end it)."
)
MEMORY_TEXT = (
    "Memory: tracemalloc's peak of each traced case (every case with a large input: an"
    " endless body, 64 KiB of body or headers, a thousand headers; one in ten or twenty of"
    " the rest, as tracing costs about five times the case) stays within its bound: 2 x the"
    " body bytes a call may read (JSON_BODY_LIMIT 32 MiB for a 2xx, ERROR_BODY_LIMIT 64 KiB"
    " otherwise, less for a shorter body) or 16 x a stream's max_bytes (16 KiB in the suite:"
    " a stream keeps its events), + 12 x the header bytes sent + 4 MiB."
)
SUITES = {"calls": "calls", "streams": "streams", "wire": "over a socket"}


def _mib(value: int) -> str:
    return f"{value / (1 << 20):.2f} MiB"


def memory_rows(tally: dict[str, int]) -> list[str]:
    """One row per suite: cases traced and not, the largest peak and share of its bound."""
    rows = []
    for key, label in SUITES.items():
        memory, peaks = part(tally, f"memory/{key}"), part(tally, f"peak/{key}")
        rows.append(
            f"| {label} | {memory.get('traced', 0):,} | {memory.get('not traced', 0):,}"
            f" | {_mib(peaks.get('bytes', 0))} | {peaks.get('percent of bound', 0)}% |"
        )
    return rows


def hostile_section(tally: dict[str, int], head: str) -> str:
    """Cases per mode and operation, per hostile category, and the memory measured."""
    cases = part(tally, "hostile")
    kinds = part(tally, "hostile-kind")
    connections = tally.get("peak/streams/connections", 0)
    return "\n".join(
        [
            f"{head}tests/test_hostile_responses.py, tests/test_hostile_streams.py: "
            + HOSTILE_TEXT,
            "",
            "| mode/operation | cases |",
            "| --- | ---: |",
            *[f"| {key} | {value:,} |" for key, value in sorted(cases.items())],
            f"| **total** | {sum(cases.values()):,} |",
            "",
            "Cases per category (a case may count in several):",
            "",
            "| category | cases |",
            "| --- | ---: |",
            *[f"| {key} | {value:,} |" for key, value in sorted(kinds.items())],
            "",
            MEMORY_TEXT + f" The most connections one stream case made: {connections}.",
            "",
            "| suite | traced cases | untraced cases | largest peak | largest share of its bound |",
            "| --- | ---: | ---: | ---: | ---: |",
            *memory_rows(tally),
            "",
        ]
    )


def contract_section(tally: dict[str, int], head: str) -> str:
    """Cases per spec (and their spread over operations), stateful scenarios and steps."""
    rows = []
    for spec in ("management", "data"):
        ops = part(tally, f"contract/{spec}")
        machine = part(tally, f"stateful/{spec}")
        rows.append(
            f"| {spec} | {len(ops)} | {sum(ops.values()):,} | {min(ops.values(), default=0)}"
            f" | {max(ops.values(), default=0)} | {machine.get('scenarios', 0):,}"
            f" | {machine.get('steps', 0):,} | {machine.get('link steps', 0):,} |"
        )
    return "\n".join(
        [
            f"{head}tests/test_mock_schemathesis.py: schemathesis against the mock (all checks"
            " on, every request OCI-signed and verified by the mock), both specs, per operation"
            " (coverage, examples and fuzzing phases), then the links-driven state machine of"
            f" each spec (8 steps per scenario). schemathesis seed {SCHEMATHESIS_SEED},"
            " derandomized hypothesis.",
            "",
            "| spec | operations | cases | fewest per operation | most per operation"
            " | stateful scenarios | stateful steps | steps following a link |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            *rows,
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the hostile and contract suites at full size and write their sections; pytest's
    exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=12, help="multiplier of every example count")
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args(argv)
    done = run_scaled([*HOSTILE, CONTRACT], {SCALE_ENV: str(args.scale)}, REPORT_ENV)
    tally, seconds, status, summary = done.tally, done.seconds, done.status, done.summary
    failures = "0 failures" if status == 0 else f"FAILED (pytest status {status})"
    head = (
        f"`make fuzz` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, scale"
        f" {args.scale}: every example count of the quick tests times {args.scale}),"
        f" the {len(HOSTILE) + 1} test files in one run of {seconds:.0f} s on {os.cpu_count()}"
        f" cores; pytest:"
        f" {summary}; {failures}."
    )
    stack = versions("aiplane", "httpx", "hypothesis", "schemathesis", "uvicorn")
    hostile = hostile_section(tally, f"{head} {stack}.\n\n")
    contract = contract_section(tally, f"{head} {stack}.\n\n")
    print(hostile, contract, sep="\n")
    if not args.no_report:
        write_section(REPORT, "Hostile responses", hostile)
        write_section(REPORT, "Contract fuzzing", contract)
    return status


if __name__ == "__main__":
    sys.exit(main())
