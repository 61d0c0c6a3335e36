"""Quick tests that a full run repeats at a larger size, and the cases they tally.

A quick suite runs its default counts in ``make test``; its full run (``make fuzz``,
``make soak``) runs the same tests with every count multiplied by the scale in an environment
variable, and has them tally what they did into the JSON file named by another (written when
the test process exits), from which the tool writes tests/RELIABILITY.md.
"""

from __future__ import annotations

import atexit
import json
import os
from collections import Counter
from pathlib import Path

__all__ = ["Scaled"]


class Scaled:
    """The scale read from ``scale_env`` and the tally written to the file in ``report_env``."""

    def __init__(self, scale_env: str, report_env: str) -> None:
        self.scale_env = scale_env
        self.report_env = report_env
        self.counts: Counter[str] = Counter()
        atexit.register(self.write)

    def scale(self) -> int:
        """The multiplier from the scale variable (1 when unset); a bad value is an error."""
        raw = os.environ.get(self.scale_env, "").strip()
        if not raw:
            return 1
        value = int(raw)
        if value < 1:
            raise ValueError(f"{self.scale_env} must be a positive integer, got {raw!r}")
        return value

    def times(self, default: int) -> int:
        """``default``, times the scale."""
        return default * self.scale()

    def tally(self, key: str, amount: int = 1) -> None:
        """Count ``amount`` under ``key`` (``<suite>/<test or part>/<what>``)."""
        self.counts[key] += amount

    def peak(self, key: str, value: int) -> None:
        """Keep the largest ``value`` seen under ``key`` (``peak/<suite>/<measure>``)."""
        self.counts[key] = max(self.counts[key], value)

    def write(self) -> None:
        """Write the tally to the report file, if a full run named one."""
        target = os.environ.get(self.report_env)
        if target:
            Path(target).write_text(json.dumps(dict(sorted(self.counts.items())), indent=1) + "\n")
