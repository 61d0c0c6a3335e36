"""``aiplane.Client`` / ``aiplane.AsyncClient``: one object per caller holding both planes.

The planes are the *generated* clients (``aiplane_management.client.Client`` and
``aiplane_data.client.Client``), configured only through their constructors and setters:
a :class:`~aiplane._transport.RuntimeTransport` per plane (auth, retries, breaker, typed
errors), default timeouts, a User-Agent, and a connection pool that may be shared by many
clients with different credentials (:class:`ConnectionPool`).
"""

from __future__ import annotations

import platform
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

import anyio
import httpx

from . import errors
from ._options import OnRetry
from ._planes import Plane
from ._pool import ConnectionPool
from ._transport import Hooks, RuntimeTransport
from ._version import __version__
from .config import ENV_VARS, ConfigFields, load_config, normalize_url
from .ratelimits import OnRateLimit
from .retry import CircuitBreaker, RetryBudget, RetryPolicy

if TYPE_CHECKING:
    from ._planes import AsyncDataPlane, AsyncManagementPlane, DataPlane, ManagementPlane


__all__ = ["DEFAULT_TIMEOUT", "AsyncClient", "Client", "ConnectionPool", "user_agent"]

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
# The constructor's keywords other than the URLs (those are config fields): from_config's rest.
_CLIENT_SETTINGS = frozenset(
    {
        "auth",
        "data_auth",
        "retry",
        "timeout",
        "hooks",
        "on_retry",
        "on_rate_limit",
        "user_agent_suffix",
        "pool",
        "budget",
        "breaker",
        "sleep",
        "async_sleep",
        "clock",
    }
)


def _require_an_endpoint(management_url: str | None, data_url: str | None) -> None:
    if management_url is None and data_url is None:
        raise errors.ConfigError(
            "no endpoint: give management_url and/or data_url (or a region in the config)",
            field="management_url",
        )


def user_agent(suffix: str | None = None) -> str:
    """``aiplane/<version> python/<version>`` plus an optional suffix."""
    ua = f"aiplane/{__version__} python/{platform.python_version()}"
    return f"{ua} {suffix}" if suffix else ua


