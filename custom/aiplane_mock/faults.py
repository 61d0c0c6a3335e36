"""Fault injection: rules (route pattern + method + kind + remaining count) and the ASGI layer.

Kinds:

* ``status``: answer ``status`` (429 with ``Retry-After``, 500, 502, 503, ...) without processing.
* ``drop_before``: close the connection mid-response without processing the request; with
  ``after_bytes``, as soon as that many request-body bytes have arrived (an upload dropped
  mid-body: the rest of the body is never read).
* ``drop_after``: process the request, then close the connection mid-response (a retry with
  the same ``opc-retry-token`` then gets the original response).
* ``latency``: wait ``delay`` seconds, then process normally.
* ``cut_stream``: close the connection after ``after_events`` SSE events or ``after_bytes``
  body bytes.
* ``fail_work_request`` / ``fail_run``: the next work request (run) created by a matching
  request fails with ``code`` / ``message``.

A "drop" starts a response whose ``content-length`` promises more than is sent and then raises
:class:`DeliberateDrop`, which makes uvicorn close the socket: the client sees an incomplete
body (``httpx.RemoteProtocolError``). uvicorn's error log for these drops is filtered out.

Reproducible decisions: a rule with ``probability < 1`` decides from a seeded random stream
shared by all requests, in the order they arrive, so concurrent clients see the faults land on
other requests from run to run. A request carrying the header :data:`FAULT_KEY_HEADER` (a
test's own name for one call, sent with each of its attempts) is decided instead from
(seed, rule position, key, n) where n counts that key's requests: the n-th attempt of a call
gets the same fault in every run with the seed, whatever else is in flight. Those decisions
are recorded (:meth:`FaultSet.decisions`) until :meth:`FaultSet.clear`.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import json
import logging
import random
import threading
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import DATA, error_body

__all__ = [
    "FAULT_KEY_HEADER",
    "KINDS",
    "DeliberateDrop",
    "Fault",
    "FaultLayer",
    "FaultSet",
    "RouteInfo",
]

FAULT_KEY_HEADER = "x-aiplane-fault-key"
_KEY_HEADER = FAULT_KEY_HEADER.encode()

FaultKind = Literal[
    "status", "drop_before", "drop_after", "latency", "cut_stream", "fail_work_request", "fail_run"
]
KINDS: tuple[str, ...] = (
    "status",
    "drop_before",
    "drop_after",
    "latency",
    "cut_stream",
    "fail_work_request",
    "fail_run",
)
_REQUEST_KINDS = ("status", "drop_before", "drop_after", "latency", "cut_stream")
_ERROR_CODES = {
    429: "TooManyRequests",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}


class DeliberateDrop(Exception):
    """Raised after a partial response so that the server closes the connection."""


@dataclass
class Fault:
    """One fault rule. ``count=None`` fires forever; ``route`` is an fnmatch pattern matched
    against the operationId, the spec path template and the request path."""

    kind: FaultKind
    route: str = "*"
    method: str | None = None
    count: int | None = 1
    status: int = 503
    retry_after: int | None = None
    delay: float = 0.0
    after_events: int | None = None
    after_bytes: int | None = None
    probability: float = 1.0
    code: str | None = None
    message: str | None = None
    fired: int = field(default=0)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")
        if self.kind == "cut_stream" and self.after_events is None and self.after_bytes is None:
            raise ValueError("cut_stream needs after_events or after_bytes")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.kind == "status" and self.status == 429 and self.retry_after is None:
            self.retry_after = 1

    def matches(self, route: RouteInfo) -> bool:
        """Whether this rule applies to a request."""
        if self.method and self.method.upper() != route.method:
            return False
        return any(
            fnmatch.fnmatchcase(candidate, self.route)
            for candidate in (route.operation_id, route.template, route.path)
            if candidate
        )

    def to_json(self) -> dict[str, Any]:
        """The rule as JSON (admin endpoint)."""
        return asdict(self)

    @property
    def label(self) -> str:
        """A short name of what the rule does: its kind, ``status_<code>`` for a status."""
        return f"status_{self.status}" if self.kind == "status" else self.kind


@dataclass(frozen=True)
class RouteInfo:
    """What a fault rule is matched against."""

    method: str
    path: str
    operation_id: str = ""
    template: str = ""
    plane: str = "data"  # whose error envelope an injected error uses


class FaultSet:
    """The active rules; thread-safe; probabilistic rules decide from the seed (see the module
    docstring: keyed requests reproducibly, others in arrival order)."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []
        self._seed = seed
        self._rng = random.Random(seed)
        self._attempts: dict[str, int] = {}
        self._decisions: dict[tuple[str, int], str] = {}

    def add(self, fault: Fault) -> Fault:
        """Activate a rule (rules are tried in the order they were added)."""
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule, reset the RNG and forget keyed attempts and decisions."""
        with self._lock:
            self._rules.clear()
            self._rng = random.Random(self._seed)
            self._attempts.clear()
            self._decisions.clear()

    def rules(self) -> list[Fault]:
        """A snapshot of the rules."""
        with self._lock:
            return list(self._rules)

    def decisions(self) -> dict[tuple[str, int], str]:
        """Per (key, n) of each keyed request: the label of the fault it got ("" for none)."""
        with self._lock:
            return dict(self._decisions)

    def take(
        self, route: RouteInfo, kinds: tuple[str, ...], key: str | None = None
    ) -> Fault | None:
        """The first matching rule of one of ``kinds`` that fires now (its count is consumed);
        ``key`` names the call the request belongs to (reproducible decisions)."""
        with self._lock:
            n = 0
            if key is not None:
                n = self._attempts[key] = self._attempts.get(key, 0) + 1
            fired = self._first_firing(route, kinds, key, n)
            if key is not None:
                self._decisions[(key, n)] = fired.label if fired else ""
            return fired

    def _first_firing(
        self, route: RouteInfo, kinds: tuple[str, ...], key: str | None, n: int
    ) -> Fault | None:
        for position, rule in enumerate(self._rules):
            if rule.kind not in kinds or rule.count == 0 or not rule.matches(route):
                continue
            if rule.probability < 1.0:
                draw = self._rng.random() if key is None else self._draw(position, key, n)
                if draw >= rule.probability:
                    continue
            if rule.count is not None:
                rule.count -= 1
            rule.fired += 1
            return rule
        return None

    def _draw(self, position: int, key: str, n: int) -> float:
        """A number in [0, 1) fixed by the seed, the rule's position, the key and n."""
        material = f"{self._seed}\0{position}\0{key}\0{n}".encode()
        return int.from_bytes(hashlib.sha256(material).digest()[:8], "big") / 2.0**64


