"""examples/many_runs.py at small scale: 200 runs over one pool, every result, and never
more open connections than the pool allows (counted at the pool's network backend)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from aiplane_mock import MockServer
from tests.conftest import add_secret
from tests.mock_helpers import serving

pytestmark = pytest.mark.anyio

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "many_runs.py"
POOL_SIZE = 8


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("many_runs_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


example = load_example()
add_secret(example.API_KEY)


class CountingStream:
    """A network stream that tells its backend when it closes."""

    def __init__(self, inner: Any, backend: CountingBackend) -> None:
        self._inner = inner
        self._backend = backend
        self._closed = False

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            self._backend.open -= 1
        await self._inner.aclose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class CountingBackend:
    """Wraps the pool's network backend: counts open TCP connections and their peak."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.open = 0
        self.peak = 0
        self.opened = 0

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> CountingStream:
        stream = await self._inner.connect_tcp(*args, **kwargs)
        self.open += 1
        self.opened += 1
        self.peak = max(self.peak, self.open)
        return CountingStream(stream, self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(api_keys=[example.API_KEY])


async def test_many_runs_stay_within_the_pool(server: MockServer) -> None:
    """200 runs, 50 in flight, an 8-connection pool: 200 results, at most 8 connections."""
    server.control.reset()
    deployment = server.control.create_deployment(display_name="many")
    pool = example.pool_of(POOL_SIZE)
    http_pool: Any = pool.async_.inner._pool  # httpcore's pool
    counter = CountingBackend(http_pool._network_backend)
    http_pool._network_backend = counter
    results = await example.many_runs(
        server.data_url, deployment, count=200, concurrency=50, pool=pool
    )
    assert len(results) == 200 and all(r["text"].startswith("Processed") for r in results)
    print(f"peak {counter.peak} open connections, {counter.opened} opened")
    assert 2 <= counter.peak <= POOL_SIZE, counter.peak
    creates = [r for r in server.control.requests() if r.operation_id == "createRun"]
    assert len(creates) == 200
