"""``make soak``: the full fault soak (issue 13 point 1) and its hygiene checks (point 8).

Runs the workload of :mod:`tests.soak` (the quick test's code) at full size against a fresh
mock, checks it with :mod:`tests.soak_check`, runs it a second time with the same seed on
another fresh mock to compare which faults each call got (``--no-repeat`` skips that), and
writes the figures into the "Fault soak" section of tests/RELIABILITY.md (other sections are
left as they are). Exits 1 on any violation::

    python tools/soak.py --writes 10000 --workers 8 --seed 13
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import threading
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reliability import write_section  # noqa: E402

import aiplane  # noqa: E402
from aiplane_mock import running  # noqa: E402
from tests.mock_helpers import API_KEY, server_options, signer  # noqa: E402
from tests.soak import (  # noqa: E402
    FAULTS,
    TIMEOUT,
    Call,
    SoakConfig,
    client_options,
    fd_count,
    run_soak,
    temp_names,
    threads_left,
)
from tests.soak_check import VIOLATIONS, check  # noqa: E402

REPORT = ROOT / "tests" / "RELIABILITY.md"
TITLE = "Fault soak"


def soak(config: SoakConfig) -> tuple[Counter[str], float, list[Call]]:
    """Run and check one soak; its counts, its duration in seconds and its calls."""
    start = time.monotonic()
    with running(**server_options(seed=config.seed, request_log=4 * config.writes)) as mock:
        deployment = mock.control.create_deployment()
        options = client_options(mock, API_KEY, signer())
        fds, threads, temps = fd_count(mock), {t.ident for t in threading.enumerate()}, temp_names()
        calls, out = run_soak(mock, config, options, deployment)
        with aiplane.Client(**{**options, "timeout": 30.0}) as client:
            counts = check(mock, client, calls)
        gc.collect()
        counts.update(out)
        counts["fd_delta"] = fd_count(mock) - fds
        counts["threads_left"] = len(threads_left(threads))
        counts["temp_files_left"] = len(temp_names() - temps)
    return counts, time.monotonic() - start, calls


def rerun(config: SoakConfig) -> list[Call]:
    """The soak's workload once more on a fresh mock with the same seed (not checked)."""
    with running(**server_options(seed=config.seed, request_log=4 * config.writes)) as mock:
        deployment = mock.control.create_deployment()
        options = client_options(mock, API_KEY, signer())
        return run_soak(mock, config, options, deployment)[0]


def outcome(call: Call) -> str:
    """What a call came to: ``ok`` or its error class (after its re-send, if any)."""
    final = call.resent or call
    return "ok" if final.error is None else type(final.error).__name__


def compare(first: list[Call], second: list[Call]) -> Counter[str]:
    """How alike two runs with one seed were: per call, the faults of its requests (the n-th
    request of a call in both runs must get the same fault) and its outcome."""
    counts: Counter[str] = Counter()
    for one, two in zip(first, second, strict=True):
        common = min(len(one.faults), len(two.faults))
        counts["repeat:requests_in_both"] += common
        counts["repeat:requests_in_one_only"] += abs(len(one.faults) - len(two.faults))
        counts["repeat:requests_other_fault"] += sum(
            a != b for a, b in zip(one.faults, two.faults, strict=False)
        )
        counts["repeat:calls_same_faults"] += one.faults == two.faults
        counts["repeat:calls_same_outcome"] += outcome(one) == outcome(two)
        counts["repeat:budget_exhausted_first"] += budget_exhausted(one)
        counts["repeat:budget_exhausted_second"] += budget_exhausted(two)
    return counts


def budget_exhausted(call: Call) -> bool:
    """Whether a call's error came because the client's shared retry budget was empty."""
    error = (call.resent or call).error
    return getattr(error, "retry_stop", "") == "retry budget exhausted"


