"""Lazy pagination over any generated list operation.

An operation qualifies when its descriptor has a pagination (``x-aiplane-pagination`` in
the spec): which parameter takes the page token, which the page size, where the next token
comes from (the ``opc-next-page`` header, or a body field such as ``nextToken``), and which
field holds the items. The page logic (what to ask for next, when to stop, ``max_items``,
resuming) lives in :class:`PageState`, which does no I/O; one flow (``_PaginatorBase._flow``)
fetches and emits, run by the sync or async driver of :mod:`aiplane._flow`. Memory is
bounded by one page.

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
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import anyio
import httpx

from . import errors
from ._call import Detailed, Operation, ServiceError
from ._flow import AsyncEnv, Emit, EmittingFlow, Fetch, SyncEnv, aiterate, iterate
from .descriptors import OperationDescriptor, Pagination, describe, table_of

__all__ = ["AsyncPaginator", "Page", "PageState", "Paginator", "apaginate", "paginate"]

T = TypeVar("T")

MAX_EMPTY_PAGES = 16  # empty pages in a row (each with a next token) before giving up
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
        token_param: str = "page",  # noqa: S107 - a parameter name, not a secret
        limit_param: str | None = "limit",
    ) -> None:
        if limit is not None and limit < 1:
            raise ValueError("limit (the page size) must be >= 1")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.params = params
        self.token_param = token_param
        self.limit_param = limit_param
        self.limit = limit
        self.max_items = max_items
        self.page = page
        self.skip = 0
        if resume is not None:
            self.page, self.skip = _decode_resume(resume)
        self.yielded = 0
        self.done = max_items == 0
        self._seen: set[str] = set()  # tokens handed out: one per page, so bounded by pages
        self._empty_run = 0
        self._current_page: str | None = self.page
        self._current_len = 0  # items in the page being consumed (0 between pages)
        self._taken_from_current = 0
        self._fetched = False  # no page accepted yet: the place is where iteration starts

    def next_params(self) -> dict[str, Any] | None:
        """Keyword arguments for the next list call, or None when iteration is over."""
        if self.done:
            return None
        params = dict(self.params)
        if self.page is not None:
            params[self.token_param] = self.page
        if self.limit is not None and self.limit_param is not None:
            remaining = None if self.max_items is None else self.max_items - self.yielded
            # ask for no more than needed, plus the items a resume must skip
            params[self.limit_param] = (
                self.limit if remaining is None else min(self.limit, remaining + self.skip)
            )
        self._current_page = self.page
        return params

    def accept(self, items: Sequence[T], next_page: str | None) -> list[T]:
        """Record a fetched page; return the items to hand out from it."""
        out = list(items[self.skip :])
        self._fetched = True
        self._current_len = len(items)
        self._taken_from_current = self.skip
        self.skip = 0
        if self.max_items is not None:
            out = out[: self.max_items - self.yielded]
            if self.yielded + len(out) >= self.max_items:
                self.done = True
        self._check_progress(items, next_page)
        self.page = next_page
        if next_page is None:
            self.done = True
        return out

    def _check_progress(self, items: Sequence[Any], next_page: str | None) -> None:
        """Raise PaginationLoop for a page token seen before, or too many empty pages."""
        self._empty_run = 0 if items else self._empty_run + 1
        if next_page is None or self.done:
            return
        if next_page in self._seen or next_page == self._current_page:
            raise errors.PaginationLoop(
                f"the service sent page token {next_page[:40]!r} a second time"
            )
        if self._empty_run >= MAX_EMPTY_PAGES:
            raise errors.PaginationLoop(
                f"{self._empty_run} empty pages in a row, each with a next-page token"
            )
        self._seen.add(next_page)

    def took(self, n: int = 1) -> None:
        """The consumer took ``n`` items of the current page."""
        self.yielded += n
        self._taken_from_current += n

    @property
    def tail(self) -> tuple[str | None, int]:
        """The token of the last page fetched and how many of its items were seen: where
        items added later (new work-request logs) will appear."""
        return self._current_page, self._taken_from_current

    @property
    def resume_token(self) -> str | None:
        """An opaque token for ``paginate(..., resume=...)``; None once everything was taken.
        Before the first page it is where iteration will start (page and items to skip)."""
        if not self._fetched:
            return None if self.done else _encode_resume(self.page, self.skip)
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


def _pagination_of(op: Any) -> tuple[OperationDescriptor, Pagination]:
    descriptor, _ = describe(op)
    if descriptor.pagination is None:
        raise errors.UnsupportedOperation(
            f"{descriptor.name} is not a paginated operation "
            "(its spec declares no x-aiplane-pagination)"
        )
    return descriptor, descriptor.pagination


def _page_from(
    descriptor: OperationDescriptor, args: tuple[Any, ...], detailed: Detailed[Any]
) -> tuple[list[Any], str | None]:
    assert descriptor.pagination is not None
    pagination = descriptor.pagination
    parsed = detailed.parsed
    items = getattr(parsed, pagination.items, None)
    if table_of(descriptor.module).is_unset(items):
        items = []  # an empty folder may leave its items out
    if not isinstance(items, list):
        raise errors.ResponseValidationError(
            f"a page of {descriptor.name} must hold a list in `{pagination.items}`",
            status=detailed.status_code,
            opc_request_id=detailed.opc_request_id,
            body_excerpt="",
            operation=descriptor.name,
        )
    token = pagination.next.read(args, descriptor.path_params, parsed, detailed.headers)
    return items, token if isinstance(token, str) and token else None


def page_flow(op: Any, args: tuple[Any, ...], state: PageState, *, per_item: bool) -> EmittingFlow:
    """Fetch pages as ``state`` says; emit each item (``per_item``) or each :class:`Page`.

    No page is held while the next one is fetched."""
    descriptor, _ = _pagination_of(op)
    while (params := state.next_params()) is not None:
        detailed = yield Fetch(op, args, params)
        items, next_page = _page_from(descriptor, args, detailed)
        out = state.accept(items, next_page)
        headers = detailed.headers
        del items, detailed
        if per_item:
            for item in out:
                state.took()
                yield Emit(item)
        else:
            state.took(len(out))
            yield Emit(Page(out, headers, next_page))
        del out


def new_state(op: Any, params: dict[str, Any], **options: Any) -> PageState:
    """A :class:`PageState` for ``op`` using the parameter names of its descriptor."""
    _, pagination = _pagination_of(op)
    return PageState(
        params,
        token_param=pagination.token_param,
        limit_param=pagination.limit_param,
        **options,
    )


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
        self.state = new_state(
            op, params, limit=limit, max_items=max_items, page=page, resume=resume
        )

    @property
    def next_page(self) -> str | None:
        """The service's next-page token after the last fetched page."""
        return self.state.page

    @property
    def resume_token(self) -> str | None:
        """Where iteration stands, exactly; pass it back as ``resume=`` to continue."""
        return self.state.resume_token

    def _flow(self, *, per_item: bool) -> EmittingFlow:
        return page_flow(self._op, self._args, self.state, per_item=per_item)


class Paginator(_PaginatorBase[T]):
    """Iterate items lazily (``for item in paginator``) or pages (``paginator.pages()``)."""

    def pages(self) -> Iterator[Page[T]]:
        """Yield whole pages with their headers."""
        return iterate(self._flow(per_item=False), SyncEnv(self._client, time.sleep))

    def __iter__(self) -> Iterator[T]:
        return iterate(self._flow(per_item=True), SyncEnv(self._client, time.sleep))


class AsyncPaginator(_PaginatorBase[T]):
    """The async twin of :class:`Paginator`: ``async for item in paginator``."""

    def pages(self) -> AsyncIterator[Page[T]]:
        """Yield whole pages with their headers."""
        return aiterate(self._flow(per_item=False), AsyncEnv(self._client, anyio.sleep))

    def __aiter__(self) -> AsyncIterator[T]:
        return aiterate(self._flow(per_item=True), AsyncEnv(self._client, anyio.sleep))


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
