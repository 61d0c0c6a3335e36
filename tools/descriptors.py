"""Write ``<package>/_descriptors.py`` for a generated package, from its spec.

One :class:`aiplane.descriptors.OperationDescriptor` per operation: method, path, declared
parameters (with the Python keyword the generator gave each), request body kind, success
response kinds and headers, and the aiplane extensions:

- ``x-aiplane-plane`` (under ``info``): which client plane serves the operations;
- ``x-aiplane-pagination``: ``{token: <query param>, limit: <query param>, next: <expr>,
  items: <field>}``;
- ``x-aiplane-get``: ``{operationId: <read operation>, parameters: {<path param>: <expr>}}``;
- ``x-aiplane-lifecycle`` (on a read operation): ``{field, ready, failed, gone, final}``
  (``final``: states the resource never leaves);
- ``x-aiplane-batch`` (on a read operation): the list operation that reads many at once by
  id (see :mod:`tools.batch_read`);
- ``x-aiplane-event-data-schema`` (on a ``text/event-stream`` media type): ``$ref`` of the
  schema of each event's ``data:``, and ``x-aiplane-stream-field`` beside it: the boolean
  request-body field that selects the stream (``stream``), if the operation has one;
- ``x-aiplane-genai``: what makes the operation a GenAI one for OpenTelemetry (its
  ``gen_ai.operation.name`` and where the request settings, messages and usage are; see
  :mod:`tools.genai`);
- ``x-aiplane-path-segments: true`` (on a path parameter): its value is a ``/``-separated
  path (a file path) rather than one segment, so a ``/`` in it is not refused.

``<expr>`` is an OpenAPI runtime expression (``$response.body#/id``,
``$response.header.opc-next-page``, ``$request.path.modelId``). Anything inconsistent (an
unknown operation, parameter, header or field) fails generation with a message naming it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import batch_read
import genai
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
FIELD_PREFIX = "field_"


class DescriptorError(ValueError):
    """The spec's aiplane extensions do not match the spec."""


def _python(name: str) -> str:
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise DescriptorError(f"only local $refs are supported, got {ref!r}")
        node = doc
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def _schema_fields(doc: dict[str, Any], schema: Any, seen: int = 0) -> set[str]:
    schema = _resolve(doc, schema) or {}
    fields = set(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []):
            if seen < 8:
                fields |= _schema_fields(doc, sub, seen + 1)
    return fields


