"""Hand-written analysis of each missed target (RESULTS.md shows it under a row that misses).
Written from the profiles in benchmarks/profiles/; update it when a cause is fixed."""

from __future__ import annotations

ANALYSIS: dict[str, str] = {}
