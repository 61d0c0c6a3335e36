"""A small AST mutator: the mutants of one module, each named so the name survives edits.

Operators: arithmetic swaps (``+ -``, ``* /``, ``//`` -> ``/``, ``%`` -> ``//``, ``**`` -> ``*``),
comparison boundary flips (``< <=``, ``> >=``) and negations (``== !=``, ``in``/``not in``,
``is``/``is not``), ``and``/``or``, dropping a ``not`` or a unary minus, constant tweaks
(an int or float ``n`` -> ``n + 1``, ``True``/``False`` swapped), condition negation (``if``,
``while``, ``x if c else y``), ``return value`` -> ``return None``, ``+=``/``-=`` swapped,
``min``/``max`` swapped, and a bare call statement (``response.close()``) removed.

Left alone, as no test could observe them: docstrings and other strings, f-strings,
annotations, decorators, ``__all__``, and the arguments of logging calls (``logger.debug(...)``).

A mutant's key is ``<function qualname>:<operator>:<source of the node>#<occurrence>``:
stable when lines move, so equivalent mutants can be listed by key.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Mutant", "mutant_tree", "mutants"]

_BINOPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
}
_CMPOPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_LOGGING = {"debug", "info", "warning", "error", "exception", "log"}


@dataclass(frozen=True)
class Mutant:
    """One mutation: where (line, function), what (operator) and its stable key."""

    index: int
    line: int
    end: int  # the last line of the mutated code (a condition's, for a negated condition)
    function: str
    operator: str
    snippet: str
    key: str


def _is_logging_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "log"
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("logger", "logging", "log")
        and func.attr in _LOGGING
    )


def _skipped_children(node: ast.AST) -> set[int]:
    """ids of child nodes whose subtree is never mutated (annotations, docstrings)."""
    skip: set[int] = set()
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        if node.returns is not None:
            skip.add(id(node.returns))
        args = node.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None and arg.annotation is not None:
                skip.add(id(arg.annotation))
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        skip.update(id(d) for d in node.decorator_list)  # @dataclass(frozen=True) and such
    if isinstance(node, ast.AnnAssign):
        skip.add(id(node.annotation))
    body = getattr(node, "body", None)
    first = body[0] if isinstance(body, list) and body else None
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    if docstring and isinstance(first.value.value, str):  # type: ignore[union-attr]
        skip.add(id(first))
    return skip


def _is_all(node: ast.AST) -> bool:
    return isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
    )


def _walk(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Every mutable node with the qualname of the function (or class) it is in."""

    def visit(node: ast.AST, scope: str) -> Iterator[tuple[ast.AST, str]]:
        if isinstance(node, ast.JoinedStr) or _is_logging_call(node) or _is_all(node):
            return
        if isinstance(node, ast.Expr) and _is_logging_call(node.value):
            return  # a log line: removing it changes no behaviour a test should pin
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope = f"{scope}.{node.name}" if scope else node.name
        yield node, scope
        skip = _skipped_children(node)
        for child in ast.iter_child_nodes(node):
            if id(child) not in skip:
                yield from visit(child, scope)

    yield from visit(tree, "")


def _name(op: object) -> str:
    return type(op).__name__


def _operators(node: ast.AST) -> list[str]:
    """The mutations that apply to ``node``, by name."""
    ops: list[str] = []
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        ops.append(f"{_name(node.op)}->{_BINOPS[type(node.op)].__name__}")
    elif isinstance(node, ast.AugAssign) and type(node.op) in (ast.Add, ast.Sub):
        ops.append(f"Aug{_name(node.op)}->{_BINOPS[type(node.op)].__name__}")
    elif isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            ops.append(f"{_name(op)}->{_CMPOPS[type(op)].__name__}@{i}")
    elif isinstance(node, ast.BoolOp):
        ops.append("And->Or" if isinstance(node.op, ast.And) else "Or->And")
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
        ops.append(f"drop-{_name(node.op)}")
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        ops.append(f"{node.value}->{not node.value}")
    elif isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        ops.append("n->n+1")
    elif isinstance(node, ast.If | ast.While | ast.IfExp):
        ops.append("negate-condition")
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            ops.append("return-None")
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name = node.func.id
        ops += {"min": ["min->max"], "max": ["max->min"]}.get(name, [])
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call | ast.Await):
        ops.append("remove-call")
    return ops


def _snippet(source: str, node: ast.AST) -> str:
    text = ast.get_source_segment(source, node) or ast.unparse(node)
    return re.sub(r"\s+", " ", text)[:70]


def mutants(source: str) -> list[Mutant]:
    """Every mutant of ``source``, in a fixed order (``index`` is the position)."""
    found: list[Mutant] = []
    seen: dict[str, int] = {}
    for node, scope in _walk(ast.parse(source)):
        for op in _operators(node):
            snippet = _snippet(source, node)
            base = f"{scope or '<module>'}:{op}:{snippet}"
            seen[base] = seen.get(base, 0) + 1
            site = node.test if isinstance(node, ast.If | ast.While | ast.IfExp) else node
            line, end = getattr(site, "lineno", 0), getattr(site, "end_lineno", None) or 0
            key = f"{base}#{seen[base]}"
            found.append(Mutant(len(found), line, end, scope or "<module>", op, snippet, key))
    return found


def _apply(node: ast.AST, op: str) -> ast.AST:
    """``node`` with mutation ``op`` applied (a replacement node, or ``node`` changed)."""
    if isinstance(node, ast.BinOp | ast.AugAssign):
        node.op = _BINOPS[type(node.op)]()
    elif isinstance(node, ast.Compare):
        i = int(op.rpartition("@")[2])
        node.ops[i] = _CMPOPS[type(node.ops[i])]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        return node.operand
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        node.value = not node.value
    elif isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        node.value = node.value + 1
    elif isinstance(node, ast.If | ast.While | ast.IfExp):
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif isinstance(node, ast.Return):
        node.value = ast.Constant(value=None)
    elif isinstance(node, ast.Call) and op.startswith(("min->", "max->")):
        assert isinstance(node.func, ast.Name)
        node.func = ast.Name(id="max" if node.func.id == "min" else "min", ctx=ast.Load())
    elif isinstance(node, ast.Expr):
        return ast.Pass()
    return node


class _Replace(ast.NodeTransformer):
    def __init__(self, target: ast.AST, op: str) -> None:
        self.target = target
        self.op = op

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return _apply(node, self.op)
        return super().generic_visit(node)


def mutant_tree(source: str, index: int) -> ast.Module:
    """The module ``source`` with mutant number ``index`` applied (line numbers kept)."""
    tree = ast.parse(source)
    count = 0
    for node, _ in _walk(tree):
        for op in _operators(node):
            if count == index:
                mutated = _Replace(node, op).visit(tree)
                assert isinstance(mutated, ast.Module)
                return ast.fix_missing_locations(mutated)
            count += 1
    raise IndexError(f"no mutant {index}")
