"""Reproducible fault decisions (issue 13 point 2 of the chaos brief): a request carrying the
fault-key header gets its probabilistic faults from (seed, rule, key, the key's request
number), not from a shared random stream in arrival order."""

from __future__ import annotations

import random

import httpx

from aiplane_mock import running
from aiplane_mock.faults import FAULT_KEY_HEADER, Fault, FaultSet, RouteInfo
from tests.mock_helpers import API_KEY, server_options, signer
from tests.soak import SoakConfig, client_options, run_soak

ROUTE = RouteInfo("POST", "/v1/things", "createThing")
KINDS = ("status", "drop_before", "drop_after", "latency", "cut_stream")


def _rules(faults: FaultSet) -> None:
    faults.add(Fault("status", "createThing", count=None, status=503, probability=0.2))
    faults.add(Fault("drop_after", "createThing", count=None, probability=0.2))


def _decide(seed: int, order: list[str]) -> dict[tuple[str, int], str]:
    """Take a fault for each key of ``order`` (a key repeated: its next attempt)."""
    faults = FaultSet(seed)
    _rules(faults)
    for key in order:
        faults.take(ROUTE, KINDS, key=key)
    return faults.decisions()


def _interleaving(seed: int) -> list[str]:
    """Three attempts of each of 40 calls, in an order shuffled by ``seed``."""
    order = [f"call-{n}" for n in range(40) for _ in range(3)]
    random.Random(seed).shuffle(order)
    return order


def test_keyed_decisions_do_not_depend_on_arrival_order() -> None:
    """The same seed gives each (key, attempt) the same fault, whatever the interleaving."""
    first = _decide(13, _interleaving(1))
    assert first == _decide(13, _interleaving(2))
    assert len(first) == 120 and {"", "status_503", "drop_after"} <= set(first.values())


def test_another_seed_gives_other_decisions() -> None:
    """The seed is part of each decision: seed 14 does not repeat seed 13's faults."""
    assert _decide(13, _interleaving(1)) != _decide(14, _interleaving(1))


def test_unkeyed_requests_keep_the_shared_seeded_stream() -> None:
    """Without a key, decisions come from the seeded stream in arrival order (as before) and
    are not recorded per key."""
    faults = FaultSet(5)
    _rules(faults)
    fired = [faults.take(ROUTE, KINDS) is not None for _ in range(50)]
    again = FaultSet(5)
    _rules(again)
    assert fired == [again.take(ROUTE, KINDS) is not None for _ in range(50)]
    assert faults.decisions() == {}


def test_clear_forgets_attempt_numbers_and_decisions() -> None:
    """After clear(), a key's next request is its first again."""
    faults = FaultSet(3)
    _rules(faults)
    faults.take(ROUTE, KINDS, key="a")
    faults.clear()
    _rules(faults)
    faults.take(ROUTE, KINDS, key="a")
    assert list(faults.decisions()) == [("a", 1)]


def test_the_mock_reads_the_key_from_the_request_header() -> None:
    """Two servers with one seed inject the same faults on the same keyed requests, sent in
    opposite orders."""
    seen = []
    for keys in ([f"k{n}" for n in range(30)], [f"k{n}" for n in reversed(range(30))]):
        with running(no_auth=True, seed=7) as mock:
            mock.control.inject("status", "listModels", count=None, probability=0.3)
            with httpx.Client(base_url=mock.management_url) as client:
                for key in keys:
                    client.get("/models?compartmentId=c", headers={FAULT_KEY_HEADER: key})
            seen.append(mock.control.fault_decisions())
    assert seen[0] == seen[1]
    assert set(seen[0].values()) == {"", "status_503"}


def _soak_faults(seed: int) -> dict[str, list[str]]:
    """Per call of a small soak (8 workers per half): the faults its requests got."""
    config = SoakConfig(writes=48, workers=8, seed=seed)
    with running(**server_options(seed=seed, request_log=400)) as mock:
        deployment = mock.control.create_deployment()
        options = client_options(mock, API_KEY, signer())
        calls, _ = run_soak(mock, config, options, deployment)
    return {call.name: call.faults for call in calls}


def test_two_soaks_with_one_seed_inject_the_same_faults_on_the_same_calls() -> None:
    """The n-th request of each soak call gets the same fault in two concurrent runs."""
    first, second = _soak_faults(13), _soak_faults(13)
    assert first.keys() == second.keys()
    pairs = 0
    for name, faults in first.items():
        assert faults and second[name]  # each call reached the mock in both runs
        common = min(len(faults), len(second[name]))
        assert faults[:common] == second[name][:common], name
        pairs += common
    assert pairs >= len(first) and any(label for f in first.values() for label in f)


def test_keyed_decisions_are_listed_by_the_admin_route() -> None:
    """GET /_mock/faults lists what each keyed request got, per key and request number."""
    with running(no_auth=True, seed=7) as mock:
        mock.control.inject("status", "listModels", count=1)
        with httpx.Client(base_url=mock.management_url) as client:
            for _ in range(2):
                client.get("/models?compartmentId=c", headers={FAULT_KEY_HEADER: "call-1"})
        admin = {"x-aiplane-mock-admin": mock.admin_token}
        listed = httpx.get(f"{mock.data_url}/_mock/faults", headers=admin).json()["decisions"]
    assert listed == [
        {"key": "call-1", "n": 1, "fault": "status_503"},
        {"key": "call-1", "n": 2, "fault": ""},
    ]
