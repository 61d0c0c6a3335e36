"""The planes of ``aiplane.Client``: generated clients over the runtime transport.

A plane is the package's generated client (``aiplane_management.client.AuthenticatedClient``
or ``aiplane_data``'s) as a subclass with :class:`~aiplane._raw_plane.RawRequests` and the
typed methods generated for the package (``<package>._methods``: the sync class for
``aiplane.Client``, the awaitable one for ``aiplane.AsyncClient``), configured only through
its constructor and setters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._raw_plane import RawRequests, with_raw_requests
from ._transport import RuntimeTransport

__all__ = ["Plane"]

if TYPE_CHECKING:
    from aiplane_data._methods import AsyncDataMethods, DataMethods
    from aiplane_data.client import AuthenticatedClient as _DataClient
    from aiplane_management._methods import AsyncManagementMethods, ManagementMethods
    from aiplane_management.client import AuthenticatedClient as _ManagementClient

    class DataPlane(_DataClient, RawRequests, DataMethods):
        """The generated data-plane client, with ``request`` and a method per operation."""

    class ManagementPlane(_ManagementClient, RawRequests, ManagementMethods):
        """The generated management-plane client, with ``request`` and a method per
        operation."""

    class AsyncDataPlane(_DataClient, RawRequests, AsyncDataMethods):
        """The data plane of :class:`AsyncClient`: awaitable methods."""

    class AsyncManagementPlane(_ManagementClient, RawRequests, AsyncManagementMethods):
        """The management plane of :class:`AsyncClient`: awaitable methods."""


class _IsolatedClientMixin:
    """httpx clients whose header/timeout settings cannot be changed from outside.

    The generated ``with_headers`` / ``with_timeout`` mutate the live httpx client of the
    client they are called on (GENERATOR_NOTES defect 12). Handing out a copy of the headers
    and ignoring timeout assignment after construction keeps the original unchanged; the
    new generated client those methods return builds its own httpx client from the same
    ``httpx_args`` (the runtime transport), so it still signs and retries.
    """

    _frozen = False

    @property
    def headers(self) -> httpx.Headers:
        return self._headers.copy()  # type: ignore[attr-defined, no-any-return]

    @headers.setter
    def headers(self, headers: Any) -> None:
        httpx.Client.headers.fset(self, headers)  # type: ignore[attr-defined]

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @timeout.setter
    def timeout(self, timeout: Any) -> None:
        if not self._frozen:
            self._timeout = httpx.Timeout(timeout)


class _SyncHTTPClient(_IsolatedClientMixin, httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._frozen = True


class _AsyncHTTPClient(_IsolatedClientMixin, httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._frozen = True


class Plane:
    """One generated client plus the runtime pieces that serve it."""

    def __init__(
        self,
        generated_client_cls: Any,
        methods_cls: type,
        url: str,
        transport: RuntimeTransport,
        timeout: httpx.Timeout,
        headers: dict[str, str],
    ) -> None:
        self.transport = transport
        # AuthenticatedClient, because every operation declares security; the token stays
        # empty: the runtime transport authenticates (and drops the empty header).
        self.generated = with_raw_requests(generated_client_cls, methods_cls)(
            base_url=url,
            token="",
            prefix="",
            timeout=timeout,
            headers=headers,
            httpx_args={"transport": transport},
            raise_on_unexpected_status=True,
        )
        common: dict[str, Any] = {
            "base_url": url,
            "timeout": timeout,
            "headers": headers,
            "transport": transport,
        }
        self.sync_http = _SyncHTTPClient(**common)
        self.async_http = _AsyncHTTPClient(**common)
        self.generated.set_httpx_client(self.sync_http)
        self.generated.set_async_httpx_client(self.async_http)
