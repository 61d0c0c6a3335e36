"""The quick fault soak (issue 13 points 1 and 8): writes under injected faults, sync and
async, concurrent; the mock's own state checked; no connection, descriptor, thread or temp
file left behind."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import aiplane
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving, signer
from tests.soak import (
    FAULTS,
    SoakConfig,
    client_options,
    fd_count,
    run_soak,
    temp_names,
    threads_left,
)
from tests.soak_check import VIOLATIONS, check

QUICK = SoakConfig(writes=400, workers=8, seed=13)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(seed=QUICK.seed, request_log=4 * QUICK.writes)


def test_soak_every_call_once_or_typed_and_nothing_leaks(server: MockServer) -> None:
    """Under 20% faults every write happened exactly once or raised a typed error; no leak."""
    server.control.reset()
    deployment = server.control.create_deployment()
    options = client_options(server, API_KEY, signer())
    before = (fd_count(server), {t.ident for t in threading.enumerate()}, temp_names())
    calls, out = run_soak(server, QUICK, options, deployment)
    with aiplane.Client(**{**options, "timeout": 10.0}) as client:
        counts = check(server, client, calls)
    gc.collect()
    after: tuple[int, list[str], set[str]]
    after = (fd_count(server), threads_left(before[1]), temp_names())
    counts.update(out)
    print(dict(sorted(counts.items())))
    assert {name: counts[name] for name in VIOLATIONS} == dict.fromkeys(VIOLATIONS, 0)
    assert counts["succeeded"] > 0
    assert all(counts[f"fault:{name}"] > 0 for name, _ in FAULTS)  # every kind was injected
    assert (counts["checked_out:sync"], counts["checked_out:async"]) == (0, 0)
    assert (after[0] - before[0], after[1], after[2] - before[2]) == (0, [], set())
