"""The quick fault soak (issue 13 points 1 and 8): writes under injected faults, sync and
async, concurrent; the mock's own state checked; no connection, descriptor, thread or temp
file left behind."""

from __future__ import annotations

import gc
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import aiplane
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, serving, signer
from tests.soak import FAULTS, SoakConfig, client_options, fd_count, run_soak, threads_left
from tests.soak_check import VIOLATIONS, check

QUICK = SoakConfig(writes=400, workers=8, seed=13)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


def temp_names() -> set[str]:
    """Entries of the temp directory that aiplane could have made (temporary files, parts)."""
    return {
        p.name for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith(("tmp", "."))
    }


def test_soak_every_call_once_or_typed_and_nothing_leaks(server: MockServer) -> None:
    """Under 20% faults every write happened exactly once or raised a typed error; no leak."""
    server.control.reset()
    deployment = server.control.create_deployment()
    options = client_options(server, API_KEY, signer())
    before = (fd_count(), {t.ident for t in threading.enumerate()}, temp_names())
    calls, out = run_soak(server, QUICK, options, deployment)
    with aiplane.Client(**{**options, "timeout": 10.0}) as client:
        counts = check(server, client, calls)
    gc.collect()
    after: tuple[int, list[str], set[str]]
    after = (fd_count(), threads_left(before[1]), temp_names())
    counts.update(out)
    print(dict(sorted(counts.items())))
    assert {name: counts[name] for name in VIOLATIONS} == dict.fromkeys(VIOLATIONS, 0)
    assert counts["succeeded"] > 0
    assert all(counts[f"fault:{name}"] > 0 for name, _ in FAULTS)  # every kind was injected
    assert (counts["checked_out:sync"], counts["checked_out:async"]) == (0, 0)
    assert (after[0] - before[0], after[1], after[2] - before[2]) == (0, [], set())
