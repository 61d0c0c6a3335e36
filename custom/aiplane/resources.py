"""Resource objects: a cluster, an endpoint or a model as an object you edit and save.

The resources are declared in the spec (``x-aiplane-resources``: which operations get,
list, create, update and delete each one, and which action changes a field of its own,
such as ``compartmentId``); ``make generate`` writes one typed class per resource into
``<package>/resources.py`` (``aiplane_management.resources.ClusterResource`` and its
awaitable twin ``AsyncClusterResource``). Nothing here knows a resource by name::

    cluster = ClusterResource.get(client, cluster_id)
    cluster.display_name = "renamed"          # tracked: cluster.is_modified
    cluster.save()                            # update with if-match, waited through
    copy = cluster.clone(display_name="copy") # a new, unsaved object (no id)
    copy.save()                               # create, waited through
    copy.delete()                             # copy.is_deleted

Hooks run before and after each operation (``ClusterResource.hooks.before("save", f)``):
see :class:`~aiplane._resource_core.Hooks`. All decisions are in the I/O-free flows of
:mod:`aiplane._resource_core`; the classes here only run them, sync or async.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import anyio

from . import _resource_core as core
from ._flow import AsyncEnv, Flow, SyncEnv, arun, run
from ._plane_methods import paginator_params, timing
from ._progress import Bar
from ._resource_core import HookCall, Hooks, Outcome, ResourceSpec, State
from ._work_requests import Wait
from .descriptors import describe
from .pagination import AsyncPaginator, Page, Paginator, apaginate, paginate

if TYPE_CHECKING:
    from typing import Self

    from ._client import AsyncClient, Client
    from ._polling import PollSchedule

__all__ = [
    "AsyncResource",
    "AsyncResourcePager",
    "HookCall",
    "Hooks",
    "Outcome",
    "Resource",
    "ResourcePager",
    "ResourceSpec",
]

R = TypeVar("R", bound="_ResourceBase")


class _ResourceBase:
    """State, attribute access and the flows, shared by the sync and async classes."""

    SPEC: ClassVar[ResourceSpec]
    hooks: ClassVar[Hooks] = Hooks()
    _state: State
    _client: Any

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.hooks = cls.hooks.copy()

    def __init__(self, client: Any, **fields: Any) -> None:
        """A new resource, not saved yet: ``fields`` are its create fields."""
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_state", State(self.SPEC))
        for name, value in fields.items():
            if name not in self.SPEC.creatable:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword {name!r}")
            self._state.write(name, value)

    @classmethod
    def _loaded(cls, client: Any, model: Any, etag: str | None, partial: bool = False) -> Self:
        self = cls.__new__(cls)
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_state", State(cls.SPEC))
        self._state.load(model, etag, partial=partial)
        return self

    if not TYPE_CHECKING:  # hidden from type checkers: each field is declared per class

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._state.read(name)

        def __setattr__(self, name: str, value: Any) -> None:
            self._state.write(name, value)

    def __repr__(self) -> str:
        state = self._state
        if not state.saved:
            return f"<{type(self).__name__} (new) fields={sorted(state.changes())}>"
        flags = ", deleted" if state.deleted else ""
        changed = f" changes={sorted(state.changes())}" if state.changes() else ""
        return f"<{type(self).__name__} {state.model!r}{flags}{changed}>"

    @property
    def is_modified(self) -> bool:
        """Whether :meth:`save` has something to send (always, for an unsaved object)."""
        return not self._state.saved or bool(self._state.changes())

    @property
    def is_deleted(self) -> bool:
        """Whether :meth:`delete` removed it."""
        return self._state.deleted

    @property
    def is_saved(self) -> bool:
        """Whether it exists on the server (it was read, listed or saved)."""
        return self._state.saved

    @property
    def etag(self) -> str | None:
        """The etag of the last read (None for list pages, which carry none)."""
        return self._state.etag

    @property
    def changes(self) -> dict[str, Any]:
        """The edited fields and their new values."""
        return self._state.changes()

    @property
    def model(self) -> Any:
        """The server's last answer (the read model, or a list summary), edits not applied."""
        return self._state.model

    def clone(self, **changes: Any) -> Self:
        """A new, unsaved object with this one's create fields (no id), ``changes`` applied."""
        call = HookCall("clone", self, dict(changes))
        clone: Self = run(core.hooked(self.hooks, call, self._clone_flow(changes)), _NO_IO)
        return clone

    def _clone_flow(self, changes: dict[str, Any]) -> Flow[Self]:
        fields = {**self._state.creation(), **changes}
        yield from ()
        return type(self)(self._client, **fields)

    @classmethod
    def _timing(cls, client: Any, asynchronous: bool) -> dict[str, Any]:
        """The sleep and clock of the runtime transport serving this resource's plane."""
        plane = client.plane_for(describe(cls.SPEC.op("get"))[0].plane)
        return {
            "sleep": anyio.sleep if asynchronous else time.sleep,
            "clock": time.monotonic,
            **timing(plane, asynchronous),
        }

    def _wait(self, schedule: PollSchedule | None, bar: Bar, asynchronous: bool) -> Wait:
        return Wait(schedule, self._timing(self._client, asynchronous)["clock"], None, bar)

    def _sleep(self, asynchronous: bool) -> Any:
        return self._timing(self._client, asynchronous)["sleep"]

    def _call(self, operation: str, body: Flow[Any], **arguments: Any) -> Flow[Any]:
        return core.hooked(self.hooks, HookCall(operation, self, arguments), body)

    def _finish(self, flow: Flow[Any]) -> Flow[Self]:
        yield from flow
        return self

    def _saving(self, bar: Bar, schedule: PollSchedule | None, asynchronous: bool) -> Flow[Any]:
        flow = core.save_flow(self._state, self._wait(schedule, bar, asynchronous))
        return self._call("save", self._finish(flow), changes=self._state.changes())

    def _deleting(self, bar: Bar, schedule: PollSchedule | None, asynchronous: bool) -> Flow[Any]:
        flow = core.delete_flow(self._state, self._wait(schedule, bar, asynchronous))
        return self._call("delete", flow)

    @classmethod
    def _getting(cls, client: Any, resource_id: str) -> Flow[Any]:
        def body() -> Flow[Any]:
            detailed = yield from core.get_flow(cls.SPEC, resource_id)
            return cls._loaded(client, detailed.parsed, detailed.etag)

        return core.hooked(cls.hooks, HookCall("get", cls, {"id": resource_id}), body())

    @classmethod
    def _listing(cls, client: Any, pager: Any, params: dict[str, Any]) -> Flow[Any]:
        def body() -> Flow[Any]:
            yield from ()
            return pager(cls, client, params)

        return core.hooked(cls.hooks, HookCall("list", cls, params), body())


