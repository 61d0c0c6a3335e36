"""aiplane.paginate / apaginate over generated list operations."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import aiplane
from aiplane._transport import RuntimeTransport
from aiplane.pagination import PageState
from aiplane_management.api.model import list_models
from tests.conftest import FakeTime

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent


def summary(i: int) -> dict[str, Any]:
    return {
        "id": f"m{i}",
        "compartmentId": "c",
        "capabilities": ["CHAT"],
        "lifecycleState": "ACTIVE",
        "timeCreated": "2024-01-01T00:00:00.000Z",
        "type": "BASE",
    }


class Pages:
    """A fake list endpoint over ``total`` items; the page token is the next offset."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        start = int(request.url.params.get("page", "0"))
        limit = int(request.url.params.get("limit", "10"))
        end = min(self.total, start + limit)
        headers = {"opc-next-page": str(end)} if end < self.total else {}
        return httpx.Response(
            200, json={"items": [summary(i) for i in range(start, end)]}, headers=headers
        )


def client_for(pages: Pages, fake: FakeTime) -> aiplane.Client:
    mock = httpx.MockTransport(pages)
    return aiplane.Client(
        management_url="http://mgmt.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )


async def collect(mode: str, paginator: Any, n: int | None = None) -> list[Any]:
    out: list[Any] = []
    if mode == "sync":
        for item in paginator:
            out.append(item)
            if n is not None and len(out) == n:
                break
    else:
        async for item in paginator:
            out.append(item)
            if n is not None and len(out) == n:
                break
    return out


def pager(mode: str, client: Any, **kw: Any) -> Any:
    fn = aiplane.paginate if mode == "sync" else aiplane.apaginate
    return fn(list_models, client, compartment_id="c", **kw)


async def test_iterates_every_item_across_pages(mode: str, fake_time: FakeTime) -> None:
    """25 items in pages of 10 arrive in order over 3 calls."""
    pages = Pages(25)
    items = await collect(mode, pager(mode, client_for(pages, fake_time), limit=10))
    assert [m.id for m in items] == [f"m{i}" for i in range(25)]
    assert len(pages.calls) == 3


async def test_iteration_is_lazy(mode: str, fake_time: FakeTime) -> None:
    """Taking 5 items of a 1000-item listing fetches one page only."""
    pages = Pages(1000)
    await collect(mode, pager(mode, client_for(pages, fake_time), limit=10), n=5)
    assert len(pages.calls) == 1


async def test_pages_yield_headers_and_tokens(mode: str, fake_time: FakeTime) -> None:
    """pages() yields whole pages with their next-page token."""
    p = pager(mode, client_for(Pages(15), fake_time), limit=10)
    pages = [pg async for pg in p.pages()] if mode == "async" else list(p.pages())
    assert [len(pg.items) for pg in pages] == [10, 5]
    assert [pg.next_page for pg in pages] == ["10", None]


async def test_max_items_caps_total_and_shrinks_last_page(mode: str, fake_time: FakeTime) -> None:
    """max_items=12 with limit=10 asks for 10 then 2, and yields 12."""
    pages = Pages(100)
    items = await collect(mode, pager(mode, client_for(pages, fake_time), limit=10, max_items=12))
    assert len(items) == 12
    assert [u.params["limit"] for u in pages.calls] == ["10", "2"]


async def test_resume_token_continues_mid_page(mode: str, fake_time: FakeTime) -> None:
    """Stopping after 13 items and resuming yields items 13.. with no loss or repeat."""
    pages = Pages(30)
    client = client_for(pages, fake_time)
    first = pager(mode, client, limit=10)
    got = await collect(mode, first, n=13)
    token = first.resume_token
    assert token is not None
    rest = await collect(mode, pager(mode, client, limit=10, resume=token))
    assert [m.id for m in got + rest] == [f"m{i}" for i in range(30)]


async def test_next_page_token_can_restart(mode: str, fake_time: FakeTime) -> None:
    """The service token of the next page, passed as page=, starts there."""
    pages = Pages(30)
    client = client_for(pages, fake_time)
    first = pager(mode, client, limit=10)
    pgs = first.pages()
    await (pgs.__anext__() if mode == "async" else _anext_sync(pgs))
    rest = await collect(mode, pager(mode, client, limit=10, page=first.next_page))
    assert rest[0].id == "m10" and len(rest) == 20


async def _anext_sync(it: Any) -> Any:
    return next(it)


def test_page_state_rejects_bad_input() -> None:
    """A page size below 1 or a garbled resume token is a clear ValueError."""
    with pytest.raises(ValueError, match="limit"):
        PageState({}, limit=0, max_items=None)
    with pytest.raises(ValueError, match="resume token"):
        PageState({}, limit=10, max_items=None, resume="garbage!")


def test_resume_token_is_none_when_finished(fake_time: FakeTime) -> None:
    """After the last item there is nothing to resume."""
    p = aiplane.paginate(list_models, client_for(Pages(5), fake_time), compartment_id="c", limit=10)
    assert len(list(p)) == 5 and p.resume_token is None


def test_works_for_a_new_list_operation_without_code_changes(
    tmp_path: Path, fake_time: FakeTime
) -> None:
    """A list operation added to a copy of the spec paginates after regeneration, unchanged."""
    sys.path.insert(0, str(ROOT / "tools"))
    import generate

    doc = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())
    list_op = doc["paths"]["/20231130/models"]["get"]
    new_op = {**list_op, "operationId": "listWidgets", "tags": ["Widget"]}
    doc["paths"]["/20231130/widgets"] = {"get": new_op}
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    generate.generate_into(tmp_path, {"widgets_api": spec})
    sys.path.insert(0, str(tmp_path))
    try:
        from widgets_api.api.widget import list_widgets  # type: ignore[import-not-found]
        from widgets_api.client import AuthenticatedClient  # type: ignore[import-not-found]

        pages = Pages(23)
        mock = httpx.MockTransport(pages)
        rt = RuntimeTransport(sync_transport=mock, async_transport=mock)
        client = AuthenticatedClient(
            base_url="http://mgmt.test", token="", httpx_args={"transport": rt}
        )
        items = list(aiplane.paginate(list_widgets, client, compartment_id="c", limit=10))
        assert len(items) == 23 and str(pages.calls[0].path) == "/20231130/widgets"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("widgets_api")]:
            del sys.modules[name]
