"""tests/RELIABILITY.md: figures written by the tools that measure them, one section each.

:func:`write_section` replaces the ``## <title>`` section (up to the next ``## `` heading)
or appends it, so each measuring tool (mutation testing, the secrets count, the soak, the
fuzz and chaos runs) rewrites its own figures and leaves the others' alone.
:func:`run_scaled` runs quick test files at a full run's scale and reads back what they
tallied (tests/scaling.py); :func:`versions` names what was measured with.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

__all__ = ["ScaledRun", "run_scaled", "versions", "write_section"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ScaledRun:
    """What one scaled pytest run gave: the tally, its seconds, pytest's status and summary."""

    tally: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    status: int = 0
    summary: str = "(no output)"


def run_scaled(tests: list[str], env: dict[str, str], report_env: str) -> ScaledRun:
    """Run ``tests`` in one pytest process with ``env`` added (the scale, seeds); the tests
    tally into the JSON file this names in ``report_env``."""
    with tempfile.TemporaryDirectory() as tmp:
        tally_file = Path(tmp) / "tally.json"
        start = time.monotonic()
        done = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [sys.executable, "-m", "pytest", "-q", "--timeout=1200", *tests],
            cwd=ROOT,
            env={**os.environ, **env, report_env: str(tally_file)},
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - start
        sys.stdout.write(done.stdout[-4000:])
        sys.stderr.write(done.stderr[-4000:])
        tally = json.loads(tally_file.read_text()) if tally_file.exists() else {}
    lines = done.stdout.strip().splitlines()
    return ScaledRun(tally, seconds, done.returncode, lines[-1] if lines else "(no output)")


def versions(*names: str) -> str:
    """``name version`` of each installed distribution, and the Python version."""
    found = ", ".join(f"{name} {version(name)}" for name in names)
    return f"Python {platform.python_version()}, {found}"


_HEADER = (
    "# Reliability figures\n\n"
    "Counts measured by the commands named in each section; rerun them to reproduce.\n"
)


def write_section(path: Path, title: str, body: str) -> None:
    """Put ``body`` under ``## title`` in ``path``, replacing what was there."""
    text = path.read_text() if path.exists() else _HEADER
    lines = text.splitlines(keepends=True)
    heading = f"## {title}"
    start = next((i for i, ln in enumerate(lines) if ln.rstrip() == heading), None)
    section = [f"{heading}\n", "\n", body if body.endswith("\n") else body + "\n"]
    if start is None:
        if lines and lines[-1].strip():
            lines.append("\n")
        lines += section
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = section + (["\n"] if end < len(lines) else [])
    path.write_text("".join(lines))
