"""JSON type checks run by every generated model's ``from_dict`` before it parses.

openapi-python-client's ``from_dict`` keeps whatever JSON type arrives (``"id": 12345``
stays an int in a ``str`` field). ``tools/templates/model.py.jinja`` gives each model a
module-level table, built from the generator's own view of its properties::

    _FIELD_TYPES = _checks.Fields("Model", {"id": _checks.STRING, ...})

and makes ``from_dict`` start with ``_FIELD_TYPES.check(src_dict)``, which raises
``TypeError("Model.id: expected string, got int")``. The aiplane runtime turns a TypeError
raised while parsing a response into ``ResponseValidationError``; in an anyOf the
generator's try/except moves on to the next branch, as for any other parse failure.

Absent fields are not checked (required ones fail on the generator's own ``d.pop``), so
UNSET stays UNSET; ``None`` passes only where the spec says ``nullable``. Nested models
check themselves when the generator parses them; here they are only required to be objects.

``make generate`` copies this file into each generated package as ``_json_checks.py``:
edit it here, never there. It imports nothing of aiplane, so generated models stay
importable on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import attrs

__all__ = [
    "ANY",
    "BOOLEAN",
    "INTEGER",
    "NULL",
    "NUMBER",
    "OBJECT",
    "STRING",
    "Fields",
    "Kind",
    "any_of",
    "array",
    "model_repr",
]


class Kind:
    """One JSON type a value must have: a name for messages and a fast predicate."""

    __slots__ = ("accepts", "items", "name", "options")

    def __init__(
        self,
        name: str,
        accepts: Callable[[object], bool],
        items: Kind | None = None,
        options: tuple[Kind, ...] = (),
    ) -> None:
        self.name = name
        self.accepts = accepts
        self.items = items  # arrays: the kind of each item
        self.options = options  # anyOf: the alternatives

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# `str.__instancecheck__` is `isinstance(value, str)` without a Python frame: this runs once
# per field of every parsed model, so it is worth the unusual spelling.
STRING: Final = Kind("string", str.__instancecheck__)
INTEGER: Final = Kind("integer", _is_integer)
NUMBER: Final = Kind("number", _is_number)
BOOLEAN: Final = Kind("boolean", bool.__instancecheck__)
OBJECT: Final = Kind("object", dict.__instancecheck__)
NULL: Final = Kind("null", type(None).__instancecheck__)
ANY: Final = Kind("any", lambda value: True)
# kinds that are exactly an isinstance test (INTEGER and NUMBER also refuse bool)
_EXACT: Final = {STRING: str, BOOLEAN: bool, OBJECT: dict, NULL: type(None)}


def array(items: Kind) -> Kind:
    """A JSON array whose every item is ``items``."""
    if items is ANY:
        return Kind("array", lambda value: isinstance(value, list), ANY)
    each = items.accepts
    return Kind(
        f"array of {items.name}",
        lambda value: isinstance(value, list) and all(map(each, value)),
        items,
    )


def any_of(*kinds: Kind) -> Kind:
    """A value of one of ``kinds`` (flattened, duplicates dropped: an open enum is a string)."""
    options: list[Kind] = []
    for kind in kinds:
        for option in kind.options or (kind,):
            if option not in options:
                options.append(option)
    if ANY in options:
        return ANY
    if len(options) == 1:
        return options[0]
    name = " or ".join(option.name for option in options)
    if all(option in _EXACT for option in options):  # one isinstance call, no generator
        types = tuple(_EXACT[option] for option in options)
        return Kind(name, lambda value: isinstance(value, types), options=tuple(options))
    tests = tuple(option.accepts for option in options)
    return Kind(
        name,
        lambda value: any(test(value) for test in tests),
        options=tuple(options),
    )


class Fields:
    """The JSON kind of each property of one model, and of its additional properties."""

    __slots__ = ("_known", "_pairs", "extra", "model")

    def __init__(self, model: str, fields: Mapping[str, Kind], extra: Kind | None = None) -> None:
        self.model = model
        self._pairs = tuple(
            (name, kind.accepts) for name, kind in fields.items() if kind is not ANY
        )
        self._known = dict(fields)
        self.extra = None if extra is ANY else extra

    def check(self, data: object) -> None:
        """Raise TypeError naming the first field of ``data`` whose JSON type is wrong."""
        if not isinstance(data, dict) and not isinstance(data, Mapping):
            raise TypeError(f"{self.model}: expected object, got {_got(data)}")
        absent = _ABSENT
        for name, accepts in self._pairs:
            value = data.get(name, absent)
            if value is not absent and not accepts(value):
                raise TypeError(_problem(f"{self.model}.{name}", self._known[name], value))
        if self.extra is not None:
            self._check_extra(data, self.extra)

    def _check_extra(self, data: Mapping[str, object], extra: Kind) -> None:
        for name, value in data.items():
            if name not in self._known and not extra.accepts(value):
                raise TypeError(_problem(f"{self.model}.{name}", extra, value))


_ABSENT: Final = object()


def _problem(where: str, kind: Kind, value: object) -> str:
    """``where: expected <kind>, got <type>``, pointing into the first bad array item."""
    if isinstance(value, list):
        for option in _alternatives(kind):
            if option.items is None:
                continue
            for index, item in enumerate(value):
                if not option.items.accepts(item):
                    return _problem(f"{where}[{index}]", option.items, item)
    return f"{where}: expected {kind.name}, got {_got(value)}"


def _alternatives(kind: Kind) -> Iterable[Kind]:
    return kind.options or (kind,)


def _got(value: object) -> str:
    return "null" if value is None else type(value).__name__


def model_repr(model: Any, unset: type) -> str:
    """``Model(field=value, ...)`` with only the fields that are set (not ``unset``), each
    shown by its attrs repr (so a redacted field stays redacted); extra properties only
    when there are some."""
    parts = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not field.repr or isinstance(value, unset):
            continue
        if field.name == "additional_properties" and not value:
            continue
        shown = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={shown}")
    return f"{type(model).__name__}({', '.join(parts)})"
