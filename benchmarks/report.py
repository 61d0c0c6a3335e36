"""Write RESULTS.md from the rows: machine, versions, a summary of targets, then each row."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from analysis import ANALYSIS, FIXES
from common import Row

PACKAGES = (
    "aiplane",
    "httpx",
    "httpx-sse",
    "attrs",
    "cryptography",
    "oci",
    "openai",
    "pydantic",
    "requests",
    "starlette",
    "uvicorn",
    "pyinstrument",
    "matplotlib",
)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine(load_before: tuple[float, ...], load_after: tuple[float, ...]) -> list[str]:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = ", ".join(f"{p} {_version(p)}" for p in PACKAGES)
    return [
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {_cpu()}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.platform()}",
        f"- load average (1/5/15 min) before: {'/'.join(f'{x:.2f}' for x in load_before)}, "
        f"after: {'/'.join(f'{x:.2f}' for x in load_after)}",
        f"- Python {sys.version.split()[0]} ({platform.python_implementation()})",
        f"- packages: {versions}",
    ]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _row_section(row: Row, out: Path) -> list[str]:
    lines = [f"## {row.key}: {row.title}", "", f"How: {row.setup}.", ""]
    for measure in row.measures:
        clients = list(measure.per_client)
        unit = f" ({measure.unit})" if measure.unit else ""
        lines += [f"**{measure.name}**{unit}, median [min to max] (n runs):", ""]
        lines += ["| client | value |", "|---|---|"]
        for client in clients:
            shown = measure.per_client[client].show(measure.scale, measure.digits)
            lines.append(f"| {client} | {shown} |")
        lines.append("")
    for target in row.targets:
        mark = "met" if target.met else "**missed**"
        lines.append(f"- {target.text}: {target.value:.3g} — {mark}")
    lines += [f"- {note}" for note in row.notes]
    lines.append("")
    lines += [f"![{row.key}](plots/{plot})" for plot in row.plots]
    if row.plots:
        lines.append("")
    if row.missed:
        lines += ["### Why it misses", "", ANALYSIS.get(row.key, "(no analysis written yet)"), ""]
    if row.profile:
        lines += [f"Profile of aiplane ({row.profile}, pyinstrument), top:", "", "```"]
        lines += _profile_top(out / row.profile, row.profile)
        lines += ["```", ""]
    return lines


def _profile_top(path: Path, name: str, count: int = 30) -> list[str]:
    try:
        text = path.read_text().splitlines()
    except OSError:
        return [f"(profile {name} not found)"]
    return [line.rstrip() for line in text if line.strip()][:count]


def write(
    rows: list[Row],
    extra: list[str],
    path: Path,
    header: list[str],
    quick: bool,
    busy: bool = True,
) -> None:
    lines = [
        "# aiplane benchmarks",
        "",
        "Written by `make bench` (benchmarks/run.py"
        + (" --quick: small sizes, numbers not meaningful" if quick else "")
        + "). Every client runs in a fresh process against the mock on loopback (its own"
        " process, so its CPU is not the client's); ratios compare medians measured in the"
        " same run."
        + (
            " The machine was shared with other work while this ran (see the load average),"
            " so absolute timings are noisy; the ratios are what count."
            if busy
            else ""
        ),
        "",
        *header,
        "",
        "## Summary",
        "",
        "| row | target | value | |",
        "|---|---|---|---|",
    ]
    for row in rows:
        for target in row.targets:
            mark = "met" if target.met else "**missed**"
            lines.append(f"| {row.key} | {target.text} | {target.value:.3g} | {mark} |")
        if not row.targets:
            lines.append(f"| {row.key} | (reported) | see below | |")
    lines.append("")
    if FIXES and not quick:
        lines += ["## Fixes made for the misses, measured before and after", "", *FIXES, ""]
    for row in rows:
        lines += _row_section(row, path.parent)
    lines += extra
    path.write_text("\n".join(lines).rstrip() + "\n")