class _Operation:
    """One operation of the spec, with its parameters and success responses resolved."""

    def __init__(self, doc: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> None:
        self.doc = doc
        self.path = path
        self.method = method.upper()
        self.raw: dict[str, Any] = item[method]
        self.operation_id: str = self.raw["operationId"]
        declared = [*item.get("parameters", []), *self.raw.get("parameters", [])]
        self.params: list[dict[str, Any]] = [_resolve(doc, p) for p in declared]
        self.successes = {
            int(status): _resolve(doc, response)
            for status, response in self.raw.get("responses", {}).items()
            if str(status).startswith("2")
        }

    def module(self, package: str) -> str:
        tags = self.raw.get("tags") or ["default"]
        return f"{package}.api.{_python(tags[0])}.{_python(self.operation_id)}"

    def param(self, name: str, location: str) -> dict[str, Any]:
        for p in self.params:
            if p["name"] == name and p["in"] == location:
                return p
        raise DescriptorError(f"{self.operation_id}: no {location} parameter {name!r}")

    def body_kind(self) -> str | None:
        body = _resolve(self.doc, self.raw.get("requestBody"))
        if not body:
            return None
        types = list(body.get("content", {}))
        if "multipart/form-data" in types:
            return "multipart"
        if any(t == "application/json" or t.endswith("+json") for t in types):
            return "json"
        return "binary"

    def response_kinds(self) -> dict[int, tuple[str, ...]]:
        return {
            status: tuple(sorted({_kind(t) for t in response.get("content", {})})) or ("none",)
            for status, response in sorted(self.successes.items())
        }

    def response_headers(self) -> set[str]:
        return {h.lower() for r in self.successes.values() for h in r.get("headers", {})}

    def response_fields(self) -> set[str]:
        fields: set[str] = set()
        for response in self.successes.values():
            for media in response.get("content", {}).values():
                fields |= _schema_fields(self.doc, media.get("schema"))
        return fields


def _kind(media_type: str) -> str:
    if media_type == "text/event-stream":
        return "event-stream"
    if media_type == "application/json" or media_type.endswith("+json"):
        return "json"
    return "binary"


_EXPR = re.compile(
    r"^\$(?:response\.body#/(?P<body>\w+)|response\.header\.(?P<header>[\w-]+)"
    r"|request\.path\.(?P<path>\w+))$"
)


def _source(op: _Operation, expression: str) -> str:
    match = _EXPR.match(str(expression))
    if match is None:
        raise DescriptorError(f"{op.operation_id}: unsupported expression {expression!r}")
    if match["body"]:
        if match["body"] not in op.response_fields():
            raise DescriptorError(f"{op.operation_id}: no response field {match['body']!r}")
        return f"Source('body', {match['body']!r}, {_python(match['body'])!r})"
    if match["header"]:
        if match["header"].lower() not in op.response_headers():
            raise DescriptorError(f"{op.operation_id}: no response header {match['header']!r}")
        return f"Source('header', {match['header'].lower()!r}, '')"
    param = op.param(match["path"], "path")
    return f"Source('path', {param['name']!r}, {_python(param['name'])!r})"


def _pagination(op: _Operation) -> str | None:
    ext = op.raw.get("x-aiplane-pagination")
    if ext is None:
        return None
    token = op.param(ext["token"], "query")
    limit = op.param(ext["limit"], "query") if ext.get("limit") else None
    if ext["items"] not in op.response_fields():
        raise DescriptorError(f"{op.operation_id}: no response field {ext['items']!r}")
    return (
        f"Pagination(token_param={_python(token['name'])!r}, "
        f"limit_param={_python(limit['name']) if limit else None!r}, "
        f"next={_source(op, ext['next'])}, items={_python(ext['items'])!r})"
    )


def _lifecycle(op: _Operation) -> str | None:
    ext = op.raw.get("x-aiplane-lifecycle")
    if ext is None:
        return None
    if ext["field"] not in op.response_fields():
        raise DescriptorError(f"{op.operation_id}: no response field {ext['field']!r}")
    sets = {key: sorted(ext.get(key, [])) for key in ("ready", "failed", "gone", "final")}
    return (
        f"Lifecycle({_python(ext['field'])!r}, ready=frozenset({sets['ready']!r}), "
        f"failed=frozenset({sets['failed']!r}), gone=frozenset({sets['gone']!r}), "
        f"final=frozenset({sets['final']!r}))"
    )


def _reads(op: _Operation, by_id: dict[str, _Operation], package: str) -> str | None:
    ext = op.raw.get("x-aiplane-get")
    if ext is None:
        return None
    target = by_id.get(ext["operationId"])
    if target is None:
        raise DescriptorError(
            f"{op.operation_id}: x-aiplane-get: no operation {ext['operationId']!r}"
        )
    given = ext.get("parameters", {})
    wanted = [p["name"] for p in target.params if p["in"] == "path"]
    if sorted(given) != sorted(wanted):
        raise DescriptorError(
            f"{op.operation_id}: x-aiplane-get must give {wanted} to {target.operation_id}"
        )
    sources = ", ".join(_source(op, given[name]) for name in wanted)
    return f"Reads({target.module(package)!r}, ({sources},))"


def _stream_field(op: _Operation, name: str) -> str:
    body = _resolve(op.doc, op.raw.get("requestBody")) or {}
    schema = _resolve(op.doc, body.get("content", {}).get("application/json", {}).get("schema"))
    field = _resolve(op.doc, (schema or {}).get("properties", {}).get(name))
    if not field or field.get("type") != "boolean":
        raise DescriptorError(f"{op.operation_id}: no boolean request body field {name!r}")
    return _python(name)


def _events(op: _Operation, package: str) -> str | None:
    media = next(
        (
            m
            for r in op.successes.values()
            for t, m in r.get("content", {}).items()
            if t == "text/event-stream"
        ),
        None,
    )
    if media is None:
        return None
    ref = (media.get("x-aiplane-event-data-schema") or {}).get("$ref", "")
    if not ref.startswith("#/components/schemas/"):
        raise DescriptorError(f"{op.operation_id}: x-aiplane-event-data-schema needs a $ref")
    name = ref.rpartition("/")[2]
    _resolve(op.doc, {"$ref": ref})  # fails on a dangling reference
    module = f"{package}.models.{PythonIdentifier(name, prefix=FIELD_PREFIX)}"
    field = media.get("x-aiplane-stream-field")
    flag = _stream_field(op, field) if field is not None else None
    return f"EventStream({module!r}, {str(ClassName(name, prefix=''))!r}, {flag!r})"


def _param(p: dict[str, Any]) -> str:
    segments = p.get("x-aiplane-path-segments", False)
    if segments is not False and (segments is not True or p["in"] != "path"):
        raise DescriptorError(f"{p['name']}: x-aiplane-path-segments is true on a path parameter")
    extra = ", segments=True" if segments else ""
    return (
        f"Param({p['name']!r}, {p['in']!r}, {_python(p['name'])!r}, "
        f"{bool(p.get('required', False))!r}{extra})"
    )


def _ordered_params(op: _Operation) -> list[dict[str, Any]]:
    # the generator takes path parameters positionally, in the order of the path template
    order = re.findall(r"{([^}]+)}", op.path)
    path = sorted((p for p in op.params if p["in"] == "path"), key=lambda p: order.index(p["name"]))
    rest = [p for p in op.params if p["in"] in ("query", "header")]
    return [*path, *rest]


def _descriptor(op: _Operation, by_id: dict[str, _Operation], package: str, plane: str) -> str:
    params = ", ".join(_param(p) for p in _ordered_params(op))
    fields = [
        f"operation_id={op.operation_id!r}",
        f"name={_python(op.operation_id)!r}",
        f"module={op.module(package)!r}",
        f"plane={plane!r}",
        f"method={op.method!r}",
        f"path={op.path!r}",
        f"params=({params}{',' if params else ''})",
        f"body={op.body_kind()!r}",
        f"responses={op.response_kinds()!r}",
        f"response_headers=frozenset({sorted(op.response_headers())!r})",
        f"fields=frozenset({sorted(_python(f) for f in op.response_fields())!r})",
    ]
    for name, value in (
        ("pagination", _pagination(op)),
        ("reads", _reads(op, by_id, package)),
        ("lifecycle", _lifecycle(op)),
        (
            "batch",
            batch_read.descriptor_source(
                op, by_id, package, _python, lambda n: _resolve(op.doc, n), DescriptorError
            ),
        ),
        ("events", _events(op, package)),
        (
            "genai",
            genai.descriptor_source(op, lambda n: _resolve(op.doc, n), _python, DescriptorError),
        ),
    ):
        if value is not None:
            fields.append(f"{name}={value}")
    return f"    {op.module(package)!r}: OperationDescriptor({', '.join(fields)}),"


HEADER = '''"""Operation descriptors for this package, written by `make generate` from {spec}.

Do not edit: regenerate instead. The aiplane runtime reads these (see aiplane.descriptors).
"""

from aiplane.descriptors import (
    BatchRead,
    DescriptorTable,
    EventStream,
    GenAI,
    Lifecycle,
    OperationDescriptor,
    Pagination,
    Param,
    Reads,
    Source,
)

from .types import UNSET

__all__ = ["TABLE"]

TABLE = DescriptorTable(
    unset=UNSET,
    operations={{
'''


def render(spec: Path, package: str) -> str:
    """The source of ``<package>/_descriptors.py`` for ``spec``."""
    doc = yaml.safe_load(spec.read_text())
    plane = doc.get("info", {}).get("x-aiplane-plane")
    if not isinstance(plane, str):
        raise DescriptorError(f"{spec.name}: info.x-aiplane-plane (the client plane) is missing")
    ops = [
        _Operation(doc, path, method, item)
        for path, item in doc.get("paths", {}).items()
        for method in METHODS
        if method in item
    ]
    by_id = {op.operation_id: op for op in ops}
    ops.sort(key=lambda o: o.module(package))
    lines = [_descriptor(op, by_id, package, plane) for op in ops]
    return HEADER.format(spec=spec.name) + "\n".join(lines) + "\n    },\n)\n"


def write(spec: Path, package: str, out: Path) -> None:
    """Write the descriptors of ``spec`` into the generated package at ``out``; every
    operation module a descriptor names must exist there."""
    source = render(spec, package)
    modules = re.findall(rf"module='({package}\.api\.[\w.]+)'", source)
    modules += re.findall(rf"EventStream\('({package}\.models\.\w+)'", source)
    modules += re.findall(rf"BatchRead\('({package}\.api\.[\w.]+)'", source)
    for module in modules:
        file = out.joinpath(*module.split(".")[1:]).with_suffix(".py")
        if not file.exists():
            raise DescriptorError(f"descriptor names {module}, but {file} was not generated")
    (out / "_descriptors.py").write_text(source)
