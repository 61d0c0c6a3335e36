"""``make soak``: the full fault soak (issue 13 point 1) and its hygiene checks (point 8).

Runs the workload of :mod:`tests.soak` (the quick test's code) at full size against a fresh
mock, checks it with :mod:`tests.soak_check`, and writes the figures into the "Fault soak"
section of tests/RELIABILITY.md (other sections are left as they are). Exits 1 on any
violation::

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

import aiplane  # noqa: E402
from aiplane_mock import running  # noqa: E402
from tests.mock_helpers import API_KEY, server_options, signer  # noqa: E402
from tests.soak import (  # noqa: E402
    FAULTS,
    SoakConfig,
    client_options,
    fd_count,
    run_soak,
    temp_names,
    threads_left,
)
from tests.soak_check import VIOLATIONS, check  # noqa: E402

REPORT = ROOT / "tests" / "RELIABILITY.md"
TITLE = "## Fault soak"


def soak(config: SoakConfig) -> tuple[Counter[str], float]:
    """Run and check one soak; its counts and its duration in seconds."""
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
    return counts, time.monotonic() - start


def section(config: SoakConfig, counts: Counter[str], seconds: float) -> str:
    """The report section: setup, violations (all must be 0), then every count."""
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("aiplane", "httpx", "httpcore", "anyio", "uvicorn")
    )
    lines = [
        TITLE,
        "",
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


def write_section(text: str, path: Path = REPORT) -> None:
    """Replace (or append) the "Fault soak" section of the report, keeping the others."""
    old = path.read_text() if path.exists() else "# Reliability figures\n\n"
    before, found, rest = old.partition(TITLE)
    after = ""
    if found:
        _, heading, tail = rest.partition("\n## ")
        after = heading.lstrip("\n") and "## " + tail
    path.write_text(before.rstrip("\n") + "\n\n" + text + ("\n" + after if after else ""))


def main(argv: list[str] | None = None) -> int:
    """Run the soak; 0 when no violation was counted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-report", action="store_true", help="print only")
    args = parser.parse_args(argv)
    config = SoakConfig(writes=args.writes, workers=args.workers, seed=args.seed)
    counts, seconds = soak(config)
    text = section(config, counts, seconds)
    print(text)
    if not args.no_report:
        write_section(text)
    bad = {name: counts[name] for name in VIOLATIONS if counts[name]}
    leaks = ("fd_delta", "threads_left", "temp_files_left", "checked_out:sync", "checked_out:async")
    return 1 if bad or any(counts[name] > 0 for name in leaks) else 0


if __name__ == "__main__":
    sys.exit(main())
