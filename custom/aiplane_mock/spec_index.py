"""The served operations: compiled from both specs, and routing from a raw request path.

Routing is literal segments over variables, earlier segments first; the file ``{path}``
variable swallows the rest of the URL path. No match is 404, a path without the method 405.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft4Validator  # type: ignore[import-untyped]

from .errors import MockError
from .schemas import SpecSchemas
from .specs import load_spec
from .validation import Operation, Param

__all__ = ["SpecIndex", "no_such_path"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class SpecIndex:
    """All operations of the served specs, with routing from a raw request path."""

    def __init__(self, names: Iterable[str] = ("management", "data")) -> None:
        self.operations: list[Operation] = []
        self.schemas: dict[str, dict[str, Any]] = {}
        for name in names:
            spec = load_spec(name)
            self.schemas[name] = spec.get("components", {}).get("schemas", {})
            self.operations.extend(_compile(name, spec))
        self.by_id = {op.operation_id: op for op in self.operations}

    def properties(self, spec: str, schema: str) -> frozenset[str]:
        """Property names of a component schema (following ``allOf``)."""
        node = self.schemas[spec][schema]
        names = set(node.get("properties", {}))
        for part in node.get("allOf", []):
            ref = part.get("$ref", "")
            if ref:
                names |= self.properties(spec, ref.rsplit("/", 1)[-1])
        return frozenset(names)

    def match(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for a request and its decoded path parameters; 404/405 otherwise."""
        parts = raw_path.split("/")[1:] if raw_path.startswith("/") else raw_path.split("/")
        found: list[tuple[Operation, dict[str, str]]] = []
        for op in self.operations:
            params = _match_segments(op, parts)
            if params is not None:
                found.append((op, params))
        if not found:
            raise no_such_path(raw_path)
        best_key = min(op.specificity for op, _ in found)
        allowed = [(op, p) for op, p in found if op.specificity == best_key]
        for op, params in allowed:
            if op.method == method.upper():
                return op, params
        for op, params in sorted(found, key=lambda item: item[0].specificity):
            if op.method == method.upper():
                return op, params
        allow = ", ".join(sorted({op.method for op, _ in allowed}))
        raise MockError(
            405,
            "MethodNotAllowed",
            f"Method {method.upper()} is not allowed here; allowed: {allow}.",
            {"allow": allow},
        )


def no_such_path(raw_path: str) -> MockError:
    """404 for a path no operation has."""
    return MockError(404, "NotAuthorizedOrNotFound", f"No such path: {raw_path[:200]}")


def _match_segments(op: Operation, parts: list[str]) -> dict[str, str] | None:
    template = op.segments
    if op.greedy:
        if len(parts) < len(template):
            return None
    elif len(parts) != len(template):
        return None
    params: dict[str, str] = {}
    for index, segment in enumerate(template):
        if segment.startswith("{"):
            name = segment[1:-1]
            if op.greedy and index == len(template) - 1:
                params[name] = unquote("/".join(parts[index:]))
            else:
                params[name] = unquote(parts[index])
        elif unquote(parts[index]) != segment:
            return None
    return params


def _compile(spec_name: str, spec: dict[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, in document order."""
    schemas = SpecSchemas(spec)
    operations: list[Operation] = []
    for template, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if item.get(method) is not None:
                operations.append(_operation(schemas, spec_name, template, method, item))
    return operations


def _operation(
    schemas: SpecSchemas, spec_name: str, template: str, method: str, item: dict[str, Any]
) -> Operation:
    op = item[method]
    body = schemas.deref(op["requestBody"]) if "requestBody" in op else None
    return Operation(
        spec=spec_name,
        operation_id=op["operationId"],
        method=method.upper(),
        template=template,
        segments=tuple(template.split("/")[1:]),
        params=_params(schemas, [*item.get("parameters", []), *op.get("parameters", [])]),
        body_required=bool(body and body.get("required")),
        body_media={
            media: (schemas.validator(content["schema"]) if "schema" in content else None)
            for media, content in (body or {}).get("content", {}).items()
        },
        responses=_responses(schemas, op.get("responses", {})),
    )


def _params(schemas: SpecSchemas, raw: list[dict[str, Any]]) -> tuple[Param, ...]:
    """The parameters (path-level ones first; an operation's own win on the same name/place)."""
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for node in raw:
        param = schemas.deref(node)
        declared[(param["name"], param["in"])] = param
    params = []
    for (name, location), param in declared.items():
        schema = copy.deepcopy(param.get("schema", {}))
        kind = schemas.kind_of(schema)
        items = schemas.deref(schema).get("items", {})
        params.append(
            Param(
                name=name,
                location=location,
                required=bool(param.get("required", location == "path")),
                kind=kind,
                item_kind=schemas.kind_of(items) if kind == "array" else None,
                validator=schemas.validator(schema),
            )
        )
    return tuple(params)


def _responses(
    schemas: SpecSchemas, responses: dict[str, Any]
) -> dict[str, dict[str, Draft4Validator | None]]:
    """Per status, per media type: the JSON validator (None for other media or no schema)."""
    out: dict[str, dict[str, Draft4Validator | None]] = {}
    for status, raw in responses.items():
        response = schemas.deref(raw)
        out[str(status)] = {
            media: (
                schemas.validator(content["schema"])
                if "schema" in content and media == "application/json"
                else None
            )
            for media, content in response.get("content", {}).items()
        }
    return out
