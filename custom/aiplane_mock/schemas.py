"""OpenAPI 3.0 schemas as JSON Schema validators (draft 4), and readable validation errors.

A :class:`SpecSchemas` serves one spec: it resolves ``$ref``\\s against the document, builds
validators whose references resolve against its components, and tells a parameter's type.
:func:`explain` says which field an error is about and why, from the schema alone: the value
sent is never repeated (it may be a password, or a whole body).
"""

from __future__ import annotations

import json
import re
from typing import Any

from jsonschema import Draft4Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import (  # type: ignore[import-untyped]
    ValidationError,
    best_match,
)

__all__ = ["FORMATS", "SpecSchemas", "explain", "field_name", "first_error", "to_json_schema"]

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


def first_error(validator: Draft4Validator, value: Any) -> ValidationError | None:
    """The most relevant error of ``value`` (None when it is valid)."""
    error: ValidationError | None = best_match(validator.iter_errors(value))
    return error


_RULES = {
    "type": "must be of type {}",
    "enum": "must be one of {}",
    "minLength": "must be at least {} character(s) long",
    "maxLength": "must be at most {} character(s) long",
    "pattern": "must match the pattern {}",
    "format": "must be a valid {}",
    "minItems": "must have at least {} item(s)",
    "maxItems": "must have at most {} item(s)",
    "minProperties": "must have at least {} field(s)",
    "maxProperties": "must have at most {} field(s)",
    "multipleOf": "must be a multiple of {}",
    "uniqueItems": "must not repeat an item",
    "required": "is required",
    "not": "is not allowed here",
    "additionalProperties": "is not a known field",
    "oneOf": "must match exactly one of the allowed forms",
    "anyOf": "must match one of the allowed forms",
}


def explain(error: ValidationError) -> tuple[str, str]:
    """(the dotted field name, why it is invalid), without the value that was sent."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        error = min(error.context, key=lambda e: -len(e.absolute_path))
    name = field_name(error)
    rule = str(error.validator)
    value = error.validator_value
    if rule == "not" and isinstance(value, dict) and value.get("required"):
        name = _join(name, str(value["required"][0]))
    elif rule == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = next((str(k) for k in error.instance if k not in known), "")
        name = _join(name, extra)
    elif rule in ("minimum", "maximum"):
        exclusive = error.schema.get(f"exclusive{rule.title()}") is True
        relation = {"minimum": (">=", ">"), "maximum": ("<=", "<")}[rule][exclusive]
        return name, f"must be {relation} {value}"
    template = _RULES.get(rule, f"breaks the schema rule '{rule}'")
    return name, template.format(json.dumps(value) if rule == "enum" else value)


def _join(parent: str, child: str) -> str:
    return f"{parent}.{child}" if parent and child else parent or child


class SpecSchemas:
    """The schemas of one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        schemas = spec.get("components", {}).get("schemas", {})
        self._root = {"components": {"schemas": to_json_schema(schemas)}}

    def validator(self, schema: Any) -> Draft4Validator:
        """A validator of ``schema`` (its ``$ref``\\s resolve against the components)."""
        wrapped = {"allOf": [to_json_schema(schema)], **self._root}
        return Draft4Validator(wrapped, format_checker=FORMATS)

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        """``node``, following ``$ref``\\s within the document."""
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def kind_of(self, schema: dict[str, Any]) -> str:
        """The JSON type a schema declares (through ``allOf``/``anyOf``/``oneOf``; else string)."""
        schema = self.deref(schema)
        if "type" in schema:
            return str(schema["type"])
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key, []):
                found = self.kind_of(part)
                if found != "string":
                    return found
        return "string"
