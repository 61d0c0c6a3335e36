"""The pool's assignment step (aiplane._assign): each waiting request gets a connection once,
idle connections are kept up to the keep-alive limit, expired ones are closed. Decided on
stand-in connections and requests (no I/O), then checked on a real pool."""

from __future__ import annotations

from typing import Any

import httpcore
import httpx
import pytest

import aiplane
from aiplane._assign import assign, install

A, B = "http://a.test", "http://b.test"  # origins


class Connection:
    """A stand-in pooled connection to ``origin`` in ``state`` (idle, busy, closed, expired)."""

    def __init__(self, origin: Any, state: str = "idle") -> None:
        self.origin = origin
        self.state = state

    def is_closed(self) -> bool:
        return self.state == "closed"

    def is_idle(self) -> bool:
        return self.state in ("idle", "expired")

    def has_expired(self) -> bool:
        return self.state == "expired"

    def is_available(self) -> bool:
        return self.is_idle()

    def can_handle_request(self, origin: Any) -> bool:
        return bool(origin == self.origin)


class Request:
    """A stand-in pool request for ``origin``, queued until given a connection."""

    def __init__(self, origin: Any, connection: Connection | None = None) -> None:
        self.request = type("R", (), {"url": type("U", (), {"origin": origin})()})()
        self.connection = connection

    def is_queued(self) -> bool:
        return self.connection is None

    def assign_to_connection(self, connection: Connection) -> None:
        self.connection = connection


class Pool:
    """The parts of an httpcore pool that the step reads and changes."""

    def __init__(self, connections: list[Connection], requests: list[Request], **limits: int):
        self._connections = connections
        self._requests = requests
        self._max_connections = limits.get("max_connections", 4)
        self._max_keepalive_connections = limits.get("max_keepalive", 4)
        self.created: list[Connection] = []

    def create_connection(self, origin: Any) -> Connection:
        self.created.append(Connection(origin, "new"))
        return self.created[-1]


def test_each_waiting_request_gets_its_own_idle_connection() -> None:
    """Three idle connections, three waiting requests: three different connections (httpcore
    gives the first idle one to all three, and two of them fail and wait again)."""
    idle = [Connection(A) for _ in range(3)]
    waiting = [Request(A) for _ in range(3)]
    assert assign(Pool(list(idle), waiting)) == []
    assert [r.connection for r in waiting] == idle


def test_a_connection_a_request_holds_is_not_given_again() -> None:
    """An idle connection already handed to a request that has not started is not idle for
    the next: that one gets a new connection while the pool has room, else waits."""
    held = Connection(A)
    pool = Pool([held], [Request(A, held), Request(A)], max_connections=2)
    assign(pool)
    assert pool._requests[1].connection is pool.created[0]
    full = Pool([held], [Request(A, held), Request(A)], max_connections=1)
    assign(full)
    assert full._requests[1].is_queued() and full.created == []


def test_idle_connections_beyond_the_keepalive_limit_are_closed_oldest_first() -> None:
    """Five idle connections with a keep-alive limit of two: the three oldest are closed."""
    idle = [Connection(A) for _ in range(5)]
    pool = Pool(list(idle), [], max_connections=8, max_keepalive=2)
    assert assign(pool) == idle[:3]
    assert pool._connections == idle[3:]


def test_expired_connections_are_closed_and_closed_ones_dropped() -> None:
    """An expired idle connection is closed; a closed one leaves the pool; a waiting request
    gets the live idle one."""
    closed, expired, live = Connection(A, "closed"), Connection(A, "expired"), Connection(A)
    waiting = Request(A)
    pool = Pool([closed, expired, live], [waiting])
    assert assign(pool) == [expired]
    assert pool._connections == [live] and waiting.connection is live


def test_a_full_pool_replaces_an_idle_connection_of_another_origin() -> None:
    """Full, no connection for B, one idle for A: the A one is closed for a new B one; with
    every connection busy the request waits."""
    busy, idle = Connection(A, "busy"), Connection(A)
    pool = Pool([busy, idle], [Request(B)], max_connections=2)
    assert assign(pool) == [idle]
    assert pool._connections == [busy, pool.created[0]] and pool.created[0].origin == B
    waiting = Pool([busy, Connection(A, "busy")], [Request(B)], max_connections=2)
    assert assign(waiting) == [] and waiting._requests[0].is_queued()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_pools_transports_assign_with_it(mode: str) -> None:
    """Both transports of an aiplane.ConnectionPool use this step."""
    pool = aiplane.ConnectionPool()
    gate: Any = pool.sync if mode == "sync" else pool.async_
    assert type(gate.inner._pool)._assign_requests_to_connections.__module__ == "aiplane._assign"


@pytest.mark.parametrize("version", ["1.1.0", "2.0.0", "0.18.0"])
def test_another_httpcore_release_keeps_its_own_step(
    version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an httpcore release the step was not written for, its pool is left as httpcore
    built it (the private fields the step reads may differ there)."""
    monkeypatch.setattr(httpcore, "__version__", version)
    transport = httpx.HTTPTransport()
    install(transport)
    assert type(transport._pool) is httpcore.ConnectionPool
