"""Thread-safe in-memory state and the lifecycle engine.

Lifecycles need no background thread: a work request (or run) records when it was accepted
and how long it takes in *virtual* seconds; its status, ``percentComplete``, logs and errors are
computed from the virtual clock whenever someone looks, and the resource it changes is updated
("settled") lazily at the first look after the work request ended. The virtual clock runs at
``speed`` times the wall clock and can be advanced by hand, so tests control time completely.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .catalog import BASE_MODELS
from .errors import conflict, not_found, precondition_failed

__all__ = [
    "Failure",
    "Resource",
    "RetryRecord",
    "Store",
    "VirtualClock",
    "WorkRequest",
    "iso",
    "paginate",
    "sort_items",
]

REGION = "us-chicago-1"
DEFAULT_LIMIT = 100
_TOKEN_PREFIX = "aiplane-mock-page:"  # noqa: S105 - a page-token prefix, not a secret

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
_OCID_TYPE = {
    "cluster": "generativeaidedicatedaicluster",
    "endpoint": "generativeaiendpoint",
    "model": "generativeaimodel",
    "workrequest": "generativeaiworkrequest",
    "run": "generativeairun",
}
_FAIL_AT = 0.6  # a failing work request stops at this fraction of its duration
_START_AT = 0.1  # ACCEPTED until this fraction, then IN_PROGRESS


def iso(t: float) -> str:
    """RFC 3339 UTC with milliseconds, as OCI sends it."""
    moment = datetime.fromtimestamp(t, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class VirtualClock:
    """Virtual time: ``speed`` times wall-clock time since the last anchor, plus manual advances."""

    def __init__(
        self,
        speed: float = 1.0,
        wall: Callable[[], float] = time.time,
        start: float | None = None,
    ) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self._lock = threading.Lock()
        self._wall = wall
        self._speed = speed
        self._anchor_wall = wall()
        self._anchor_virtual = self._anchor_wall if start is None else start

    @property
    def speed(self) -> float:
        """How many virtual seconds pass per wall-clock second."""
        return self._speed

    def wall(self) -> float:
        """The wall clock (used for signature dates)."""
        return self._wall()

    def now(self) -> float:
        """Current virtual time (epoch seconds)."""
        with self._lock:
            return self._anchor_virtual + (self._wall() - self._anchor_wall) * self._speed

    def set_speed(self, speed: float) -> None:
        """Change the speed from now on (time already elapsed is kept)."""
        if speed < 0:
            raise ValueError("speed must be >= 0")
        current = self.now()
        with self._lock:
            self._anchor_wall = self._wall()
            self._anchor_virtual = current
            self._speed = speed

    def advance(self, seconds: float) -> None:
        """Jump virtual time forward."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._anchor_virtual += seconds

    def real_seconds(self, virtual_seconds: float) -> float:
        """Wall-clock seconds until ``virtual_seconds`` of virtual time pass (inf at speed 0)."""
        return virtual_seconds / self._speed if self._speed > 0 else float("inf")


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


def sort_items(
    items: list[dict[str, Any]], sort_by: str, order: str | None
) -> list[dict[str, Any]]:
    """Sort wire JSON by a field; time fields default to DESC, others to ASC (OCI rules)."""
    descending = (order or ("DESC" if sort_by.startswith("time") else "ASC")) == "DESC"
    keyed = sorted(items, key=lambda item: (str(item.get(sort_by) or ""), str(item.get("id", ""))))
    return list(reversed(keyed)) if descending else keyed


def paginate(items: list[Any], limit: int | None, page: str | None) -> tuple[list[Any], str | None]:
    """One page and the opaque next-page token (None on the last page).

    An unknown token yields an empty last page (tokens are opaque; the spec allows any string).
    """
    offset = 0
    if page is not None:
        try:
            text = base64.urlsafe_b64decode(page.encode("ascii") + b"==").decode("ascii")
        except (ValueError, UnicodeError):
            return [], None
        if not text.startswith(_TOKEN_PREFIX) or not text[len(_TOKEN_PREFIX) :].isdigit():
            return [], None
        offset = int(text[len(_TOKEN_PREFIX) :])
    size = limit or DEFAULT_LIMIT
    chunk = items[offset : offset + size]
    if offset + size >= len(items):
        return chunk, None
    token = base64.urlsafe_b64encode(f"{_TOKEN_PREFIX}{offset + size}".encode()).decode()
    return chunk, token.rstrip("=")


