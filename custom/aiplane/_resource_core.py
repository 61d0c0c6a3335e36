"""Resource objects, the I/O-free part: what a resource is (:class:`ResourceSpec`, written
by ``make generate`` from the spec's ``x-aiplane-resources``), what one object knows
(:class:`State`: the server's last answer, its etag, the user's edits), and one flow per
operation (get, save, refresh, delete) wrapped by the hooks. The sync and async resource
classes in :mod:`aiplane.resources` only run these flows.
"""

from __future__ import annotations

import copy
import importlib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

from . import errors
from ._call import Detailed, new_retry_token
from ._flow import Fetch, Flow
from ._work_requests import Wait
from .descriptors import describe, table_of
from .waiters import settle_flow

__all__ = ["HookCall", "Hooks", "OPERATIONS", "Outcome", "ResourceSpec", "State", "hooked"]

Kind = Literal["get", "list", "create", "update", "delete"]
ResourceOperation = Literal["get", "list", "save", "delete", "refresh", "clone"]
OPERATIONS: tuple[ResourceOperation, ...] = ("get", "list", "save", "delete", "refresh", "clone")


@dataclass(frozen=True)
class ResourceSpec:
    """One declared resource: its operations (module names), the field that holds its id,
    the body models of create and update (``module:Class``), the fields each takes, the
    fields of the read model (and which of them are required), and the actions that change
    one field each (``compartment_id`` -> ``(operation, body model)``)."""

    name: str
    operations: Mapping[str, str]
    id_field: str
    bodies: Mapping[str, str]
    creatable: frozenset[str]
    create_required: frozenset[str]
    updatable: frozenset[str]
    fields: frozenset[str]
    required: frozenset[str]
    actions: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def op(self, kind: Kind) -> ModuleType:
        """The generated operation module for ``kind``; a typed error if none is declared."""
        module = self.operations.get(kind)
        if module is None:
            raise errors.ResourceStateError(f"{self.name} declares no {kind} operation")
        return importlib.import_module(module)

    @property
    def unset(self) -> object:
        """The generated package's UNSET sentinel."""
        return table_of(self.operations["get"]).unset

    def body(self, model: str, values: Mapping[str, Any]) -> Any:
        """Build the body model ``model`` (``module:Class``) from ``values``."""
        module, _, name = model.partition(":")
        return getattr(importlib.import_module(module), name)(**values)

    @property
    def editable(self) -> frozenset[str]:
        """The fields a saved resource may change (by update or by an action)."""
        return self.updatable | frozenset(self.actions)


@dataclass
class HookCall:
    """What a hook is told: the operation (``save``, ``get``...), the resource object (or
    the class, for ``get`` and ``list``) and the operation's arguments."""

    operation: str
    target: Any
    arguments: dict[str, Any]


@dataclass
class Outcome:
    """What an operation ended with; an after hook may replace either."""

    result: Any = None
    error: errors.AiplaneError | None = None


BeforeHook = Callable[[HookCall], Any]
AfterHook = Callable[[HookCall, Outcome], None]


@dataclass
class Hooks:
    """Before and after hooks per operation of one resource class.

    A before hook that returns something other than None short-circuits: nothing is sent
    and that is the result. After hooks see the :class:`Outcome` (result or error) and may
    change it; an error left in it is raised."""

    before_hooks: dict[str, list[BeforeHook]] = field(default_factory=dict)
    after_hooks: dict[str, list[AfterHook]] = field(default_factory=dict)

    def copy(self) -> Hooks:
        """A copy for a subclass: it inherits these hooks; its own do not reach the parent."""
        return Hooks(
            {k: list(v) for k, v in self.before_hooks.items()},
            {k: list(v) for k, v in self.after_hooks.items()},
        )

    def before(self, operation: ResourceOperation, hook: BeforeHook) -> BeforeHook:
        """Run ``hook`` before ``operation``; returns the hook (usable as a decorator body)."""
        self.before_hooks.setdefault(_known(operation, hook), []).append(hook)
        return hook

    def after(self, operation: ResourceOperation, hook: AfterHook) -> AfterHook:
        """Run ``hook`` after ``operation``, with its outcome."""
        self.after_hooks.setdefault(_known(operation, hook), []).append(hook)
        return hook


