"""Refused or rejected on the client: bad parameters, unsupported helpers, bad bodies."""

from __future__ import annotations

from ._base import AiplaneError

__all__ = [
    "CannotResume",
    "InvalidParameter",
    "PaginationLoop",
    "ResponseValidationError",
    "UnsupportedOperation",
]


class InvalidParameter(AiplaneError, ValueError):
    """A parameter was refused before anything was sent; ``parameter`` names it. The
    message describes the problem without echoing the value."""

    def __init__(self, parameter: str, problem: str, *, operation: str = "") -> None:
        self.parameter = parameter
        self.operation = operation
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}parameter {parameter!r} {problem}")


class CannotResume(InvalidParameter):
    """A download's resume token whose partial file no longer fits it: the file is gone,
    has another length than the token says, or holds other bytes. ``path`` names the file;
    nothing was sent and the file is left as it is."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        super().__init__("resume_token", f"cannot be resumed: its .part file {self.path} {problem}")


class UnsupportedOperation(AiplaneError, TypeError):
    """A helper (paginate, wait_until, call_and_wait, update_with_etag) was given an
    operation its spec does not describe for that use; refused before any request."""


class FieldNotLoaded(AiplaneError, AttributeError):
    """A resource object was asked for a required field it has no value for yet: it is not
    saved, or it came from a list page that does not carry that field (``refresh()`` reads
    it)."""


class ResourceStateError(AiplaneError):
    """A resource object cannot do that in its state: save or refresh after ``delete()``,
    refresh or delete before it was saved, or an operation its spec does not declare."""


class PaginationLoop(AiplaneError):
    """The service sent a page token seen before, or too many empty pages in a row."""


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


class InvalidFileURL(InvalidParameter):
    """A file URL refused before anything was sent: not ``files/<bucket>/<path>`` (or that
    URL made absolute on the client's own host), a ``.``, ``..`` or empty segment, a control
    character, or another host. The message names the problem, not the URL."""

    def __init__(self, problem: str, *, parameter: str = "url", operation: str = "") -> None:
        super().__init__(parameter, problem, operation=operation)


class FileChanged(AiplaneError):
    """The file changed on the server while it was being read, and the reader cannot start
    over (an iterator that already handed out bytes of the old version)."""
