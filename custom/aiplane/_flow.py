"""The flow core: every wait and every pager is an I/O-free generator of steps.

A *flow* yields steps (:class:`Fetch` an operation, :class:`FetchAll` several at once,
:class:`Sleep`, :class:`Notify` a callback, :class:`Emit` a value to the consumer) and
receives each step's result back, in the manner of httpx's ``auth_flow``. Errors of a step
are thrown into the flow, so a flow decides what a 404 or a 412 means. All decisions live
in flows; the drivers below (one sync, one async, for flows that return a value and for
flows that emit values) only perform steps.
"""

from __future__ import annotations

import inspect
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypeVar

import anyio

from . import errors
from ._call import Detailed, acall_detailed, call_detailed
from ._options import call_options

__all__ = [
    "AsyncEnv",
    "Emit",
    "Feed",
    "Fetch",
    "FetchAll",
    "Flow",
    "Notify",
    "Sleep",
    "SyncEnv",
    "adrive",
    "aiterate",
    "collect",
    "drive",
    "arun",
    "iterate",
    "run",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncEnv:
    """What the sync driver performs steps with."""

    client: Any
    sleep: Callable[[float], None]


@dataclass(frozen=True, slots=True)
class AsyncEnv:
    """What the async driver performs steps with."""

    client: Any
    sleep: Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Fetch:
    """Call an operation; the flow receives its :class:`~aiplane.Detailed` result."""

    op: Any
    args: tuple[Any, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    time_left: float | None = None  # seconds the call may take, retries included

    def do(self, env: SyncEnv) -> Detailed[Any]:
        with call_options(time_left=self.time_left):
            return call_detailed(self.op, env.client, *self.args, **self.params)

    async def ado(self, env: AsyncEnv) -> Detailed[Any]:
        with call_options(time_left=self.time_left):
            return await acall_detailed(self.op, env.client, *self.args, **self.params)


@dataclass(frozen=True, slots=True)
class FetchAll:
    """Call several operations; the flow receives their :class:`~aiplane.Detailed` results,
    in order. The async driver sends them at once (the connection pool bounds how many are
    on the wire), the sync one in turn; the first error is thrown into the flow (the async
    driver then cancels the rest)."""

    fetches: tuple[Fetch, ...]

    def do(self, env: SyncEnv) -> list[Detailed[Any]]:
        return [fetch.do(env) for fetch in self.fetches]

    async def ado(self, env: AsyncEnv) -> list[Detailed[Any]]:
        results: list[Any] = [None] * len(self.fetches)

        async def one(index: int, fetch: Fetch) -> None:
            results[index] = await fetch.ado(env)

        try:
            async with anyio.create_task_group() as group:
                for index, fetch in enumerate(self.fetches):
                    group.start_soon(one, index, fetch)
        except BaseExceptionGroup as failed:
            first = _first_error(failed)
            if first is None:
                raise
            raise first from None
        return results


def _first_error(group: BaseExceptionGroup[Any]) -> errors.AiplaneError | None:
    """The first aiplane error in a task group's exceptions (nested groups included)."""
    for exc in group.exceptions:
        if isinstance(exc, errors.AiplaneError):
            return exc
        if isinstance(exc, BaseExceptionGroup) and (found := _first_error(exc)) is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait ``seconds`` (with the injected sleep)."""

    seconds: float

    def do(self, env: SyncEnv) -> None:
        env.sleep(self.seconds)

    async def ado(self, env: AsyncEnv) -> None:
        await env.sleep(self.seconds)


@dataclass(frozen=True, slots=True)
class Notify:
    """Call ``callback(value)``; in async code an awaitable result is awaited."""

    callback: Callable[[Any], Any]
    value: Any

    def do(self, env: SyncEnv) -> None:
        result = self.callback(self.value)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()  # never run: no "was never awaited" warning later
            raise TypeError("an async callback needs the async API (aiplane.AsyncClient)")

    async def ado(self, env: AsyncEnv) -> None:
        result = self.callback(self.value)
        if inspect.isawaitable(result):
            await result


@dataclass(frozen=True, slots=True)
class Emit:
    """Hand ``value`` to the consumer of an emitting flow (a pager)."""

    value: Any


Step: TypeAlias = Fetch | FetchAll | Sleep | Notify
Flow: TypeAlias = Generator[Step, Any, T]
EmittingFlow: TypeAlias = Generator[Step | Emit, Any, None]


class Feed:
    """Feeds a flow: iterating yields its steps; a step's result is sent back (``ok``) or
    its error thrown in (``fail``); ``value`` is what the flow returned. Every driver
    (``run``, ``drive`` and their async twins, the stream drivers) advances flows with it."""

    def __init__(self, flow: Generator[Any, Any, Any]) -> None:
        self.flow = flow
        self.reply: Any = None
        self.failed = False
        self.value: Any = None

    def __iter__(self) -> Iterator[Any]:
        flow = self.flow
        while True:
            try:
                step = flow.throw(self.reply) if self.failed else flow.send(self.reply)
            except StopIteration as stop:
                self.value = stop.value
                return
            yield step

    def ok(self, result: Any) -> None:
        self.reply, self.failed = result, False

    def fail(self, exc: errors.AiplaneError) -> None:
        self.reply, self.failed = exc, True


def run(flow: Flow[T], env: SyncEnv) -> T:
    """Perform each step of ``flow``, send back its result or throw in its error."""
    feed = Feed(flow)
    for step in feed:
        try:
            feed.ok(step.do(env))
        except errors.AiplaneError as exc:
            feed.fail(exc)
    return feed.value  # type: ignore[no-any-return]


async def arun(flow: Flow[T], env: AsyncEnv) -> T:
    """The async twin of :func:`run`."""
    feed = Feed(flow)
    for step in feed:
        try:
            feed.ok(await step.ado(env))
        except errors.AiplaneError as exc:
            feed.fail(exc)
    return feed.value  # type: ignore[no-any-return]


def drive(flow: EmittingFlow, perform: Callable[[Any], Any]) -> Generator[Any, None, None]:
    """Yield what an emitting flow emits; ``perform(step)`` does every other step (its
    errors are thrown into the flow). :func:`iterate` uses it (the stream drivers, which hand
    over many events per step, use :class:`Feed` directly)."""
    feed = Feed(flow)
    for step in feed:
        if isinstance(step, Emit):
            feed.ok(None)
            yield step.value
            continue
        try:
            feed.ok(perform(step))
        except errors.AiplaneError as exc:
            feed.fail(exc)


async def adrive(
    flow: EmittingFlow, perform: Callable[[Any], Awaitable[Any]]
) -> AsyncGenerator[Any, None]:
    """The async twin of :func:`drive`."""
    feed = Feed(flow)
    for step in feed:
        if isinstance(step, Emit):
            feed.ok(None)
            yield step.value
            continue
        try:
            feed.ok(await perform(step))
        except errors.AiplaneError as exc:
            feed.fail(exc)


def iterate(flow: EmittingFlow, env: SyncEnv) -> Generator[Any, None, None]:
    """Perform the steps of an emitting flow (errors thrown in) and yield what it emits."""
    return drive(flow, lambda step: step.do(env))


def aiterate(flow: EmittingFlow, env: AsyncEnv) -> AsyncGenerator[Any, None]:
    """The async twin of :func:`iterate`."""
    return adrive(flow, lambda step: step.ado(env))


def collect(flow: EmittingFlow) -> Flow[list[Any]]:
    """A flow returning everything ``flow`` emits, as one list."""
    out: list[Any] = []
    reply: Any = None
    while True:
        try:
            step = flow.send(reply)
        except StopIteration:
            return out
        if isinstance(step, Emit):
            out.append(step.value)
            reply = None
        else:
            reply = yield step
