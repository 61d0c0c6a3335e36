"""Mutants run inside one collected pytest session: fork, patch code objects, run items.

Starting pytest for every mutant costs more than most mutants' tests. So one forked child
collects the module's tests once (importing the real module), and for each mutant forks a
grandchild that swaps the ``__code__`` of the functions the mutant changed (every function
object defined in the module: module functions, methods, static and class methods,
properties; other modules hold the same objects, so they see the change too) and runs
only the tests that execute the mutated lines. A mutant the swap cannot express (code run
at import: a constant, a default value, a class attribute; or a changed closure) is handed
back as "needs import" and run by the slow path, which imports the mutated module afresh.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mutate_run

__all__ = ["NEEDS_IMPORT", "SessionPlugin", "changed_code"]

NEEDS_IMPORT = 77  # a grandchild's exit code: this mutant must be imported afresh


def _codes(code: types.CodeType) -> Iterator[types.CodeType]:
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield const
            yield from _codes(const)


def _own(code: types.CodeType) -> tuple[Any, ...]:
    """What a code object does itself, leaving out the code objects nested in it."""
    consts = tuple(c for c in code.co_consts if not isinstance(c, types.CodeType))
    return code.co_code, consts, code.co_names


def changed_code(original: ast.Module, mutated: ast.Module, path: str) -> dict[str, Any]:
    """Code objects the mutant changed, by qualname: ``(new code, whether its own
    instructions or constants changed)``; ``<module>`` stands for the module's code."""
    old_module, new_module = compile(original, path, "exec"), compile(mutated, path, "exec")
    before = {c.co_qualname: c for c in _codes(old_module)}
    before["<module>"] = old_module
    after = {c.co_qualname: c for c in _codes(new_module)}
    after["<module>"] = new_module
    return {
        q: (c, _own(c) != _own(before[q]))
        for q, c in after.items()
        if before.get(q) != c and "<locals>" not in q  # nested code comes with its outer
    }


def _functions(namespace: dict[str, Any], module: str) -> Iterator[types.FunctionType]:
    """Every function object defined in ``module``, found through its namespace."""
    seen: set[int] = set()
    stack = [v for v in namespace.values() if getattr(v, "__module__", None) == module]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, types.FunctionType):
            yield obj
        elif isinstance(obj, staticmethod | classmethod):
            stack.append(obj.__func__)
        elif isinstance(obj, property):
            stack += [f for f in (obj.fget, obj.fset, obj.fdel) if f is not None]
        elif isinstance(obj, type) and obj.__module__ == module:
            stack += list(vars(obj).values())


def _patch(module: str, changed: dict[str, Any]) -> bool:
    """Swap in the changed functions' code; False if the mutant changed code that runs at
    import (a constant, a default value, a class attribute) or a closure's variables."""
    functions = {
        fn.__code__.co_qualname: fn
        for fn in _functions(vars(sys.modules[module]), module)
        if fn.__code__.co_qualname in changed
    }
    if any(own for q, (_, own) in changed.items() if q not in functions):
        return False  # a module or class body: a method inside it is swapped on its own
    try:
        for name, fn in functions.items():
            fn.__code__ = changed[name][0]
    except ValueError:  # a closure with other free variables
        return False
    return True


def _run_items(items: list[Any]) -> int:
    """Run ``items`` (pytest -x style): 1 at the first failure, else 0."""
    from _pytest.runner import runtestprotocol

    for i, item in enumerate(items):
        nextitem = items[i + 1] if i + 1 < len(items) else None
        if any(r.failed for r in runtestprotocol(item, nextitem=nextitem, log=False)):
            return 1
    return 0


class SessionPlugin:
    """Replaces the test loop: trace once, then one forked grandchild per mutant."""

    def __init__(self, plan: dict[str, Any]) -> None:
        self.plan = plan  # module, path, source, jobs, timeout, mutants: [{key, index, tests}]
        self.out = Path()

    def pytest_runtestloop(self, session: Any) -> bool:
        by_id = {item.nodeid: item for item in session.items}
        original = ast.parse(self.plan["source"])
        control = mutate_run.wait(mutate_run.fork(lambda: _run_items(session.items)), 3600)
        if control != 0:  # the unmutated tests must pass in a grandchild too
            self.out.write_text(json.dumps({"control failed": control}))
            return True
        results: dict[str, int] = {}
        running: list[tuple[str, mutate_run.Child]] = []
        queue = list(self.plan["mutants"])
        while queue or running:
            while queue and len(running) < self.plan["jobs"]:
                m = queue.pop(0)
                items = [by_id[n] for n in m["tests"] if n in by_id]
                running.append((m["key"], self._fork(original, m["index"], items)))
            for key, child in list(running):
                code = mutate_run.reap(child, self.plan["timeout"])
                if code is not None:
                    running.remove((key, child))
                    results[key] = code
            time.sleep(0.005)
        self.out.write_text(json.dumps(results))
        return True

    def _fork(self, original: ast.Module, index: int, items: list[Any]) -> mutate_run.Child:
        from mutation import mutant_tree

        plan = self.plan

        def run() -> int:
            tree = mutant_tree(plan["source"], index)
            if not _patch(plan["module"], changed_code(original, tree, plan["path"])):
                return NEEDS_IMPORT
            return _run_items(items)

        return mutate_run.fork(run)


class TracePlugin:
    """Replaces the test loop: run every test once under a line tracer of one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.out = Path()

    def pytest_runtestloop(self, session: Any) -> bool:
        from _pytest.runner import runtestprotocol

        tracer = mutate_run.Tracer(self.path)
        sys.settrace(tracer.trace)
        threading.settrace(tracer.trace)
        items = session.items
        for i, item in enumerate(items):
            tracer.current = item.nodeid
            nextitem = items[i + 1] if i + 1 < len(items) else None
            if any(r.failed for r in runtestprotocol(item, nextitem=nextitem, log=False)):
                self.out.write_text(json.dumps({"failed": item.nodeid}))
                os._exit(1)
        sys.settrace(None)
        lines = {str(k): sorted(v) for k, v in tracer.lines.items()}
        self.out.write_text(json.dumps({"lines": lines}))
        return True
