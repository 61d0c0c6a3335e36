"""Runs and their plans: QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELED, read off the clock.

A run's whole plan (when it starts, its progress and output events, when and how it ends) is
fixed at creation; status and events at any instant are computed from the virtual time.
:class:`RunBook` holds every run and the record of callback deliveries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .clock import iso
from .errors import not_found
from .state import Store

__all__ = ["QUEUED_FOR", "RUNNING_FOR", "TERMINAL", "Run", "RunBook"]

QUEUED_FOR = 1.0
RUNNING_FOR = 4.0
_FAIL_AT = 0.5
TERMINAL = ("SUCCEEDED", "FAILED", "CANCELED")


@dataclass
class Run:
    """One run and its fixed plan."""

    id: str
    owner: str
    deployment_id: str
    input: dict[str, Any]
    created: float
    result: Any = None
    error: dict[str, str] | None = None
    callback_url: str | None = None
    callback_kind: str | None = None  # "basic" or "mtls"
    callback_username: str | None = None
    callback_password: str | None = field(default=None, repr=False)
    callback_cert: str | None = None
    callback_key: str | None = field(default=None, repr=False)
    metadata: dict[str, str] | None = None
    canceled_at: float | None = None
    queued_for: float = QUEUED_FOR
    running_for: float | None = None
    """Scripted runs: virtual seconds RUNNING before the final status."""
    plan: list[dict[str, Any]] | None = None
    """Scripted runs: their events (``at`` seconds after the start, ``type``, fields)."""

    @property
    def started(self) -> float:
        """Virtual time it starts running."""
        return self.created + self.queued_for

    @property
    def end(self) -> float:
        """Virtual time it ends (unless canceled before)."""
        if self.running_for is not None:
            return self.started + self.running_for
        return self.started + RUNNING_FOR * (_FAIL_AT if self.error else 1.0)

    def status_at(self, now: float) -> tuple[str, float]:
        """``status`` and ``percentComplete`` at virtual time ``now``."""
        if self.canceled_at is not None and now >= self.canceled_at:
            return "CANCELED", self._percent(self.canceled_at)
        if now < self.started:
            return "QUEUED", 0.0
        if now < self.end:
            return "RUNNING", self._percent(now)
        return ("FAILED", self._percent(self.end)) if self.error else ("SUCCEEDED", 100.0)

    def _percent(self, now: float) -> float:
        if self.plan is not None:  # scripted: the last progress event so far
            done = [
                e for e in self.plan if e["type"] == "progress" and self.started + e["at"] <= now
            ]
            return float(done[-1].get("percentComplete", 0.0)) if done else 0.0
        return round(max(0.0, min(99.9, 100 * (now - self.started) / RUNNING_FOR)), 1)

    def finished_at(self) -> float:
        """Virtual time of the terminal status."""
        return self.canceled_at if self.canceled_at is not None else self.end

    def summary(self, now: float) -> dict[str, Any]:
        """RunSummary JSON."""
        status, percent = self.status_at(now)
        data: dict[str, Any] = {
            "id": self.id,
            "deploymentId": self.deployment_id,
            "status": status,
            "percentComplete": percent,
            "timeCreated": iso(self.created),
        }
        if status != "QUEUED" and (self.canceled_at is None or self.canceled_at > self.started):
            data["timeStarted"] = iso(self.started)
        if status in TERMINAL:
            data["timeFinished"] = iso(self.finished_at())
        if self.metadata is not None:
            data["metadata"] = self.metadata
        return data

    def to_json(self, now: float) -> dict[str, Any]:
        """Run JSON."""
        data = self.summary(now)
        data["input"] = self.input
        if data["status"] == "SUCCEEDED":
            data["result"] = self.result
        if data["status"] == "FAILED" and self.error:
            data["error"] = self.error
        if self.callback_url:
            data["callbackUrl"] = self.callback_url
        if self.callback_kind is not None:
            data["callbackAuth"] = {"kind": self.callback_kind}
            if self.callback_username is not None:
                data["callbackAuth"]["username"] = self.callback_username
        return data

    def events(self, now: float) -> list[dict[str, Any]]:
        """Events emitted up to ``now`` (``sequence`` from 1)."""
        plan = [(self.started, {"type": "status", "status": "RUNNING"}), *self._planned()]
        cutoff = now if self.canceled_at is None else min(now, self.canceled_at)
        events = [(at, e) for at, e in plan if at <= cutoff and at < self.finished_at()]
        status, percent = self.status_at(now)
        if status in TERMINAL:
            done: dict[str, Any] = {"type": "done", "status": status, "percentComplete": percent}
            if status == "SUCCEEDED":
                done["result"] = self.result
            elif status == "FAILED" and self.error:
                done["error"] = self.error
            events.append((self.finished_at(), done))
        return [
            {**event, "runId": self.id, "sequence": number, "time": iso(at)}
            for number, (at, event) in enumerate(events, start=1)
        ]

    def _planned(self) -> list[tuple[float, dict[str, Any]]]:
        """The events between the start and the end: scripted, or progress and output."""
        if self.plan is not None:
            return [
                (self.started + e["at"], {k: v for k, v in e.items() if k != "at"})
                for e in self.plan
            ]
        plan: list[tuple[float, dict[str, Any]]] = []
        pieces = _pieces(self.result)
        for number, fraction in enumerate((0.25, 0.5, 0.75)):
            at = self.started + fraction * RUNNING_FOR
            if at >= self.end:
                break
            plan.append((at, {"type": "progress", "percentComplete": round(fraction * 100, 1)}))
            if not self.error:
                plan.append((at, {"type": "output", "output": {"text": pieces[number]}}))
        return plan


def _pieces(result: Any) -> list[str]:
    text = str(result.get("text", "")) if isinstance(result, dict) else ""
    third = max(1, len(text) // 3)
    return [text[:third], text[third : 2 * third], text[2 * third :]]


class RunBook:
    """Every run, plus the record of callback deliveries."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.runs: dict[str, Run] = {}
        self.callbacks: list[dict[str, Any]] = []

    def get(self, run_id: str, owner: str) -> Run:
        """A run of ``owner``; 404 otherwise."""
        run = self.runs.get(run_id)
        if run is None or run.owner != owner:
            raise not_found(f"the run {run_id}")
        return run

    def clear(self) -> None:
        """Forget every run."""
        with self.store.lock:
            self.runs.clear()
            self.callbacks.clear()

    def snapshot(self) -> dict[str, Any]:
        """Runs as JSON. It includes the callback secrets (basic passwords, mTLS private keys)
        so that a restored server can still deliver: keep a ``--state`` file private."""
        with self.store.lock:
            return {"runs": [asdict(r) for r in self.runs.values()]}

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Reload :meth:`snapshot`."""
        with self.store.lock:
            runs = [Run(**r) for r in snapshot.get("runs", [])]
            for run in runs:  # state files written before callback kinds were recorded
                if run.callback_kind is None and run.callback_username is not None:
                    run.callback_kind = "basic"
            self.runs = {run.id: run for run in runs}
