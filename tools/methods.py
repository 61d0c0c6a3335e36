"""Write ``<package>/_methods.py``: one typed method per operation, for each client plane.

Two classes per package, ``<Plane>Methods`` (sync) and ``Async<Plane>Methods`` (awaitable),
mixed by ``aiplane.Client`` / ``aiplane.AsyncClient`` into the plane they serve. Each method
is named as its generated operation module and takes that operation's own arguments: the
signature is copied from the module's ``sync_detailed`` (read with :mod:`ast`, so the
generator's types are kept exactly), minus ``client``, plus the per-call ``timeout``,
``retry`` and ``on_retry``. Its result is the success model (``Error`` dropped). What a
method does is decided by the operation's kind, from the spec's aiplane extensions that the
descriptors are made of:

- ``x-aiplane-pagination``: returns the lazy paginator (``max_items``/``resume`` added);
- a ``text/event-stream`` response: returns the typed event stream, or, when a body field
  turns streaming on, a plain method plus ``<name>_stream`` returning the stream;
- a binary response: returns a download object (``aiplane.Download``);
- an ``opc-work-request-id`` response header: also ``<name>_and_wait``, returning the
  resource the operation's ``x-aiplane-get`` reads;
- ``x-aiplane-future: run``: returns the ``RunFuture`` of the created run.

A JSON body that is one model may also be given as that model's fields in keyword
arguments (an ``@overload`` per form), unless a field's name clashes with a parameter.
The methods only name the operation and forward their arguments; the runtime
(``aiplane._plane_methods``) runs them.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from descriptors import METHODS, DescriptorError, _Operation, _python
from openapi_python_client.strings import ClassName, PythonIdentifier

OPTIONS = "timeout: Timeout = None, retry: RetryPolicy | None = None"
ON_RETRY = "on_retry: OnRetry | None = None"
EXTRA_NAMES = frozenset(
    {"self", "body", "timeout", "retry", "on_retry", "max_items", "resume", "idle_timeout"}
    | {"keep_events", "progress", "schedule"}
)
# names the generated modules import that the methods do not need, or import themselves
_SKIPPED_IMPORTS = frozenset(
    {"AuthenticatedClient", "Client", "Response", "HTTPStatus", "annotations"}
    | {"TYPE_CHECKING", "Any", "overload", "UNSET"}
)


class _Imports:
    """Type-only imports gathered from the generated modules, re-rooted at the package."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> the module it is imported from

    def add(self, module: str, name: str) -> None:
        if self.names.setdefault(name, module) != module:
            raise DescriptorError(f"_methods: {name!r} is imported from two places")

    def read(self, file: Path, parts: list[str]) -> ast.Module:
        """Record the imports of ``file`` (at ``parts`` in the package); return its tree."""
        tree = ast.parse(file.read_text())
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = parts[: len(parts) - node.level]
                target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
                module = f".{target}" if target else "."
            else:
                module = node.module or ""
            for alias in node.names:
                if alias.name not in _SKIPPED_IMPORTS and alias.asname is None:
                    self.add(module, alias.name)
        return tree

    def block(self) -> str:
        lines = sorted(f"    from {m} import {n}" for n, m in self.names.items())
        return "\n".join(lines)

    def model(self, out: Path, name: str) -> ast.Module:
        """The tree of the generated module that defines model ``name`` (imports recorded)."""
        module = self.names.get(name, "")
        if not module.startswith(".models."):
            raise DescriptorError(f"_methods: {name!r} is not a generated model")
        parts = module[1:].split(".")
        return self.read(out.joinpath(*parts).with_suffix(".py"), parts)


@dataclass
class _Signature:
    positional: list[str]
    keyword: list[str]
    names: list[str]  # Python names of the keyword parameters, body excluded
    body: str | None
    result: str
    fields: list[list[str]] = field(default_factory=list)  # each body model's fields, if offered


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise DescriptorError(f"_methods: no function {name}")


def _annotation(arg: ast.arg) -> str:
    return ast.unparse(arg.annotation) if arg.annotation is not None else "Any"


def _success(returns: ast.expr | None, bodiless: bool) -> str:
    """``Response[A | Error]`` -> ``A`` (``None`` for an operation without a body)."""
    assert isinstance(returns, ast.Subscript)
    parts: list[ast.expr] = []
    stack = [returns.slice]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            stack += [node.right, node.left]
        elif not (isinstance(node, ast.Name) and node.id == "Error"):
            parts.append(node)
    result = " | ".join(ast.unparse(p) for p in parts)
    return "None" if bodiless and result == "Any" else result


def _signature(tree: ast.Module, bodiless: bool) -> _Signature:
    fn = _function(tree, "sync_detailed")
    positional = [f"{a.arg}: {_annotation(a)}" for a in fn.args.args]
    keyword, names, body = [], [], None
    for arg, default in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True):
        if arg.arg == "client":
            continue
        if arg.arg == "body":
            body = _annotation(arg)
            continue
        text = f"{arg.arg}: {_annotation(arg)}"
        keyword.append(text if default is None else f"{text} = {ast.unparse(default)}")
        names.append(arg.arg)
    clash = EXTRA_NAMES & {*names, *(a.arg for a in fn.args.args)}
    if clash:
        raise DescriptorError(f"_methods: parameter {min(clash)!r} clashes with a method option")
    return _Signature(positional, keyword, names, body, _success(fn.returns, bodiless))