def section(config: SoakConfig, counts: Counter[str], seconds: float) -> str:
    """The report section: setup, violations (all must be 0), then every count."""
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("aiplane", "httpx", "httpcore", "anyio", "uvicorn")
    )
    lines = [
        f"`make soak` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): {config.writes:,} "
        f"writes, {config.workers} workers per half (sync threads and async tasks at once), "
        f"seed {config.seed}, faults on {config.fault_rate:.0%} of requests "
        f"({', '.join(name for name, _ in FAULTS)}), {seconds:.0f} s; "
        f"Python {platform.python_version()}, {versions}.",
        "",
        "Checked against the mock's own listings, files and request log (tests/soak_check.py):"
        " duplicates (a name held twice), lost (a success the server lacks), ghosts (a"
        " definite error whose resource exists), untyped exceptions, OutcomeUnknown with no"
        " ambiguous attempt behind it, a re-send with its retry token making a second"
        " resource, uploads not byte-exact (SHA-256), a chat processed twice, cause cycles."
        " Uploads are idempotent PUTs: one that failed after a processed attempt is stored"
        " byte-exact and counted as upload_failed_but_stored.",
        "",
        *repeat_note(config, counts),
        "| must be 0 | count |",
        "| --- | ---: |",
        *(f"| {name} | {counts[name]} |" for name in VIOLATIONS),
        "",
        "| count | value |",
        "| --- | ---: |",
        *(f"| {name} | {value} |" for name, value in sorted(counts.items())),
        "",
    ]
    return "\n".join(lines)


def repeat_note(config: SoakConfig, counts: Counter[str]) -> list[str]:
    """What the second run with the same seed showed (nothing when it was skipped)."""
    if not counts["repeat:requests_in_both"]:
        return []
    return [
        "Reproducibility: each call sends its name in the mock's fault-key header, so the n-th"
        " request of a call draws its fault from (seed, rule, name, n) whatever else is in"
        f" flight (aiplane_mock.faults). A second run with seed {config.seed} on a fresh mock:"
        f" {counts['repeat:requests_in_both']:,} requests made in both runs, of which"
        f" {counts['repeat:requests_other_fault']} got another fault;"
        f" {counts['repeat:calls_same_faults']:,} of {config.writes:,} calls got the same"
        " fault on every request. What is not reproducible is how many requests a call makes,"
        " for two reasons. The client's retry budget (a token bucket shared by the workers)"
        " empties and refills with the order in which calls fail and succeed, so a call is"
        " retried in one run and not in the other (calls refused a retry by an empty budget:"
        f" {counts['repeat:budget_exhausted_first']} in the first run,"
        f" {counts['repeat:budget_exhausted_second']} in the second). And a request without"
        f" a fault may still outlast the soak's {TIMEOUT} s client timeout when the cores are"
        " busy, and be retried."
        f" {counts['repeat:requests_in_one_only']} requests were made in one run only, and"
        f" {counts['repeat:calls_same_outcome']:,} of {config.writes:,} calls ended the same"
        " way (success, or the same error class).",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the soak; 0 when no violation was counted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-report", action="store_true", help="print only")
    parser.add_argument("--no-repeat", action="store_true", help="skip the second run")
    args = parser.parse_args(argv)
    config = SoakConfig(writes=args.writes, workers=args.workers, seed=args.seed)
    counts, seconds, calls = soak(config)
    if not args.no_repeat:
        counts.update(compare(calls, rerun(config)))
    text = section(config, counts, seconds)
    print(text)
    if not args.no_report:
        write_section(REPORT, TITLE, text)
    bad = {
        name: counts[name] for name in (*VIOLATIONS, "repeat:requests_other_fault") if counts[name]
    }
    leaks = ("fd_delta", "threads_left", "temp_files_left", "checked_out:sync", "checked_out:async")
    return 1 if bad or any(counts[name] > 0 for name in leaks) else 0


if __name__ == "__main__":
    sys.exit(main())
