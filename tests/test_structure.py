"""The runtime and the mock keep the shape the design asks for: no import cycle (type-only
and function-level imports included), modules of at most 350 lines, functions of at most 50."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CUSTOM = Path(__file__).resolve().parent.parent / "custom"
PACKAGES = sorted(p for p in CUSTOM.iterdir() if (p / "__init__.py").exists())
MODULES = sorted(m for p in PACKAGES for m in p.rglob("*.py"))
MAX_MODULE_LINES = 350
MAX_FUNCTION_LINES = 50


def _name(module: Path) -> str:
    parts = module.relative_to(CUSTOM).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(module: Path) -> set[str]:
    """Modules of the same package that ``module`` imports, anywhere in its body."""
    name = _name(module)
    package = name if module.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    names = {_name(m) for m in MODULES}
    graph = {_name(m): _imports(m) & names for m in MODULES}
    # a package's __init__ re-exports; importing a submodule does not import it back
    return {k: {v for v in vs if v != k} for k, vs in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1 and not _is_package_of(nxt, node):
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _is_package_of(package: str, module: str) -> bool:
    """A submodule importing its own package's __init__ (``from . import errors``) names a
    sibling, not the package: ast cannot tell, so edges into a parent package are skipped."""
    return module.startswith(package + ".")


def test_no_import_cycle() -> None:
    """No cycle among the modules of custom/, counting TYPE_CHECKING and local imports."""
    assert _cycle(_graph()) is None


@pytest.mark.parametrize("module", MODULES, ids=lambda m: str(m.relative_to(CUSTOM)))
def test_module_is_at_most_350_lines(module: Path) -> None:
    """A module holds one concept: at most 350 lines."""
    lines = len(module.read_text().splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: str(m.relative_to(CUSTOM)))
def test_functions_are_at_most_50_lines(module: Path) -> None:
    """No function of the module is longer than 50 lines."""
    long = [
        f"{node.name}:{node.lineno} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(module.read_text()))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long


def test_the_cycle_check_finds_a_cycle() -> None:
    """The checker itself reports a planted two-module cycle."""
    assert _cycle({"p.a": {"p.b"}, "p.b": {"p.a"}}) == ["p.a", "p.b", "p.a"]
