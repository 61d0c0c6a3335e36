"""Running tests against mutants: forked pytest children, an import hook, a line tracer.

The parent imports pytest and the heavy third-party modules once (never aiplane) and forks
one child per run. A child serves the mutated module through :class:`MutantFinder`, runs
``pytest -x`` quietly in its own process group and exits with pytest's code; a child past
its timeout is killed with its group. :func:`session` forks one pytest session whose test
loop a plugin replaces (:mod:`mutate_session`: the traced run, the fast path).
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMPORT = "<import>"  # lines run outside any test: at import, collection or session teardown
_PRELOAD = ("pytest", "httpx", "httpcore", "attrs", "cryptography", "yaml", "jsonschema")

__all__ = [
    "IMPORT",
    "Child",
    "MutantFinder",
    "Tracer",
    "fork",
    "preload",
    "reap",
    "session",
    "start",
]


class MutantFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves one module from a mutated AST; every other import is left to the others."""

    def __init__(self, name: str, path: Path, tree: ast.Module) -> None:
        self.name, self.path, self.tree = name, path, tree

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=str(self.path))

    def exec_module(self, module: ModuleType) -> None:
        module.__file__ = str(self.path)
        exec(compile(self.tree, str(self.path), "exec"), module.__dict__)  # noqa: S102


def preload() -> None:
    """Import the heavy third-party modules once, in the parent (never aiplane itself)."""
    # pytest plugins among them are not assert-rewritten then: harmless, the warning is off
    for name in (*_PRELOAD, "hypothesis", "schemathesis", "anyio"):
        try:
            __import__(name)
        except ImportError:
            continue
    assert not any(m == "aiplane" or m.startswith("aiplane.") for m in sys.modules)


def _pytest_args(tests: Sequence[str], deselect: Sequence[str]) -> list[str]:
    args = ["-x", "-q", "--no-header", "-p", "no:cacheprovider", "--rootdir", str(ROOT)]
    args += ["-W", "ignore::pytest.PytestAssertRewriteWarning", *tests]
    for node in deselect:
        args += ["--deselect", node]
    return args


class Tracer:
    """Records which test (``current``) runs which line of one file."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.current = IMPORT
        self.lines: dict[int, set[str]] = {}

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.lines.setdefault(frame.f_lineno, set()).add(self.current)
        return self._local

    def trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != self.filename:
            return None
        self.lines.setdefault(frame.f_lineno, set()).add(self.current)
        return self._local


def _child(run: Any) -> None:
    """In the forked child: ``run()`` gives pytest's exit code; never returns."""
    code = 3
    try:
        os.setpgid(0, 0)
        os.chdir(ROOT)
        # this tree's code first (also when it is a copy, as for a measurement of an old
        # commit), and the root as ``python -m pytest`` puts it: ``tests`` importable
        sys.path[:0] = [str(ROOT), str(ROOT / "custom"), str(ROOT / "generated")]
        if not os.environ.get("MUTATE_VERBOSE"):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
        code = int(run())
    finally:
        os._exit(code)


@dataclass
class Child:
    """A forked run: its pid and when it started."""

    pid: int
    started: float


def fork(run: Any) -> Child:
    """Fork a child that runs ``run()`` (quietly, in its own process group) and exits with
    what it returns."""
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        _child(run)
    return Child(pid, time.monotonic())


def start(
    module: str, path: Path, tree: ast.Module | None, tests: Sequence[str], deselect: Sequence[str]
) -> Child:
    """Fork a child running ``tests`` with ``module`` served from ``tree`` (None: as is)."""

    def run() -> int:
        if tree is not None:
            sys.meta_path.insert(0, MutantFinder(module, path, tree))
        import pytest

        return int(pytest.main(_pytest_args(tests, deselect)))

    return fork(run)


def reap(child: Child, timeout: float) -> int | None:
    """The exit code of a finished child, -9 for one killed at its timeout, None if running."""
    pid, status = os.waitpid(child.pid, os.WNOHANG)
    if pid:
        return os.waitstatus_to_exitcode(status)
    if time.monotonic() - child.started > timeout:
        os.killpg(child.pid, signal.SIGKILL)
        os.waitpid(child.pid, 0)
        return -9
    return None


def wait(child: Child, timeout: float) -> int:
    """Block until ``child`` ends (or is killed at ``timeout``); its exit code."""
    while (code := reap(child, timeout)) is None:
        time.sleep(0.05)
    return code


def session(tests: Sequence[str], deselect: Sequence[str], plugin: Any) -> tuple[Any, float]:
    """Fork a pytest session over ``tests`` whose test loop is ``plugin``'s; what the plugin
    wrote to its ``out`` file (JSON), and how long it took."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    plugin.out = out

    def run() -> int:
        import pytest

        return int(pytest.main(_pytest_args(tests, deselect), [plugin]))

    started = time.monotonic()
    code = wait(fork(run), 3600)
    try:
        text = out.read_text()
    finally:
        out.unlink()
    if code != 0 or not text:
        raise SystemExit(f"the pytest session over {list(tests)} failed (exit {code}): {text}")
    return json.loads(text), time.monotonic() - started
