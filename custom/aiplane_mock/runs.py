"""Data plane runs: QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELED, evaluated lazily.

A run's whole plan (when it starts, its progress and output events, when and how it ends) is
fixed at creation from its input and the injected scenario; status and events at any instant
are read off the virtual clock. The event stream replays from ``Last-Event-ID`` and then
follows the run live. A ``callbackUrl`` gets the final Run JSON by POST (HTTP basic auth when
given) once the run ends; only loopback hosts are called unless configured otherwise.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
from starlette.responses import Response, StreamingResponse

from .chat import deployment_of
from .context import Call, Handler, json_response
from .errors import conflict, not_found
from .state import Failure, Store, iso, paginate

__all__ = ["HANDLERS", "Run", "RunBook"]

QUEUED_FOR = 1.0
RUNNING_FOR = 4.0
_FAIL_AT = 0.5
_TERMINAL = ("SUCCEEDED", "FAILED", "CANCELED")
_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa")


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
    callback_username: str | None = None
    callback_password: str | None = field(default=None, repr=False)
    metadata: dict[str, str] | None = None
    canceled_at: float | None = None

    @property
    def started(self) -> float:
        """Virtual time it starts running."""
        return self.created + QUEUED_FOR

    @property
    def end(self) -> float:
        """Virtual time it ends (unless canceled before)."""
        return self.started + RUNNING_FOR * (_FAIL_AT if self.error else 1.0)

    def status_at(self, now: float) -> tuple[str, float]:
        """``status`` and ``percentComplete`` at virtual time ``now``."""
        if self.canceled_at is not None and now >= self.canceled_at:
            return "CANCELED", self._percent(self.canceled_at)
        if now < self.started:
            return "QUEUED", 0.0
        if now < self.end:
            return "RUNNING", self._percent(now)
        return ("FAILED", round(100 * _FAIL_AT, 1)) if self.error else ("SUCCEEDED", 100.0)

    def _percent(self, now: float) -> float:
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
        if status in _TERMINAL:
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
        if self.callback_username is not None:
            data["callbackAuth"] = {"kind": "basic", "username": self.callback_username}
        return data

    def events(self, now: float) -> list[dict[str, Any]]:
        """Events emitted up to ``now`` (``sequence`` from 1)."""
        plan: list[tuple[float, dict[str, Any]]] = [
            (self.started, {"type": "status", "status": "RUNNING"})
        ]
        pieces = _pieces(self.result)
        for number, fraction in enumerate((0.25, 0.5, 0.75)):
            at = self.started + fraction * RUNNING_FOR
            if at >= self.end:
                break
            plan.append((at, {"type": "progress", "percentComplete": round(fraction * 100, 1)}))
            if not self.error:
                plan.append((at, {"type": "output", "output": {"text": pieces[number]}}))
        cutoff = now if self.canceled_at is None else min(now, self.canceled_at)
        events = [(at, e) for at, e in plan if at <= cutoff and at < self.finished_at()]
        status, percent = self.status_at(now)
        if status in _TERMINAL:
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
        """Runs as JSON (includes callback credentials: the state file is not a log)."""
        with self.store.lock:
            return {"runs": [asdict(r) for r in self.runs.values()]}

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Reload :meth:`snapshot`."""
        with self.store.lock:
            self.runs = {r["id"]: Run(**r) for r in snapshot.get("runs", [])}


def _book(call: Call) -> RunBook:
    book: RunBook = call.runtime.runs
    return book


def _retry_after(call: Call, run: Run, now: float) -> dict[str, str]:
    status, _ = run.status_at(now)
    if status in _TERMINAL:
        return {}
    wait = call.store.clock.real_seconds((run.started if status == "QUEUED" else run.end) - now)
    return {"retry-after": str(30 if wait == math.inf else min(30, math.floor(wait)))}


def _plan(call: Call, body: dict[str, Any], failure: Failure | None) -> tuple[Any, Any]:
    """The result or the error of a new run."""
    if failure is not None:
        return None, _error(failure.code, failure.message, "ModelError")
    if "url" in body:
        return _read_input(call, body["url"])
    args = body["args"]
    digest = hashlib.sha256(json.dumps(args, sort_keys=True).encode()).hexdigest()
    rng = random.Random(f"{call.runtime.config.seed}:{digest}")
    words = " ".join(rng.choice(_WORDS) for _ in range(9))
    return {"text": f"Processed {len(args)} argument(s): {words}.", "digest": digest[:16]}, None


def _read_input(call: Call, url: str) -> tuple[Any, Any]:
    path = urlsplit(url).path if "://" in url else url
    marker = path.find("files/")
    if marker < 0:
        return None, _error("InvalidInput", f"Cannot read the input {url!r}.", "ValueError")
    bucket, _, name = unquote(path[marker + len("files/") :]).partition("/")
    entry = call.runtime.files.entries.get((bucket, name))
    if entry is None:
        return None, _error(
            "InvalidInput", f"The input file {url!r} does not exist.", "FileNotFoundError"
        )
    with call.runtime.files.blob_path(entry).open("rb") as handle:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(65536), b""))
    return {"text": f"Read {entry.size} bytes in {lines} line(s) from {url}.", "lines": lines}, None


def _error(code: str, message: str, exception: str) -> dict[str, str]:
    traceback = (
        "Traceback (most recent call last):\n"
        '  File "/opt/aiplane/worker.py", line 88, in handle\n'
        "    result = model.predict(**request)\n"
        '  File "/opt/aiplane/model.py", line 42, in predict\n'
        f"    raise {exception}(message)\n"
        f"{exception}: {message}"
    )
    return {"code": code, "message": message, "traceback": traceback}