RouteResolver = Callable[[Scope], RouteInfo | None]
"""What a request's fault rules match against (None: no faults), read from its scope."""


class FaultLayer:
    """ASGI middleware applying request-level faults before the request is processed.

    ``resolve`` reads the route the routing layer already matched (it does not route again).
    """

    def __init__(self, app: ASGIApp, faults: FaultSet, resolve: RouteResolver) -> None:
        self.app = app
        self.faults = faults
        self.resolve = resolve

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request, with a fault if a rule fires for it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = self.resolve(scope)
        fault = None if route is None else self.faults.take(route, _REQUEST_KINDS, _key(scope))
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.kind == "latency":
            await asyncio.sleep(fault.delay)
            await self.app(scope, receive, send)
        elif fault.kind == "status":
            await _drain(receive)
            await _send_status(fault, route.plane if route else DATA, send)
        elif fault.kind == "drop_before":
            # unread request bytes would turn the close into a RST: drain them, unless the
            # drop is to happen mid-body
            await _drain(receive, fault.after_bytes)
            await _drop(send)
        elif fault.kind == "drop_after":
            await self.app(scope, receive, _discard)
            await _drop(send)
        else:
            await self.app(scope, receive, _cutter(send, fault))


def _key(scope: Scope) -> str | None:
    """The request's fault key (:data:`FAULT_KEY_HEADER`), if it has one."""
    for name, value in scope.get("headers", ()):
        if name == _KEY_HEADER:
            return bytes(value).decode("latin-1")
    return None


async def _drain(receive: Receive, limit: int | None = None) -> None:
    """Read the request body to its end, or until ``limit`` bytes have arrived."""
    seen = 0
    while limit is None or seen < limit:
        message = await receive()
        seen += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _discard(message: Message) -> None:
    return None


async def _send_status(fault: Fault, plane: str, send: Send) -> None:
    code = fault.code or _ERROR_CODES.get(fault.status, "InjectedFault")
    message = fault.message or f"Injected fault: HTTP {fault.status}."
    body = json.dumps(error_body(plane, fault.status, code, message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"opc-request-id", b"INJECTEDFAULT"),
        *([(b"x-request-id", b"INJECTEDFAULT")] if plane == DATA else []),
    ]
    if fault.retry_after is not None:
        headers.append((b"retry-after", str(fault.retry_after).encode()))
    await send({"type": "http.response.start", "status": fault.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    start = {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
    }
    await send(start)
    await send({"type": "http.response.body", "body": b'{"code": ', "more_body": True})
    raise DeliberateDrop("connection dropped on purpose")


def _cutter(send: Send, fault: Fault) -> Callable[[Message], Awaitable[None]]:
    sent_bytes = 0
    sent_events = 0

    async def cut(message: Message) -> None:
        nonlocal sent_bytes, sent_events
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: bytes = message.get("body", b"")
        if fault.after_bytes is not None and sent_bytes + len(body) >= fault.after_bytes:
            keep = fault.after_bytes - sent_bytes
            await send({"type": "http.response.body", "body": body[:keep], "more_body": True})
            raise DeliberateDrop("stream cut on purpose")
        if fault.after_events is not None:
            events = body.count(b"\n\n")
            if sent_events + events >= fault.after_events:
                keep_events = fault.after_events - sent_events
                end = 0
                for _ in range(keep_events):
                    end = body.index(b"\n\n", end) + 2
                await send({"type": "http.response.body", "body": body[:end], "more_body": True})
                raise DeliberateDrop("stream cut on purpose")
            sent_events += events
        sent_bytes += len(body)
        await send(message)

    return cut


class QuietDrops(logging.Filter):
    """Drop uvicorn's error records about deliberate drops."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record except the ones caused by :class:`DeliberateDrop`."""
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DeliberateDrop)
