"""Routing: each request is matched once, before anything else runs, and the match handed on.

:class:`RouteLayer`, the outermost ASGI layer, matches the method and the raw path against the
spec index and leaves the outcome, a :class:`Routed`, in the scope (:func:`routed_of`). The
fault layer matches its rules against :func:`fault_route` (the same match), and the
dispatcher answers ``routed.operation`` with ``routed.path_params`` (or ``routed.error``).
Paths under ``/_mock/`` are the admin routes: not matched against the specs, and no faults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import DATA, MANAGEMENT, MockError
from .faults import RouteInfo
from .spec_index import SpecIndex, no_such_path
from .validation import Operation

__all__ = [
    "ADMIN_PREFIX",
    "RouteLayer",
    "Routed",
    "fault_route",
    "plane_of",
    "raw_path",
    "route",
    "routed_of",
]

ADMIN_PREFIX = "/_mock/"
_KEY = "aiplane_mock.routed"


@dataclass(frozen=True)
class Routed:
    """Where one request goes: a spec operation and its path parameters, or the error."""

    info: RouteInfo
    operation: Operation | None = None
    path_params: Mapping[str, str] = field(default_factory=dict)
    error: MockError | None = None
    admin: bool = False


def raw_path(scope: Scope) -> str:
    """The request path as sent (still percent-encoded), without the query."""
    raw = scope.get("raw_path")
    if raw:
        return bytes(raw).split(b"?", 1)[0].decode("latin-1")
    return str(scope["path"])


def route(index: SpecIndex, scope: Scope) -> Routed:
    """Match one HTTP request against the specs (404/405 become ``error``)."""
    method: str = scope["method"]
    path: str = scope["path"]
    raw = raw_path(scope)
    if path.startswith(ADMIN_PREFIX):
        admin = RouteInfo(method, path, plane=MANAGEMENT)
        return Routed(admin, error=no_such_path(raw), admin=True)
    try:
        op, params = index.match(method, raw)
    except MockError as error:
        return Routed(RouteInfo(method, path, plane=plane_of(index, raw)), error=error)
    return Routed(RouteInfo(method, path, op.operation_id, op.template, op.spec), op, params)


def plane_of(index: SpecIndex, raw: str) -> str:
    """The plane a path no operation matched belongs to: the spec whose operations share its
    first segment (``/20231130/...`` is the management plane's), else the data plane."""
    first = raw.lstrip("/").split("/", 1)[0]
    for op in index.operations:
        if op.spec == MANAGEMENT and op.template.lstrip("/").split("/", 1)[0] == first:
            return MANAGEMENT
    return DATA


def routed_of(scope: Scope) -> Routed:
    """The match :class:`RouteLayer` left in the scope."""
    routed: Routed = scope[_KEY]
    return routed


def fault_route(scope: Scope) -> RouteInfo | None:
    """What fault rules match against (None for the admin routes)."""
    routed = routed_of(scope)
    return None if routed.admin else routed.info


class RouteLayer:
    """ASGI middleware that routes every HTTP request once and keeps the result in the scope."""

    def __init__(self, app: ASGIApp, index: SpecIndex) -> None:
        self.app = app
        self.index = index

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route the request, then pass it on."""
        if scope["type"] == "http":
            scope[_KEY] = route(self.index, scope)
        await self.app(scope, receive, send)
