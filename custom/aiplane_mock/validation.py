"""Request routing and validation driven by the OpenAPI documents.

Each operation of a spec is compiled once into an :class:`Operation`: its path template, its
parameters (with JSON Schema validators built from the OpenAPI 3.0 schemas, ``$ref``\\s resolved
against the document's components), its request body media types and its response schemas.
A violation is a :class:`~aiplane_mock.errors.MockError` 400 ``InvalidParameter`` whose message
names the offending field.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema import Draft4Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import (  # type: ignore[import-untyped]
    ValidationError,
    best_match,
)

from .errors import MockError, bad_request
from .specs import load_spec

__all__ = [
    "Operation",
    "Param",
    "SpecIndex",
    "field_name",
    "no_such_path",
    "to_json_schema",
]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[!-~]*$")

FORMATS = FormatChecker(formats=())


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_RFC3339.match(value))


def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


FORMATS.checks("int32")(_is_int32)
FORMATS.checks("int64")(_is_int64)
FORMATS.checks("uri")(_is_uri)
FORMATS.checks("date-time")(_is_date_time)


def to_json_schema(node: Any) -> Any:
    """Translate an OpenAPI 3.0 schema into JSON Schema draft 4 (``nullable`` and friends)."""
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: to_json_schema(value)
        for key, value in node.items()
        if key not in ("nullable", "discriminator", "example", "examples", "xml", "externalDocs")
    }
    if node.get("nullable") is True:
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        elif "type" not in out and "enum" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def field_name(error: ValidationError) -> str:
    """A dotted name for the field a validation error is about (``a.b[0].c``)."""
    name = ""
    for part in error.absolute_path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    if error.validator == "required" and isinstance(error.instance, dict):
        required = error.validator_value if isinstance(error.validator_value, list) else []
        missing = [p for p in required if p not in error.instance]
        if missing:
            name = f"{name}.{missing[0]}" if name else str(missing[0])
    return name


def _first_error(validator: Draft4Validator, value: Any) -> ValidationError | None:
    error: ValidationError | None = best_match(validator.iter_errors(value))
    return error


@dataclass(frozen=True)
class Param:
    """One declared parameter of an operation."""

    name: str
    location: str
    required: bool
    kind: str
    item_kind: str | None
    validator: Draft4Validator = field(repr=False)

    @property
    def key(self) -> str:
        """The key of this parameter in validated params (header names lower-cased)."""
        return self.name.lower() if self.location == "header" else self.name


@dataclass(frozen=True)
class Operation:
    """One compiled operation of a spec."""

    spec: str
    operation_id: str
    method: str
    template: str
    segments: tuple[str, ...]
    params: tuple[Param, ...]
    body_required: bool
    body_media: Mapping[str, Draft4Validator | None] = field(repr=False)
    responses: Mapping[str, Mapping[str, Draft4Validator | None]] = field(repr=False)

    @property
    def specificity(self) -> tuple[int, ...]:
        """Sort key: literal segments win over variables, earlier segments first."""
        return tuple(1 if s.startswith("{") else 0 for s in self.segments)

    @property
    def greedy(self) -> bool:
        """Whether the last variable (a file ``path``) swallows the rest of the URL path."""
        return bool(self.segments) and self.segments[-1] == "{path}"

    def declares(self, name: str) -> bool:
        """Whether the operation declares a parameter ``name`` (case-insensitive)."""
        return any(p.name.lower() == name.lower() for p in self.params)

    def validate_params(
        self,
        path_params: Mapping[str, str],
        query_string: str,
        headers: Mapping[str, str],
    ) -> dict[str, Any]:
        """Check and coerce path, query and header parameters; 400 names the first bad one."""
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(query_string, keep_blank_values=True):
            query.setdefault(key, []).append(value)
        values: dict[str, Any] = {}
        for param in self.params:
            raw: list[str] | None
            if param.location == "path":
                raw = [path_params[param.name]] if param.name in path_params else None
            elif param.location == "query":
                raw = query.get(param.name)
            else:
                found = headers.get(param.name.lower())
                raw = None if found is None else [found]
            if raw is None:
                if param.required:
                    raise bad_request(
                        f"Missing required {param.location} parameter '{param.name}'."
                    )
                continue
            value = _coerce(param, raw)
            error = _first_error(param.validator, value)
            if error is not None:
                raise bad_request(
                    f"Invalid {param.location} parameter '{param.name}': {error.message}"
                )
            values[param.key] = value
        return values

    def validate_body(self, media_type: str, value: Any) -> None:
        """Check a decoded body against the schema of ``media_type``; 400 names the field."""
        validator = self.body_media.get(media_type)
        if validator is None:
            return
        error = _first_error(validator, value)
        if error is not None:
            name = field_name(error)
            where = f"request body field '{name}'" if name else "request body"
            raise bad_request(f"Invalid {where}: {error.message}")

    def response_validator(self, status: int, media_type: str) -> Draft4Validator | None:
        """The schema validator of a response (None when the spec gives no schema)."""
        spec = self.responses.get(str(status)) or self.responses.get("default") or {}
        return spec.get(media_type)


def _coerce(param: Param, raw: list[str]) -> Any:
    """Turn raw strings into the parameter's declared type (so the schema can judge them)."""
    if param.kind == "array":
        items = raw if len(raw) > 1 else raw[0].split(",") if param.location != "query" else raw
        return [_scalar(param, item, param.item_kind or "string") for item in items]
    return _scalar(param, raw[-1], param.kind)


