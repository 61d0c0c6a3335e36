"""The runtime of the generated plane methods (``<package>/_methods.py``).

``make generate`` writes, per package, a sync and an async class with one typed method per
operation (``tools/methods.py``); each method only names its operation module and forwards
its arguments to one of the runners here, chosen by the operation's kind. What to do with
the arguments is decided once, in :func:`invocation` and its helpers (I/O-free): per-call
options and method extras are split off, a body given as its model's fields is built into
the model, a list's ``limit``/``page`` become the paginator's. :class:`SyncMethods` and
:class:`AsyncMethods` then only call the sync or async entry point (``aiplane.call``,
``paginate``, ``stream``, ``call_and_wait``, ``submit``...). The planes of
``aiplane.Client`` / ``aiplane.AsyncClient`` are the generated clients with one of these
classes mixed in, so ``self`` is the generated client.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
import httpx

from ._call import acall, call
from ._op_download import AsyncDownload, Download, operation_plan
from ._options import call_options
from ._transport import RuntimeTransport
from .descriptors import DescriptorTable, OperationDescriptor, describe

if TYPE_CHECKING:
    from .pagination import AsyncPaginator, Paginator
    from .runs import AsyncRunFuture, RunFuture
    from .streams import AsyncEventStream, EventStream

__all__ = [
    "AsyncDownload",
    "AsyncMethods",
    "Download",
    "SyncMethods",
    "Timeout",
    "invocation",
    "paginator_params",
]

Timeout: TypeAlias = float | httpx.Timeout | None
_OPTIONS = ("timeout", "retry", "on_retry")
_EXTRAS = ("max_items", "resume", "idle_timeout", "keep_events", "progress", "schedule")


@dataclass
class Invocation:
    """One method call, taken apart: the operation and what goes where."""

    op: Any
    descriptor: OperationDescriptor
    table: DescriptorTable
    args: tuple[Any, ...]
    params: dict[str, Any]
    options: dict[str, Any]
    extras: dict[str, Any]


def _body(descriptor: OperationDescriptor, params: dict[str, Any], body_models: str) -> None:
    """Replace the body model's fields given as keywords by the model built from them; for a
    body that is a choice of models, the one model those keywords fit."""
    declared = {p.python_name for p in descriptor.params} | {"body"}
    fields = {k: params.pop(k) for k in list(params) if k not in declared}
    if not fields:
        return
    if "body" in params:
        raise TypeError(f"{descriptor.name}() takes body= or the body's fields, not both")
    models = [_model(ref) for ref in body_models.split(",")]
    if len(models) > 1:
        fitting = [m for m in models if _fits(m, set(fields))]
        if len(fitting) != 1:
            how = "none" if not fitting else "more than one"
            names = ", ".join(m.__name__ for m in models)
            raise TypeError(
                f"{descriptor.name}(): keywords {sorted(fields)} fit {how} of {names}; "
                "give body= instead"
            )
        models = fitting
    try:
        params["body"] = models[0](**fields)
    except TypeError as exc:
        raise TypeError(f"{descriptor.name}(): {exc}") from None


def _model(ref: str) -> Any:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def _fits(model: Any, given: set[str]) -> bool:
    """Whether keywords ``given`` build ``model``: all known, every required one there."""
    known = {a.name for a in attrs.fields(model) if a.init}
    required = {a.name for a in attrs.fields(model) if a.init and a.default is attrs.NOTHING}
    return given <= known and required <= given


def invocation(
    module: str, args: tuple[Any, ...], kwargs: dict[str, Any], body_model: str | None = None
) -> Invocation:
    """Take a method call apart (nothing is sent)."""
    op = importlib.import_module(module)
    descriptor, table = describe(op)
    params = dict(kwargs)
    options = {k: params.pop(k) for k in _OPTIONS if k in params}
    extras = {k: params.pop(k) for k in _EXTRAS if k in params and params[k] is not None}
    if body_model is not None:
        _body(descriptor, params, body_model)
    return Invocation(op, descriptor, table, args, params, options, extras)


def submission(
    plane: Any, module: str, args: tuple[Any, ...], kwargs: dict[str, Any], body: str | None
) -> Invocation:
    """A run submission taken apart, its body checked as ``aiplane.submit_run`` checks it."""
    from ._run_input import check_run_body
    from .runs import data_url

    c = invocation(module, args, kwargs, body)
    check_run_body(c.params.get("body"), data_url(plane))
    return c


def paginator_params(op: Any, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` of a list operation with its own page-size and token keywords renamed to
    the paginator's ``limit`` and ``page`` (unset values dropped)."""
    descriptor, table = describe(op)
    out = dict(params)
    pagination = descriptor.pagination
    if pagination is not None:
        for option, name in (("limit", pagination.limit_param), ("page", pagination.token_param)):
            if name is not None and name in out:
                value = out.pop(name)
                if not table.is_unset(value):
                    out[option] = value
    return out


