"""A wait ended without its target."""

from __future__ import annotations

from typing import Any

from ._base import AiplaneError

__all__ = ["RunFailed", "WaitError", "WaitFailed", "WaitTimeout", "WorkRequestFailed"]


class WaitError(AiplaneError):
    """A wait ended without its target: ``last_state`` and ``last`` are the final poll's."""

    def __init__(self, message: str, *, last_state: str | None, last: object = None) -> None:
        self.last_state = last_state
        self.last = last
        super().__init__(message)


class WaitTimeout(WaitError):
    """A waiter gave up: the deadline passed before a target state was reached."""


class WaitFailed(WaitError):
    """A resource being waited for reached a failure state (e.g. FAILED), or a terminal
    state that is not one of the targets."""


class WorkRequestFailed(WaitFailed):
    """A work request ended FAILED or CANCELED; ``errors`` holds its work-request errors."""

    def __init__(self, work_request: Any, errors: list[Any]) -> None:
        self.work_request = work_request
        self.errors = errors
        raw = getattr(work_request, "status", "?")
        status = str(getattr(raw, "value", raw))
        first = f": {errors[0].code}: {errors[0].message}" if errors else ""
        wr_id = getattr(work_request, "id", "?")
        super().__init__(
            f"work request {wr_id} ended {status}{first}", last_state=status, last=work_request
        )


class RunFailed(WaitFailed):
    """A data-plane run ended FAILED or CANCELED. ``code``, ``message`` and ``traceback``
    are the server's (its RunError; None for a canceled run); ``run`` is the final Run."""

    def __init__(self, run: Any) -> None:
        self.run = run
        err = getattr(run, "error", None)
        self.code: str | None = _text(getattr(err, "code", None))
        self.message: str | None = _text(getattr(err, "message", None))
        self.traceback: str | None = _text(getattr(err, "traceback", None))
        detail = f": {self.code}: {self.message}" if self.code or self.message else ""
        raw = getattr(run, "status", "?")
        status = str(getattr(raw, "value", raw))
        text = f"run {getattr(run, 'id', '?')} ended {status}{detail}"
        super().__init__(text, last_state=status, last=run)


def _text(value: object) -> str | None:
    """A string field of a generated model (None when unset)."""
    return value if isinstance(value, str) else None