@dataclass
class RetryRecord:
    """The first response to a request carrying an ``opc-retry-token``."""

    body_sha256: str
    status: int
    headers: list[tuple[str, str]]
    body: str


class Store:
    """All mutable state of one mock server, guarded by one re-entrant lock."""

    def __init__(
        self,
        *,
        seed: int = 0,
        speed: float = 1.0,
        wall: Callable[[], float] = time.time,
        state_file: str | os.PathLike[str] | None = None,
        deleted_retention: float = 60.0,
    ) -> None:
        self.lock = threading.RLock()
        self.deleted_retention = deleted_retention
        self.seed = seed
        self.initial_speed = speed
        self.clock = VirtualClock(speed, wall)
        self.state_file = Path(state_file) if state_file else None
        self._rng = random.Random(seed)
        self.resources: dict[str, Resource] = {}
        self.work_requests: dict[str, WorkRequest] = {}
        self.retry_tokens: dict[str, RetryRecord] = {}
        self.extra: dict[str, Any] = {}
        self._install_base_models()

    # ---- plumbing

    @contextmanager
    def transaction(self) -> Iterator[float]:
        """Hold the lock, settle finished work requests, and yield the virtual time."""
        with self.lock:
            now = self.clock.now()
            self.settle(now)
            yield now

    def new_id(self, kind: str) -> str:
        """A fresh OCID for ``kind`` (deterministic for a seed and a sequence of calls)."""
        with self.lock:
            tail = "".join(self._rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(52))
        return f"ocid1.{_OCID_TYPE[kind]}.oc1.{REGION}.amaaaaaa{tail}"

    def reset(self) -> None:
        """Forget everything except the base models; restore speed and RNG."""
        with self.lock:
            self._rng = random.Random(self.seed)
            self.resources.clear()
            self.work_requests.clear()
            self.retry_tokens.clear()
            self.extra.clear()
            self.clock.set_speed(self.initial_speed)
            self._install_base_models()

    def _install_base_models(self) -> None:
        for index, spec in enumerate(BASE_MODELS):
            created = 1_717_200_000.0 + index * 86_400.0
            data: dict[str, Any] = {
                "id": spec["id"],
                "compartmentId": spec["compartmentId"],
                "capabilities": list(spec["capabilities"]),
                "lifecycleState": "ACTIVE",
                "vendor": spec["vendor"],
                "version": spec["version"],
                "displayName": spec["displayName"],
                "timeCreated": iso(created),
                "type": "BASE",
                "isLongTermSupported": bool(spec.get("isLongTermSupported", False)),
                "freeformTags": {},
                "definedTags": {},
                "systemTags": {},
            }
            self.resources[data["id"]] = Resource("model", data)

    # ---- resources

    def get(self, kind: str, resource_id: str, *, allow_deleted: bool = True) -> Resource:
        """A resource of ``kind``; 404 when unknown (or DELETED and not allowed)."""
        resource = self.resources.get(resource_id)
        if resource is None or resource.kind != kind:
            raise not_found(f"the {ENTITY[kind][0]} {resource_id}")
        if not allow_deleted and resource.state == "DELETED":
            raise not_found(f"the {ENTITY[kind][0]} {resource_id}")
        return resource

    def of_kind(self, kind: str) -> list[Resource]:
        """All resources of ``kind``."""
        return [r for r in self.resources.values() if r.kind == kind]

    @staticmethod
    def check_etag(resource: Resource, if_match: str | None) -> None:
        """412 when ``if-match`` is given and is not the current etag (``*`` always matches)."""
        if if_match is None or if_match.strip() == "*":
            return
        if if_match.strip().strip('"').removeprefix('W/"') != resource.etag:
            raise precondition_failed(
                f"The etag in if-match does not match the current etag of {resource.id}.",
                resource.etag,
            )

    @staticmethod
    def require_state(resource: Resource, *states: str) -> None:
        """409 IncorrectState unless the resource is in one of ``states``."""
        if resource.state not in states:
            raise conflict(
                f"{resource.id} is {resource.state}; this needs it to be {' or '.join(states)}."
            )

    def touch(self, resource: Resource, now: float, **changes: Any) -> None:
        """Apply field changes, bump the etag and ``timeUpdated``."""
        resource.data.update(changes)
        resource.data["timeUpdated"] = iso(now)
        resource.version += 1

    def add(self, kind: str, data: dict[str, Any]) -> Resource:
        """Register a new resource."""
        resource = Resource(kind, data)
        self.resources[resource.id] = resource
        return resource

    # ---- work requests

    def start_work(
        self,
        resource: Resource,
        action: str,
        now: float,
        failure: Failure | None,
        *,
        duration: float | None = None,
    ) -> WorkRequest:
        """Create the work request for an action on ``resource``."""
        request = WorkRequest(
            id=self.new_id("workrequest"),
            kind=resource.kind,
            action=action,
            resource_id=resource.id,
            compartment_id=str(resource.data["compartmentId"]),
            accepted=now,
            duration=DURATIONS[(resource.kind, action)] if duration is None else duration,
            failure=failure,
        )
        self.work_requests[request.id] = request
        return request

    def work_request(self, request_id: str) -> WorkRequest:
        """A work request; 404 when unknown."""
        request = self.work_requests.get(request_id)
        if request is None:
            raise not_found(f"the work request {request_id}")
        return request

    def settle(self, now: float) -> None:
        """Apply the outcome of every work request that has ended, in order of end time."""
        ended = sorted(
            (w for w in self.work_requests.values() if not w.settled and w.end <= now),
            key=lambda w: w.end,
        )
        for request in ended:
            request.settled = True
            resource = self.resources.get(request.resource_id)
            if resource is None:
                continue
            self.touch(resource, request.end, **_outcome(resource, request))
            if resource.state == "DELETED":
                resource.deleted_at = request.end
        # DELETED resources stay visible (GET, lists filtered on DELETED) for a while, like OCI.
        for resource in list(self.resources.values()):
            if (
                resource.deleted_at is not None
                and now >= resource.deleted_at + self.deleted_retention
            ):
                del self.resources[resource.id]

    # ---- idempotency

    def retry_key(self, operation_id: str, path: str, token: str) -> str:
        """Key of a retry token (per operation and path)."""
        return f"{operation_id} {path} {token}"

    # ---- persistence

    def snapshot(self) -> dict[str, Any]:
        """Everything needed to restore this store (JSON-serialisable)."""
        with self.lock:
            return {
                "version": 1,
                "virtualNow": self.clock.now(),
                "rngState": _encode_rng(self._rng),
                "resources": [
                    {
                        "kind": r.kind,
                        "data": r.data,
                        "version": r.version,
                        "deletedAt": r.deleted_at,
                    }
                    for r in self.resources.values()
                    if r.data.get("type") != "BASE" or r.kind != "model"
                ],
                "workRequests": [
                    {**asdict(w), "failure": asdict(w.failure) if w.failure else None}
                    for w in self.work_requests.values()
                ],
                "retryTokens": {k: asdict(v) for k, v in self.retry_tokens.items()},
                "extra": self.extra.get("persist", {}),
            }

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Load a :meth:`snapshot` (virtual time continues from the saved instant)."""
        with self.lock:
            self.reset()
            self.clock = VirtualClock(self.clock.speed, self.clock.wall, snapshot["virtualNow"])
            self._rng = _decode_rng(snapshot["rngState"])
            for item in snapshot["resources"]:
                self.resources[item["data"]["id"]] = Resource(
                    item["kind"], item["data"], item["version"], item.get("deletedAt")
                )
            for item in snapshot["workRequests"]:
                failure = Failure(**item["failure"]) if item["failure"] else None
                self.work_requests[item["id"]] = WorkRequest(**{**item, "failure": failure})
            self.retry_tokens = {
                k: RetryRecord(**{**v, "headers": [tuple(h) for h in v["headers"]]})
                for k, v in snapshot["retryTokens"].items()
            }
            self.extra["persist"] = snapshot.get("extra", {})

    def save(self, extra: dict[str, Any] | None = None) -> None:
        """Write the snapshot to :attr:`state_file` atomically (temp file + rename)."""
        if self.state_file is None:
            return
        with self.lock:
            if extra is not None:
                self.extra["persist"] = extra
            text = json.dumps(self.snapshot(), separators=(",", ":"))
        directory = self.state_file.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".aiplane-mock-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.state_file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def load(self) -> bool:
        """Restore from :attr:`state_file` if it exists; returns whether it did."""
        if self.state_file is None or not self.state_file.is_file():
            return False
        self.restore(json.loads(self.state_file.read_text(encoding="utf-8")))
        return True


def _outcome(resource: Resource, request: WorkRequest) -> dict[str, Any]:
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


def _encode_rng(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _decode_rng(state: list[Any]) -> random.Random:
    rng = random.Random()
    rng.setstate((state[0], tuple(state[1]), state[2]))
    return rng