class _ClientBase:
    """What Client and AsyncClient share: construction and the two planes."""

    _asynchronous = False  # which generated methods the planes get (sync or awaitable)

    def __init__(
        self,
        *,
        management_url: str | None = None,
        data_url: str | None = None,
        auth: httpx.Auth | None = None,
        data_auth: httpx.Auth | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        hooks: Hooks | None = None,
        on_retry: OnRetry | None = None,
        on_rate_limit: OnRateLimit | None = None,
        user_agent_suffix: str | None = None,
        pool: ConnectionPool | None = None,
        budget: RetryBudget | None = None,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _require_an_endpoint(management_url, data_url)
        self._owns_pool = pool is None
        self.pool = pool or ConnectionPool()
        self.retry = retry or RetryPolicy()
        self.timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self.budget = budget or RetryBudget()
        self.breaker = breaker or CircuitBreaker(clock=clock)
        self._headers = {"User-Agent": user_agent(user_agent_suffix)}
        self._runtime_options: dict[str, Any] = {
            "hooks": hooks,
            "on_retry": on_retry,
            "on_rate_limit": on_rate_limit,
            "sleep": sleep,
            "async_sleep": async_sleep,
            "clock": clock,
        }
        self._management: Plane | None = None
        self._data: Plane | None = None
        self._open_planes(management_url, data_url, auth, data_auth)

    def _open_planes(
        self,
        management_url: str | None,
        data_url: str | None,
        auth: httpx.Auth | None,
        data_auth: httpx.Auth | None,
    ) -> None:
        """The planes for the URLs given, each with its generated methods."""
        if management_url is not None:
            from aiplane_management import _methods as management
            from aiplane_management.client import AuthenticatedClient as ManagementClient

            url = normalize_url(management_url, "management_url")
            pair = management.AsyncManagementMethods, management.ManagementMethods
            self._management = self._plane(ManagementClient, pair, url, auth)
        if data_url is not None:
            from aiplane_data import _methods as data
            from aiplane_data.client import AuthenticatedClient as DataClient

            url = normalize_url(data_url, "data_url")
            methods = data.AsyncDataMethods, data.DataMethods
            self._data = self._plane(DataClient, methods, url, data_auth or auth)

    def _plane(
        self,
        generated_client_cls: Any,
        methods: tuple[type, type],
        url: str,
        auth: httpx.Auth | None,
    ) -> Plane:
        """One plane: its generated client, with its (async or sync) methods, over a runtime
        transport with ``auth``."""
        transport = RuntimeTransport(
            sync_transport=self.pool.sync,
            async_transport=self.pool.async_,
            auth=auth,
            policy=self.retry,
            budget=self.budget,
            breaker=self.breaker,
            owns_inner=False,
            limiter=self.pool.rate_limiter,
            **self._runtime_options,
        )
        methods_cls = methods[0] if self._asynchronous else methods[1]
        return Plane(generated_client_cls, methods_cls, url, transport, self.timeout, self._headers)

    def _generated(self, plane: str) -> Any:
        """The generated client serving ``plane`` ("management" or "data")."""
        if plane == "management":
            if self._management is None:
                raise errors.ConfigError(
                    "this client has no management_url", field="management_url"
                )
            return self._management.generated
        if self._data is None:
            raise errors.ConfigError("this client has no data_url", field="data_url")
        return self._data.generated

    def _planes(self) -> list[Plane]:
        return [p for p in (self._management, self._data) if p is not None]

    def plane_for(self, plane: str) -> Any:
        """The generated client serving the operations of ``plane`` (a descriptor's plane)."""
        if plane in ("management", "data"):
            return self._generated(plane)
        raise TypeError(
            f"operations of plane {plane!r} are not served by aiplane.Client; "
            "pass a generated client instead"
        )

    @classmethod
    def from_config(
        cls,
        file: str | Path | None = None,
        profile: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> Self:
        """Build a client from an OCI-format config file and AIPLANE_* environment variables.

        Keyword arguments that are config fields (those of :func:`aiplane.load_config`:
        ``key_file``, ``user``, ``region``, ``management_url``, ``api_key``, ...) win over the
        file and the environment, as in ``load_config``; ``environ`` replaces ``os.environ``.
        The others are client settings (``auth``, ``data_auth``, ``retry``, ``timeout``,
        ``hooks``, ``pool``, ...), passed to the constructor; ``auth`` / ``data_auth`` replace
        the credentials the config makes. Any other keyword is a TypeError.
        """
        from .credentials import data_plane_auth, uses_signing
        from .signing import OCISigner  # imported here: it loads cryptography

        unknown = set(overrides) - set(ENV_VARS) - _CLIENT_SETTINGS  # ENV_VARS: config fields
        if unknown:
            name = f"{cls.__name__}.from_config()"
            raise TypeError(f"{name} got an unexpected keyword argument {min(unknown)!r}")
        fields = {k: v for k, v in overrides.items() if k in ENV_VARS}
        settings = {k: v for k, v in overrides.items() if k not in ENV_VARS}
        cfg = load_config(file, profile, environ=environ, **cast("ConfigFields", fields))
        kwargs: dict[str, Any] = {
            "management_url": cfg.management_url,
            "data_url": cfg.data_url,
        }
        if "auth" not in settings and uses_signing(cfg):
            kwargs["auth"] = OCISigner.from_config(cfg)  # a ConfigError names any missing field
        if "data_auth" not in settings:
            kwargs["data_auth"] = data_plane_auth(cfg)
        kwargs.update({k: v for k, v in settings.items() if v is not None})
        return cls(**kwargs)

    def __repr__(self) -> str:
        urls = []
        if self._management is not None:
            urls.append(f"management_url={str(self._management.sync_http.base_url)!r}")
        if self._data is not None:
            urls.append(f"data_url={str(self._data.sync_http.base_url)!r}")
        return f"{type(self).__name__}({', '.join(urls)})"


class Client(_ClientBase):
    """The synchronous client. Use as a context manager or call :meth:`close`."""

    @property
    def management(self) -> ManagementPlane:
        """The management plane: a method per operation (``client.management.get_model``),
        and the generated client for any ``aiplane_management`` operation module."""
        plane: ManagementPlane = self._generated("management")
        return plane

    @property
    def data(self) -> DataPlane:
        """The data plane: a method per operation, and the generated client for any
        ``aiplane_data`` operation module."""
        plane: DataPlane = self._generated("data")
        return plane

    def close(self) -> None:
        """Close the connections (not a shared pool)."""
        for plane in self._planes():
            plane.sync_http.close()
        if self._owns_pool:
            self.pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """The asynchronous client. Use ``async with`` or await :meth:`aclose`."""

    _asynchronous = True

    @property
    def management(self) -> AsyncManagementPlane:
        """The management plane: an awaitable method per operation, and the generated
        client for any ``aiplane_management`` operation module."""
        plane: AsyncManagementPlane = self._generated("management")
        return plane

    @property
    def data(self) -> AsyncDataPlane:
        """The data plane: an awaitable method per operation, and the generated client for
        any ``aiplane_data`` operation module."""
        plane: AsyncDataPlane = self._generated("data")
        return plane

    async def aclose(self) -> None:
        """Close the connections (not a shared pool)."""
        for plane in self._planes():
            await plane.async_http.aclose()
            plane.sync_http.close()
        if self._owns_pool:
            await self.pool.aclose()
            self.pool.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
