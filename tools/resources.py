"""Write ``<package>/resources.py``: one typed resource class per ``x-aiplane-resources``.

The spec declares each resource at its top level::

    x-aiplane-resources:
      Cluster:
        get: getDedicatedAiCluster        # required: one path parameter, the id
        list: listDedicatedAiClusters     # x-aiplane-pagination
        create: createDedicatedAiCluster  # a JSON body model; x-aiplane-get gives the id field
        update: updateDedicatedAiCluster  # a JSON body model, the id as its path parameter
        delete: deleteDedicatedAiCluster
        actions: {compartmentId: changeDedicatedAiClusterCompartment}  # one field each

Each becomes ``<Name>Resource`` (over ``aiplane.Client``) and ``Async<Name>Resource`` (over
``aiplane.AsyncClient``): a :class:`aiplane.resources.ResourceSpec` built from the
operations' descriptors and the generated models, plus type-only declarations (the create
fields as ``__init__`` keywords, editable fields as attributes, the rest as read-only
properties, ``list`` with the list operation's own keywords). The behaviour lives in
``aiplane.resources``. Anything inconsistent fails generation, naming it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from descriptors import _EXPR, METHODS, DescriptorError, _Operation, _python
from methods import _class_fields, _Imports, _signature

KINDS = ("get", "list", "create", "update", "delete")


@dataclass
class _Model:
    """A generated model: its name, ``module:Class`` and fields (name, annotation, required)."""

    name: str
    ref: str
    fields: list[tuple[str, str, bool]]


class _Reader:
    """Reads the generated package for what a resource is made of."""

    def __init__(self, doc: dict[str, Any], package: str, out: Path) -> None:
        self.doc, self.package, self.out = doc, package, out
        self.imports = _Imports()
        self.ops = {
            op.operation_id: op
            for path, item in doc.get("paths", {}).items()
            for method in METHODS
            if method in item
            for op in [_Operation(doc, path, method, item)]
        }

    def op(self, resource: str, kind: str, operation_id: Any) -> _Operation:
        op = self.ops.get(str(operation_id))
        if op is None:
            raise DescriptorError(f"x-aiplane-resources.{resource}.{kind}: no {operation_id!r}")
        return op

    def tree(self, op: _Operation) -> ast.Module:
        parts = op.module(self.package).split(".")[1:]
        return self.imports.read(self.out.joinpath(*parts).with_suffix(".py"), parts)

    def model(self, name: str) -> _Model:
        tree = self.imports.model(self.out, name)
        module = f"{self.package}{self.imports.names[name]}"
        return _Model(name, f"{module}:{name}", _class_fields(tree, name))

    def body(self, resource: str, op: _Operation) -> _Model:
        sig = _signature(self.tree(op), False)
        if op.body_kind() != "json" or sig.body is None or not sig.body.isidentifier():
            raise DescriptorError(f"{resource}: {op.operation_id} takes no JSON body model")
        return self.model(sig.body)

    def result(self, resource: str, op: _Operation) -> _Model:
        sig = _signature(self.tree(op), False)
        if not sig.result.isidentifier():
            raise DescriptorError(f"{resource}: {op.operation_id} returns no single model")
        return self.model(sig.result)


def _path_param(resource: str, op: _Operation) -> str:
    params = [p["name"] for p in op.params if p["in"] == "path"]
    if len(params) != 1:
        raise DescriptorError(f"{resource}: {op.operation_id} must take exactly one path parameter")
    return str(params[0])


def _id_field(resource: str, decl: dict[str, Any], ops: dict[str, _Operation]) -> str:
    if "id" in decl:
        return _python(str(decl["id"]))
    create = ops.get("create")
    given = (create.raw.get("x-aiplane-get") or {}).get("parameters", {}) if create else {}
    match = _EXPR.match(str(next(iter(given.values()), "")))
    if match is None or not match["body"]:
        raise DescriptorError(
            f"{resource}: give `id`, or a create whose x-aiplane-get reads $response.body#/<id>"
        )
    return _python(match["body"])


@dataclass
class _Resource:
    name: str
    spec: str  # the ResourceSpec(...) source
    init: list[str]  # keyword parameters of __init__
    attributes: list[str]  # editable: "name: annotation"
    properties: list[tuple[str, str]]  # read-only: (name, annotation)
    list_params: list[str] | None


def _actions(
    r: _Reader, resource: str, decl: dict[str, Any], key: str
) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """``{field: (operation module, body ref)}`` and the fields' annotations."""
    out, annotations = {}, {}
    for wire, operation_id in (decl.get("actions") or {}).items():
        op = r.op(resource, "actions", operation_id)
        if _path_param(resource, op) != key:
            raise DescriptorError(f"{resource}: {op.operation_id} must take {key!r}")
        body = r.body(resource, op)
        name = _python(str(wire))
        fields = {f[0]: f for f in body.fields}
        if name not in fields or any(req and f != name for f, _, req in body.fields):
            raise DescriptorError(f"{resource}: {op.operation_id} must take {wire!r} alone")
        out[name] = (op.module(r.package), body.ref)
        annotations[name] = fields[name][1]
    return out, annotations


