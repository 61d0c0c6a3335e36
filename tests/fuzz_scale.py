"""How many examples the fuzz tests run, and how many cases they did run.

The quick suites (tests/test_hostile_responses.py, tests/test_mock_schemathesis.py) run their
default counts in ``make test``; ``make fuzz`` (tools/fuzz.py) runs the same tests with every
count multiplied by ``AIPLANE_FUZZ_SCALE`` and has them tally each case they ran into the JSON
file named by ``AIPLANE_FUZZ_REPORT`` (written when the test process exits).
"""

from __future__ import annotations

from tests.scaling import Scaled

__all__ = ["SCALE_ENV", "REPORT_ENV", "examples", "peak", "tally", "TALLY"]

SCALE_ENV = "AIPLANE_FUZZ_SCALE"
REPORT_ENV = "AIPLANE_FUZZ_REPORT"
FUZZ = Scaled(SCALE_ENV, REPORT_ENV)
TALLY = FUZZ.counts
examples = FUZZ.times
tally = FUZZ.tally
peak = FUZZ.peak