def create_run(call: Call) -> Response:
    """POST /v1/deployments/{deploymentId}/runs."""
    body: dict[str, Any] = call.body
    book = _book(call)
    with call.store.transaction() as now:
        deployment = deployment_of(call, call.param("deploymentId"))
        result, error = _plan(call, body, call.failure("fail_run"))
        auth = body.get("callbackAuth") or {}
        run = Run(
            id=call.store.new_id("run"),
            owner=call.caller.principal,
            deployment_id=deployment.id,
            input={"url": body["url"]} if "url" in body else {"args": body["args"]},
            created=now,
            result=result,
            error=error,
            callback_url=body.get("callbackUrl"),
            callback_username=auth.get("username"),
            callback_password=auth.get("password"),
            metadata=body.get("metadata"),
        )
        book.runs[run.id] = run
        data = run.to_json(now)
        headers = {"location": f"/v1/runs/{run.id}", **_retry_after(call, run, now)}
    if run.callback_url:
        call.runtime.spawn(_deliver(call, run))
    return json_response(data, 202, headers)


def list_runs(call: Call) -> Response:
    """GET /v1/runs: the caller's runs, newest first."""
    with call.store.transaction() as now:
        runs = [
            r
            for r in _book(call).runs.values()
            if r.owner == call.caller.principal
            and call.param("deploymentId") in (None, r.deployment_id)
        ]
        items = [
            r.summary(now) for r in sorted(runs, key=lambda r: (r.created, r.id), reverse=True)
        ]
    items = [i for i in items if call.param("status") in (None, i["status"])]
    page, token = paginate(items, call.param("limit"), call.param("page"))
    return json_response({"items": page}, headers={"opc-next-page": token} if token else None)


def get_run(call: Call) -> Response:
    """GET /v1/runs/{runId}."""
    with call.store.transaction() as now:
        run = _book(call).get(call.param("runId"), call.caller.principal)
        return json_response(run.to_json(now), headers=_retry_after(call, run, now))


def cancel_run(call: Call) -> Response:
    """POST /v1/runs/{runId}/actions/cancel: QUEUED/RUNNING -> CANCELED; 409 when finished."""
    with call.store.transaction() as now:
        run = _book(call).get(call.param("runId"), call.caller.principal)
        status, _ = run.status_at(now)
        if status in ("SUCCEEDED", "FAILED"):
            raise conflict(f"Run {run.id} is already {status}.")
        if status != "CANCELED":
            run.canceled_at = now
        return json_response(run.to_json(now))


def run_events(call: Call) -> Response:
    """GET /v1/runs/{runId}/events: SSE replay from ``Last-Event-ID``, then live."""
    with call.store.transaction():
        run = _book(call).get(call.param("runId"), call.caller.principal)
    after = int(call.param("last-event-id") or 0)
    return StreamingResponse(
        _follow(call, run, after),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )


async def _follow(call: Call, run: Run, after: int) -> AsyncIterator[bytes]:
    sent = after
    idle = 0.0
    while True:
        with call.store.lock:
            now = call.store.clock.now()
            events = run.events(now)
            status, _ = run.status_at(now)
        for event in events[sent:]:
            payload = json.dumps(event, separators=(",", ":"))
            yield f"id: {event['sequence']}\nevent: {event['type']}\ndata: {payload}\n\n".encode()
            sent = event["sequence"]
            idle = 0.0
        if status in _TERMINAL and sent >= len(events):
            return
        pause = min(0.05, max(0.005, call.store.clock.real_seconds(1.0) / 4))
        await asyncio.sleep(pause)
        idle += pause
        if idle >= 5.0:
            idle = 0.0
            yield b": keep-alive\n\n"


async def _deliver(call: Call, run: Run) -> None:
    """POST the final Run JSON to its callback URL (with retries), once it has ended."""
    store = call.store
    while True:
        with store.lock:
            now = store.clock.now()
            status, _ = run.status_at(now)
            payload = run.to_json(now)
        if status in _TERMINAL:
            break
        wait = store.clock.real_seconds(run.finished_at() - now)
        await asyncio.sleep(min(0.25, max(0.005, wait)))
    record: dict[str, Any] = {"runId": run.id, "url": run.callback_url, "attempts": 0}
    book = _book(call)
    host = urlsplit(run.callback_url or "").hostname or ""
    if host not in call.runtime.config.callback_hosts:
        record["outcome"] = "skipped"
        book.callbacks.append(record)
        return
    auth: httpx.Auth | None = None
    if run.callback_username is not None:
        auth = httpx.BasicAuth(run.callback_username, run.callback_password or "")
    async with httpx.AsyncClient(timeout=5.0) as client:
        for attempt in range(4):
            record["attempts"] = attempt + 1
            try:
                response = await client.post(
                    str(run.callback_url), json=payload, auth=auth or httpx.USE_CLIENT_DEFAULT
                )
                record["status"] = response.status_code
                if response.is_success:
                    record["outcome"] = "delivered"
                    break
            except httpx.HTTPError as error:
                record["status"] = type(error).__name__
            await asyncio.sleep(0.05 * 2**attempt)
        else:
            record["outcome"] = "failed"
    book.callbacks.append(record)


HANDLERS: dict[str, Handler] = {
    "createRun": create_run,
    "listRuns": list_runs,
    "getRun": get_run,
    "cancelRun": cancel_run,
    "getRunEvents": run_events,
}