def _resource(r: _Reader, resource: str, decl: dict[str, Any]) -> _Resource:
    unknown = set(decl) - {*KINDS, "actions", "id"}
    if unknown or "get" not in decl:
        raise DescriptorError(f"x-aiplane-resources.{resource}: needs get; unknown {unknown}")
    ops = {kind: r.op(resource, kind, decl[kind]) for kind in KINDS if kind in decl}
    key = _path_param(resource, ops["get"])
    for kind in ("update", "delete"):
        if kind in ops and _path_param(resource, ops[kind]) != key:
            raise DescriptorError(f"{resource}: {ops[kind].operation_id} must take {key!r}")
    if "list" in ops and "x-aiplane-pagination" not in ops["list"].raw:
        raise DescriptorError(f"{resource}: {ops['list'].operation_id} declares no pagination")
    read = r.result(resource, ops["get"])
    bodies = {kind: r.body(resource, ops[kind]) for kind in ("create", "update") if kind in ops}
    actions, action_types = _actions(r, resource, decl, key)
    id_field = _id_field(resource, decl, ops)
    if id_field not in {f[0] for f in read.fields}:
        raise DescriptorError(f"{resource}: {read.name} has no id field {id_field!r}")
    types = {n: a for b in bodies.values() for n, a, _ in b.fields} | action_types
    types |= {n: a for n, a, _ in read.fields}
    create = bodies.get("create")
    creatable = [f[0] for f in create.fields] if create else []
    updatable = [f[0] for f in bodies["update"].fields] if "update" in bodies else []
    editable = sorted({*creatable, *updatable, *actions})
    required = sorted(f[0] for f in create.fields if f[2]) if create else []
    spec = (
        f"ResourceSpec(name={resource!r}, "
        f"operations={ {k: op.module(r.package) for k, op in ops.items()}!r}, "
        f"id_field={id_field!r}, "
        f"bodies={ {k: b.ref for k, b in bodies.items()}!r}, "
        f"creatable=frozenset({sorted(creatable)!r}), "
        f"create_required=frozenset({required!r}), "
        f"updatable=frozenset({sorted(updatable)!r}), "
        f"fields=frozenset({sorted(f[0] for f in read.fields)!r}), "
        f"required=frozenset({sorted(f[0] for f in read.fields if f[2])!r}), "
        f"actions={actions!r})"
    )
    init = []
    if create:
        ordered = sorted(create.fields, key=lambda f: not f[2])
        init = [f"{n}: {a}" if req else f"{n}: {a} = ..." for n, a, req in ordered]
    list_params = None
    if "list" in ops:
        list_params = _signature(r.tree(ops["list"]), False).keyword
    return _Resource(
        resource, spec, init,
        [f"{n}: {types[n]}" for n in editable],
        [(n, a) for n, a, _ in read.fields if n not in editable],
        list_params,
    )  # fmt: skip


def _class(res: _Resource, asynchronous: bool) -> str:
    name = f"Async{res.name}Resource" if asynchronous else f"{res.name}Resource"
    base, client = ("AsyncResource", "AsyncClient") if asynchronous else ("Resource", "Client")
    pager = "AsyncResourcePager" if asynchronous else "ResourcePager"
    twin = "the awaitable twin of " if asynchronous else ""
    lines = [
        f"class {name}({base}):",
        f'    """The {res.name} resource ({twin}aiplane.resources.{base})."""',
        "",
        f"    SPEC = _SPECS[{res.name!r}]",
        "",
        "    if TYPE_CHECKING:",
        f"        def __init__(self, client: {client}, *, {', '.join(res.init)}) -> None: ..."
        if res.init
        else f"        def __init__(self, client: {client}) -> None: ...",
    ]
    lines += [f"        {attribute}" for attribute in res.attributes]
    for prop, annotation in res.properties:
        lines += ["        @property", f"        def {prop}(self) -> {annotation}: ..."]
    if res.list_params is not None:
        params = ", ".join(["*", *res.list_params, "max_items: int | None = None"])
        params += ", resume: str | None = None"
        lines += [
            "        @classmethod",
            f"        def list(cls, client: {client}, {params}) -> {pager}[Self]: ...",
        ]
    return "\n".join(lines) + "\n"


HEADER = '''"""Resource objects of this package, written by `make generate` from {spec}.

Do not edit: regenerate instead. The behaviour is aiplane.resources'; each class here is
declared by the spec's x-aiplane-resources and typed from the generated models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiplane.resources import AsyncResource, Resource, ResourceSpec

if TYPE_CHECKING:
    import datetime

    from typing_extensions import Self

    from aiplane import AsyncClient, Client
    from aiplane.resources import AsyncResourcePager, ResourcePager

    from .types import UNSET, Unset
{imports}

__all__ = {names!r}

_SPECS = {{
{specs}
}}
'''


def render(spec: Path, package: str, out: Path) -> str | None:
    """The source of ``<package>/resources.py``, or None when the spec declares none."""
    doc = yaml.safe_load(spec.read_text())
    declared = doc.get("x-aiplane-resources")
    if not declared:
        return None
    reader = _Reader(doc, package, out)
    resources = [_resource(reader, name, dict(decl)) for name, decl in sorted(declared.items())]
    reader.imports.names.pop("Unset", None)
    reader.imports.names.pop("UNSET", None)
    reader.imports.names.pop("datetime", None)
    names = sorted(n for r in resources for n in (f"{r.name}Resource", f"Async{r.name}Resource"))
    source = HEADER.format(
        spec=spec.name,
        imports=reader.imports.block(),
        names=names,
        specs="\n".join(f"    {r.name!r}: {r.spec}," for r in resources),
    )
    for res in resources:
        source += "\n\n" + _class(res, False) + "\n\n" + _class(res, True)
    return source


def write(spec: Path, package: str, out: Path) -> None:
    """Write ``<package>/resources.py`` into the generated package at ``out`` (if declared)."""
    source = render(spec, package, out)
    if source is not None:
        (out / "resources.py").write_text(source)
