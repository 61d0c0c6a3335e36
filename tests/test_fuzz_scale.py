"""The fuzz knobs: example counts scaled by AIPLANE_FUZZ_SCALE, case tallies, report sections."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import fuzz_scale
from tests.conftest import TOOLS
from tests.fuzz_scale import REPORT_ENV, SCALE_ENV, examples

sys.path.insert(0, str(TOOLS))
import fuzz

ROOT = TOOLS.parent


def test_examples_keep_their_default_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset, the quick counts of make test stay as they are."""
    monkeypatch.delenv(SCALE_ENV, raising=False)
    assert examples(25) == 25


def test_examples_are_multiplied_by_the_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    """AIPLANE_FUZZ_SCALE=8 runs eight times the examples."""
    monkeypatch.setenv(SCALE_ENV, "8")
    assert examples(25) == 200


@pytest.mark.parametrize("raw", ["0", "-2", "lots"])
def test_a_bad_scale_is_refused(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    """A scale that is not a positive integer is an error, not a silent default."""
    monkeypatch.setenv(SCALE_ENV, raw)
    with pytest.raises(ValueError, match=SCALE_ENV if raw != "lots" else "invalid literal"):
        examples(1)


def test_tallies_are_written_when_the_process_exits(tmp_path: Path) -> None:
    """Counted cases land in the JSON file named by AIPLANE_FUZZ_REPORT."""
    out = tmp_path / "tally.json"
    code = "from tests.fuzz_scale import tally\nfor _ in range(3): tally('hostile/sync/get')"
    subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={REPORT_ENV: str(out)}, check=True, timeout=60
    )
    assert json.loads(out.read_text()) == {"hostile/sync/get": 3}


def test_contract_section_counts_cases_per_spec() -> None:
    """The contract section sums cases per spec, with operations, spread and stateful counts."""
    tally = {
        "contract/management/GET /a": 3,
        "contract/management/POST /a": 5,
        "contract/data/GET /b": 7,
        "stateful/data/scenarios": 2,
        "stateful/data/steps": 16,
        "stateful/data/link steps": 4,
    }
    text = fuzz.contract_section(tally, "head")
    assert "| management | 2 | 8 | 3 | 5 | 0 | 0 | 0 |" in text
    assert "| data | 1 | 7 | 7 | 7 | 2 | 16 | 4 |" in text


def test_hostile_section_totals_the_cases() -> None:
    """The hostile section lists each mode/operation and their total."""
    text = fuzz.hostile_section({"hostile/sync/get": 4, "hostile/async/create": 6}, "head")
    assert "| sync/get | 4 |" in text and "| **total** | 10 |" in text


def test_hostile_section_counts_categories_and_memory() -> None:
    """The hostile section tallies each category and each suite's traced cases and peak."""
    tally = {
        "hostile/sync/chat": 3,
        "hostile-kind/1xx status": 2,
        "hostile-kind/endless events": 1,
        "memory/streams/traced": 2,
        "memory/streams/not traced": 1,
        "peak/streams/bytes": 3 << 20,
        "peak/streams/percent of bound": 37,
    }
    text = fuzz.hostile_section(tally, "head")
    assert "| 1xx status | 2 |" in text and "| endless events | 1 |" in text
    assert "| streams | 2 | 1 | 3.00 MiB | 37% |" in text
    assert "| calls | 0 | 0 | 0.00 MiB | 0% |" in text


def test_peak_keeps_the_largest_value() -> None:
    """peak() keeps the largest value seen under its key, not the sum."""
    fuzz_scale.TALLY.pop("peak/test/bytes", None)
    for value in (5, 9, 2):
        fuzz_scale.peak("peak/test/bytes", value)
    assert fuzz_scale.TALLY.pop("peak/test/bytes") == 9