def _class_fields(tree: ast.Module, name: str) -> list[tuple[str, str, bool]]:
    """(name, annotation, required) of the attrs fields of class ``name`` that init takes."""
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    out = []
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Call) and any(
            k.arg == "init" and isinstance(k.value, ast.Constant) and not k.value.value
            for k in value.keywords
        ):
            continue
        out.append((node.target.id, ast.unparse(node.annotation), value is None))
    return out


def _item_type(tree: ast.Module, cls: str, attribute: str) -> str:
    """``X`` of a collection model's ``attribute: list[X] | Unset``."""
    for name, annotation, _ in _class_fields(tree, cls):
        if name == attribute:
            for node in ast.walk(ast.parse(annotation, mode="eval")):
                if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "list":
                    return ast.unparse(node.slice)
    raise DescriptorError(f"_methods: {cls}.{attribute} is not a list")


@dataclass
class _Method:
    """One method to write: its name, signature, runner and result (sync, async)."""

    name: str
    module: str
    summary: str
    sig: _Signature
    runner: str  # _call, _paginate, _stream, _download, _submit, _and_wait
    results: tuple[str, str]
    body_model: str | None = None  # "package.models.x:X[,...]" when fields forms are offered
    extras: str = ""


_FUTURE = ("RunFuture", "AsyncRunFuture")
_DOWNLOAD = ("Download", "AsyncDownload")
_AWAITED = frozenset({"_call", "_submit", "_and_wait"})


def _head(m: _Method, asyncio: bool, keyword: list[str], result: str) -> str:
    options = [OPTIONS, ON_RETRY]
    params = ["self", *m.sig.positional, "*", *keyword]
    params += [m.extras] if m.extras else []
    params += options
    prefix = "async def" if asyncio and m.runner in _AWAITED else "def"
    return f"    {prefix} {m.name}({', '.join(params)}) -> {result}:"


def _render(m: _Method, asyncio: bool) -> str:
    result = m.results[1] if asyncio else m.results[0]
    call = f"self.{m.runner}"
    call = f"await {call}" if asyncio and m.runner in _AWAITED else call
    doc = f'        """{m.summary} (:mod:`{m.module}`)."""'
    if m.body_model is None:
        body = [f"body: {m.sig.body}"] if m.sig.body else []
        names = [*(["body"] if m.sig.body else []), *m.sig.names, "timeout", "retry", "on_retry"]
        names += [e.split(":")[0] for e in m.extras.split(", ") if e]
        kwargs = ", ".join(f"{n!r}: {n}" for n in names)
        args = "".join(f"{p.split(':')[0]}, " for p in m.sig.positional)
        head = _head(m, asyncio, [*body, *m.sig.keyword], result)
        run = f"        result: {result} = {call}({m.module!r}, ({args}), {{{kwargs}}})"
        return f"{head}\n{doc}\n{run}\n        return result\n"
    stubs = []
    for form in ([f"body: {m.sig.body}"], *m.sig.fields):
        head = _head(m, asyncio, [*form, *m.sig.keyword], result)
        stubs.append(f"    @overload\n{head} ...")
    prefix = "async def" if asyncio and m.runner in _AWAITED else "def"
    impl = f"    {prefix} {m.name}(self, *args: Any, **kwargs: Any) -> Any:"
    run = f"        return {call}({m.module!r}, args, kwargs, {m.body_model!r})"
    return "\n".join([*stubs, impl, doc, run]) + "\n"


def _fields_form(out: Path, package: str, imports: _Imports, sig: _Signature) -> str | None:
    """Offer the body model's fields as keywords (one form per model of a body that is a
    choice of models); return ``module:Class[,module:Class...]``, or None."""
    members = [m.strip() for m in (sig.body or "").split("|")]
    if sig.body is None or not all(m.isidentifier() for m in members):
        return None
    taken = EXTRA_NAMES | set(sig.names) | {p.split(":")[0] for p in sig.positional}
    forms, refs = [], []
    for name in members:
        fields = _class_fields(imports.model(out, name), name)
        if not fields or taken & {field for field, _, _ in fields}:
            return None
        forms.append([f"{n}: {a}" if req else f"{n}: {a} = ..." for n, a, req in fields])
        refs.append(f"{package}{imports.names[name]}:{name}")
    sig.fields = forms
    return ",".join(refs)


def _event_model(op: _Operation, imports: _Imports) -> tuple[str, str | None]:
    media = next(
        m
        for r in op.successes.values()
        for t, m in r.get("content", {}).items()
        if t == "text/event-stream"
    )
    name = media["x-aiplane-event-data-schema"]["$ref"].rpartition("/")[2]
    cls = str(ClassName(name, prefix=""))
    imports.add(f".models.{PythonIdentifier(name, prefix='field_')}", cls)
    return cls, media.get("x-aiplane-stream-field")


