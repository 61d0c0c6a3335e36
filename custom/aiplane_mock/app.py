"""The ASGI application: one process serving both specs, plus the admin (control) routes.

Routing is driven by the specs: every operation of ``management.yaml`` and ``data.yaml`` is
matched from the raw request path, then each request goes through the same pipeline::

    faults -> route -> read body -> authenticate -> validate -> retry token -> handler
           -> check the response against the spec -> opc-request-id -> persist

The table at the bottom (:data:`HANDLERS`) maps each operationId to its (short) handler.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import inspect
import json
import logging
import re
import shutil
import tempfile
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from . import admin, chat, files, management, runs
from .auth import ANONYMOUS, Caller, KeyRing
from .context import Call, Handler, json_response
from .errors import MockError, bad_request, conflict
from .faults import FaultLayer, FaultSet, RouteInfo
from .state import RetryRecord, Store
from .validation import Operation, SpecIndex

__all__ = ["HANDLERS", "MockConfig", "RequestRecord", "Runtime", "create_app", "runtime_of"]

log = logging.getLogger("aiplane_mock")

HANDLERS: dict[str, Handler] = {
    **management.HANDLERS,
    **chat.HANDLERS,
    **files.HANDLERS,
    **runs.HANDLERS,
}
_SPOOL_MEMORY = 1024 * 1024


@dataclass
class MockConfig:
    """How a mock server behaves. Keys are public keys (PEM) and API keys; never logged."""

    trusted_keys: list[str | bytes] = field(default_factory=list)
    api_keys: list[str] = field(default_factory=list, repr=False)
    no_auth: bool = False
    speed: float = 1.0
    seed: int = 0
    state_file: str | None = None
    files_dir: str | None = None
    validate_responses: bool = True
    deleted_retention: float = 60.0
    callback_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
    clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (no headers, so no secrets)."""

    method: str
    path: str
    operation_id: str
    status: int
    retry_token: bool


@functools.cache
def _index() -> SpecIndex:
    return SpecIndex()


class Runtime:
    """Everything one app instance holds: config, state, keys, faults, files, runs."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.index = _index()
        self.store = Store(
            seed=config.seed,
            speed=config.speed,
            wall=config.clock,
            state_file=config.state_file,
            deleted_retention=config.deleted_retention,
        )
        self.keys = KeyRing(config.trusted_keys, config.api_keys)
        self.auth_enabled = not config.no_auth
        self.faults = FaultSet(config.seed)
        self._own_files_dir = config.files_dir is None and config.state_file is None
        if config.files_dir:
            directory = Path(config.files_dir)
        elif config.state_file:
            directory = Path(f"{config.state_file}.files")
        else:
            directory = Path(tempfile.mkdtemp(prefix="aiplane-mock-files-"))
        self.files = files.FileStore(directory, self.store)
        self.runs = runs.RunBook(self.store)
        self.requests: deque[RequestRecord] = deque(maxlen=10_000)
        self.tasks: set[asyncio.Task[Any]] = set()
        if self.store.load():
            persisted = self.store.extra.get("persist", {})
            self.files.restore(persisted.get("files", {}))
            self.runs.restore(persisted.get("runs", {}))

    def reset(self) -> None:
        """Back to a fresh server (same config): state, faults, files, runs, request log."""
        self.faults.clear()
        self.store.reset()
        self.files.clear()
        self.runs.clear()
        self.requests.clear()
        self.keys.clear()
        for pem in self.config.trusted_keys:
            self.keys.add_trusted_key(pem)
        for key in self.config.api_keys:
            self.keys.add_api_key(key)
        self.auth_enabled = not self.config.no_auth
        self.persist()

    def persist(self) -> None:
        """Write the state file (if configured)."""
        if self.store.state_file is not None:
            self.store.save({"files": self.files.snapshot(), "runs": self.runs.snapshot()})

    def spawn(self, coroutine: Awaitable[Any]) -> None:
        """Run a background task (run callbacks) tied to the server's lifetime."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def close(self) -> None:
        """Cancel background tasks, save state, remove the temporary files directory."""
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(BaseException):
                await task
        self.persist()
        if self._own_files_dir:
            shutil.rmtree(self.files.directory, ignore_errors=True)

    def route(self, scope: Scope) -> RouteInfo | None:
        """What fault rules match against (None for admin routes)."""
        path: str = scope["path"]
        if path.startswith("/_mock/"):
            return None
        raw = _raw_path(scope)
        try:
            op, _ = self.index.match(scope["method"], raw)
        except MockError:
            return RouteInfo(scope["method"], path)
        return RouteInfo(scope["method"], path, op.operation_id, op.template)


