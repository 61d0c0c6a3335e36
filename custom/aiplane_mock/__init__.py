"""aiplane_mock: a stateful mock of the aiplane platform, served from the OpenAPI specs.

* :func:`running` starts a real HTTP server on a free loopback port (a context manager);
* :func:`create_app` is the ASGI app itself (for ``httpx.ASGITransport``);
* ``mock.control.script_chat`` / ``script_run`` script what a deployment answers next
  (:mod:`aiplane_mock.scripts`);
* ``aiplane-mock serve`` is the command line; the pytest plugin offers an ``aiplane_mock``
  fixture.

Names are imported lazily so that the pytest plugin costs nothing when unused.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin import Control
    from .app import create_app
    from .auth import TrustedKey
    from .faults import Fault
    from .ratelimits import RateLimit
    from .runtime import MockConfig, runtime_of
    from .scripts import ChatError, ChatScript, RunFailure, RunScript, ScriptedEvent, ToolCall
    from .server import MockServer, running

__all__ = [
    "ChatError",
    "ChatScript",
    "Control",
    "Fault",
    "MockConfig",
    "MockServer",
    "RateLimit",
    "RunFailure",
    "RunScript",
    "ScriptedEvent",
    "ToolCall",
    "TrustedKey",
    "create_app",
    "running",
    "runtime_of",
]

_WHERE = {
    "Control": "admin",
    "Fault": "faults",
    "MockConfig": "runtime",
    "RateLimit": "ratelimits",
    "create_app": "app",
    "runtime_of": "runtime",
    "MockServer": "server",
    "running": "server",
    "TrustedKey": "auth",
    **dict.fromkeys(
        ("ChatError", "ChatScript", "RunFailure", "RunScript", "ScriptedEvent", "ToolCall"),
        "scripts",
    ),
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
