"""A download object for any operation whose success response is binary.

:func:`operation_plan` turns a generated operation and its arguments into a download
:class:`~aiplane._download.Plan` (the operation's own ``_get_kwargs``; the resume headers
mapped onto the header parameters it declares, others sent as extra headers).
:class:`Download` / :class:`AsyncDownload` are what the generated plane methods of such an
operation return: nothing is sent until they are iterated or saved; both are thin drivers
of the one download flow (:mod:`aiplane._resume`), resumed with ``Range`` after a drop.
:func:`resume_to` goes on with a download to a file from its resume token in another process
(:mod:`aiplane._download_tokens`): the same operation, arguments, ``.part`` file and deadline.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx

from ._download import Downloaded, Plan, adownload_to, aiter_chunks, download_to, iter_chunks
from ._download_tokens import Resumed, reopen
from ._options import OnRetry
from ._transfer import OnProgress, ProgressArg, progress_callback
from .descriptors import describe
from .retry import RetryPolicy

__all__ = ["AsyncDownload", "Download", "aresume_to", "operation_plan", "resume_to"]


def operation_plan(
    client: Any,
    op: Any,
    args: tuple[Any, ...],
    params: dict[str, Any],
    *,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryPolicy | None = None,
    on_retry: OnRetry | None = None,
) -> Plan:
    """The download plan of ``op(*args, **params)``."""
    descriptor, table = describe(op)
    declared = {p.name.lower(): p.python_name for p in descriptor.params if p.location == "header"}

    def build(headers: dict[str, str]) -> dict[str, Any]:
        given = {declared[k.lower()]: v for k, v in headers.items() if k.lower() in declared}
        extra = {k: v for k, v in headers.items() if k.lower() not in declared}
        kwargs: dict[str, Any] = op._get_kwargs(*args, **{**params, **given})
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra}
        return kwargs

    checksum = "x-content-sha256" if "x-content-sha256" in descriptor.response_headers else None
    sleeps = {  # an aiplane client's injected sleeps (tests), else the real ones
        k: v for k, v in getattr(client, "_runtime_options", {}).items() if "sleep" in k
    }
    given = {k: v for k, v in params.items() if not table.is_unset(v)}
    scalars = all(isinstance(v, str | int | float | bool) for v in [*args, *given.values()])
    source = {"op": descriptor.module, "args": list(args), "params": given} if scalars else None
    return Plan(
        client,
        descriptor.plane,
        descriptor.name,
        build,
        checksum,
        timeout,
        retry,
        on_retry,
        source=source,
        **sleeps,
    )


class Download:
    """A binary response, not yet requested: iterate it for its bytes (chunks of at most
    64 KiB) or :meth:`save` it to a file."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def __iter__(self) -> Iterator[bytes]:
        return iter_chunks(self.plan, None)

    def save(
        self,
        dest: str | os.PathLike[str],
        *,
        progress: ProgressArg = None,
        time_limit: float | None = None,
    ) -> Downloaded:
        """Write the body to ``dest`` (beside it first, renamed once complete and checked),
        within ``time_limit`` seconds if given; each progress report carries a resume token
        (:func:`aiplane.files.resume_download`)."""
        with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
            return download_to(self.plan, dest, on_progress, time_limit)


class AsyncDownload:
    """The async twin of :class:`Download`: ``async for chunk in ...``, ``await .save()``."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter_chunks(self.plan, None)

    async def save(
        self,
        dest: str | os.PathLike[str],
        *,
        progress: ProgressArg = None,
        time_limit: float | None = None,
    ) -> Downloaded:
        """The async twin of :meth:`Download.save`."""
        with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
            return await adownload_to(self.plan, dest, on_progress, time_limit)


def _resumed_plan(client: Any, resumed: Resumed, options: dict[str, Any]) -> Plan:
    return operation_plan(client, resumed.op, resumed.args, resumed.params, **options)


def resume_to(
    client: Any, token: str, on_progress: OnProgress | None, **options: Any
) -> Downloaded:
    """Go on with a download from its resume token (checked before anything is sent)."""
    resumed = reopen(token)
    plan = _resumed_plan(client, resumed, options)
    return download_to(plan, resumed.dest, on_progress, resumed=resumed)


async def aresume_to(
    client: Any, token: str, on_progress: OnProgress | None, **options: Any
) -> Downloaded:
    """The async twin of :func:`resume_to` (the ``.part`` file is checked in a thread)."""
    resumed = await anyio.to_thread.run_sync(reopen, token)
    plan = _resumed_plan(client, resumed, options)
    return await adownload_to(plan, resumed.dest, on_progress, resumed=resumed)