class _NoIO:
    """The env of flows that perform no step (clone, list): any step is a bug."""


_NO_IO: Any = _NoIO()


class Resource(_ResourceBase):
    """A resource object over :class:`aiplane.Client` (the sync API)."""

    @classmethod
    def get(cls, client: Client, resource_id: str) -> Self:
        """Read the resource ``resource_id``."""
        flow = cls._getting(client, resource_id)
        resource: Self = run(flow, SyncEnv(client, cls._timing(client, False)["sleep"]))
        return resource

    @classmethod
    def _list(cls, client: Client, params: dict[str, Any]) -> ResourcePager[Self]:
        return run(cls._listing(client, ResourcePager, params), _NO_IO)

    if not TYPE_CHECKING:  # typed per resource, with the list operation's own keywords

        @classmethod
        def list(cls, client: Any, **params: Any) -> Any:
            """Every resource the list operation finds (``params`` are its own), lazily:
            iterate objects, or ``.pages()``; ``resume_token`` as a paginator's."""
            return cls._list(client, params)

    def save(self, *, progress: bool = False, schedule: PollSchedule | None = None) -> Self:
        """Create (a new object) or send the edits (a saved one), waited through."""
        with Bar(progress, f"save {self.SPEC.name}") as bar:
            flow = self._saving(bar, schedule, False)
            saved: Self = run(flow, SyncEnv(self._client, self._sleep(False)))
            return saved

    def refresh(self) -> Self:
        """Read it again; unsaved edits are dropped."""
        flow = self._call("refresh", self._finish(core.refresh_flow(self._state)))
        fresh: Self = run(flow, SyncEnv(self._client, self._sleep(False)))
        return fresh

    def delete(self, *, progress: bool = False, schedule: PollSchedule | None = None) -> None:
        """Delete it (``if-match`` its etag) and wait until it is gone."""
        with Bar(progress, f"delete {self.SPEC.name}") as bar:
            flow = self._deleting(bar, schedule, False)
            run(flow, SyncEnv(self._client, self._sleep(False)))


