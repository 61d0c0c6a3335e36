"""Lazy pagination over any generated list operation.

An operation qualifies when it takes a ``page`` parameter and returns a collection with
``items``; the next page's token comes from the ``opc-next-page`` response header. The page
logic (what to ask for next, when to stop, ``max_items``, resuming) lives in
:class:`PageState`, which does no I/O; :class:`Paginator` and :class:`AsyncPaginator` are
the two thin loops around it. Memory is bounded by one page.

::

    for model in aiplane.paginate(list_models, client, compartment_id=c, limit=50):
        ...
    async for page in aiplane.apaginate(list_models, client, compartment_id=c).pages():
        ...
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from . import errors
from ._call import Operation, ServiceError, acall_detailed, call_detailed

__all__ = ["AsyncPaginator", "Page", "PageState", "Paginator", "apaginate", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Collection(Protocol[T_co]):
    @property
    def items(self) -> Sequence[T_co]: ...


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the response headers, and the token of the next page."""

    items: list[T]
    headers: httpx.Headers
    next_page: str | None


class PageState:
    """What to fetch next and what to yield: the whole pagination logic, without I/O.

    ``resume_token`` encodes the exact position (page token + items already taken from
    it), so a consumer that stops mid-page can continue later without losing or repeating
    an item.
    """

    def __init__(
        self,
        params: dict[str, Any],
        *,
        limit: int | None,
        max_items: int | None,
        page: str | None = None,
        resume: str | None = None,
    ) -> None:
        if limit is not None and limit < 1:
            raise ValueError("limit (the page size) must be >= 1")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.params = params
        self.limit = limit
        self.max_items = max_items
        self.page = page
        self.skip = 0
        if resume is not None:
            self.page, self.skip = _decode_resume(resume)
        self.yielded = 0
        self.done = max_items == 0
        self._current_page: str | None = self.page
        self._current_len = 0  # items in the page being consumed (0 between pages)
        self._taken_from_current = 0

    def next_params(self) -> dict[str, Any] | None:
        """Keyword arguments for the next list call, or None when iteration is over."""
        if self.done:
            return None
        params = dict(self.params)
        if self.page is not None:
            params["page"] = self.page
        if self.limit is not None:
            remaining = None if self.max_items is None else self.max_items - self.yielded
            # ask for no more than needed, plus the items a resume must skip
            params["limit"] = (
                self.limit if remaining is None else min(self.limit, remaining + self.skip)
            )
        self._current_page = self.page
        return params

    def accept(self, items: Sequence[T], next_page: str | None) -> list[T]:
        """Record a fetched page; return the items to hand out from it."""
        out = list(items[self.skip :])
        self._current_len = len(items)
        self._taken_from_current = self.skip
        self.skip = 0
        if self.max_items is not None:
            out = out[: self.max_items - self.yielded]
            if self.yielded + len(out) >= self.max_items:
                self.done = True
        self.page = next_page
        if next_page is None:
            self.done = True
        return out

    def took(self, n: int = 1) -> None:
        """The consumer took ``n`` items of the current page."""
        self.yielded += n
        self._taken_from_current += n

    @property
    def resume_token(self) -> str | None:
        """An opaque token for ``paginate(..., resume=...)``; None once everything was taken."""
        if self._taken_from_current < self._current_len:
            return _encode_resume(self._current_page, self._taken_from_current)
        if self.page is None:
            return None
        return _encode_resume(self.page, 0)


