"""Operation descriptors: the facts about each operation that the runtime decides from.

``make generate`` writes, from the specs themselves, a ``_descriptors`` module beside each
generated package (``aiplane_management._descriptors``, ``aiplane_data._descriptors``)
holding one :class:`OperationDescriptor` per operation, keyed by the full name of the
generated operation module. The runtime looks an operation up with :func:`describe` and
never parses operation names or inspects signatures, so an operation added to a spec works
after ``make generate`` with no hand edit.

Where a descriptor points at a value (the id of the resource an operation created, the next
page's token), it uses an OpenAPI runtime expression, parsed into a :class:`Source`:
``$response.body#/id``, ``$response.header.opc-next-page``, ``$request.path.modelId``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal, Protocol

from . import errors

__all__ = [
    "BatchRead",
    "BodyKind",
    "DescriptorTable",
    "EventStream",
    "GenAI",
    "Lifecycle",
    "OperationDescriptor",
    "Pagination",
    "Param",
    "Reads",
    "ResponseKind",
    "Source",
    "describe",
    "table_of",
]

BodyKind = Literal["json", "multipart", "binary"]
ResponseKind = Literal["json", "binary", "event-stream", "none"]
Location = Literal["path", "query", "header"]


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: its wire name, where it goes, and its Python keyword."""

    name: str
    location: Location
    python_name: str
    required: bool
    segments: bool = False  # a path value that is a `/`-separated path (x-aiplane-path-segments)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a value is read from: a response body field (``attribute`` is the model's
    Python attribute), a response header, or a path parameter of the request."""

    kind: Literal["body", "header", "path"]
    name: str
    attribute: str

    def read(
        self, args: Sequence[Any], path_params: Sequence[str], parsed: Any, headers: Any
    ) -> Any:
        """The value for a call made with positional ``args`` that returned ``parsed``."""
        if self.kind == "path":
            index = path_params.index(self.name)
            return args[index] if index < len(args) else None
        if self.kind == "header":
            return headers.get(self.name)
        return getattr(parsed, self.attribute, None)


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list operation pages: the keyword that takes the token, the keyword for the
    page size, where the next token comes from, and the attribute holding the items."""

    token_param: str
    limit_param: str | None
    next: Source
    items: str


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """The states of what a read operation returns: the attribute that holds the state,
    the states that mean done, failed, and gone, and the final ones (never left)."""

    attribute: str
    ready: frozenset[str]
    failed: frozenset[str]
    gone: frozenset[str] = frozenset()
    final: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Reads:
    """The operation that reads the resource an operation creates or changes, with where
    each of its positional (path) arguments comes from."""

    module: str
    arguments: tuple[Source, ...]

    def operation(self) -> ModuleType:
        """The generated operation module of the read operation."""
        return importlib.import_module(self.module)


@dataclass(frozen=True, slots=True)
class BatchRead:
    """How to read many of what a read operation returns in one request (the spec's
    ``x-aiplane-batch``): the list operation, its keyword taking the ids, the attribute of
    each listed item holding its id, and the most ids one request takes."""

    module: str
    param: str
    id_attribute: str
    max_ids: int

    def operation(self) -> ModuleType:
        """The generated operation module of the list operation."""
        return importlib.import_module(self.module)


@dataclass(frozen=True, slots=True)
class EventStream:
    """A ``text/event-stream`` success response: the generated model of each event's
    ``data:`` (module and class), and the boolean body field that turns streaming on
    (its Python attribute; None when the operation always streams)."""

    module: str
    model: str
    stream_field: str | None = None

    def model_class(self) -> Any:
        """The generated model class of an event's data."""
        return getattr(importlib.import_module(self.module), self.model)


@dataclass(frozen=True, slots=True)
class GenAI:
    """A GenAI operation for OpenTelemetry (the spec's ``x-aiplane-genai``): its
    ``gen_ai.operation.name``, the request body attributes reported as ``gen_ai.request.*``
    attributes, the body attribute holding the input messages, and where the answer's facts
    are (``id``, ``model``, ``finish_reasons``, ``input_tokens``, ``output_tokens``,
    ``output_messages``: attribute paths; a list on the way gives each item's value)."""

    operation: str
    request: Mapping[str, str]
    input_messages: str | None = None
    response: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OperationDescriptor:
    """Everything the runtime needs to know about one operation, taken from its spec."""

    operation_id: str
    name: str  # the generated module's own name, e.g. ``get_model``
    module: str
    plane: str
    method: str
    path: str
    params: tuple[Param, ...]
    body: BodyKind | None
    responses: Mapping[int, tuple[ResponseKind, ...]]
    response_headers: frozenset[str]
    fields: frozenset[str] = frozenset()  # Python attributes of the success body's model
    pagination: Pagination | None = None
    reads: Reads | None = None
    lifecycle: Lifecycle | None = None
    batch: BatchRead | None = None  # reads many at once (set on a read operation)
    events: EventStream | None = None  # set when a success response is an event stream
    genai: GenAI | None = None  # set for a GenAI operation (OpenTelemetry conventions)

    @property
    def path_params(self) -> tuple[str, ...]:
        """Wire names of the path parameters, in the order the operation takes them."""
        return tuple(p.name for p in self.params if p.location == "path")

    def header(self, name: str) -> Param | None:
        """The declared header parameter called ``name`` (case-insensitive), if any."""
        lowered = name.lower()
        return next(
            (p for p in self.params if p.location == "header" and p.name.lower() == lowered),
            None,
        )

    @property
    def streams(self) -> bool:
        """Whether a success response is a stream (server-sent events or a download)."""
        kinds = {kind for each in self.responses.values() for kind in each}
        return bool(kinds & {"event-stream", "binary"})


@dataclass(frozen=True, slots=True)
class DescriptorTable:
    """The descriptors of one generated package and that package's ``UNSET`` sentinel."""

    operations: Mapping[str, OperationDescriptor]
    unset: object

    def is_unset(self, value: object) -> bool:
        """Whether ``value`` means "not given" to the generated code."""
        return value is None or value is self.unset


class _OperationModule(Protocol):
    __name__: str


def table_of(module: str) -> DescriptorTable:
    """The descriptor table of the generated package that holds operation ``module``
    (its top-level package's ``_descriptors`` module)."""
    package = importlib.import_module(module.partition(".")[0] + "._descriptors")
    table: DescriptorTable = package.TABLE
    return table


def describe(op: _OperationModule) -> tuple[OperationDescriptor, DescriptorTable]:
    """The descriptor of a generated operation module, and its package's table.

    The table is the ``_descriptors`` module that ``make generate`` wrote into the
    operation's top-level package; the key is the operation module's full name.
    """
    try:
        table = table_of(op.__name__)
    except (ImportError, AttributeError) as exc:
        raise errors.UnsupportedOperation(
            f"{getattr(op, '__name__', op)!r} is not a generated operation module with "
            "descriptors (run `make generate`)"
        ) from exc
    descriptor = table.operations.get(op.__name__)
    if descriptor is None:
        raise errors.UnsupportedOperation(
            f"no descriptor for {op.__name__!r}: regenerate with `make generate`"
        )
    return descriptor, table