def _known(operation: str, hook: Callable[..., Any]) -> str:
    if operation not in OPERATIONS:
        raise ValueError(f"no resource operation {operation!r}; hooks take one of {OPERATIONS}")
    if inspect.iscoroutinefunction(hook):
        raise TypeError(_PLAIN)
    return operation


_PLAIN = "a resource hook must be a plain function (it runs inside the call, sync or async)"


def _plain(result: Any) -> Any:
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if close is not None:
            close()  # never awaited: close it so Python does not warn
        raise TypeError(_PLAIN)
    return result


def hooked(hooks: Hooks, call: HookCall, body: Flow[Any]) -> Flow[Any]:
    """Run ``body`` between the before and after hooks of ``call.operation``."""
    for before in hooks.before_hooks.get(call.operation, ()):
        early = _plain(before(call))
        if early is not None:
            body.close()
            return early
    outcome = Outcome()
    try:
        outcome.result = yield from body
    except errors.AiplaneError as exc:
        outcome.error = exc
    for after in hooks.after_hooks.get(call.operation, ()):
        _plain(after(call, outcome))
    if outcome.error is not None:
        raise outcome.error
    return outcome.result


class State:
    """What one resource object knows: the server's last answer (``model``: the read model,
    or a list summary when ``partial``), its etag, and the working values of the fields the
    user may edit. Edits are what differs from the server's answer, so changing a nested
    value in place counts too."""

    def __init__(self, spec: ResourceSpec) -> None:
        self.spec = spec
        self.unset = spec.unset
        self.model: Any = None
        self.etag: str | None = None
        self.values: dict[str, Any] = {}
        self.partial = False
        self.deleted = False
        self.retry_token: str | None = None  # the create's token, kept until it succeeds

    @property
    def saved(self) -> bool:
        return self.model is not None

    def load(self, model: Any, etag: str | None, *, partial: bool = False) -> None:
        """Take the server's answer; edits are dropped, the editable values copied."""
        self.model, self.etag, self.partial = model, etag, partial
        self.values = {
            name: self._copy(getattr(model, name))
            for name in self.spec.editable
            if hasattr(model, name)
        }

    def _copy(self, value: Any) -> Any:
        # the unset sentinel is compared by identity: never copy it
        return value if value is self.unset else copy.deepcopy(value)

    def read(self, name: str) -> Any:
        if name in self.values:
            return self.values[name]
        if self.saved and not _is(getattr(self.model, name, self.unset), self.unset):
            return getattr(self.model, name)
        if name not in self.spec.fields | self.spec.creatable:
            raise AttributeError(f"{self.spec.name} has no field {name!r}")
        if name in self.spec.required:
            why = "it is not saved yet" if not self.saved else "it came from a list page"
            raise errors.FieldNotLoaded(
                f"{self.spec.name}.{name} has no value: {why} (save() or refresh() first)"
            )
        return self.unset

    def write(self, name: str, value: Any) -> None:
        if self.deleted:
            raise errors.ResourceStateError(f"{self.spec.name} was deleted; it cannot change")
        allowed = self.spec.editable if self.saved else self.spec.creatable
        if name not in allowed:
            if name not in self.spec.fields | self.spec.creatable:
                raise AttributeError(f"{self.spec.name} has no field {name!r}")
            when = "after create" if self.saved and name in self.spec.creatable else "ever"
            raise errors.InvalidParameter(
                name, f"cannot be changed {when} (settable: {', '.join(sorted(allowed))})",
                operation=self.spec.name,
            )  # fmt: skip
        self.values[name] = value

    def changes(self) -> dict[str, Any]:
        """The edited fields and their new values (for a new object: every value given)."""
        if not self.saved:
            return {k: v for k, v in self.values.items() if not _is(v, self.unset)}
        return {
            name: value
            for name, value in self.values.items()
            if not _is(value, self.unset) and value != getattr(self.model, name, self.unset)
        }

    def creation(self) -> dict[str, Any]:
        """The create fields of this object, as a new object (a clone) would take them."""
        out = {}
        for name in self.spec.creatable:
            value = self.values.get(name, getattr(self.model, name, self.unset))
            if not _is(value, self.unset):
                out[name] = self._copy(value)
        return out

    @property
    def id(self) -> Any:
        if not self.saved:
            raise errors.ResourceStateError(f"this {self.spec.name} is not saved yet")
        return getattr(self.model, self.spec.id_field)


