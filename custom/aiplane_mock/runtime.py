"""The state of one mock app: :class:`MockConfig` in, :class:`Runtime` (store, keys, faults,
files, runs, request log) out; :func:`runtime_of` finds the runtime behind an app."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import secrets
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from .auth import KeyRing, Trusted
from .faults import FaultSet
from .filestore import FileStore
from .ratelimits import RateBudget, RateLimit
from .runbook import RunBook
from .scripts import ScriptBook
from .spec_index import SpecIndex
from .state import Store
from .synthetic import SyntheticModels

__all__ = ["MockConfig", "RequestRecord", "Runtime", "runtime_of"]


@dataclass
class MockConfig:
    """How a mock server behaves. Keys are public keys (PEM, or
    :class:`~aiplane_mock.auth.TrustedKey` to bind one to its tenancy and user) and API keys;
    never logged."""

    trusted_keys: list[Trusted] = field(default_factory=list)
    api_keys: list[str] = field(default_factory=list, repr=False)
    no_auth: bool = False
    speed: float = 1.0
    seed: int = 0
    state_file: str | None = None
    files_dir: str | None = None
    validate_responses: bool = True
    deleted_retention: float = 60.0
    callback_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
    callback_ca: str | None = None  # CA bundle (PEM file) trusted for https callbacks
    clock: Callable[[], float] = time.time
    rate_limit: RateLimit | None = None  # a budget with x-ratelimit-* headers (ratelimits.py)
    request_log: int = 10_000  # how many request records are kept (the newest)


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (no headers, so no secrets)."""

    method: str
    path: str
    operation_id: str
    status: int
    retry_token: bool
    traceparent: str | None = None  # the W3C trace context the request carried


@functools.cache
def _index() -> SpecIndex:
    return SpecIndex()


class Runtime:
    """Everything one app instance holds: config, state, keys, faults, files, runs, scripted
    replies, and the random ``admin_token`` the admin routes require (never in a repr or a
    log)."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.index = _index()
        self.store = Store(
            seed=config.seed,
            speed=config.speed,
            wall=config.clock,
            state_file=config.state_file,
            deleted_retention=config.deleted_retention,
        )
        self.keys = KeyRing(config.trusted_keys, config.api_keys)
        self.admin_token = secrets.token_urlsafe(32)
        self.auth_enabled = not config.no_auth
        self.faults = FaultSet(config.seed)
        self._own_files_dir = config.files_dir is None and config.state_file is None
        if config.files_dir:
            directory = Path(config.files_dir)
        elif config.state_file:
            directory = Path(f"{config.state_file}.files")
        else:
            directory = Path(tempfile.mkdtemp(prefix="aiplane-mock-files-"))
        self.files = FileStore(directory, self.store)
        self.runs = RunBook(self.store)
        self.scripts = ScriptBook()
        self.requests: deque[RequestRecord] = deque(maxlen=config.request_log)
        self.tasks: set[asyncio.Task[Any]] = set()
        self.rate_budget = RateBudget(config.rate_limit) if config.rate_limit else None
        self.synthetic_models: SyntheticModels | None = None  # a benchmark's catalog
        if self.store.load():
            persisted = self.store.extra.get("persist", {})
            self.files.restore(persisted.get("files", {}))
            self.runs.restore(persisted.get("runs", {}))

    def reset(self) -> None:
        """Back to a fresh server (same config): state, faults, files, runs, request log."""
        self.faults.clear()
        self.store.reset()
        self.files.clear()
        self.runs.clear()
        self.scripts.clear()
        self.requests.clear()
        self.synthetic_models = None
        self.keys.clear()
        for trusted in self.config.trusted_keys:
            self.keys.trust(trusted)
        for key in self.config.api_keys:
            self.keys.add_api_key(key)
        self.auth_enabled = not self.config.no_auth
        self.rate_budget = RateBudget(self.config.rate_limit) if self.config.rate_limit else None
        self.persist()

    def persist(self) -> None:
        """Write the state file (if configured)."""
        if self.store.state_file is not None:
            self.store.save({"files": self.files.snapshot(), "runs": self.runs.snapshot()})

    def spawn(self, coroutine: Awaitable[Any]) -> None:
        """Run a background task (run callbacks) tied to the server's lifetime."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def close(self) -> None:
        """Cancel background tasks, save state, remove the temporary files directory."""
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(BaseException):
                await task
        self.persist()
        if self._own_files_dir:
            shutil.rmtree(self.files.directory, ignore_errors=True)


def runtime_of(app: Starlette) -> Runtime:
    """The :class:`Runtime` behind an app made by :func:`create_app`."""
    runtime: Runtime = app.state.runtime
    return runtime
