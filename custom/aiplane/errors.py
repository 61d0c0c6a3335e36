"""Every exception aiplane raises.

::

    AiplaneError
    ├── ConfigError                  bad config file, profile, key, passphrase, fingerprint
    ├── APIError                     the service answered with a non-2xx status
    │   ├── BadRequest               400
    │   ├── NotAuthenticated         401
    │   ├── NotAuthorized            403
    │   ├── NotFound                 404
    │   ├── Conflict                 409
    │   ├── PreconditionFailed       412
    │   ├── RangeNotSatisfiable      416
    │   ├── RateLimited              429
    │   ├── ServerError              5xx
    │   └── UnexpectedStatus         any other status (499, 3xx, 418, ...)
    ├── TransportError               no usable response: connect/read/write/protocol errors
    │   ├── Timeout                  a connect, read, write or pool timeout
    │   └── OutcomeUnknown           the request may have been processed; not safe to retry
    ├── CircuitOpen                  the host's circuit breaker is open: failing fast
    ├── ResponseValidationError      a 2xx body that does not match the spec
    ├── WaitTimeout                  a waiter's deadline passed (carries the last state)
    ├── WaitFailed                   a waited-for resource reached a failure state
    ├── WorkRequestFailed            a work request ended FAILED or CANCELED
    └── RunFailed                    a data-plane run ended FAILED or CANCELED

Transport exceptions from httpx and httpcore are mapped to this tree by one table,
:data:`TRANSPORT_ERRORS`, applied by one context manager, :func:`mapped`, around sending a
request and around reading a response stream. No exception here ever carries a secret: messages and
reprs contain the method, the URL path, the status, the service code and message, the
opc-request-id and a short body excerpt, but never request headers.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

__all__ = [
    "APIError",
    "AiplaneError",
    "BadRequest",
    "CircuitOpen",
    "ConfigError",
    "Conflict",
    "NotAuthenticated",
    "NotAuthorized",
    "NotFound",
    "OutcomeUnknown",
    "PreconditionFailed",
    "RangeNotSatisfiable",
    "RateLimited",
    "ResponseValidationError",
    "RunFailed",
    "ServerError",
    "Timeout",
    "TransportError",
    "UnexpectedStatus",
    "WaitFailed",
    "WaitTimeout",
    "FailureKind",
    "TRANSPORT_ERRORS",
    "WorkRequestFailed",
    "from_response",
    "mapped",
]

_EXCERPT = 512


class AiplaneError(Exception):
    """Base class of every aiplane exception."""


class ConfigError(AiplaneError):
    """The configuration is unusable; names the field and the file it came from."""

    def __init__(self, message: str, *, field: str | None = None, file: str | None = None) -> None:
        where = ""
        if field is not None:
            where += f" [field {field!r}"
            where += f" in {file}]" if file is not None else "]"
        elif file is not None:
            where += f" [in {file}]"
        super().__init__(message + where)
        self.field = field
        self.file = file


def _excerpt(content: bytes) -> str:
    text = content[:_EXCERPT].decode("utf-8", errors="replace")
    return text + ("..." if len(content) > _EXCERPT else "")


class APIError(AiplaneError):
    """The service answered with a non-success status.

    Attributes: ``status`` (int), ``code`` (service error code or None), ``message``,
    ``opc_request_id``, ``headers`` (response headers), ``body_excerpt`` (first bytes of the
    body, decoded), ``method`` and ``path`` of the request.
    """

    def __init__(
        self,
        status: int,
        *,
        code: str | None,
        message: str,
        opc_request_id: str | None,
        headers: Mapping[str, str],
        body_excerpt: str,
        method: str = "",
        path: str = "",
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.opc_request_id = opc_request_id
        self.headers = httpx.Headers(dict(headers))
        self.body_excerpt = body_excerpt
        self.method = method
        self.path = path
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"{self.status}"]
        if self.code:
            parts.append(self.code)
        text = " ".join(parts) + f": {self.message}"
        if self.method:
            text += f" ({self.method} {self.path})"
        if self.opc_request_id:
            text += f" [opc-request-id: {self.opc_request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"message={self.message!r}, opc_request_id={self.opc_request_id!r})"
        )

    @property
    def retry_after(self) -> str | None:
        """The raw Retry-After header, if the service sent one."""
        value: str | None = self.headers.get("retry-after")
        return value


class BadRequest(APIError):
    """400: the request was malformed or a parameter was invalid."""


class NotAuthenticated(APIError):
    """401: the signature, API key or token was missing or not accepted."""


class NotAuthorized(APIError):
    """403: authenticated, but not allowed."""


class NotFound(APIError):
    """404: the resource does not exist (or is not visible to the caller)."""


class Conflict(APIError):
    """409: the resource is in a state that does not allow the operation."""


class PreconditionFailed(APIError):
    """412: an ``if-match`` / ``If-None-Match`` precondition did not hold."""


class RangeNotSatisfiable(APIError):
    """416: the requested byte range is outside the file."""


class RateLimited(APIError):
    """429: too many requests; see :attr:`retry_after`."""


class ServerError(APIError):
    """5xx: the service failed."""


class UnexpectedStatus(APIError):
    """A status with no more specific class (3xx, 418, 499, ...)."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: NotAuthenticated,
    403: NotAuthorized,
    404: NotFound,
    409: Conflict,
    412: PreconditionFailed,
    416: RangeNotSatisfiable,
    429: RateLimited,
}


