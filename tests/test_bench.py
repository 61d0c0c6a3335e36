"""`make bench` still runs: its quick mode goes through every row (numbers are not judged)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_run_in_quick_mode() -> None:
    """benchmarks/run.py --quick exits 0 and reports every section."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    for section in ("call_cpu:", "import:", "signing:", "parse:", "sse_10k_chunks:"):
        assert section in done.stdout, section