def _encode_resume(page: str | None, skip: int) -> str:
    raw = json.dumps({"p": page, "s": skip}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _decode_resume(token: str) -> tuple[str | None, int]:
    try:
        data = json.loads(base64.urlsafe_b64decode(token.encode("ascii")))
        page, skip = data["p"], int(data["s"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ValueError(f"not an aiplane resume token: {token[:20]!r}") from exc
    if page is not None and not isinstance(page, str):
        raise ValueError("not an aiplane resume token")
    return page, skip


def _page_from(detailed: Any) -> tuple[list[Any], httpx.Headers, str | None]:
    parsed = detailed.parsed
    items = getattr(parsed, "items", None)
    if items is None:
        raise errors.ResponseValidationError(
            "a paginated operation must return a collection with `items`",
            status=detailed.status_code,
            opc_request_id=detailed.opc_request_id,
            body_excerpt="",
        )
    return list(items), detailed.headers, detailed.opc_next_page


class _PaginatorBase(Generic[T]):
    def __init__(
        self,
        op: Operation[Any],
        client: Any,
        args: tuple[Any, ...],
        params: dict[str, Any],
        *,
        limit: int | None,
        max_items: int | None,
        page: str | None,
        resume: str | None,
    ) -> None:
        self._op = op
        self._client = client
        self._args = args
        self.state = PageState(params, limit=limit, max_items=max_items, page=page, resume=resume)

    @property
    def next_page(self) -> str | None:
        """The service's ``opc-next-page`` token after the last fetched page."""
        return self.state.page

    @property
    def resume_token(self) -> str | None:
        """Where iteration stands, exactly; pass it back as ``resume=`` to continue."""
        return self.state.resume_token


class Paginator(_PaginatorBase[T]):
    """Iterate items lazily (``for item in paginator``) or pages (``paginator.pages()``)."""

    def pages(self) -> Iterator[Page[T]]:
        """Yield whole pages with their headers."""
        while (params := self.state.next_params()) is not None:
            items, headers, next_page = _page_from(
                call_detailed(self._op, self._client, *self._args, **params)
            )
            out = self.state.accept(items, next_page)
            self.state.took(len(out))
            yield Page(out, headers, next_page)

    def __iter__(self) -> Iterator[T]:
        while (params := self.state.next_params()) is not None:
            items, _, next_page = _page_from(
                call_detailed(self._op, self._client, *self._args, **params)
            )
            page = self.state.accept(items, next_page)
            del items  # at most one page is alive: none is held while the next is fetched
            for item in page:
                self.state.took()
                yield item
            del page


class AsyncPaginator(_PaginatorBase[T]):
    """The async twin of :class:`Paginator`: ``async for item in paginator``."""

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield whole pages with their headers."""
        while (params := self.state.next_params()) is not None:
            items, headers, next_page = _page_from(
                await acall_detailed(self._op, self._client, *self._args, **params)
            )
            out = self.state.accept(items, next_page)
            self.state.took(len(out))
            yield Page(out, headers, next_page)

    async def __aiter__(self) -> AsyncIterator[T]:
        while (params := self.state.next_params()) is not None:
            items, _, next_page = _page_from(
                await acall_detailed(self._op, self._client, *self._args, **params)
            )
            page = self.state.accept(items, next_page)
            del items  # at most one page is alive: none is held while the next is fetched
            for item in page:
                self.state.took()
                yield item
            del page


def paginate(
    op: Operation[_Collection[T] | ServiceError],
    client: Any,
    *args: Any,
    limit: int | None = None,
    max_items: int | None = None,
    page: str | None = None,
    resume: str | None = None,
    **params: Any,
) -> Paginator[T]:
    """Iterate every item of a list operation across pages, lazily.

    ``limit`` is the page size, ``max_items`` caps the total, ``page`` starts at a service
    page token and ``resume`` continues from a :attr:`Paginator.resume_token`.
    """
    return Paginator(
        op, client, args, params, limit=limit, max_items=max_items, page=page, resume=resume
    )


def apaginate(
    op: Operation[_Collection[T] | ServiceError],
    client: Any,
    *args: Any,
    limit: int | None = None,
    max_items: int | None = None,
    page: str | None = None,
    resume: str | None = None,
    **params: Any,
) -> AsyncPaginator[T]:
    """The async twin of :func:`paginate`."""
    return AsyncPaginator(
        op, client, args, params, limit=limit, max_items=max_items, page=page, resume=resume
    )
