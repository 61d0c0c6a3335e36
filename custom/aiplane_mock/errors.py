"""Service errors with the OCI status codes, in each plane's envelope.

The management plane answers OCI's ``{"code": ..., "message": ...}``; the data plane answers
the OpenAI / AI DIAL envelope ``{"error": {"message", "type", "param", "code"}}``, which the
openai and aidial-client libraries read (``code`` is the same OCI-style code in both).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "DATA",
    "MANAGEMENT",
    "MockError",
    "error_body",
    "error_type",
    "bad_request",
    "conflict",
    "not_authenticated",
    "not_found",
    "precondition_failed",
]


MANAGEMENT = "management"
DATA = "data"

# OpenAI's error types by status (what openai and aidial-client show as ``type``).
_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    412: "precondition_failed_error",
    416: "invalid_request_error",
    429: "rate_limit_error",
}


def error_type(status: int) -> str:
    """The OpenAI error ``type`` of an HTTP status."""
    return _TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")


def error_body(
    plane: str, status: int, code: str, message: str, param: str | None = None
) -> dict[str, Any]:
    """An error body in the envelope of ``plane`` (:data:`MANAGEMENT` or :data:`DATA`)."""
    if plane == MANAGEMENT:
        return {"code": code, "message": message}
    return {"error": {"message": message, "type": error_type(status), "param": param, "code": code}}


class MockError(Exception):
    """An error the mock answers with ``status`` and a JSON ``Error`` body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.param = param

    def body(self, plane: str = MANAGEMENT) -> dict[str, Any]:
        """The JSON error body, in the envelope of ``plane``."""
        return error_body(plane, self.status, self.code, self.message, self.param)


def bad_request(message: str, param: str | None = None) -> MockError:
    """400 InvalidParameter (``param``: the request field it is about, when known)."""
    return MockError(400, "InvalidParameter", message, param=param)


def not_authenticated(reason: str) -> MockError:
    """401 NotAuthenticated (``reason`` never carries a secret)."""
    return MockError(401, "NotAuthenticated", f"The request could not be authenticated: {reason}.")


def not_found(what: str) -> MockError:
    """404 NotAuthorizedOrNotFound."""
    return MockError(
        404, "NotAuthorizedOrNotFound", f"Authorization failed or {what} was not found."
    )


def conflict(message: str, code: str = "IncorrectState") -> MockError:
    """409 IncorrectState (or another conflict code)."""
    return MockError(409, code, message)


def precondition_failed(message: str, etag: str | None = None) -> MockError:
    """412 PreconditionFailed, with the current etag when known."""
    return MockError(412, "PreconditionFailed", message, {"etag": etag} if etag else None)
