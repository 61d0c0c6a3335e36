"""The ASGI application: one process serving both specs, plus the admin (control) routes.

Every request goes through the same layers::

    route (once) -> faults -> admin route, or the spec pipeline:
    read body -> authenticate -> validate -> retry token -> handler
    -> check the response against the spec -> opc-request-id -> persist

:class:`~aiplane_mock.routing.RouteLayer` matches each request against the specs once and
leaves the match in the scope; the fault layer and the :class:`Dispatcher` both read it. Each
operation's handler is the one its row of the routes table names
(:data:`aiplane_mock.routes.ROUTES`, by operationId the same as
:data:`~aiplane_mock.routes.HANDLERS`): :func:`create_app` checks the table against the specs
and hands the checked mapping to the :class:`Dispatcher`.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import logging
import math
import re
import tempfile
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import IO, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from .auth import ANONYMOUS, Caller
from .context import Call, Handler, json_response
from .errors import DATA, MockError, bad_request, conflict
from .faults import FaultLayer
from .ratelimits import estimate_tokens
from .routes import ADMIN_ROUTES, ROUTES, check_routes
from .routing import Routed, RouteLayer, fault_route, raw_path, routed_of
from .runtime import MockConfig, RequestRecord, Runtime, runtime_of
from .schemas import explain
from .state import RetryRecord
from .validation import Operation

__all__ = ["Dispatcher", "MockConfig", "create_app", "runtime_of"]

log = logging.getLogger("aiplane_mock")

_SPOOL_MEMORY = 1024 * 1024


_ECHOABLE = re.compile(r"[!-~]([ -~]{0,96}[!-~])?")


def _echoable(value: str | None) -> str | None:
    """The caller's opc-request-id if it can be sent back as a header value (visible ASCII,
    no leading/trailing blanks, at most 98 characters); else None (a fresh id is used)."""
    return value if value is not None and _ECHOABLE.fullmatch(value) else None


class Dispatcher:
    """The spec-driven pipeline shared by every operation."""

    def __init__(self, runtime: Runtime, handlers: Mapping[str, Handler]) -> None:
        self.runtime = runtime
        self.handlers = handlers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one HTTP request (routed by :class:`~aiplane_mock.routing.RouteLayer`)."""
        request = Request(scope, receive)
        request_id = _echoable(request.headers.get("opc-request-id")) or uuid.uuid4().hex.upper()
        routed = routed_of(scope)
        try:
            response = await self.handle(request, routed)
        except MockError as error:
            response = json_response(error.body(routed.info.plane), error.status, error.headers)
        except ClientDisconnect:
            # e.g. a client that timed out during a latency fault: one line, no traceback
            log.info(
                "client gone before its request was read: %s %s", request.method, request.url.path
            )
            return
        response.headers["opc-request-id"] = request_id
        if routed.info.plane == DATA:
            response.headers["x-request-id"] = request_id  # where openai reads its request_id
        self.runtime.requests.append(
            RequestRecord(
                request.method,
                scope["path"],
                routed.info.operation_id,
                response.status_code,
                "opc-retry-token" in request.headers,
                request.headers.get("traceparent"),
            )
        )
        await response(scope, receive, send)
        if request.method not in ("GET", "HEAD") and self.runtime.store.state_file:
            self.runtime.persist()

    async def handle(self, request: Request, routed: Routed) -> Response:
        """Authenticate, validate, apply idempotency, call the handler, check the response."""
        op = routed.operation
        if op is None:
            raise routed.error or MockError(
                500, "InternalServerError", "The request was not routed."
            )
        spool, digest, length = await _spool(request)
        try:
            headers = {k.lower(): v for k, v in request.headers.items()}
            caller = self.authenticate(request, op, headers, digest, length)
            params = op.validate_params(routed.path_params, request.url.query, headers)
            body = _read_body(op, headers, spool, length)
            limit_headers = self.rate_limited(op, body, length)
            call = Call(
                request=request,
                op=op,
                params=params,
                caller=caller,
                runtime=self.runtime,
                route=routed.info,
                body=body,
                raw_body=spool,
            )
            token = headers.get("opc-retry-token") if op.declares("opc-retry-token") else None
            if token:
                response = await self.idempotent(call, token, digest if body is None else body)
            else:
                response = await self.invoke(call)
            response.headers.update(limit_headers)
            return response
        finally:
            spool.close()

    def rate_limited(self, op: Operation, body: Any, length: int) -> dict[str, str]:
        """Spend the rate-limit budget (if one applies): its headers, or 429 when spent."""
        budget = self.runtime.rate_budget
        if budget is None or not budget.applies(op.operation_id):
            return {}
        allowed, headers, reset = budget.take(estimate_tokens(body, length))
        if not allowed:
            headers["retry-after"] = str(max(1, math.ceil(reset)))
            raise MockError(429, "TooManyRequests", "Rate limit reached; retry later.", headers)
        return headers

    def authenticate(
        self,
        request: Request,
        op: Operation,
        headers: dict[str, str],
        digest: bytes,
        length: int,
    ) -> Caller:
        """The caller, or 401 (skipped with ``no_auth``)."""
        if not self.runtime.auth_enabled:
            return ANONYMOUS
        query = request.scope.get("query_string", b"").decode("latin-1")
        target = raw_path(request.scope) + (f"?{query}" if query else "")
        return self.runtime.keys.verify(
            method=request.method,
            target=target,
            headers=headers,
            body_sha256=digest,
            body_length=length,
            now=self.runtime.store.clock.wall(),
            data_plane=op.spec == "data",
        )

    async def idempotent(self, call: Call, token: str, body: Any) -> Response:
        """Replay the first response for a repeated retry token; 409 if the body differs."""
        canonical = body if isinstance(body, bytes) else json.dumps(body, sort_keys=True).encode()
        fingerprint = hashlib.sha256(canonical).hexdigest()
        store = self.runtime.store
        key = store.retry_key(
            f"{call.op.operation_id}:{call.caller.principal}", call.request.url.path, token
        )
        with store.lock:
            record = store.retry_tokens.get(key)
        if record is not None:
            if record.body_sha256 != fingerprint:
                raise conflict(
                    "The opc-retry-token was already used with a different request body.",
                    code="Conflict",
                )
            return Response(record.body.encode(), record.status, headers=dict(record.headers))
        response = await self.invoke(call)
        if 200 <= response.status_code < 300 and not isinstance(response, StreamingResponse):
            headers = [
                (k, v)
                for k, v in response.headers.items()
                if k not in ("content-length", "opc-request-id")
            ]
            with store.lock:
                store.retry_tokens[key] = RetryRecord(
                    fingerprint, response.status_code, headers, bytes(response.body).decode()
                )
        return response

    async def invoke(self, call: Call) -> Response:
        """Call the operation's handler and check what it answers."""
        handler = self.handlers[call.op.operation_id]
        result = handler(call)
        response = await result if inspect.isawaitable(result) else result
        if self.runtime.config.validate_responses:
            _check_response(call.op, response)
        return response


