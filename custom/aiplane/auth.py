"""API-key and bearer-token authentication as ``httpx.Auth`` objects (the data plane).

A token is a str, a function, or an async function returning one; a function is called once per
request. No token appears in any repr or exception message raised here. OCI request signing is
:class:`aiplane.signing.OCISigner`.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import httpx

from .errors import ConfigError

__all__ = ["APIKeyAuth", "BearerAuth", "TokenSource"]

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]


def _check_token(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{field} must be a str, got {type(value).__name__}", field=field)
    if not value:
        raise ConfigError(f"{field} is empty", field=field)
    if not value.isascii() or not value.isprintable():
        raise ConfigError(f"{field} contains non-ASCII or control characters", field=field)
    return value


class _TokenAuth(httpx.Auth):
    """Put a static, callable or async-callable secret in one header on every request."""

    _field = "token"

    def __init__(self, value: TokenSource | None, *, header: str) -> None:
        if value is None:
            raise ConfigError(f"{self._field} is missing", field=self._field)
        if isinstance(value, str):
            _check_token(value, self._field)
        elif not callable(value):
            raise ConfigError(
                f"{self._field} must be a str or a callable returning one", field=self._field
            )
        self._value = value
        self._header = header

    def __repr__(self) -> str:
        shown = "'***'" if isinstance(self._value, str) else "<callable>"
        return f"{type(self).__name__}({self._field}={shown}, header={self._header!r})"

    def _format(self, token: str) -> str:
        return token

    def _sync_token(self) -> str:
        value = self._value
        if isinstance(value, str):
            return value
        if inspect.iscoroutinefunction(value):
            raise ConfigError(
                f"{self._field} is a coroutine function: use an async client "
                "(aiplane's async client or httpx.AsyncClient), or pass a plain function",
                field=self._field,
            )
        result: Any = value()
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise ConfigError(
                f"{self._field} callable returned an awaitable: use an async client "
                "(aiplane's async client or httpx.AsyncClient)",
                field=self._field,
            )
        return _check_token(result, self._field)

    async def _async_token(self) -> str:
        value = self._value
        if isinstance(value, str):
            return value
        result: Any = value()
        if inspect.isawaitable(result):
            result = await result
        return _check_token(result, self._field)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Set the header (calling the source once) and send."""
        request.headers[self._header] = self._format(self._sync_token())
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Set the header (awaiting the source once, if async) and send."""
        request.headers[self._header] = self._format(await self._async_token())
        yield request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Generic flow (only used when called directly): same as the sync flow."""
        return self.sync_auth_flow(request)


class APIKeyAuth(_TokenAuth):
    """Send an API key in the ``api-key`` header: a str, a function, or an async function.

    A function is called once per request (so keys can rotate); an async function needs an
    async client.
    """

    _field = "api_key"

    def __init__(self, api_key: TokenSource | None, *, header: str = "api-key") -> None:
        super().__init__(api_key, header=header)


class BearerAuth(_TokenAuth):
    """Send ``Authorization: Bearer <token>``: a str, a function, or an async function.

    A function is called once per request (so tokens can be refreshed); an async function needs
    an async client.
    """

    _field = "bearer_token"

    def __init__(self, token: TokenSource | None) -> None:
        super().__init__(token, header="authorization")

    def _format(self, token: str) -> str:
        return f"Bearer {token}"