_ECHOABLE = re.compile(r"[!-~]([ -~]{0,96}[!-~])?")


def _echoable(value: str | None) -> str | None:
    """The caller's opc-request-id if it can be sent back as a header value (visible ASCII,
    no leading/trailing blanks, at most 98 characters); else None (a fresh id is used)."""
    return value if value is not None and _ECHOABLE.fullmatch(value) else None


def _raw_path(scope: Scope) -> str:
    raw = scope.get("raw_path")
    if raw:
        return bytes(raw).split(b"?", 1)[0].decode("latin-1")
    return str(scope["path"])


def runtime_of(app: Starlette) -> Runtime:
    """The :class:`Runtime` behind an app made by :func:`create_app`."""
    runtime: Runtime = app.state.runtime
    return runtime


class Dispatcher:
    """The spec-driven pipeline shared by every operation."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one HTTP request."""
        request = Request(scope, receive)
        request_id = _echoable(request.headers.get("opc-request-id")) or uuid.uuid4().hex.upper()
        op_id = ""
        try:
            op, path_params = self.runtime.index.match(request.method, _raw_path(scope))
            op_id = op.operation_id
            response = await self.handle(request, op, path_params)
        except MockError as error:
            response = json_response(error.body(), error.status, error.headers)
        response.headers["opc-request-id"] = request_id
        self.runtime.requests.append(
            RequestRecord(
                request.method,
                scope["path"],
                op_id,
                response.status_code,
                "opc-retry-token" in request.headers,
            )
        )
        await response(scope, receive, send)
        if request.method not in ("GET", "HEAD") and self.runtime.store.state_file:
            self.runtime.persist()

    async def handle(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        """Authenticate, validate, apply idempotency, call the handler, check the response."""
        spool, digest, length = await _spool(request)
        try:
            headers = {k.lower(): v for k, v in request.headers.items()}
            caller = self.authenticate(request, op, headers, digest, length)
            params = op.validate_params(path_params, request.url.query, headers)
            body = _read_body(op, headers, spool, length)
            call = Call(
                request=request,
                op=op,
                params=params,
                caller=caller,
                runtime=self.runtime,
                route=RouteInfo(request.method, request.url.path, op.operation_id, op.template),
                body=body,
                raw_body=spool,
            )
            token = headers.get("opc-retry-token") if op.declares("opc-retry-token") else None
            if token:
                return await self.idempotent(call, token, digest if body is None else body)
            return await self.invoke(call)
        finally:
            spool.close()

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
        target = _raw_path(request.scope) + (f"?{query}" if query else "")
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
        handler = HANDLERS[call.op.operation_id]
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
        detail = f"{op.operation_id} {response.status_code}: {errors[0].message}"[:500]
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

    ``options`` override fields of ``config`` (see :class:`MockConfig`).
    """
    base = config or MockConfig()
    if options:
        base = MockConfig(**{**base.__dict__, **options})
    runtime = Runtime(base)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await runtime.close()

    app = Starlette(
        routes=admin.routes(runtime),
        middleware=[Middleware(FaultLayer, faults=runtime.faults, resolve=runtime.route)],
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    app.router.default = Dispatcher(runtime)
    app.state.runtime = runtime
    return app