class AsyncResource(_ResourceBase):
    """A resource object over :class:`aiplane.AsyncClient`: the awaitable twin of
    :class:`Resource`."""

    @classmethod
    async def get(cls, client: AsyncClient, resource_id: str) -> Self:
        """Read the resource ``resource_id``."""
        flow = cls._getting(client, resource_id)
        sleep = cls._timing(client, True)["sleep"]
        return await arun(flow, AsyncEnv(client, sleep))

    @classmethod
    def _list(cls, client: AsyncClient, params: dict[str, Any]) -> AsyncResourcePager[Self]:
        return run(cls._listing(client, AsyncResourcePager, params), _NO_IO)

    if not TYPE_CHECKING:

        @classmethod
        def list(cls, client: Any, **params: Any) -> Any:
            """The async twin of :meth:`Resource.list` (``async for``)."""
            return cls._list(client, params)

    async def save(self, *, progress: bool = False, schedule: PollSchedule | None = None) -> Self:
        """Create (a new object) or send the edits (a saved one), waited through."""
        with Bar(progress, f"save {self.SPEC.name}") as bar:
            flow = self._saving(bar, schedule, True)
            return await arun(flow, AsyncEnv(self._client, self._sleep(True)))

    async def refresh(self) -> Self:
        """Read it again; unsaved edits are dropped."""
        flow = self._call("refresh", self._finish(core.refresh_flow(self._state)))
        return await arun(flow, AsyncEnv(self._client, self._sleep(True)))

    async def delete(self, *, progress: bool = False, schedule: PollSchedule | None = None) -> None:
        """Delete it (``if-match`` its etag) and wait until it is gone."""
        with Bar(progress, f"delete {self.SPEC.name}") as bar:
            flow = self._deleting(bar, schedule, True)
            await arun(flow, AsyncEnv(self._client, self._sleep(True)))


class _PagerBase(Generic[R]):
    def __init__(self, cls: type[R], client: Any, paginator: Any) -> None:
        self._cls, self._client, self._paginator = cls, client, paginator

    def _object(self, item: Any) -> R:
        return self._cls._loaded(self._client, item, None, partial=True)

    def _page(self, page: Page[Any]) -> Page[R]:
        return Page([self._object(i) for i in page.items], page.headers, page.next_page)

    @property
    def resume_token(self) -> str | None:
        """Where iteration stands, exactly; pass it back as ``resume=`` to continue."""
        token: str | None = self._paginator.resume_token
        return token

    @property
    def next_page(self) -> str | None:
        """The service's next-page token after the last fetched page."""
        page: str | None = self._paginator.next_page
        return page


class ResourcePager(_PagerBase[R]):
    """Resource objects from a list operation, lazily (each from a list summary: fields
    the summary lacks need ``refresh()``)."""

    def __init__(self, cls: type[R], client: Any, params: dict[str, Any]) -> None:
        op = cls.SPEC.op("list")
        paginator: Paginator[Any] = paginate(op, client, **paginator_params(op, params))
        super().__init__(cls, client, paginator)

    def __iter__(self) -> Iterator[R]:
        return map(self._object, self._paginator)

    def pages(self) -> Iterator[Page[R]]:
        """Whole pages of resource objects, with their headers."""
        return map(self._page, self._paginator.pages())


class AsyncResourcePager(_PagerBase[R]):
    """The async twin of :class:`ResourcePager` (``async for``)."""

    def __init__(self, cls: type[R], client: Any, params: dict[str, Any]) -> None:
        op = cls.SPEC.op("list")
        paginator: AsyncPaginator[Any] = apaginate(op, client, **paginator_params(op, params))
        super().__init__(cls, client, paginator)

    async def __aiter__(self) -> AsyncIterator[R]:
        async for item in self._paginator:
            yield self._object(item)

    async def pages(self) -> AsyncIterator[Page[R]]:
        """Whole pages of resource objects, with their headers."""
        async for page in self._paginator.pages():
            yield self._page(page)
