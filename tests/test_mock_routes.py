"""The routes table of the mock is checked against the specs, and routing happens once."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from aiplane_mock import Fault, create_app, routing, runtime_of
from aiplane_mock.routes import ROUTES, RouteTableError, SpecRoute, check_routes
from aiplane_mock.spec_index import SpecIndex
from tests.mock_helpers import COMPARTMENT


@pytest.fixture(scope="module")
def index() -> SpecIndex:
    return SpecIndex()


def _replace(operation_id: str, **changes: Any) -> list[SpecRoute]:
    return [row._replace(**changes) if row.operation_id == operation_id else row for row in ROUTES]


def test_table_matches_the_specs(index: SpecIndex) -> None:
    """The shipped table passes the check: one row per operation, with its handler."""
    handlers = check_routes(ROUTES, index)
    assert set(handlers) == {op.operation_id for op in index.operations}


def test_wrong_path_fails(index: SpecIndex) -> None:
    """A row whose path differs from the spec's is refused, naming both."""
    table = _replace("getModel", path="/20231130/model/{modelId}")
    with pytest.raises(
        RouteTableError, match=r"getModel: the row says GET /20231130/model/\{modelId\}"
    ):
        check_routes(table, index)


def test_wrong_method_fails(index: SpecIndex) -> None:
    """A row whose method differs from the spec's is refused."""
    with pytest.raises(RouteTableError, match="cancelRun: the row says GET"):
        check_routes(_replace("cancelRun", method="GET"), index)


def test_missing_row_fails(index: SpecIndex) -> None:
    """An operation without a row is refused."""
    table = [row for row in ROUTES if row.operation_id != "listRuns"]
    with pytest.raises(RouteTableError, match="listRuns has 0 rows"):
        check_routes(table, index)


def test_duplicate_row_fails(index: SpecIndex) -> None:
    """An operation with two rows is refused."""
    with pytest.raises(RouteTableError, match="getBucket has 2 rows"):
        check_routes([*ROUTES, next(r for r in ROUTES if r.operation_id == "getBucket")], index)


def test_extra_row_fails(index: SpecIndex) -> None:
    """A row of no spec operation is refused."""
    extra = SpecRoute("getNothing", "GET", "/v1/nothing", ROUTES[0].handler)
    with pytest.raises(RouteTableError, match="getNothing: no such operation"):
        check_routes([*ROUTES, extra], index)


def test_app_refuses_to_start_with_a_wrong_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """create_app runs the check, so a wrong table stops the server from starting."""
    monkeypatch.setattr("aiplane_mock.app.ROUTES", _replace("getRun", path="/v1/run/{runId}"))
    with pytest.raises(RouteTableError, match="getRun"):
        create_app(no_auth=True)


@pytest.mark.anyio
async def test_each_request_is_routed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A request is matched against the specs once; the fault layer and the handler share it."""
    app = create_app(no_auth=True)
    runtime = runtime_of(app)
    fault = runtime.faults.add(Fault(kind="latency", route="listModels", count=None))
    matched: list[str] = []
    match = runtime.index.match

    def counting(method: str, raw_path: str) -> Any:
        matched.append(f"{method} {raw_path}")
        return match(method, raw_path)

    monkeypatch.setattr(runtime.index, "match", counting)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        response = await client.get("/20231130/models", params={"compartmentId": COMPARTMENT})
    assert response.status_code == 200
    assert matched == ["GET /20231130/models"]
    assert fault.fired == 1


def test_admin_paths_are_not_matched_against_the_specs(index: SpecIndex) -> None:
    """/_mock/* requests skip spec routing and faults, and unknown ones answer 404."""
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/_mock/nothing",
        "raw_path": b"/_mock/nothing",
    }
    routed = routing.route(index, scope)
    assert routed.admin
    assert routed.error is not None
    assert routed.error.status == 404
