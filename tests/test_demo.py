"""`make demo` runs whole: the quickstart against the embedded mock, no stack trace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_streams_transfers_and_follows_a_run() -> None:
    """The demo streams a chat, round-trips a file with progress and follows run events."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-3000:]
    assert "Traceback" not in out
    for expected in ("assistant: ", "up   100%", "down 100%", "byte-exact", "run event", "done"):
        assert expected in out, expected