def _is(value: Any, unset: object) -> bool:
    return value is unset


# ------------------------------------------------------------------------------- flows
def get_flow(spec: ResourceSpec, resource_id: str) -> Flow[Detailed[Any]]:
    """Read one resource (a Detailed: its model and etag)."""
    detailed: Detailed[Any] = yield Fetch(spec.op("get"), (resource_id,))
    return detailed


def refresh_flow(state: State) -> Flow[None]:
    if state.deleted:
        raise errors.ResourceStateError(f"{state.spec.name} was deleted")
    detailed = yield from get_flow(state.spec, state.id)
    state.load(detailed.parsed, detailed.etag)


def _if_match(op: ModuleType, etag: str | None) -> dict[str, Any]:
    header = describe(op)[0].header("if-match")
    return {header.python_name: etag} if header is not None and etag else {}


def _create_flow(state: State, wait: Wait) -> Flow[None]:
    spec = state.spec
    values = state.changes()
    missing = sorted(spec.create_required - set(values))
    if missing:
        raise errors.InvalidParameter(
            missing[0], f"is required to create a {spec.name} (missing: {', '.join(missing)})"
        )
    op = spec.op("create")
    params: dict[str, Any] = {"body": spec.body(spec.bodies["create"], values)}
    token = describe(op)[0].header("opc-retry-token")
    if token is not None:
        # one token per object until the create succeeds: a save() repeated after an
        # ambiguous failure replays the same create instead of making a second resource
        state.retry_token = state.retry_token or new_retry_token()
        params[token.python_name] = state.retry_token
    settled = yield from settle_flow(op, (), params, wait)
    assert settled is not None
    state.load(settled.parsed, settled.etag)
    state.retry_token = None


def save_flow(state: State, wait: Wait) -> Flow[None]:
    """Create the resource if it is new, else send its edits (update, then one action per
    field that has its own), each with ``if-match`` and waited through; nothing to send
    sends nothing. An edit is kept until the call that sends it succeeds."""
    if state.deleted:
        raise errors.ResourceStateError(f"{state.spec.name} was deleted; it cannot be saved")
    if not state.saved:
        yield from _create_flow(state, wait)
        return
    spec, unsent = state.spec, state.changes()
    updates = {k: v for k, v in unsent.items() if k not in spec.actions}
    steps = [(spec.op("update"), spec.bodies["update"], updates)] if updates else []
    for name, (module, body) in spec.actions.items():
        if name in unsent:
            steps.append((importlib.import_module(module), body, {name: unsent[name]}))
    for op, body, values in steps:
        params = {"body": spec.body(body, values), **_if_match(op, state.etag)}
        settled = yield from settle_flow(op, (state.id,), params, wait)
        for name in values:
            unsent.pop(name)
        if settled is not None and settled.parsed is not None:
            state.load(settled.parsed, settled.etag)
        state.values.update(unsent)


def delete_flow(state: State, wait: Wait) -> Flow[None]:
    """Delete the resource (``if-match`` its etag) and wait until it is gone."""
    if state.deleted:
        return
    op = state.spec.op("delete")
    yield from settle_flow(op, (state.id,), _if_match(op, state.etag), wait)
    state.deleted = True
