"""``aiplane.call`` and friends: the one call path that returns typed bodies or raises.

They work for every generated operation module, present and future, by calling its
``sync_detailed`` / ``asyncio_detailed`` with the right generated client; nothing here
knows any particular operation. Decisions live in the shared helpers; ``call`` and
``acall`` only differ in the line that does the I/O.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar

import httpx

from . import _otel, errors
from ._options import CallTrace, OnRetry, call_options, tracing
from ._params import check_params
from .descriptors import OperationDescriptor, describe
from .ratelimits import RateLimits
from .retry import RetryPolicy

if TYPE_CHECKING:
    from aiplane_data.models.error import Error as _DataError
    from aiplane_management.models.error import Error as _ManagementError

# Generated operations return ``Error | Model`` (errors are documented in the specs), but the
# runtime raises on every error status. Typing ``op`` as ``Operation[T | ServiceError]``
# lets mypy infer ``T`` as the success model alone.
ServiceError: TypeAlias = "_ManagementError | _DataError"

__all__ = ["Detailed", "acall", "acall_detailed", "call", "call_detailed", "new_retry_token"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_TOKEN_ALPHABET = string.ascii_letters + string.digits
_NO_BODY_STATUSES = frozenset({202, 204})


def new_retry_token() -> str:
    """An opc-retry-token like OCI's: 30 characters from [A-Za-z0-9], cryptographically random.

    Random bytes below 248 (four whole runs of the 62 characters) pick a character each, the
    others are dropped, so every character is equally likely; one draw of 40 bytes almost
    always suffices (a per-character ``secrets.choice`` cost seven times as much)."""
    chars: list[str] = []
    while len(chars) < 30:
        chars += [_TOKEN_ALPHABET[b % 62] for b in secrets.token_bytes(40) if b < 248]
    return "".join(chars[:30])


class _GeneratedResponse(Protocol[T_co]):
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> T_co | None: ...


class Operation(Protocol[T_co]):
    """A generated operation module (``aiplane_management.api.model.get_model``...)."""

    __name__: str

    def sync_detailed(self, *args: Any, **kwargs: Any) -> _GeneratedResponse[T_co]: ...

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> _GeneratedResponse[T_co]: ...


@dataclass(frozen=True)
class Detailed(Generic[T]):
    """A parsed body with the response's status and headers."""

    parsed: T
    status_code: int
    headers: httpx.Headers

    @property
    def etag(self) -> str | None:
        return _header(self.headers, "etag")

    @property
    def opc_request_id(self) -> str | None:
        return _header(self.headers, "opc-request-id")

    @property
    def opc_next_page(self) -> str | None:
        return _header(self.headers, "opc-next-page")

    @property
    def opc_work_request_id(self) -> str | None:
        return _header(self.headers, "opc-work-request-id")

    @property
    def rate_limits(self) -> RateLimits | None:
        """The response's ``x-ratelimit-*`` headers, typed (None when it sent none)."""
        return RateLimits.from_headers(self.headers)


def _header(headers: httpx.Headers, name: str) -> str | None:
    value: str | None = headers.get(name)
    return value


def _prepare(
    op: Any, client: Any, args: tuple[Any, ...], params: dict[str, Any]
) -> tuple[Any, OperationDescriptor]:
    """Check the parameters, pick the generated client for ``op`` (its descriptor names the
    plane) and add an opc-retry-token when the operation declares one and none was given."""
    descriptor, table = describe(op)
    check_params(descriptor, table, args, params)
    if hasattr(client, "get_httpx_client"):
        generated = client
    elif hasattr(client, "plane_for"):
        generated = client.plane_for(descriptor.plane)
    else:
        raise TypeError(f"expected an aiplane client or a generated client, got {client!r}")
    token = descriptor.header("opc-retry-token")
    if token is not None and table.is_unset(params.get(token.python_name)):
        params[token.python_name] = new_retry_token()
    return generated, descriptor


def _result(
    descriptor: OperationDescriptor, response: _GeneratedResponse[Any], trace: CallTrace
) -> Detailed[Any]:
    headers = errors.copy_headers(response.headers)
    parsed = response.parsed
    if parsed is None and not (
        int(response.status_code) in _NO_BODY_STATUSES or not response.content
    ):
        raise errors.ResponseValidationError(
            f"status {int(response.status_code)} is not documented for this operation",
            status=int(response.status_code),
            opc_request_id=headers.get("opc-request-id") or trace.opc_request_id,
            body_excerpt=response.content[:512].decode("utf-8", "replace"),
            operation=descriptor.name,
        )
    return Detailed(parsed=parsed, status_code=int(response.status_code), headers=headers)


def _validation_error(
    descriptor: OperationDescriptor, exc: Exception, trace: CallTrace
) -> errors.ResponseValidationError:
    return errors.ResponseValidationError(
        f"response body does not match the spec: {type(exc).__name__}: {exc}",
        status=trace.status or 0,
        opc_request_id=trace.opc_request_id,
        body_excerpt="",
        operation=descriptor.name,
    )


_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, RecursionError)


@contextmanager
def _call_scope(
    descriptor: OperationDescriptor,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy | None,
    headers: Mapping[str, str] | None,
    on_retry: OnRetry | None,
    params: Mapping[str, Any],
) -> Iterator[tuple[CallTrace, _otel.CallSpan]]:
    """Apply per-call options and turn parse failures of a received body into
    ResponseValidationError (a TypeError before any response is the caller's mistake)."""
    options = call_options(
        timeout=timeout,
        retry=retry,
        headers=headers,
        on_retry=on_retry,
        operation=descriptor.name,
    )
    with (
        _otel.call_span(descriptor.operation_id, descriptor.genai, params) as span,
        options,
        tracing() as trace,
    ):
        try:
            yield trace, span
        except errors.AiplaneError:
            raise
        except _PARSE_ERRORS as exc:
            if not trace.responded:
                raise
            raise _validation_error(descriptor, exc, trace) from exc


def call_detailed(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    **params: Any,
) -> Detailed[T]:
    """Call a generated operation; return its parsed body, status and headers, or raise
    an :mod:`aiplane.errors` exception."""
    generated, descriptor = _prepare(op, client, args, params)
    with _call_scope(descriptor, timeout, retry, headers, on_retry, params) as (trace, span):
        response = op.sync_detailed(*args, client=generated, **params)
        result = _result(descriptor, response, trace)
        span.response(result.parsed)
    return result


def call(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    **params: Any,
) -> T:
    """Call a generated operation and return its typed parsed body (None for bodiless
    responses such as a 202 from delete), or raise an :mod:`aiplane.errors` exception."""
    return call_detailed(
        op,
        client,
        *args,
        timeout=timeout,
        retry=retry,
        headers=headers,
        on_retry=on_retry,
        **params,
    ).parsed


async def acall_detailed(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    **params: Any,
) -> Detailed[T]:
    """The async twin of :func:`call_detailed`."""
    generated, descriptor = _prepare(op, client, args, params)
    with _call_scope(descriptor, timeout, retry, headers, on_retry, params) as (trace, span):
        response = await op.asyncio_detailed(*args, client=generated, **params)
        result = _result(descriptor, response, trace)
        span.response(result.parsed)
    return result


async def acall(
    op: Operation[T | ServiceError],
    client: Any,
    *args: Any,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    on_retry: OnRetry | None = None,
    **params: Any,
) -> T:
    """The async twin of :func:`call`."""
    detailed = await acall_detailed(
        op,
        client,
        *args,
        timeout=timeout,
        retry=retry,
        headers=headers,
        on_retry=on_retry,
        **params,
    )
    return detailed.parsed
