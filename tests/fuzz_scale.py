"""How many examples the fuzz tests run, and how many cases they did run.

The quick suites (tests/test_hostile_responses.py, tests/test_mock_schemathesis.py) run their
default counts in ``make test``; ``make fuzz`` (tools/fuzz.py) runs the same tests with every
count multiplied by ``AIPLANE_FUZZ_SCALE`` and has them tally each case they ran into the JSON
file named by ``AIPLANE_FUZZ_REPORT`` (written when the test process exits).
"""

from __future__ import annotations

import atexit
import json
import os
from collections import Counter
from pathlib import Path

__all__ = ["SCALE_ENV", "REPORT_ENV", "examples", "peak", "tally", "TALLY"]

SCALE_ENV = "AIPLANE_FUZZ_SCALE"
REPORT_ENV = "AIPLANE_FUZZ_REPORT"
TALLY: Counter[str] = Counter()


def scale() -> int:
    """The multiplier from ``AIPLANE_FUZZ_SCALE`` (1 when unset); a bad value is an error."""
    raw = os.environ.get(SCALE_ENV, "").strip()
    if not raw:
        return 1
    value = int(raw)
    if value < 1:
        raise ValueError(f"{SCALE_ENV} must be a positive integer, got {raw!r}")
    return value


def examples(default: int) -> int:
    """``default`` examples, times the fuzz scale."""
    return default * scale()


def tally(key: str) -> None:
    """Count one case under ``key`` (``<suite>/<test or spec>/<part>``)."""
    TALLY[key] += 1


def peak(key: str, value: int) -> None:
    """Keep the largest ``value`` seen under ``key`` (``peak/<suite>/<measure>``)."""
    TALLY[key] = max(TALLY[key], value)


def _write() -> None:
    target = os.environ.get(REPORT_ENV)
    if target:
        Path(target).write_text(json.dumps(dict(sorted(TALLY.items())), indent=1) + "\n")


atexit.register(_write)
