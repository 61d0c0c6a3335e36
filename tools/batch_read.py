"""The ``x-aiplane-batch`` extension: how to read many of what a read operation returns in
one request, read by :mod:`tools.descriptors`.

On a read operation (``getRun``)::

    x-aiplane-batch: {operationId: listRuns, parameter: ids, field: id}

``operationId`` is a paginated list operation (``x-aiplane-pagination``); ``parameter`` its
query parameter taking the ids, an array with a ``maxItems`` (how many ids one request may
carry); ``field`` the property of each listed item that holds its id. Anything else fails
generation with a message naming it. The descriptor gets ``batch=BatchRead(module, keyword,
attribute, max_ids)`` with the Python names the generator gave the parameter and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["descriptor_source"]

EXTENSION = "x-aiplane-batch"


def _item_fields(target: Any, items: str, resolve: Callable[[Any], Any]) -> set[str]:
    """The properties of one item of the list operation's ``items`` array."""
    fields: set[str] = set()
    for response in target.successes.values():
        for media in response.get("content", {}).values():
            page = resolve(media.get("schema")) or {}
            array = resolve(page.get("properties", {}).get(items)) or {}
            item = resolve(array.get("items")) or {}
            fields |= set(item.get("properties", {}))
    return fields


def descriptor_source(
    op: Any,
    by_id: dict[str, Any],
    package: str,
    python: Callable[[str], str],
    resolve: Callable[[Any], Any],
    error: type[Exception],
) -> str | None:
    """The ``BatchRead(...)`` source for ``op``'s descriptor, or None without the extension."""
    ext = op.raw.get(EXTENSION)
    if ext is None:
        return None
    where = f"{op.operation_id}: {EXTENSION}"
    target = by_id.get(ext.get("operationId"))
    if target is None:
        raise error(f"{where}: no operation {ext.get('operationId')!r}")
    paging = target.raw.get("x-aiplane-pagination")
    if paging is None:
        raise error(f"{where}: {target.operation_id} is not paginated (x-aiplane-pagination)")
    param = target.param(ext.get("parameter"), "query")
    schema = resolve(param.get("schema")) or {}
    most = schema.get("maxItems")
    if schema.get("type") != "array" or not isinstance(most, int) or most < 1:
        raise error(f"{where}: {param['name']} must be an array with a maxItems of at least 1")
    field = ext.get("field")
    if field not in _item_fields(target, paging["items"], resolve):
        raise error(f"{where}: the items of {target.operation_id} have no field {field!r}")
    return (
        f"BatchRead({target.module(package)!r}, {python(param['name'])!r}, "
        f"{python(field)!r}, {most!r})"
    )
