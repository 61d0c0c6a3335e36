"""aiplane: a typed SDK for the aiplane generative-AI platform.

``aiplane.Client`` / ``aiplane.AsyncClient`` hold both planes; ``aiplane.call`` (and
``call_detailed``, ``acall``, ``acall_detailed``) run any generated operation with
signing, retries and typed errors. See the README for a tour.
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from ._call import Detailed, acall, acall_detailed, call, call_detailed, new_retry_token
from ._client import DEFAULT_TIMEOUT, AsyncClient, Client, user_agent
from ._options import CallOptions, call_options
from ._pool import ConnectionPool
from ._transport import Hooks, RuntimeTransport
from ._version import __version__
from .ratelimits import RateLimiter, RateLimits, RateLimitWait
from .retry import CircuitBreaker, RetryBudget, RetryPolicy

if TYPE_CHECKING:
    from . import chat, files
    from ._op_download import AsyncDownload, Download
    from ._raw import araw_request, araw_stream, raw_request, raw_stream
    from .auth import APIKeyAuth, BearerAuth
    from .config import Config, load_config
    from .files import araw_download, raw_download
    from .pagination import AsyncPaginator, Page, Paginator, apaginate, paginate
    from .runs import (
        AsyncRunFuture,
        RunFuture,
        aruns_as_completed,
        asubmit_run,
        await_runs,
        runs_as_completed,
        submit_run,
        wait_runs,
    )
    from .signing import OCISigner, fingerprint_of
    from .streams import AsyncEventStream, EventStream, astream, stream
    from .waiters import (
        PollSchedule,
        Progress,
        acall_and_wait,
        aupdate_with_etag,
        await_for_work_request,
        await_until,
        call_and_wait,
        update_with_etag,
        wait_for_work_request,
        wait_until,
    )

# Imported on first use: keeps `import aiplane` cheap (cryptography loads with the signer).
_LAZY = {
    **dict.fromkeys(("araw_request", "araw_stream", "raw_request", "raw_stream"), "_raw"),
    **dict.fromkeys(("araw_download", "raw_download"), "files"),
    **dict.fromkeys(("AsyncDownload", "Download"), "_op_download"),
    **dict.fromkeys(("APIKeyAuth", "BearerAuth"), "auth"),
    **dict.fromkeys(("OCISigner", "fingerprint_of"), "signing"),
    **dict.fromkeys(("Config", "load_config"), "config"),
    **dict.fromkeys(
        (
            "AsyncRunFuture",
            "RunFuture",
            "aruns_as_completed",
            "asubmit_run",
            "await_runs",
            "runs_as_completed",
            "submit_run",
            "wait_runs",
        ),
        "runs",
    ),
    **dict.fromkeys(("AsyncEventStream", "EventStream", "astream", "stream"), "streams"),
    **dict.fromkeys(("AsyncPaginator", "Page", "Paginator", "apaginate", "paginate"), "pagination"),
    **dict.fromkeys(
        (
            "PollSchedule",
            "Progress",
            "acall_and_wait",
            "aupdate_with_etag",
            "await_for_work_request",
            "await_until",
            "call_and_wait",
            "update_with_etag",
            "wait_for_work_request",
            "wait_until",
        ),
        "waiters",
    ),
}


# helper modules reached as attributes: aiplane.chat.fold, aiplane.files.upload
_SUBMODULES = frozenset({"chat", "files", "otel"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aiplane' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncDownload",
    "Download",
    "RateLimitWait",
    "RateLimiter",
    "RateLimits",
    "araw_download",
    "araw_request",
    "araw_stream",
    "files",
    "raw_download",
    "raw_request",
    "raw_stream",
    "AsyncRunFuture",
    "RunFuture",
    "aruns_as_completed",
    "asubmit_run",
    "await_runs",
    "runs_as_completed",
    "submit_run",
    "wait_runs",
    "AsyncEventStream",
    "EventStream",
    "astream",
    "chat",
    "stream",
    "AsyncPaginator",
    "Page",
    "Paginator",
    "PollSchedule",
    "Progress",
    "acall_and_wait",
    "apaginate",
    "await_for_work_request",
    "await_until",
    "aupdate_with_etag",
    "call_and_wait",
    "paginate",
    "update_with_etag",
    "wait_for_work_request",
    "wait_until",
    "DEFAULT_TIMEOUT",
    "APIKeyAuth",
    "AsyncClient",
    "BearerAuth",
    "CallOptions",
    "CircuitBreaker",
    "Client",
    "Config",
    "ConnectionPool",
    "Detailed",
    "Hooks",
    "OCISigner",
    "RetryBudget",
    "RetryPolicy",
    "RuntimeTransport",
    "__version__",
    "acall",
    "acall_detailed",
    "call",
    "call_detailed",
    "call_options",
    "errors",
    "fingerprint_of",
    "load_config",
    "new_retry_token",
    "user_agent",
]
