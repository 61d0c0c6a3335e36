"""Request validation driven by the OpenAPI documents: compiled operations and parameters.

Each operation of a spec is compiled once (:mod:`aiplane_mock.spec_index`) into an
:class:`Operation`: its path template, its parameters (with JSON Schema validators built from
the OpenAPI 3.0 schemas), its request body media types and its response schemas. A violation
is a :class:`~aiplane_mock.errors.MockError` 400 ``InvalidParameter`` whose message names the
offending field and the rule it breaks, never the value sent (it may be a secret).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from jsonschema import Draft4Validator  # type: ignore[import-untyped]

from .errors import bad_request
from .schemas import explain, first_error

__all__ = ["Operation", "Param"]


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
            error = first_error(param.validator, value)
            if error is not None:
                reason = explain(error)[1]
                raise bad_request(
                    f"Invalid {param.location} parameter '{param.name}': {reason}.", param.name
                )
            values[param.key] = value
        return values

    def validate_body(self, media_type: str, value: Any) -> None:
        """Check a decoded body against the schema of ``media_type``; 400 names the field."""
        validator = self.body_media.get(media_type)
        if validator is None:
            return
        error = first_error(validator, value)
        if error is not None:
            name, reason = explain(error)
            where = f"request body field '{name}'" if name else "request body"
            raise bad_request(f"Invalid {where}: {reason}.", param=name or None)

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
