"""The quick version of ``make mutate``: the mutator makes the mutants it names, and the
runner kills a mutant the tests pin down and lets through one they do not (issue 13, 9)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TOOLS

ROOT = TOOLS.parent
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from mutation import mutant_tree, mutants  # noqa: E402
from reliability import write_section  # noqa: E402

SOURCE = '''
"""Docstring: never mutated."""
import logging
logger = logging.getLogger("x")
LIMIT = 3


def clamp(n: int, *, low: int = 0) -> int:
    """Docstring."""
    logger.debug("n=%d", n + 1)
    if n > LIMIT and not low:
        return min(n, LIMIT)
    total = 1
    total += n
    return total
'''
CAP = "RetryBudget.reward:min->max:min(self.capacity, self._tokens + self.success_reward)#1"
LAST = "RetryPolicy.decide:GtE->Gt@0:attempt.number >= min(attempts, self.max_attempts)#1"


def test_mutants_are_named_by_function_operator_and_source() -> None:
    """Each mutation site gets a stable key; docstrings, annotations and logging are left."""
    keys = [m.key for m in mutants(SOURCE)]
    assert keys == [
        "<module>:n->n+1:3#1",
        "clamp:n->n+1:0#1",
        "clamp:negate-condition:if n > LIMIT and not low: return min(n, LIMIT)#1",
        "clamp:And->Or:n > LIMIT and not low#1",
        "clamp:Gt->GtE@0:n > LIMIT#1",
        "clamp:drop-Not:not low#1",
        "clamp:return-None:return min(n, LIMIT)#1",
        "clamp:min->max:min(n, LIMIT)#1",
        "clamp:n->n+1:1#1",
        "clamp:AugAdd->Sub:total += n#1",
        "clamp:return-None:return total#1",
    ]


@pytest.mark.parametrize("index", range(11))
def test_every_mutant_compiles_and_changes_behaviour_or_code(index: int) -> None:
    """Every mutant is a valid module differing from the original."""
    tree = mutant_tree(SOURCE, index)
    assert ast.dump(tree) != ast.dump(ast.parse(SOURCE))
    compile(tree, "<mutant>", "exec")


def test_a_boundary_mutant_changes_the_result() -> None:
    """The Gt->GtE mutant of clamp answers differently at the boundary."""
    index = next(m.index for m in mutants(SOURCE) if m.operator.startswith("Gt->GtE"))
    original: dict[str, object] = {}
    mutated: dict[str, object] = {}
    exec(compile(ast.parse(SOURCE), "<o>", "exec"), original)  # noqa: S102
    exec(compile(mutant_tree(SOURCE, index), "<m>", "exec"), mutated)  # noqa: S102
    assert original["clamp"](3) == 4 and mutated["clamp"](3) == 3  # type: ignore[operator]
    assert original["clamp"](4) == mutated["clamp"](4) == 3  # type: ignore[operator]


def mutate(*args: str) -> str:
    """Run tools/mutate.py on retry.py; its output."""
    command = [sys.executable, str(TOOLS / "mutate.py"), "--module", "retry", *args]
    env = {k: v for k, v in os.environ.items() if k != "AIPLANE_SECRETS_REPORT"}
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.slow
def test_the_runner_kills_a_pinned_mutant_and_not_an_unpinned_one() -> None:
    """Against the original policy tests, the budget-cap mutant survives (no test pinned
    it) and the max-attempts mutant is killed; the edge tests kill the budget-cap one."""
    out = mutate("--tests", "tests/test_retry_policy.py", "--only", CAP, "--only", LAST)
    assert "retry: 1/2 killed (50.0%)" in out
    assert f"survived: retry/{CAP}" in out and LAST not in out
    out = mutate("--tests", "tests/test_retry_edges.py", "--only", CAP)
    assert "retry: 1/1 killed (100.0%)" in out


def test_sections_of_the_figures_file_are_replaced_in_place(tmp_path: Path) -> None:
    """write_section replaces its own section and keeps the others."""
    path = tmp_path / "RELIABILITY.md"
    write_section(path, "A", "one\n")
    write_section(path, "B", "two\n")
    write_section(path, "A", "three\n")
    text = path.read_text()
    assert "## A\n\nthree\n\n## B\n\ntwo\n" in text and "one" not in text
