"""Which pooled connection serves which request: httpcore's pool step, done once per request.

httpcore 1.0 re-runs one step each time a request enters or leaves its pool: drop closed and
expired connections, close surplus idle ones, give each waiting request a connection. Its own
step has two costs that grow with the pool (encode/httpcore#1035, still open): it counts the
connections once per idle connection (O(N²) per step), and it hands one idle connection to
*every* waiting request, since a connection stays idle until its request starts; all but one
then fail with ``ConnectionNotAvailable``, wait again, and run the step again. At 32
concurrent requests that was about 4.5 steps per request and a quarter of the client's CPU.

:func:`assign` is the same step in one pass, with each idle connection given to at most one
request (a connection a waiting request already holds is not idle for the others) and idle
connections beyond ``max_keepalive_connections`` closed, oldest first, as that limit says.
It decides only; the pool performs it. :func:`install` makes a transport's pool use it; only
for HTTP/1.1 pools (aiplane's transports never enable HTTP/2, whose connections take many
requests at once).
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

__all__ = ["WRITTEN_FOR", "assign", "install"]

# the httpcore releases whose pool internals (_connections, _requests, ...) this step uses
WRITTEN_FOR = "1.0."


def _usable(pool: Any) -> tuple[list[Any], list[Any]]:
    """Drop closed connections from the pool and expired ones (returned, to be closed). Only
    an idle connection can expire (past its keep-alive, or closed by the server): asking
    only those spares a poll of every busy socket."""
    closing: list[Any] = []
    kept: list[Any] = []
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if connection.is_idle() and connection.has_expired():
            closing.append(connection)
            continue
        kept.append(connection)
    pool._connections = kept
    return kept, closing


def assign(pool: Any) -> list[Any]:
    """Give each waiting request of ``pool`` a connection (reuse an idle one for its origin,
    else open one if the pool has room, else replace an idle one); the connections the pool
    must close. ``pool`` is an httpcore connection pool, sync or async."""
    connections, closing = _usable(pool)
    held = {id(r.connection) for r in pool._requests if r.connection is not None}
    idle = [c for c in connections if c.is_idle() and id(c) not in held]
    extra = max(0, len(idle) - pool._max_keepalive_connections)
    for surplus in idle[:extra]:  # the oldest
        connections.remove(surplus)
        closing.append(surplus)
    idle = idle[extra:]
    for request in pool._requests:
        if not request.is_queued():
            continue
        origin = request.request.url.origin
        reuse = next((c for c in idle if c.can_handle_request(origin) and c.is_available()), None)
        if reuse is not None:
            idle.remove(reuse)
        elif len(connections) >= pool._max_connections:
            if not idle:
                break  # every connection is busy: the request waits for one to be released
            replaced = idle.pop(0)
            connections.remove(replaced)
            closing.append(replaced)
        connection = reuse or pool.create_connection(origin)
        if reuse is None:
            connections.append(connection)
        request.assign_to_connection(connection)
    return closing


class _Pool(httpcore.ConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


class _AsyncPool(httpcore.AsyncConnectionPool):
    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> None:
    """Make ``transport``'s pool assign with :func:`assign` (the subclasses add no state, so
    the pool httpx built keeps every setting it was given)."""
    pool: Any = transport._pool
    if pool._http2:
        return  # HTTP/2 connections take many requests at once: keep httpcore's own step
    if not httpcore.__version__.startswith(WRITTEN_FOR):
        return  # the pool's private fields may differ: keep httpcore's own (slower) step
    pool.__class__ = _Pool if isinstance(transport, httpx.HTTPTransport) else _AsyncPool
