"""Management-plane resources and the work requests that change them, evaluated lazily.

A work request records when it was accepted and how long it takes in *virtual* seconds; its
status, ``percentComplete``, logs and errors are computed from the virtual clock whenever
someone looks, and :func:`outcome` says how it changes its resource once it has ended.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from .clock import iso

__all__ = ["DURATIONS", "ENTITY", "Failure", "Resource", "WorkRequest", "outcome"]

# Virtual seconds each kind of work request takes at speed 1.
DURATIONS = {
    ("cluster", "CREATE"): 5.0,
    ("endpoint", "CREATE"): 4.0,
    ("model", "CREATE"): 8.0,
    ("cluster", "UPDATE"): 2.0,
    ("endpoint", "UPDATE"): 2.0,
    ("cluster", "DELETE"): 3.0,
    ("endpoint", "DELETE"): 3.0,
    ("model", "DELETE"): 3.0,
}
ENTITY = {
    "cluster": ("dedicatedAiCluster", "dedicatedAiClusters", "DEDICATED_AI_CLUSTER"),
    "endpoint": ("endpoint", "endpoints", "ENDPOINT"),
    "model": ("model", "models", "MODEL"),
}
_FAIL_AT = 0.6  # a failing work request stops at this fraction of its duration
_START_AT = 0.1  # ACCEPTED until this fraction, then IN_PROGRESS


@dataclass
class Failure:
    """Why a work request or run fails."""

    code: str = "InternalError"
    message: str = "The operation failed (injected by the mock)."


@dataclass
class Resource:
    """A management-plane resource: its wire JSON and a version for the etag."""

    kind: str
    data: dict[str, Any]
    version: int = 1
    deleted_at: float | None = None

    @property
    def id(self) -> str:
        """The OCID."""
        return str(self.data["id"])

    @property
    def state(self) -> str:
        """``lifecycleState``."""
        return str(self.data["lifecycleState"])

    @property
    def etag(self) -> str:
        """Opaque etag, changes with every modification."""
        return hashlib.sha256(f"{self.id}:{self.version}".encode()).hexdigest()[:32]


@dataclass
class WorkRequest:
    """An asynchronous operation on one resource, evaluated lazily from virtual time."""

    id: str
    kind: str
    action: str
    resource_id: str
    compartment_id: str
    accepted: float
    duration: float
    failure: Failure | None = None
    settled: bool = False

    @property
    def operation_type(self) -> str:
        """``operationType`` (e.g. CREATE_ENDPOINT)."""
        return f"{self.action}_{ENTITY[self.kind][2]}"

    @property
    def end(self) -> float:
        """Virtual time at which it reaches its terminal status."""
        return self.accepted + self.duration * (_FAIL_AT if self.failure else 1.0)

    def status_at(self, now: float) -> tuple[str, float]:
        """``status`` and ``percentComplete`` at virtual time ``now``."""
        elapsed = now - self.accepted
        if elapsed >= self.end - self.accepted:
            if self.failure:
                return "FAILED", _percent(_FAIL_AT)
            return "SUCCEEDED", 100.0
        if elapsed < self.duration * _START_AT:
            return "ACCEPTED", 0.0
        return "IN_PROGRESS", _percent(elapsed / self.duration)

    def to_json(self, now: float) -> dict[str, Any]:
        """The WorkRequest wire JSON at ``now``."""
        status, percent = self.status_at(now)
        action = {
            "SUCCEEDED": {"CREATE": "CREATED", "UPDATE": "UPDATED", "DELETE": "DELETED"}[
                self.action
            ],
            "FAILED": "FAILED",
        }.get(status, "IN_PROGRESS")
        entity, collection, _ = ENTITY[self.kind]
        out: dict[str, Any] = {
            "operationType": self.operation_type,
            "status": status,
            "id": self.id,
            "compartmentId": self.compartment_id,
            "resources": [
                {
                    "entityType": entity,
                    "actionType": action,
                    "identifier": self.resource_id,
                    "entityUri": f"/20231130/{collection}/{self.resource_id}",
                }
            ],
            "percentComplete": percent,
            "timeAccepted": iso(self.accepted),
        }
        if status != "ACCEPTED":
            out["timeStarted"] = iso(self.accepted + self.duration * _START_AT)
        if status in ("SUCCEEDED", "FAILED"):
            out["timeFinished"] = iso(self.end)
        return out

    def logs(self, now: float) -> list[dict[str, Any]]:
        """Log entries written up to ``now``."""
        verb = self.operation_type.replace("_", " ").lower()
        plan = [
            (0.0, f"Work request to {verb} {self.resource_id} accepted."),
            (_START_AT, f"Started to {verb} {self.resource_id}."),
            (0.325, "25% complete."),
            (0.55, "50% complete."),
            (0.775, "75% complete."),
        ]
        limit = _FAIL_AT if self.failure else 1.0
        entries = [(f, m) for f, m in plan if f <= limit]
        if self.failure:
            entries.append((_FAIL_AT, f"Failed: {self.failure.message}"))
        else:
            entries.append((1.0, f"Finished: {verb} {self.resource_id} succeeded."))
        return [
            {"message": message, "timestamp": iso(self.accepted + f * self.duration)}
            for f, message in entries
            if self.accepted + f * self.duration <= now
        ]

    def errors(self, now: float) -> list[dict[str, Any]]:
        """Errors recorded up to ``now`` (one, for a failed work request)."""
        if not self.failure or now < self.end:
            return []
        return [
            {
                "code": self.failure.code,
                "message": self.failure.message,
                "timestamp": iso(self.end),
            }
        ]


def _percent(fraction: float) -> float:
    span = (fraction - _START_AT) / (1.0 - _START_AT)
    return round(max(0.0, min(99.9, 100.0 * span)), 1)


def outcome(resource: Resource, request: WorkRequest) -> dict[str, Any]:
    """Field changes a finished work request makes to its resource."""
    if request.failure is None:
        state = "DELETED" if request.action == "DELETE" else "ACTIVE"
        changes: dict[str, Any] = {"lifecycleState": state}
        if request.action == "CREATE" and resource.kind == "model":
            changes["modelMetrics"] = _metrics(resource)
        if state == "ACTIVE":
            changes["lifecycleDetails"] = ""
        return changes
    failed = "FAILED"
    if request.action == "UPDATE" and resource.kind == "cluster":
        failed = "NEEDS_ATTENTION"
    return {"lifecycleState": failed, "lifecycleDetails": request.failure.message}


def _metrics(resource: Resource) -> dict[str, Any]:
    digest = hashlib.sha256(resource.id.encode()).digest()
    chat = "CHAT" in resource.data.get("capabilities", [])
    return {
        "modelMetricsType": "CHAT_MODEL_METRICS" if chat else "TEXT_GENERATION_MODEL_METRICS",
        "finalAccuracy": round(0.8 + digest[0] / 1275, 4),
        "finalLoss": round(0.05 + digest[1] / 2550, 4),
    }
