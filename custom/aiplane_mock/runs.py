"""Data plane runs: create, list, get, cancel, follow the events, deliver the callback.

A run's plan (:mod:`aiplane_mock.runbook`) is fixed at creation from its input and the injected
scenario; a ``url`` input is read from the caller's own bucket only (another bucket's file fails
the run as a file that does not exist). The event stream replays from ``Last-Event-ID`` and then
follows the run live. A ``callbackUrl`` gets the final Run JSON by POST once the run ends, with
HTTP basic auth or an mTLS client certificate (:mod:`aiplane_mock.callbacks`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import unquote, urlsplit

from starlette.responses import Response, StreamingResponse

from .callbacks import deliver
from .chat import deployment_of
from .clock import poll_hints
from .context import Call, json_response
from .errors import conflict
from .files import may_use
from .paging import page_response
from .resources import Failure
from .runbook import TERMINAL, Run, RunBook
from .script_replies import script_run

__all__ = [
    "cancel_run",
    "create_run",
    "get_run",
    "list_runs",
    "run_events",
]

_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa")


def _book(call: Call) -> RunBook:
    book: RunBook = call.runtime.runs
    return book


def _retry_after(call: Call, run: Run, now: float) -> dict[str, str]:
    status, _ = run.status_at(now)
    if status in TERMINAL:
        return {}
    wait = call.store.clock.real_seconds((run.started if status == "QUEUED" else run.end) - now)
    return poll_hints(wait)


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
    entry = call.runtime.files.entries.get((bucket, name)) if may_use(call, bucket) else None
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
        script = call.runtime.scripts.take_run(deployment.id)
        result, error = _plan(call, body, call.failure("fail_run")) if not script else (None, None)
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
            callback_kind=auth.get("kind"),
            callback_username=auth.get("username"),
            callback_password=auth.get("password"),
            callback_cert=auth.get("cert"),
            callback_key=auth.get("key"),
            metadata=body.get("metadata"),
        )
        script_run(run, script)
        book.runs[run.id] = run
        data = run.to_json(now)
        headers = {"location": f"/v1/runs/{run.id}", **_retry_after(call, run, now)}
    if run.callback_url:
        call.runtime.spawn(deliver(call, run))
    return json_response(data, 202, headers)


def _listed(call: Call) -> list[Run]:
    """The caller's runs the filters keep (``ids``: those runs only, unknown ids skipped)."""
    book, ids = _book(call), call.param("ids")
    candidates = book.runs.values() if ids is None else [book.runs.get(i) for i in set(ids)]
    return [
        r
        for r in candidates
        if r is not None
        and r.owner == call.caller.principal
        and call.param("deploymentId") in (None, r.deployment_id)
    ]


def _soonest_hint(call: Call, runs: list[Run], now: float) -> dict[str, str]:
    """The retry-after of the listed run that may change state first (none once all ended)."""
    hints = [h for h in (_retry_after(call, r, now) for r in runs) if h]
    return min(hints, key=lambda h: int(h["retry-after-ms"]), default={})


def list_runs(call: Call) -> Response:
    """GET /v1/runs: the caller's runs, newest first; with ``ids`` a batch status read that
    hints (retry-after) when the next listed run may change state."""
    with call.store.transaction() as now:
        runs = sorted(_listed(call), key=lambda r: (r.created, r.id), reverse=True)
        items = [r.summary(now) for r in runs]
        hint = _soonest_hint(call, runs, now) if call.param("ids") is not None else {}
    items = [i for i in items if call.param("status") in (None, i["status"])]
    return page_response(call, items, headers=hint)


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
        if status in TERMINAL and sent >= len(events):
            return
        pause = min(0.05, max(0.005, call.store.clock.real_seconds(1.0) / 4))
        await asyncio.sleep(pause)
        idle += pause
        if idle >= 5.0:
            idle = 0.0
            yield b": keep-alive\n\n"
