"""Running one CLI command: the client from the configuration, the call, the output."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import click

from .descriptors import OperationDescriptor

__all__ = ["State", "emit", "run_operation", "to_data"]


@dataclass
class State:
    """What the top-level options chose; the client is built on first use."""

    config_file: str | None = None
    profile: str | None = None
    output: str = "json"
    _client: Any = field(default=None, repr=False)

    def client(self) -> Any:
        """The ``aiplane.Client`` of the configuration (``Client.from_config``)."""
        if self._client is None:
            from ._client import Client

            self._client = Client.from_config(self.config_file, self.profile)
        return self._client

    def plane(self, name: str) -> Any:
        """``client.management`` or ``client.data``."""
        return getattr(self.client(), name)


def to_data(value: Any) -> Any:
    """A result as plain JSON data (models by their ``to_dict()``)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    return value


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def table(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned text table, columns in order of first appearance."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    cells = [[_cell(row.get(c, "")) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def emit(state: State, value: Any) -> None:
    """Print a result: JSON (default) or, with ``--output table``, a table."""
    data = to_data(value)
    if data is None:
        return
    if state.output == "table":
        rows = data if isinstance(data, list) else [data]
        if all(isinstance(r, dict) for r in rows):
            click.echo(table(rows))
            return
    click.echo(json.dumps(data, indent=2, default=str))


def _items(
    d: OperationDescriptor, op: Any, plane: Any, args: list[Any], params: Any, every: bool
) -> Iterable[Any]:
    from .pagination import paginate

    pages = paginate(op, plane, *args, **params)
    if every:
        return list(pages)
    return list(next(iter(pages.pages())).items)


def run_operation(
    state: State,
    d: OperationDescriptor,
    args: list[Any],
    params: dict[str, Any],
    flags: dict[str, Any],
) -> None:
    """Call the operation ``d`` describes and print what it returns."""
    op = importlib.import_module(d.module)
    plane = state.plane(d.plane)
    if d.pagination is not None:
        emit(state, _items(d, op, plane, args, params, bool(flags.get("all_pages"))))
    elif flags.get("wait"):
        from .waiters import call_and_wait

        emit(state, call_and_wait(op, plane, *args, progress=True, **params))
    elif d.events is not None:
        from .streams import stream

        with stream(op, plane, *args, **params) as events:
            for event in events:
                click.echo(json.dumps(to_data(event), default=str))
    elif d.streams:
        raise click.UsageError(f"{d.name} returns a file: use `aiplane data files download`")
    else:
        from ._call import call

        emit(state, call(op, plane, *args, **params))
    sys.stdout.flush()
