"""tests/RELIABILITY.md: figures written by the tools that measure them, one section each.

:func:`write_section` replaces the ``## <title>`` section (up to the next ``## `` heading)
or appends it, so each measuring tool (mutation testing, the secrets count, the soak, the
fuzz runs) rewrites its own figures and leaves the others' alone.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_section"]

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