def _scalar(param: Param, text: str, kind: str) -> Any:
    try:
        if kind == "integer":
            if not re.fullmatch(r"[+-]?\d+", text.strip()):
                raise ValueError
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            if text not in ("true", "false"):
                raise ValueError
            return text == "true"
    except ValueError:
        raise bad_request(
            f"Invalid {param.location} parameter '{param.name}': {text!r} is not a valid {kind}."
        ) from None
    return text


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
    root = {
        "components": {"schemas": to_json_schema(spec.get("components", {}).get("schemas", {}))}
    }

    def validator(schema: Any) -> Draft4Validator:
        wrapped = {"allOf": [to_json_schema(schema)], **root}
        return Draft4Validator(wrapped, format_checker=FORMATS)

    def deref(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def kind_of(schema: dict[str, Any]) -> str:
        schema = deref(schema)
        if "type" in schema:
            return str(schema["type"])
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key, []):
                found = kind_of(part)
                if found != "string":
                    return found
        return "string"

    operations: list[Operation] = []
    for template, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            declared: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = deref(raw)
                declared[(param["name"], param["in"])] = param
            params = []
            for (name, location), param in declared.items():
                schema = copy.deepcopy(param.get("schema", {}))
                kind = kind_of(schema)
                item_kind = kind_of(deref(schema).get("items", {})) if kind == "array" else None
                params.append(
                    Param(
                        name=name,
                        location=location,
                        required=bool(param.get("required", location == "path")),
                        kind=kind,
                        item_kind=item_kind,
                        validator=validator(schema),
                    )
                )
            body = deref(op["requestBody"]) if "requestBody" in op else None
            body_media = {
                media: (validator(content["schema"]) if "schema" in content else None)
                for media, content in (body or {}).get("content", {}).items()
            }
            responses: dict[str, dict[str, Draft4Validator | None]] = {}
            for status, raw_response in op.get("responses", {}).items():
                response = deref(raw_response)
                responses[str(status)] = {
                    media: (
                        validator(content["schema"])
                        if "schema" in content and media == "application/json"
                        else None
                    )
                    for media, content in response.get("content", {}).items()
                }
            operations.append(
                Operation(
                    spec=spec_name,
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=template,
                    segments=tuple(template.split("/")[1:]),
                    params=tuple(params),
                    body_required=bool(body and body.get("required")),
                    body_media=body_media,
                    responses=responses,
                )
            )
    return operations