def _check_response(op: Operation, response: Response) -> None:
    """Turn a response that breaks the spec into a 500 (a mock bug, loud in tests)."""
    if isinstance(response, StreamingResponse):
        return
    media = (response.media_type or response.headers.get("content-type", "")).split(";")[0]
    validator = op.response_validator(response.status_code, media)
    if validator is None or media != "application/json":
        return
    errors = list(validator.iter_errors(json.loads(bytes(response.body) or b"null")))
    if errors:
        name, reason = explain(errors[0])
        detail = f"{op.operation_id} {response.status_code}: field '{name}' {reason}"[:500]
        log.error("mock response does not conform to the spec: %s", detail)
        raise MockError(500, "InternalServerError", f"Mock response breaks the spec: {detail}")


async def _spool(request: Request) -> tuple[IO[bytes], bytes, int]:
    """Copy the body to a spooled temp file, hashing it on the way."""
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_MEMORY)  # noqa: SIM115 - closed by caller
    digest = hashlib.sha256()
    length = 0
    async for chunk in request.stream():
        spool.write(chunk)
        digest.update(chunk)
        length += len(chunk)
    spool.seek(0)
    return spool, digest.digest(), length


def _read_body(op: Operation, headers: dict[str, str], spool: IO[bytes], length: int) -> Any:
    """Decode and validate a JSON body; multipart bodies are left to their handler."""
    if not op.body_media:
        return None
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if length == 0:
        if op.body_required:
            raise bad_request("The request body is required.")
        return None
    if media not in op.body_media:
        raise bad_request(
            f"Invalid header 'content-type': {media or 'none'!r} is not one of "
            f"{', '.join(sorted(op.body_media))}."
        )
    if media != "application/json":
        return None
    raw = spool.read()
    spool.seek(0)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The request body is not valid JSON.") from None
    op.validate_body(media, body)
    return body


def create_app(config: MockConfig | None = None, **options: Any) -> Starlette:
    """The mock as an ASGI app (use with uvicorn, or in-process with ``httpx.ASGITransport``).

    ``options`` override fields of ``config`` (see :class:`MockConfig`). Raises
    :class:`~aiplane_mock.routes.RouteTableError` when the routes table does not match the specs.
    """
    base = config or MockConfig()
    if options:
        base = MockConfig(**{**base.__dict__, **options})
    runtime = Runtime(base)
    handlers = check_routes(ROUTES, runtime.index)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await runtime.close()

    app = Starlette(
        routes=ADMIN_ROUTES,
        middleware=[
            Middleware(RouteLayer, index=runtime.index),
            Middleware(FaultLayer, faults=runtime.faults, resolve=fault_route),
        ],
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    app.router.default = Dispatcher(runtime, handlers)
    app.state.runtime = runtime
    return app
