"""Lists: OCI sorting rules, opaque page tokens, and the one helper that answers with a page.

Each operation keeps its spec's wire: :data:`OCI` (``{"items": [...]}``, the token in
``page`` and ``opc-next-page``), :data:`OPENAI` (``{"object": "list", "data": [...]}``), and
:data:`FILES` (the folder's metadata with ``items``, the token in ``token`` and ``nextToken``).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from .context import Call, json_response

__all__ = [
    "DEFAULT_LIMIT",
    "FILES",
    "OCI",
    "OPENAI",
    "PageStyle",
    "page_response",
    "paginate",
    "sort_items",
]

DEFAULT_LIMIT = 100
_TOKEN_PREFIX = "aiplane-mock-page:"  # noqa: S105 - a page-token prefix, not a secret


def sort_items(
    items: list[dict[str, Any]], sort_by: str, order: str | None
) -> list[dict[str, Any]]:
    """Sort wire JSON by a field; time fields default to DESC, others to ASC (OCI rules)."""
    descending = (order or ("DESC" if sort_by.startswith("time") else "ASC")) == "DESC"
    keyed = sorted(items, key=lambda item: (str(item.get(sort_by) or ""), str(item.get("id", ""))))
    return list(reversed(keyed)) if descending else keyed


def paginate(items: list[Any], limit: int | None, page: str | None) -> tuple[list[Any], str | None]:
    """One page and the opaque next-page token (None on the last page).

    An unknown token yields an empty last page (tokens are opaque; the spec allows any string).
    """
    offset = 0
    if page is not None:
        try:
            text = base64.urlsafe_b64decode(page.encode("ascii") + b"==").decode("ascii")
        except (ValueError, UnicodeError):
            return [], None
        if not text.startswith(_TOKEN_PREFIX) or not text[len(_TOKEN_PREFIX) :].isdigit():
            return [], None
        offset = int(text[len(_TOKEN_PREFIX) :])
    size = limit or DEFAULT_LIMIT
    chunk = items[offset : offset + size]
    if offset + size >= len(items):
        return chunk, None
    token = base64.urlsafe_b64encode(f"{_TOKEN_PREFIX}{offset + size}".encode()).decode()
    return chunk, token.rstrip("=")


@dataclass(frozen=True)
class PageStyle:
    """How a spec pages a list: the body field of the page, the query parameter carrying the
    token, and the body field for the next token (``None``: the ``opc-next-page`` header)."""

    items: str = "items"
    page_param: str = "page"
    next_field: str | None = None


OCI = PageStyle()
OPENAI = PageStyle(items="data")
FILES = PageStyle(page_param="token", next_field="nextToken")


def page_response(
    call: Call,
    items: list[Any],
    style: PageStyle = OCI,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The page of ``items`` that ``call`` asks for (``limit`` and the token), as a response:
    ``body`` plus the page under ``style.items``, the next-page token where ``style`` says,
    and ``headers``."""
    page, token = paginate(items, call.param("limit"), call.param(style.page_param))
    data = {**(body or {}), style.items: page}
    headers = dict(headers or {})
    if token and style.next_field is None:
        headers["opc-next-page"] = token
    elif token and style.next_field is not None:
        data[style.next_field] = token
    return json_response(data, headers=headers or None)
