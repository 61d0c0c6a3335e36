"""Pagination at its edges: resume tokens at a page boundary and before iteration,
max_items with pages(), over-long pages and zero, loops and empty pages (issue 13, 9)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from aiplane import errors
from aiplane.pagination import MAX_EMPTY_PAGES, PageState
from tests.conftest import FakeTime
from tests.test_pagination import Pages, client_for, collect, pager, summary

pytestmark = pytest.mark.anyio


async def pages_of(mode: str, paginator: Any) -> list[Any]:
    if mode == "sync":
        return list(paginator.pages())
    return [page async for page in paginator.pages()]


class Greedy(Pages):
    """A list endpoint that ignores ``limit`` and answers 7 items per page."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        start = int(request.url.params.get("page", "0"))
        end = min(self.total, start + 7)
        headers = {"opc-next-page": str(end)} if end < self.total else {}
        items = [summary(i) for i in range(start, end)]
        return httpx.Response(200, json={"items": items}, headers=headers)


async def test_resume_token_at_a_page_boundary(mode: str, fake_time: FakeTime) -> None:
    """Stopping after exactly one page resumes at the next page: no fetch repeated."""
    pages = Pages(25)
    client = client_for(pages, fake_time)
    first = pager(mode, client, limit=10)
    got = await collect(mode, first, n=10)
    token = first.resume_token
    assert PageState({}, limit=10, max_items=None, resume=token).page == "10"
    rest = await collect(mode, pager(mode, client, limit=10, resume=token))
    assert [m.id for m in got + rest] == [f"m{i}" for i in range(25)]
    assert [u.params.get("page") for u in pages.calls] == [None, "10", "20"]


async def test_resume_token_before_iteration_starts_at_the_beginning(
    mode: str, fake_time: FakeTime
) -> None:
    """A token taken before any item resumes from the first item (it is not 'finished')."""
    pages = Pages(12)
    client = client_for(pages, fake_time)
    token = pager(mode, client, limit=10).resume_token
    assert token is not None
    items = await collect(mode, pager(mode, client, limit=10, resume=token))
    assert [m.id for m in items] == [f"m{i}" for i in range(12)]


async def test_resume_token_before_iteration_keeps_the_start_page(
    mode: str, fake_time: FakeTime
) -> None:
    """Before iteration, the token of a paginator started at page= resumes at that page."""
    client = client_for(Pages(30), fake_time)
    token = pager(mode, client, limit=10, page="20").resume_token
    items = await collect(mode, pager(mode, client, limit=10, resume=token))
    assert [m.id for m in items] == [f"m{i}" for i in range(20, 30)]


async def test_resume_token_of_a_resumed_paginator_keeps_its_place(
    mode: str, fake_time: FakeTime
) -> None:
    """The token of a paginator resumed mid-page, taken before it iterates, is its place."""
    client = client_for(Pages(20), fake_time)
    first = pager(mode, client, limit=10)
    await collect(mode, first, n=4)
    again = pager(mode, client, limit=10, resume=first.resume_token)
    items = await collect(mode, pager(mode, client, limit=10, resume=again.resume_token))
    assert [m.id for m in items] == [f"m{i}" for i in range(4, 20)]


async def test_max_items_with_pages(mode: str, fake_time: FakeTime) -> None:
    """pages() with max_items=12 yields pages of 10 and 2, then stops fetching."""
    pages = Pages(100)
    got = await pages_of(mode, pager(mode, client_for(pages, fake_time), limit=10, max_items=12))
    assert [len(p.items) for p in got] == [10, 2] and len(pages.calls) == 2


async def test_max_items_trims_over_long_pages(mode: str, fake_time: FakeTime) -> None:
    """A service answering more than asked still yields max_items items, in order."""
    pages = Greedy(100)
    paginator = pager(mode, client_for(pages, fake_time), limit=5, max_items=9)
    items = await collect(mode, paginator)
    assert [m.id for m in items] == [f"m{i}" for i in range(9)] and len(pages.calls) == 2
    rest = await collect(
        mode, pager(mode, client_for(pages, fake_time), resume=paginator.resume_token)
    )
    assert [m.id for m in rest] == [f"m{i}" for i in range(9, 100)]


async def test_max_items_trims_over_long_pages_in_pages(mode: str, fake_time: FakeTime) -> None:
    """pages() with max_items trims an over-long last page to what is left."""
    got = await pages_of(mode, pager(mode, client_for(Greedy(100), fake_time), max_items=10))
    assert [len(p.items) for p in got] == [7, 3]


async def test_max_items_zero_sends_nothing(mode: str, fake_time: FakeTime) -> None:
    """max_items=0 yields nothing and makes no request."""
    pages = Pages(10)
    paginator = pager(mode, client_for(pages, fake_time), max_items=0)
    assert await collect(mode, paginator) == [] and pages.calls == []
    assert await pages_of(mode, paginator) == [] and paginator.resume_token is None


async def test_max_items_equal_to_a_page_stops_after_it(mode: str, fake_time: FakeTime) -> None:
    """max_items equal to the page size fetches one page, not a second empty one."""
    pages = Pages(100)
    items = await collect(mode, pager(mode, client_for(pages, fake_time), limit=10, max_items=10))
    assert len(items) == 10 and len(pages.calls) == 1


async def test_no_limit_sends_no_limit(mode: str, fake_time: FakeTime) -> None:
    """Without limit= the page size is the service's: no limit parameter is sent."""
    pages = Pages(15)
    items = await collect(mode, pager(mode, client_for(pages, fake_time), max_items=3))
    assert len(items) == 3 and "limit" not in pages.calls[0].params


