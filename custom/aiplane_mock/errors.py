"""Service errors: ``{"code": ..., "message": ...}`` bodies with the OCI status codes."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "MockError",
    "bad_request",
    "conflict",
    "not_authenticated",
    "not_found",
    "precondition_failed",
]


class MockError(Exception):
    """An error the mock answers with ``status`` and a JSON ``Error`` body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def body(self) -> dict[str, str]:
        """The JSON error body."""
        return {"code": self.code, "message": self.message}


def bad_request(message: str) -> MockError:
    """400 InvalidParameter."""
    return MockError(400, "InvalidParameter", message)


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
