"""Thread-safe in-memory state: the :class:`Store` of resources, work requests and retry tokens.

Lifecycles need no background thread: the resource a work request changes is updated
("settled") lazily at the first look after the work request ended, in a
:meth:`Store.transaction`. The virtual clock (:mod:`aiplane_mock.clock`) runs at ``speed``
times the wall clock and can be advanced by hand, so tests control time completely. The store
saves itself to a state file (atomically) and reloads it.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .catalog import BASE_MODELS
from .clock import VirtualClock, iso
from .errors import conflict, not_found, precondition_failed
from .resources import DURATIONS, ENTITY, Failure, Resource, WorkRequest, outcome

__all__ = ["RetryRecord", "Store"]

REGION = "us-chicago-1"
_OCID_TYPE = {
    "cluster": "generativeaidedicatedaicluster",
    "endpoint": "generativeaiendpoint",
    "model": "generativeaimodel",
    "workrequest": "generativeaiworkrequest",
    "run": "generativeairun",
}


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
            self.touch(resource, request.end, **outcome(resource, request))
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


def _encode_rng(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _decode_rng(state: list[Any]) -> random.Random:
    rng = random.Random()
    rng.setstate((state[0], tuple(state[1]), state[2]))
    return rng
