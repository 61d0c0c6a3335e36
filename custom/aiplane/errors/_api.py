"""The service answered with a non-2xx status: one class per meaning."""

from __future__ import annotations

from collections.abc import Mapping

from aiplane.ratelimits import RateLimits

from ._base import AiplaneError, copy_headers

__all__ = [
    "APIError",
    "BadRequest",
    "Conflict",
    "NotAuthenticated",
    "NotAuthorized",
    "NotFound",
    "PreconditionFailed",
    "RangeNotSatisfiable",
    "RateLimited",
    "Redirect",
    "ServerError",
    "UnexpectedStatus",
]


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
        self.headers = copy_headers(headers)
        self.body_excerpt = body_excerpt
        self.method = method
        self.path = path
        super().__init__(str(self))

    @property
    def rate_limits(self) -> RateLimits | None:
        """The response's ``x-ratelimit-*`` headers, typed (None when it sent none)."""
        return RateLimits.from_headers(self.headers)

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


class Redirect(APIError):
    """3xx: the service redirected; aiplane never follows redirects (a signed request must
    not be replayed elsewhere). :attr:`location` is the ``Location`` header, if any."""

    @property
    def location(self) -> str | None:
        value: str | None = self.headers.get("location")
        return value


class UnexpectedStatus(APIError):
    """A status with no more specific class (1xx, 418, 499, ...)."""
