"""Parameters checked before anything is sent, from the operation's descriptor.

A path value of ``""``, ``.`` or ``..`` would let httpx collapse the path into another
operation's (``get_dedicated_ai_cluster(".")`` listed clusters), and one holding ``/`` names
another path once a server decodes ``%2F`` (a file path, ``x-aiplane-path-segments``, may
hold ``/`` but no empty, ``.`` or ``..`` segment); path and query values hold no control
characters; a header value must be ASCII text without line breaks; ``bytes`` is never a
value; no value may hold a lone surrogate or be longer than the bound. Each refusal is an
:class:`~aiplane.errors.InvalidParameter` naming the parameter
and the problem, never echoing the value (it may be a secret).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import errors
from .descriptors import DescriptorTable, OperationDescriptor, Param

__all__ = ["MAX_VALUE_LENGTH", "check_params", "header_problem"]

MAX_VALUE_LENGTH = 8192
_DOT_SEGMENTS = frozenset({"", ".", ".."})
# one C-level scan per value instead of a Python loop over its characters
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NOT_PRINTABLE_ASCII = re.compile(r"[^\t -~]")


def _text_problem(value: object, *, ascii_only: bool) -> str | None:
    if not isinstance(value, str):
        return f"must be a str, got {type(value).__name__}"
    if len(value) > MAX_VALUE_LENGTH:
        return f"is {len(value)} characters long (at most {MAX_VALUE_LENGTH})"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "holds a lone surrogate (not valid text)"
    if ascii_only and _NOT_PRINTABLE_ASCII.search(value):
        return "must be printable ASCII (no line breaks or non-ASCII characters)"
    return None


def header_problem(value: object) -> str | None:
    """What makes ``value`` unusable as a header value (None if it is fine)."""
    return _text_problem(value, ascii_only=True)


def _has_control(value: str) -> bool:
    return _CONTROL.search(value) is not None


def _path_problem(param: Param, value: object) -> str | None:
    if not isinstance(value, str):
        return _text_problem(value, ascii_only=False)
    if value in _DOT_SEGMENTS:
        return "must not be empty, '.' or '..' (it would change the request path)"
    if _has_control(value):
        return "must not contain control characters (line breaks, tabs, NUL)"
    if not param.segments and "/" in value:
        return "must not contain '/' (it would name another path)"
    segments = value.split("/")
    if segments[-1] == "" and len(segments) > 1:
        segments.pop()  # a folder path may end with '/'
    if any(segment in _DOT_SEGMENTS for segment in segments):
        return "must not have an empty, '.' or '..' segment (it would change the request path)"
    return _text_problem(value, ascii_only=False)


def _problem(param: Param, value: object) -> str | None:
    if param.location == "path":
        return _path_problem(param, value)
    if param.location == "header":
        return header_problem(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"must be a str, got {type(value).__name__}"
    if isinstance(value, str) and _has_control(value):
        return "must not contain control characters (line breaks, tabs, NUL)"
    if isinstance(value, str):
        return _text_problem(value, ascii_only=False)
    return None


def _values(
    descriptor: OperationDescriptor, args: Sequence[Any], params: dict[str, Any]
) -> list[tuple[Param, Any]]:
    path = [p for p in descriptor.params if p.location == "path"]
    given = list(zip(path, args, strict=False))
    given += [(p, params[p.python_name]) for p in descriptor.params if p.python_name in params]
    return given


def check_params(
    descriptor: OperationDescriptor,
    table: DescriptorTable,
    args: Sequence[Any],
    params: dict[str, Any],
) -> None:
    """Raise InvalidParameter for the first declared parameter whose value is unusable."""
    body = params.get("body")
    if descriptor.body is not None and not table.is_unset(body) and not hasattr(body, "to_dict"):
        raise errors.InvalidParameter(
            "body",
            f"must be the operation's request model, got {type(body).__name__} "
            "(build it with Model(...) or Model.from_dict(...))",
            operation=descriptor.name,
        )
    for param, value in _values(descriptor, args, params):
        if param.location != "path" and table.is_unset(value):
            continue
        problem = _problem(param, value)
        if problem is not None:
            raise errors.InvalidParameter(param.name, problem, operation=descriptor.name)
