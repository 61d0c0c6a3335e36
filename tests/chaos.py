"""Shared parts of the chaos tests (tests/test_chaos.py, tests/test_chaos_transfers.py): the
scale and tally of a full run, seeded RNGs, clients whose pool is checked after every round,
and the sources, folders and cause chains the tests look at.

``make test`` runs each chaos test at its quick size; ``make soak`` (tools/chaos.py) runs the
same tests with every round count multiplied by ``AIPLANE_CHAOS_SCALE``, the seeds moved by
``AIPLANE_CHAOS_SEED``, and the outcomes tallied into ``AIPLANE_CHAOS_REPORT``.
"""

from __future__ import annotations

import os
import random
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

import aiplane
from aiplane import errors
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving
from tests.scaling import Scaled
from tests.soak import checked_out
from tests.stream_helpers import PROMPT

__all__ = [
    "CHAOS",
    "ROUNDS",
    "SEED_ENV",
    "Breaking",
    "after_round",
    "base_seed",
    "cause_chain",
    "chaos_server",
    "connected",
    "folder_names",
    "home_of",
    "names_in",
    "raw_event_ends",
    "rng",
    "rounds",
    "upload",
]

CHAOS = Scaled("AIPLANE_CHAOS_SCALE", "AIPLANE_CHAOS_REPORT")
SEED_ENV = "AIPLANE_CHAOS_SEED"
ROUNDS = 12  # the quick round count of most chaos tests


def chaos_server() -> Iterator[MockServer]:
    """A mock for one chaos module (a module fixture), its request log long enough for a
    full run's rounds."""
    yield from serving(request_log=100_000)


def base_seed() -> int:
    """The seed every test's own seed is offset from (``AIPLANE_CHAOS_SEED``, 0 when unset)."""
    return int(os.environ.get(SEED_ENV, "0") or 0)


def rng(offset: int) -> random.Random:
    """The RNG of one test: seeded by the base seed plus the test's own offset."""
    return random.Random(base_seed() + offset)


def rounds(default: int) -> int:
    """How many rounds a test runs: its quick count, times the chaos scale."""
    return CHAOS.times(default)


def _pool(client: Any) -> Any:
    """The httpcore pool under a client's transport (sync or async)."""
    transport: Any = client.pool.sync if isinstance(client, aiplane.Client) else client.pool.async_
    return transport.inner._pool


def after_round(client: Any) -> None:
    """Count the connections the client's pool still has out after a round; there must be
    none (a stream or download that broke must have given its connection back)."""
    busy = checked_out(_pool(client))
    CHAOS.tally("pool/rounds")
    CHAOS.tally("pool/checked_out", busy)
    assert busy == 0


@asynccontextmanager
async def connected(mode: str, server: MockServer, **extra: Any) -> AsyncIterator[Any]:
    """A data-plane client (sync or async); on leaving, its pool must have nothing out.

    Its retry budget and circuit breaker never run out: they would rightly stop a client
    that keeps failing against one host (the fault soak counts them), and here each round
    must meet its own fault, not the consequence of the rounds before it."""
    options: dict[str, Any] = {
        "data_url": server.data_url,
        "data_auth": aiplane.APIKeyAuth(API_KEY),
        "retry": aiplane.RetryPolicy(backoff_base=0.01, backoff_cap=0.05),
        "budget": aiplane.RetryBudget(capacity=1e12),
        "breaker": aiplane.CircuitBreaker(failure_threshold=10**12),
        **extra,
    }
    if mode == "sync":
        with aiplane.Client(**options) as client:
            yield client
            after_round(client)
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            yield aclient
            after_round(aclient)


def raw_event_ends(server: MockServer, deployment: str) -> list[int]:
    """Where each event of the chat stream the tests read ends (bytes into the body): the
    last is the end of ``[DONE]``, the end of the body."""
    url = f"{server.data_url}/openai/deployments/{deployment}/chat/completions"
    body = {"messages": [{"role": "user", "content": PROMPT}], "stream": True}
    raw = httpx.post(url, headers={"api-key": API_KEY}, json=body, timeout=30).content
    ends, at = [], raw.find(b"\n\n")
    while at >= 0:
        ends.append(at + 2)
        at = raw.find(b"\n\n", at + 2)
    assert ends[-1] == len(raw) and raw.endswith(b"data: [DONE]\n\n")
    return ends


def names_in(folder: Path) -> list[str]:
    """The sorted names of the entries of ``folder``."""
    return sorted(p.name for p in folder.iterdir())


async def upload(mode: str, client: Any, url: Any, source: Any) -> Any:
    """Upload ``source`` to ``url`` with the mode's client."""
    if mode == "sync":
        return aiplane.files.upload(client, url, source)
    return await aiplane.files.aupload(client, url, source)


async def home_of(mode: str, client: Any) -> Any:
    """The caller's own bucket folder."""
    if mode == "sync":
        return aiplane.files.my_files_home(client)
    return await aiplane.files.amy_files_home(client)


class Breaking:
    """A binary source that fails after ``limit`` bytes (a disk or network error mid-body)."""

    def __init__(self, data: bytes, limit: int) -> None:
        self.data, self.limit, self.pos = data, limit, 0

    def read(self, size: int = -1) -> bytes:
        if self.pos >= self.limit:
            raise OSError("source broke mid-body")
        size = len(self.data) if size < 0 else size
        chunk = self.data[self.pos : min(self.pos + size, self.limit)]
        self.pos += len(chunk)
        return chunk


def folder_names(server: MockServer, folder: str) -> list[str]:
    """The names in a folder of the test bucket (none when the folder does not exist)."""
    with aiplane.Client(data_url=server.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        try:
            url = aiplane.files.my_files_home(c) / folder
            return [str(item.name) for item in aiplane.files.list_folder(c, url)]
        except errors.NotFound:
            return []


def cause_chain(error: BaseException) -> list[BaseException]:
    """``error`` and its causes, stopping at the first one seen twice (a cycle)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__
    assert current is None, f"{type(current).__name__} is its own cause (a cycle)"
    return chain