def timing(plane: Any, asynchronous: bool) -> dict[str, Any]:
    """The sleep and clock of the runtime transport serving ``plane`` (injected in tests)."""
    http = plane.get_async_httpx_client() if asynchronous else plane.get_httpx_client()
    runtime = getattr(http, "_transport", None)
    if not isinstance(runtime, RuntimeTransport):
        return {}
    return {"sleep": runtime.async_sleep if asynchronous else runtime.sleep, "clock": runtime.clock}


class SyncMethods:
    """The runners of the sync plane methods."""

    def _call(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> Any:
        c = invocation(module, args, kwargs, body)
        return call(c.op, self, *c.args, **c.options, **c.params)

    def _paginate(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> Paginator[Any]:
        from .pagination import paginate

        c = invocation(module, args, kwargs, body)
        params = paginator_params(c.op, c.params)
        return paginate(c.op, self, *c.args, **c.extras, **c.options, **params)

    def _stream(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> EventStream[Any]:
        from .streams import stream

        c = invocation(module, args, kwargs, body)
        return stream(c.op, self, *c.args, **c.extras, **c.options, **c.params)

    def _download(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> Download:
        c = invocation(module, args, kwargs, body)
        return Download(operation_plan(self, c.op, c.args, c.params, **c.options))

    def _submit(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> RunFuture:
        from .runs import RunFuture

        c = submission(self, module, args, kwargs, body)
        created = call(c.op, self, *c.args, **c.options, **c.params)
        return RunFuture(self, created.id, run=created, **timing(self, False))

    def _and_wait(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> Any:
        from .waiters import call_and_wait

        c = invocation(module, args, kwargs, body)
        waits = {**timing(self, False), **c.extras}
        with call_options(**c.options):  # the call's options hold for every poll too
            return call_and_wait(c.op, self, *c.args, **waits, **c.params)


class AsyncMethods:
    """The runners of the async plane methods (the twins of :class:`SyncMethods`)."""

    async def _call(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> Any:
        c = invocation(module, args, kwargs, body)
        return await acall(c.op, self, *c.args, **c.options, **c.params)

    def _paginate(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> AsyncPaginator[Any]:
        from .pagination import apaginate

        c = invocation(module, args, kwargs, body)
        params = paginator_params(c.op, c.params)
        return apaginate(c.op, self, *c.args, **c.extras, **c.options, **params)

    def _stream(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> AsyncEventStream[Any]:
        from .streams import astream

        c = invocation(module, args, kwargs, body)
        return astream(c.op, self, *c.args, **c.extras, **c.options, **c.params)

    def _download(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> AsyncDownload:
        c = invocation(module, args, kwargs, body)
        return AsyncDownload(operation_plan(self, c.op, c.args, c.params, **c.options))

    async def _submit(
        self, module: str, args: Any, kwargs: Any, body: str | None = None
    ) -> AsyncRunFuture:
        from .runs import AsyncRunFuture

        c = submission(self, module, args, kwargs, body)
        created = await acall(c.op, self, *c.args, **c.options, **c.params)
        return AsyncRunFuture(self, created.id, run=created, **timing(self, True))

    async def _and_wait(self, module: str, args: Any, kwargs: Any, body: str | None = None) -> Any:
        from .waiters import acall_and_wait

        c = invocation(module, args, kwargs, body)
        waits = {**timing(self, True), **c.extras}
        with call_options(**c.options):
            return await acall_and_wait(c.op, self, *c.args, **waits, **c.params)
