"""``client.data.request(...)``: raw requests as a method of each plane.

The planes are the generated clients; :func:`with_raw_requests` gives each a subclass that
adds :meth:`RawRequests.request` and :meth:`RawRequests.arequest` and the typed operation
methods generated for its package (``<package>._methods``; the generated code is untouched
and an evolved client keeps the methods)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from ._call import Detailed
from ._raw import araw_request, raw_request
from .retry import RetryPolicy

__all__ = ["RawRequests", "with_raw_requests"]


class RawRequests:
    """Raw requests for paths the specs do not describe yet, with this plane's auth,
    signing, retries, timeouts and typed errors (see :func:`aiplane.raw_request`)."""

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> Detailed[Any]:
        """Send ``method path`` (its own query string merged with ``query``)."""
        options = {"query": query, "json": json, "content": content, "headers": headers}
        return raw_request(self, method, path, timeout=timeout, retry=retry, **options)

    async def arequest(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> Detailed[Any]:
        """The async twin of :meth:`request`."""
        options = {"query": query, "json": json, "content": content, "headers": headers}
        return await araw_request(self, method, path, timeout=timeout, retry=retry, **options)


@functools.cache
def with_raw_requests(generated_client_cls: type, methods_cls: type | None = None) -> type:
    """``generated_client_cls`` with :class:`RawRequests` mixed in, and the generated typed
    methods of its package (``<package>._methods``, sync or async) when given."""
    extra = () if methods_cls is None else (methods_cls,)
    return type(generated_client_cls.__name__, (generated_client_cls, RawRequests, *extra), {})
