"""How failures map onto the :mod:`aiplane.errors` tree: the one place that decides.

- :data:`TRANSPORT_ERRORS`: one table from httpx (and httpcore) transport exceptions to how
  the attempt failed (:class:`~aiplane.errors.FailureKind`) and the class raised; applied by
  :func:`mapped`, the context manager around sending a request and reading a stream.
- :func:`from_response`: a non-2xx response to its :class:`~aiplane.errors.APIError`
  subclass, with the service code and message from either error envelope.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from .errors import (
    APIError,
    BadRequest,
    Conflict,
    FailureKind,
    NotAuthenticated,
    NotAuthorized,
    NotFound,
    PreconditionFailed,
    RangeNotSatisfiable,
    RateLimited,
    Redirect,
    ServerError,
    Timeout,
    TransportError,
    UnexpectedStatus,
)

__all__ = [
    "TRANSPORT_ERRORS",
    "error_class",
    "from_envelope",
    "from_response",
    "mapped",
    "parse_error_body",
]

_EXCERPT = 512


def _excerpt(content: bytes) -> str:
    text = content[:_EXCERPT].decode("utf-8", errors="replace")
    return text + ("..." if len(content) > _EXCERPT else "")


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
    # httpcore's own, for an inner transport that lets them through unmapped
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
    if 300 <= status <= 399:
        return Redirect
    return UnexpectedStatus


def parse_error_body(content: bytes) -> tuple[str | None, str]:
    """Extract ``(code, message)`` from an error body of any shape.

    JSON ``{code, message}`` (OCI), ``{"error": {code, message}}`` (OpenAI) or anything else:
    HTML, truncated JSON, an empty body. Never raises.
    """
    try:
        data: Any = json.loads(content) if content else None
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
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


def _api_error(
    status: int, body: bytes, headers: httpx.Headers, request: httpx.Request | None
) -> APIError:
    code, message = parse_error_body(body)
    return error_class(status)(
        status,
        code=code,
        message=message,
        opc_request_id=headers.get("opc-request-id")
        or (request.headers.get("opc-request-id") if request is not None else None),
        headers=headers,
        body_excerpt=_excerpt(body),
        method=request.method if request is not None else "",
        path=request.url.path if request is not None else "",
    )


def from_response(
    response: httpx.Response,
    request: httpx.Request | None = None,
    content: bytes | None = None,
) -> APIError:
    """Build the typed APIError for a non-2xx response whose body has been read;
    ``request`` is the attempt that got it (its method, path and opc-request-id)."""
    body = response.content if content is None else content
    request = request if request is not None else response._request
    return _api_error(response.status_code, body, response.headers, request)


# Service codes (OpenAI / AI DIAL / OCI spellings) of an error sent inside a 200 stream, where
# no status line tells what it means; anything else is a ServerError (500).
_STATUS_BY_CODE: dict[str, int] = {
    **dict.fromkeys(("rate_limit_exceeded", "rate_limited", "overloaded", "overloaded_error"), 429),
    **dict.fromkeys(("TooManyRequests", "too_many_requests", "insufficient_quota"), 429),
    **dict.fromkeys(("invalid_request_error", "InvalidParameter", "context_length_exceeded"), 400),
    **dict.fromkeys(("ServiceUnavailable", "service_unavailable", "unavailable"), 503),
}


def _status_of(fields: Mapping[str, Any]) -> int:
    for key in ("code", "type"):
        value = fields.get(key)
        if isinstance(value, int) and 400 <= value <= 599:
            return value
        if isinstance(value, str) and value.isdigit() and 400 <= int(value) <= 599:
            return int(value)
        if isinstance(value, str) and value in _STATUS_BY_CODE:
            return _STATUS_BY_CODE[value]
    return 500


def from_envelope(
    data: Mapping[str, Any], response: httpx.Response, request: httpx.Request | None = None
) -> APIError:
    """The typed APIError for an error object received inside a 2xx event stream
    (``{"error": {"code", "type", "message"}}`` or a bare ``{code, message}``), where no
    status tells its meaning: the class comes from the code or type (``overloaded`` or
    ``rate_limit_exceeded`` -> RateLimited; an unknown code -> ServerError)."""
    inner = data.get("error")
    fields: Mapping[str, Any] = inner if isinstance(inner, Mapping) else data
    body = json.dumps(data, default=str).encode()
    request = request if request is not None else response._request
    return _api_error(_status_of(fields), body, response.headers, request)
