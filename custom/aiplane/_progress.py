"""Progress of a wait: what ``on_progress`` receives, and a terminal-only progress bar."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Bar", "Progress"]


@dataclass(frozen=True)
class Progress:
    """One poll of a work request, as given to ``on_progress``."""

    status: str | None
    percent_complete: float | None
    new_logs: list[Any] = field(default_factory=list)
    work_request: Any = None
    resume_token: str | None = None  # resumes the wait from this poll, in any process


class Bar:
    """A tqdm progress bar, shown only on a terminal; a context manager."""

    def __init__(self, enabled: bool, description: str) -> None:
        self._bar: Any = None
        if enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - the `progress` extra is missing
                return
            self._bar = tqdm(total=100, desc=description, unit="%", leave=True)

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, p: Progress) -> None:
        """Show the percentage and status of ``p``."""
        if self._bar is not None and p.percent_complete is not None:
            self._bar.n = float(p.percent_complete)
            self._bar.set_postfix_str(p.status or "")
            self._bar.refresh()
