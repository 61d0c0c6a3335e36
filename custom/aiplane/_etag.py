"""``aiplane.update_with_etag``: read, change, update with ``if-match``; on 412 again.

One I/O-free flow decides (how many attempts, which header carries the etag: the update
operation's declared ``if-match``); the sync and async functions only run it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import anyio

from . import errors
from ._call import Detailed, Operation, ServiceError
from ._flow import AsyncEnv, Fetch, Flow, SyncEnv, arun, run
from .descriptors import describe

__all__ = ["aupdate_with_etag", "update_with_etag"]

T = TypeVar("T")


def _etag_flow(
    get_op: Any, update_op: Any, args: tuple[Any, ...], change: Callable[[Any], Any], attempts: int
) -> Flow[Detailed[Any]]:
    update, _ = describe(update_op)
    if_match = update.header("if-match")
    if if_match is None:
        raise errors.UnsupportedOperation(f"{update.name} declares no if-match header")
    for attempt in range(1, attempts + 1):
        current = yield Fetch(get_op, args)
        params = {"body": change(current.parsed), if_match.python_name: current.etag}
        try:
            updated: Detailed[Any] = yield Fetch(update_op, args, params)
            return updated
        except errors.PreconditionFailed:
            if attempt == attempts:
                raise
    raise ValueError("attempts must be >= 1")


def update_with_etag(
    get_op: Operation[Any],
    update_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    change: Callable[[Any], Any],
    *,
    attempts: int = 5,
) -> Detailed[T]:
    """Read a resource, build the update body with ``change(resource)``, send it with
    ``if-match`` set to the etag read; on 412 re-read and try again (``attempts`` times)."""
    flow = _etag_flow(get_op, update_op, (resource_id,), change, attempts)
    return run(flow, SyncEnv(client, time.sleep))


async def aupdate_with_etag(
    get_op: Operation[Any],
    update_op: Operation[T | ServiceError],
    client: Any,
    resource_id: str,
    change: Callable[[Any], Any],
    *,
    attempts: int = 5,
) -> Detailed[T]:
    """The async twin of :func:`update_with_etag`."""
    flow = _etag_flow(get_op, update_op, (resource_id,), change, attempts)
    return await arun(flow, AsyncEnv(client, anyio.sleep))
