"""`make bench` still runs: its quick mode goes through every row (numbers are not judged)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8")


def test_benchmarks_run_in_quick_mode(tmp_path: Path) -> None:
    """benchmarks/run.py --quick exits 0 and writes RESULTS.md with every row and its plots."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    results = (tmp_path / "RESULTS.md").read_text()
    for row in ROWS:
        assert f"## {row}: " in results, row
    assert "## Extra: rate limits" in results
    for plot in ("b2_latency.png", "b4_memory.png"):
        assert (tmp_path / "plots" / plot).read_bytes().startswith(b"\x89PNG"), plot
        assert f"(plots/{plot})" in results, plot