def error_class(status: int) -> type[APIError]:
    """The APIError subclass for ``status`` (any integer, including 499, 520, 599)."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 500 <= status <= 599:
        return ServerError
    return UnexpectedStatus


def parse_error_body(content: bytes) -> tuple[str | None, str]:
    """Extract ``(code, message)`` from an error body of any shape.

    JSON ``{code, message}`` (OCI), ``{"error": {code, message}}`` (OpenAI) or anything else:
    HTML, truncated JSON, an empty body. Never raises.
    """
    try:
        data: Any = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        inner = data.get("error")
        if isinstance(inner, dict):
            data = inner
        code = data.get("code")
        message = data.get("message")
        if isinstance(code, str | int) or isinstance(message, str):
            return (
                str(code) if code is not None else None,
                message if isinstance(message, str) else _excerpt(content),
            )
    text = _excerpt(content).strip()
    return None, text or "(empty body)"


def from_response(response: httpx.Response, content: bytes | None = None) -> APIError:
    """Build the typed APIError for a non-2xx response whose body has been read."""
    body = response.content if content is None else content
    code, message = parse_error_body(body)
    request = response._request
    return error_class(response.status_code)(
        response.status_code,
        code=code,
        message=message,
        opc_request_id=response.headers.get("opc-request-id")
        or (request.headers.get("opc-request-id") if request is not None else None),
        headers=response.headers,
        body_excerpt=_excerpt(body),
        method=request.method if request is not None else "",
        path=request.url.path if request is not None else "",
    )


class FailureKind(enum.Enum):
    """How an attempt ended, as far as retrying is concerned."""

    RESPONSE = "response"  # a full response arrived (any status)
    NOT_SENT = "not_sent"  # connect error / connect or pool timeout: the server saw nothing
    MAYBE_PROCESSED = "maybe_processed"  # sent, then the connection dropped or timed out
    FATAL = "fatal"  # protocol/usage errors that a retry cannot fix


class TransportError(AiplaneError):
    """No usable response arrived (connection refused, reset, protocol error...).

    ``kind`` says whether the request can have reached the server (see :class:`FailureKind`).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        kind: FailureKind = FailureKind.FATAL,
    ) -> None:
        self.method = method
        self.path = path
        self.kind = kind
        self.detail = message
        super().__init__(f"{message} ({method} {path})" if method else message)


class Timeout(TransportError):
    """A connect, read, write or pool timeout."""


