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

This module is the tree alone; what maps failures onto it lives in ``aiplane._errormap``:
one table from httpx's transport exceptions (applied by one context manager around sending a
request and around reading a response stream), and status codes and error bodies of both
envelopes (OCI ``{code, message}``, OpenAI ``{"error": {...}}``).

No exception here ever carries a secret: messages and reprs contain the method, the URL
path, the status, the service code and message, the opc-request-id and a short body
excerpt, but never request headers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

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
    "WorkRequestFailed",
]


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