def _methods(op: _Operation, package: str, out: Path, imports: _Imports) -> list[_Method]:
    parts = op.module(package).split(".")[1:]
    tree = imports.read(out.joinpath(*parts).with_suffix(".py"), parts)
    kinds = {k for each in op.response_kinds().values() for k in each}
    sig = _signature(tree, kinds == {"none"})
    common: dict[str, Any] = {
        "module": op.module(package),
        "summary": str(op.raw.get("summary", op.operation_id)).rstrip("."),
        "body_model": _fields_form(out, package, imports, sig) if op.body_kind() else None,
    }
    name = _python(op.operation_id)
    ext = op.raw.get("x-aiplane-pagination")
    if ext is not None:
        item = _item_type(imports.model(out, sig.result), sig.result, _python(ext["items"]))
        results = (f"Paginator[{item}]", f"AsyncPaginator[{item}]")
        extras = "max_items: int | None = None, resume: str | None = None"
        return [
            _Method(name, sig=sig, runner="_paginate", results=results, extras=extras, **common)
        ]
    if op.raw.get("x-aiplane-future") == "run":
        return [
            _Method(
                name, sig=sig, runner="_submit", results=("RunFuture", "AsyncRunFuture"), **common
            )
        ]
    if "binary" in kinds:
        return [
            _Method(
                name, sig=sig, runner="_download", results=("Download", "AsyncDownload"), **common
            )
        ]
    plain = _Method(name, sig=sig, runner="_call", results=(sig.result, sig.result), **common)
    if "event-stream" in kinds:
        model, flag = _event_model(op, imports)
        streamed = _Method(
            f"{name}_stream" if flag else name, sig=sig, runner="_stream",
            results=(f"EventStream[{model}]", f"AsyncEventStream[{model}]"),
            extras="idle_timeout: float | None = None, keep_events: bool = False", **common,
        )  # fmt: skip
        return [plain, streamed] if flag else [streamed]
    return [plain]


def _and_wait(op: _Operation, methods: dict[str, list[_Method]]) -> _Method | None:
    """``<name>_and_wait`` for an operation that starts a work request."""
    if "opc-work-request-id" not in op.response_headers():
        return None
    plain = methods[op.operation_id][0]
    read = op.raw.get("x-aiplane-get", {}).get("operationId")
    result = "None" if op.method == "DELETE" else plain.results[0]
    if read is not None and op.method != "DELETE":
        result = methods[read][0].results[0]
    return _Method(
        f"{plain.name}_and_wait", plain.module, f"{plain.summary}, then wait until it is done",
        plain.sig, "_and_wait", (result, result), plain.body_model,
        "progress: bool = False, schedule: PollSchedule | None = None",
    )  # fmt: skip


HEADER = '''"""Typed methods for every operation of this package, by `make generate` from {spec}.

Do not edit: regenerate instead. aiplane.Client mixes {sync} into the plane that serves
these operations, aiplane.AsyncClient {asyncio} (see aiplane._plane_methods).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from aiplane._plane_methods import AsyncMethods, SyncMethods

from .types import UNSET

if TYPE_CHECKING:
    from aiplane._options import OnRetry
    from aiplane._plane_methods import AsyncDownload, Download, Timeout
    from aiplane.pagination import AsyncPaginator, Paginator
    from aiplane.retry import RetryPolicy
    from aiplane.runs import AsyncRunFuture, RunFuture
    from aiplane.streams import AsyncEventStream, EventStream
    from aiplane.waiters import PollSchedule
{imports}

__all__ = [{sync!r}, {asyncio!r}]
'''


def render(spec: Path, package: str, out: Path) -> str:
    """The source of ``<package>/_methods.py`` for ``spec``, generated into ``out``."""
    doc = yaml.safe_load(spec.read_text())
    plane = str(doc.get("info", {}).get("x-aiplane-plane", ""))
    ops = [
        _Operation(doc, path, method, item)
        for path, item in doc.get("paths", {}).items()
        for method in METHODS
        if method in item
    ]
    ops.sort(key=lambda o: o.module(package))
    imports = _Imports()
    methods = {op.operation_id: _methods(op, package, out, imports) for op in ops}
    for op in ops:
        waiting = _and_wait(op, methods)
        methods[op.operation_id] += [waiting] if waiting else []
    sync, asyncio = f"{plane.title()}Methods", f"Async{plane.title()}Methods"
    imports.names.pop("UNSET", None)
    source = HEADER.format(spec=spec.name, sync=sync, asyncio=asyncio, imports=imports.block())
    every = [m for each in methods.values() for m in each]
    for cls, base, flag in ((sync, "SyncMethods", False), (asyncio, "AsyncMethods", True)):
        source += f"\n\nclass {cls}({base}):\n"
        source += f'    """The {plane} plane\'s operations as methods."""\n\n'
        source += "\n".join(_render(m, flag) for m in every)
    return source


def write(spec: Path, package: str, out: Path) -> None:
    """Write ``<package>/_methods.py`` into the generated package at ``out``."""
    (out / "_methods.py").write_text(render(spec, package, out))
