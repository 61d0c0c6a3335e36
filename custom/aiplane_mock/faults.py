"""Fault injection: rules (route pattern + method + kind + remaining count) and the ASGI layer.

Kinds:

* ``status``: answer ``status`` (429 with ``Retry-After``, 500, 502, 503, ...) without processing.
* ``drop_before``: close the connection mid-response without processing the request.
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
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import logging
import random
import threading
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import DATA, error_body

__all__ = ["KINDS", "DeliberateDrop", "Fault", "FaultLayer", "FaultSet", "RouteInfo"]

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


@dataclass(frozen=True)
class RouteInfo:
    """What a fault rule is matched against."""

    method: str
    path: str
    operation_id: str = ""
    template: str = ""
    plane: str = "data"  # whose error envelope an injected error uses


class FaultSet:
    """The active rules; thread-safe; probabilistic rules use a seeded RNG (deterministic)."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []
        self._seed = seed
        self._rng = random.Random(seed)

    def add(self, fault: Fault) -> Fault:
        """Activate a rule (rules are tried in the order they were added)."""
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule and reset the RNG."""
        with self._lock:
            self._rules.clear()
            self._rng = random.Random(self._seed)

    def rules(self) -> list[Fault]:
        """A snapshot of the rules."""
        with self._lock:
            return list(self._rules)

    def take(self, route: RouteInfo, kinds: tuple[str, ...]) -> Fault | None:
        """The first matching rule of one of ``kinds`` that fires now (its count is consumed)."""
        with self._lock:
            for rule in self._rules:
                if rule.kind not in kinds or rule.count == 0 or not rule.matches(route):
                    continue
                if rule.probability < 1.0 and self._rng.random() >= rule.probability:
                    continue
                if rule.count is not None:
                    rule.count -= 1
                rule.fired += 1
                return rule
        return None


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
        fault = None if route is None else self.faults.take(route, _REQUEST_KINDS)
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
            await _drain(receive)  # unread request bytes would turn the close into a RST
            await _drop(send)
        elif fault.kind == "drop_after":
            await self.app(scope, receive, _discard)
            await _drop(send)
        else:
            await self.app(scope, receive, _cutter(send, fault))


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
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
