"""What a handler gets (:class:`Call`) and the JSON response helpers handlers return."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from .auth import Caller
from .faults import RouteInfo
from .resources import Failure
from .state import Store
from .validation import Operation

if TYPE_CHECKING:
    from .runtime import Runtime

__all__ = ["Call", "Handler", "empty", "json_response"]


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response (ASCII-escaped, like OCI)."""
    body = json.dumps(data, separators=(",", ":")).encode("ascii")
    return Response(body, status, headers=headers, media_type="application/json")


def empty(status: int = 202, headers: dict[str, str] | None = None) -> Response:
    """A response without a body."""
    return Response(b"", status, headers=headers)


@dataclass
class Call:
    """One validated, authenticated request on its way to a handler."""

    request: Request
    op: Operation
    params: dict[str, Any]
    caller: Caller
    runtime: Runtime
    route: RouteInfo
    body: Any = field(default=None, repr=False)  # may hold callback passwords, client keys
    raw_body: IO[bytes] | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        """The state store."""
        return self.runtime.store

    def param(self, name: str, default: Any = None) -> Any:
        """A validated parameter (header names are lower-case)."""
        return self.params.get(name, self.params.get(name.lower(), default))

    def known_fields(self, schema: str) -> dict[str, Any]:
        """The body's fields that the response schema ``schema`` knows (others are dropped)."""
        known = self.runtime.index.properties(self.op.spec, schema)
        body = self.body if isinstance(self.body, dict) else {}
        return {key: value for key, value in body.items() if key in known}

    def failure(self, kind: str = "fail_work_request") -> Failure | None:
        """The failure an injected scenario asks for (consumes one ``fail_*`` rule)."""
        rule = self.runtime.faults.take(self.route, (kind,))
        if rule is None:
            return None
        failure = Failure()
        if rule.code:
            failure.code = rule.code
        if rule.message:
            failure.message = rule.message
        return failure


Handler = Callable[[Call], Response | Awaitable[Response]]
"""A handler: takes the validated call, returns (or awaits) the response."""
