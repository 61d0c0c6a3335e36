"""The full-run tools' own arithmetic: the chaos section (tools/chaos.py) and the soak's
comparison of two runs with one seed (tools/soak.py)."""

from __future__ import annotations

import sys

import aiplane
from tests.conftest import TOOLS
from tests.soak import Call

sys.path.insert(0, str(TOOLS))
import chaos
import soak


def test_chaos_counts_rounds_not_as_expected_and_digest_mismatches() -> None:
    """Failures are derived from the tally: outcomes minus expected ones, rounds minus
    matching digests, stored uploads minus matching digests."""
    counts = chaos.derive(
        {
            "chat_cut/outcome:completed": 2,
            "chat_cut/outcome:StreamInterrupted": 3,
            "chat_cut/as_expected": 4,
            "download/rounds": 5,
            "download/sha256_match": 5,
            "upload/dropped_once:stored": 2,
            "upload/sha256_match": 1,
        }
    )
    assert counts["chat_cut/rounds"] == 5
    assert counts["chat_cut/not_as_expected"] == 1
    assert counts["download/sha256_mismatch"] == 0
    assert counts["upload/sha256_mismatch"] == 1


def test_chaos_section_lists_every_must_be_zero_count_and_each_scenario() -> None:
    """The section has a row for each count that must be 0, and a table per scenario."""
    text = chaos.section(chaos.derive({"pool/checked_out": 2, "pool/rounds": 9}), "head")
    assert all(f"| {name} |" in text for name in chaos.MUST_BE_ZERO)
    assert "| pool/checked_out | 2 |" in text and "| rounds | 9 |" in text
    assert all(description in text for description in chaos.SCENARIOS.values())


def _call(number: int, faults: list[str], error: Exception | None = None) -> Call:
    call = Call(number, "createRun", "sync", f"c{number}", faults=faults)
    call.error = error
    return call


def test_soak_comparison_counts_requests_faults_and_outcomes() -> None:
    """Two runs are compared call by call: the n-th requests both made, those that got
    another fault, those made in one run only, and calls ending alike."""
    budget = aiplane.errors.ServerError(
        503, code=None, message="down", opc_request_id=None, headers={}, body_excerpt=""
    )
    budget.retry_stop = "retry budget exhausted"
    first = [_call(0, ["", ""]), _call(1, ["drop_after"]), _call(2, ["status_503"], budget)]
    second = [_call(0, [""]), _call(1, ["latency"]), _call(2, ["status_503", ""])]
    counts = soak.compare(first, second)
    assert counts["repeat:requests_in_both"] == 3
    assert counts["repeat:requests_in_one_only"] == 2
    assert counts["repeat:requests_other_fault"] == 1
    assert counts["repeat:calls_same_faults"] == 0
    assert counts["repeat:calls_same_outcome"] == 2
    assert (counts["repeat:budget_exhausted_first"], counts["repeat:budget_exhausted_second"]) == (
        1,
        0,
    )