class Looping(Pages):
    """Answers every page with the same next token (or empty pages with new tokens)."""

    def __init__(self, empty: bool) -> None:
        super().__init__(0)
        self.empty = empty

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        n = len(self.calls)
        token = f"t{n}" if self.empty else "same"
        items = [] if self.empty else [summary(n)]
        return httpx.Response(200, json={"items": items}, headers={"opc-next-page": token})


async def test_a_repeated_page_token_is_a_pagination_loop(mode: str, fake_time: FakeTime) -> None:
    """A service repeating its next-page token raises PaginationLoop after two pages."""
    pages = Looping(empty=False)
    with pytest.raises(errors.PaginationLoop, match="second time"):
        await collect(mode, pager(mode, client_for(pages, fake_time)))
    assert len(pages.calls) == 2


async def test_endless_empty_pages_are_a_pagination_loop(mode: str, fake_time: FakeTime) -> None:
    """MAX_EMPTY_PAGES empty pages in a row, each with a new token, raise PaginationLoop."""
    pages = Looping(empty=True)
    with pytest.raises(errors.PaginationLoop, match=f"{MAX_EMPTY_PAGES} empty pages"):
        await collect(mode, pager(mode, client_for(pages, fake_time)))
    assert len(pages.calls) == MAX_EMPTY_PAGES


def test_page_state_asks_for_what_a_resume_skips() -> None:
    """Resuming 3 items into a page with max_items=4 asks for 3 + 4 items at most."""
    first = PageState({"q": 1}, limit=10, max_items=None)
    first.next_params()
    first.accept(list(range(10)), "p2")
    first.took(3)
    token = first.resume_token
    assert token is not None
    state = PageState({"q": 1}, limit=10, max_items=4, resume=token)
    assert state.next_params() == {"q": 1, "limit": 7}
    assert state.accept(list(range(10)), "p2") == [3, 4, 5, 6] and state.done


def test_page_state_rejects_negative_max_items() -> None:
    """max_items below 0 is a ValueError naming it."""
    with pytest.raises(ValueError, match="max_items"):
        PageState({}, limit=None, max_items=-1)


def test_resume_token_of_another_shape_is_refused() -> None:
    """A well-formed token whose page is not a string is refused."""
    import base64

    token = base64.urlsafe_b64encode(b'{"p": 5, "s": 0}').decode()
    with pytest.raises(ValueError, match="resume token"):
        PageState({}, limit=None, max_items=None, resume=token)


class Cycling(Pages):
    """Pages whose next tokens go t1, t2, t1, ... (a loop longer than one page)."""

    def __init__(self) -> None:
        super().__init__(0)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        assert len(self.calls) <= 10, "the pager kept following a token loop"
        token = "t1" if request.url.params.get("page") in (None, "t2") else "t2"
        items = [summary(len(self.calls))]
        return httpx.Response(200, json={"items": items}, headers={"opc-next-page": token})


async def test_a_token_loop_over_two_pages_is_found(mode: str, fake_time: FakeTime) -> None:
    """A next-page token seen two pages earlier raises PaginationLoop."""
    pages = Cycling()
    with pytest.raises(errors.PaginationLoop):
        await collect(mode, pager(mode, client_for(pages, fake_time)))
    assert len(pages.calls) == 3


class EmptyToken(Pages):
    """One page whose opc-next-page header is present but empty."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        items = [summary(i) for i in range(3)]
        return httpx.Response(200, json={"items": items}, headers={"opc-next-page": ""})


async def test_an_empty_next_page_token_ends_the_listing(mode: str, fake_time: FakeTime) -> None:
    """An empty opc-next-page means no next page: one request, three items."""
    pages = EmptyToken(3)
    paginator = pager(mode, client_for(pages, fake_time))
    assert len(await collect(mode, paginator)) == 3 and len(pages.calls) == 1
    assert paginator.next_page is None


def test_a_page_size_of_one_is_valid() -> None:
    """limit=1 is the smallest page size; max_items=0 the smallest cap."""
    state = PageState({}, limit=1, max_items=0)
    assert state.next_params() is None
    assert PageState({}, limit=1, max_items=None).next_params() == {"limit": 1}


def test_tail_is_the_last_page_and_how_much_of_it_was_seen() -> None:
    """tail names the page token of the page being read and the items taken from it."""
    state = PageState({}, limit=10, max_items=None, page="p1")
    state.next_params()
    state.accept(list(range(10)), "p2")
    state.took(3)
    assert state.tail == ("p1", 3)


class EmptyRunAfterItems(Pages):
    """One page with an item, MAX_EMPTY_PAGES - 1 empty pages with tokens, an empty end."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url)
        n = len(self.calls)
        items = [summary(0)] if n == 1 else []
        headers = {"opc-next-page": f"t{n}"} if n <= MAX_EMPTY_PAGES else {}
        return httpx.Response(200, json={"items": items}, headers=headers)


async def test_empty_pages_after_items_are_counted_from_zero(
    mode: str, fake_time: FakeTime
) -> None:
    """A page with items resets the empty-page count: 15 empty pages after it are fine."""
    assert MAX_EMPTY_PAGES == 16
    pages = EmptyRunAfterItems(0)
    items = await collect(mode, pager(mode, client_for(pages, fake_time)))
    assert len(items) == 1 and len(pages.calls) == MAX_EMPTY_PAGES + 1


def test_tail_before_any_page_is_the_start() -> None:
    """Before the first page, tail is the page iteration starts at, with nothing seen."""
    assert PageState({}, limit=None, max_items=None, page="p0").tail == ("p0", 0)