class OutcomeUnknown(TransportError):
    """The request may have reached the server, but no response came back.

    It was not retried because that would not be safe (a POST without an
    ``opc-retry-token``, or a body that cannot be replayed). Retry it yourself with the same
    :attr:`retry_token` (if any) to get exactly-once, or reconcile by listing.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        retry_token: str | None = None,
        opc_request_id: str | None = None,
    ) -> None:
        self.retry_token = retry_token
        self.opc_request_id = opc_request_id
        super().__init__(message, method=method, path=path, kind=FailureKind.MAYBE_PROCESSED)
        suffix = []
        if retry_token:
            suffix.append(f"opc-retry-token: {retry_token}")
        if opc_request_id:
            suffix.append(f"opc-request-id: {opc_request_id}")
        if suffix:
            self.args = (f"{self.args[0]} [{', '.join(suffix)}]",)


_NOT_SENT, _MAYBE, _FATAL = FailureKind.NOT_SENT, FailureKind.MAYBE_PROCESSED, FailureKind.FATAL

# The one table: a transport exception (httpx's, or httpcore's from a raw transport), how
# the attempt failed, and the aiplane class raised for it. The first matching row wins.
TRANSPORT_ERRORS: tuple[tuple[type[Exception], FailureKind, type[TransportError]], ...] = (
    (httpx.ConnectTimeout, _NOT_SENT, Timeout),
    (httpx.PoolTimeout, _NOT_SENT, Timeout),
    (httpx.ConnectError, _NOT_SENT, TransportError),
    (httpx.ReadTimeout, _MAYBE, Timeout),
    (httpx.WriteTimeout, _MAYBE, Timeout),
    (httpx.ReadError, _MAYBE, TransportError),
    (httpx.WriteError, _MAYBE, TransportError),
    (httpx.RemoteProtocolError, _MAYBE, TransportError),
    (httpx.TimeoutException, _FATAL, Timeout),
    (httpx.TransportError, _FATAL, TransportError),
    (httpcore.ConnectTimeout, _NOT_SENT, Timeout),
    (httpcore.PoolTimeout, _NOT_SENT, Timeout),
    (httpcore.ConnectError, _NOT_SENT, TransportError),
    (httpcore.ReadTimeout, _MAYBE, Timeout),
    (httpcore.WriteTimeout, _MAYBE, Timeout),
    (httpcore.ReadError, _MAYBE, TransportError),
    (httpcore.WriteError, _MAYBE, TransportError),
    (httpcore.RemoteProtocolError, _MAYBE, TransportError),
    (httpcore.TimeoutException, _FATAL, Timeout),
    (httpcore.NetworkError, _MAYBE, TransportError),
    (httpcore.ProtocolError, _FATAL, TransportError),
)
_MAPPED = tuple(row[0] for row in TRANSPORT_ERRORS)


def _transport_error(exc: Exception, request: httpx.Request) -> TransportError:
    kind, cls = next((k, c) for t, k, c in TRANSPORT_ERRORS if isinstance(exc, t))
    name = type(exc).__name__
    detail = str(exc) or name
    return cls(f"{name}: {detail}", method=request.method, path=request.url.path, kind=kind)


@contextmanager
def mapped(request: httpx.Request) -> Iterator[None]:
    """Raise transport exceptions inside the block as aiplane errors, by the one table."""
    try:
        yield
    except _MAPPED as exc:
        raise _transport_error(exc, request) from exc


class CircuitOpen(AiplaneError):
    """The circuit breaker for this host is open after repeated failures; failing fast."""

    def __init__(self, host: str, retry_in: float) -> None:
        self.host = host
        self.retry_in = retry_in
        super().__init__(
            f"circuit open for {host}: too many consecutive failures; "
            f"calls resume in {retry_in:.1f}s"
        )


class ResponseValidationError(AiplaneError):
    """A success response whose body does not match the spec (missing field, bad date...)."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        opc_request_id: str | None,
        body_excerpt: str,
        operation: str = "",
    ) -> None:
        self.status = status
        self.opc_request_id = opc_request_id
        self.body_excerpt = body_excerpt
        self.operation = operation
        text = f"{operation}: {message}" if operation else message
        if opc_request_id:
            text += f" [opc-request-id: {opc_request_id}]"
        super().__init__(text)


class WaitTimeout(AiplaneError):
    """A waiter gave up: the deadline passed before a target state was reached."""

    def __init__(self, message: str, *, last_state: str | None, last: object = None) -> None:
        self.last_state = last_state
        self.last = last
        super().__init__(message)


class WaitFailed(AiplaneError):
    """A resource being waited for reached a failure state (e.g. FAILED)."""

    def __init__(self, message: str, *, last_state: str | None, last: object = None) -> None:
        self.last_state = last_state
        self.last = last
        super().__init__(message)


class WorkRequestFailed(AiplaneError):
    """A work request ended FAILED or CANCELED; ``errors`` holds its work-request errors."""

    def __init__(self, work_request: Any, errors: list[Any]) -> None:
        self.work_request = work_request
        self.errors = errors
        status = getattr(work_request, "status", "?")
        first = f": {errors[0].code}: {errors[0].message}" if errors else ""
        super().__init__(f"work request {getattr(work_request, 'id', '?')} ended {status}{first}")


class RunFailed(AiplaneError):
    """A data-plane run ended FAILED or CANCELED."""

    def __init__(self, run: Any) -> None:
        self.run = run
        err = getattr(run, "error", None)
        detail = f": {getattr(err, 'code', '')}: {getattr(err, 'message', '')}" if err else ""
        super().__init__(
            f"run {getattr(run, 'id', '?')} ended {getattr(run, 'status', '?')}{detail}"
        )
