"""The ``aiplane <plane> <operation>`` commands, built from the descriptors at run time.

One click command per descriptor, none written per operation: path parameters become
positional arguments in their order, query and header parameters ``--kebab-case`` options,
a JSON body ``--body JSON`` (or ``--body @file.json``) read with the body model's
``from_dict``. A value's type (int, enum, list) is read from the operation's own
annotations so a string from the command line becomes what the generated code expects.
"""

from __future__ import annotations

import enum
import importlib
import json
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from .descriptors import OperationDescriptor, Param, table_of

__all__ = ["body_of", "command_for", "convert", "load_json", "operation_commands"]

_NONE = type(None)


def _plain(hint: Any) -> Any:
    """``X | Unset`` / ``X | None`` -> ``X``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        kept = [a for a in typing.get_args(hint) if a is not _NONE and a.__name__ != "Unset"]
        return kept[0] if len(kept) == 1 else str
    return hint


def convert(hint: Any, raw: str) -> Any:
    """A command-line string as a value of the (plain) annotation ``hint``."""
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(raw)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in hint)
            raise click.BadParameter(f"{raw!r} is not one of: {allowed}") from None
    if hint is int:
        try:
            return int(raw)
        except ValueError:
            raise click.BadParameter(f"{raw!r} is not an integer") from None
    if hint is bool:
        return raw.lower() in {"1", "true", "yes"}
    return raw


def load_json(text: str) -> Any:
    """``JSON`` or ``@file.json`` (bounded: a file read is at most 64 MiB)."""
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            if path.stat().st_size > 64 * 1024 * 1024:
                raise click.BadParameter(f"{path} is larger than 64 MiB")
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(f"cannot read {path}: {exc.strerror}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None


def _hints(d: OperationDescriptor) -> dict[str, Any]:
    op = importlib.import_module(d.module)
    return typing.get_type_hints(op._get_kwargs)


def _param(p: Param, hint: Any) -> click.Parameter:
    if p.location == "path":
        return click.Argument([p.python_name])
    multiple = typing.get_origin(hint) is list
    return click.Option(
        [f"--{p.python_name.replace('_', '-')}", p.python_name],
        required=p.required,
        multiple=multiple,
        help=f"{p.location} parameter {p.name}",
    )


def _kwargs(d: OperationDescriptor, hints: dict[str, Any], given: dict[str, Any]) -> Any:
    """The call's arguments from click's values: (path args, keyword params)."""
    args, params = [], {}
    for p in d.params:
        value, hint = given.get(p.python_name), _plain(hints.get(p.python_name, str))
        if value is None or value == ():
            continue
        if p.location == "path":
            args.append(convert(hint, value))
        elif typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            params[p.python_name] = [convert(item, v) for v in value]
        else:
            params[p.python_name] = convert(hint, value)
    body = given.get("body")
    if body is not None:
        params["body"] = body_of(hints["body"], load_json(body))
    return args, params


def body_of(hint: Any, data: Any) -> Any:
    """The body model (of the one or several the annotation names) that ``data`` fits."""
    if not isinstance(data, dict):
        raise click.BadParameter("the body must be a JSON object", param_hint="--body")
    models = [a for a in typing.get_args(hint) or (hint,) if hasattr(a, "from_dict")]
    problems = []
    for model in models:
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"not a {model.__name__} ({type(exc).__name__}: {exc})")
    raise click.BadParameter("; ".join(problems) or "no body model", param_hint="--body")


def _extra_options(d: OperationDescriptor, hints: dict[str, Any]) -> list[click.Parameter]:
    extra: list[click.Parameter] = []
    if d.body == "json" and "body" in hints:
        extra.append(click.Option(["--body"], help="request body: JSON, or @file.json"))
    if d.pagination is not None:
        extra.append(click.Option(["--all", "all_pages"], is_flag=True, help="every page"))
    if d.reads is not None or "opc-work-request-id" in d.response_headers:
        extra.append(click.Option(["--wait"], is_flag=True, help="wait until the work is done"))
    return extra


Runner = Callable[[OperationDescriptor, list[Any], dict[str, Any], dict[str, Any]], None]


def command_for(d: OperationDescriptor, run: Runner) -> click.Command:
    """The command for one operation; ``run`` gets (descriptor, args, params, flags)."""
    hints = _hints(d)
    params = [_param(p, _plain(hints.get(p.python_name, str))) for p in d.params]
    params += _extra_options(d, hints)
    flags = ("all_pages", "wait")

    def callback(**given: Any) -> None:
        args, kwargs = _kwargs(d, hints, given)
        run(d, args, kwargs, {k: given.get(k, False) for k in flags})

    summary = f"{d.method} {d.path} ({d.operation_id})"
    return click.Command(
        d.name.replace("_", "-"),
        params=params,
        callback=callback,
        help=summary,
        short_help=d.operation_id,
    )


def operation_commands(package: str, run: Runner) -> Iterable[click.Command]:
    """One command per operation of a generated package (``aiplane_management``)."""
    table = table_of(package + ".api")
    for d in sorted(table.operations.values(), key=lambda d: d.name):
        yield command_for(d, run)
