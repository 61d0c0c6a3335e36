"""``make mutate``: mutation testing of aiplane's decision modules against their tests.

Each mutant (see :mod:`mutation`) of a module is run against the tests mapped to that
module (``TARGETS``) that execute its lines, found by one traced run of the unmutated
tests; the runs are forked pytest children (:mod:`mutate_run`). A failing run, or one past
the per-mutant timeout (twice the traced run, plus 10 s), kills the mutant; a mutant no test
executes survives. Mutants listed in ``tools/mutation_equivalents.txt`` (module/key, a tab,
why) are equivalent: no test could tell them apart, so they are left out of the score.

    python tools/mutate.py                      # every module, 2 jobs, scores to stdout
    python tools/mutate.py --write tests/RELIABILITY.md
    python tools/mutate.py --module retry --only 'RetryPolicy.decide:Gt->GtE' --tests t.py
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mutate_run
from mutate_run import ROOT
from mutate_session import NEEDS_IMPORT, SessionPlugin, TracePlugin
from mutation import Mutant, mutant_tree, mutants
from reliability import write_section

EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"
_RETRY = ["tests/test_retry_policy.py", "tests/test_retry_edges.py"]
_LOOP = [
    "tests/test_transport.py",
    "tests/test_retry_loop_edges.py",
    "tests/test_retry_loop_bounds.py",
    "tests/test_hardening_retries.py",
    "tests/test_hardening_responses.py",
    "tests/test_call.py",
    "tests/test_ratelimits.py",
    "tests/test_otel.py",
]
_STREAMS = ["tests/test_streams_decoder.py", "tests/test_streams_flow.py", "tests/test_streams.py"]


@dataclass(frozen=True)
class Target:
    """A module under test and the tests that should kill its mutants (fastest first)."""

    name: str
    tests: tuple[str, ...]
    deselect: tuple[str, ...] = field(default=())

    @property
    def path(self) -> Path:
        return ROOT / "custom" / "aiplane" / f"{self.name}.py"

    @property
    def module(self) -> str:
        return f"aiplane.{self.name}"


TARGETS = {
    t.name: t
    for t in (
        Target("retry", (*_RETRY, "tests/test_transport.py", "tests/test_hardening_retries.py")),
        Target("_attempts", tuple(_LOOP)),
        Target("_transport", tuple(_LOOP)),
        Target("_sending", tuple(_LOOP)),
        Target(
            "pagination",
            ("tests/test_pagination.py", "tests/test_pagination_edges.py"),
            ("tests/test_pagination.py::test_works_for_a_new_list_operation_without_code_changes",),
        ),
        Target(
            "_flow",
            (
                "tests/test_decision_edges.py",
                "tests/test_transport.py",
                "tests/test_waiters.py",
                "tests/test_pagination.py",
            ),
            ("tests/test_pagination.py::test_works_for_a_new_list_operation_without_code_changes",),
        ),
        Target("_sse", tuple(_STREAMS)),
        Target("_streamflow", (*_STREAMS, "tests/test_streams_pool.py")),
        Target(
            "_file_urls",
            ("tests/test_files_urls.py", "tests/test_decision_edges.py", "tests/test_files.py"),
        ),
        Target(
            "signing",
            ("tests/test_signing.py", "tests/test_signing_edges.py", "tests/test_auth.py"),
        ),
    )
}


def _tests_for(mutant: Mutant, lines: dict[int, set[str]], target: Target) -> list[str]:
    """The tests that run the mutated lines, in the order of the target's test files."""
    found: set[str] = set()
    for line in range(mutant.line, max(mutant.line, mutant.end) + 1):
        found |= lines.get(line, set())
    order = {t: i for i, t in enumerate(target.tests)}
    return sorted(found, key=lambda n: (order.get(n.partition("::")[0], 99), n))


def _slow(
    target: Target, todo: list[Mutant], tests: list[str], jobs: int, timeout: float
) -> dict[str, int]:
    """Mutants of import-time code: each imported afresh in a child running all tests."""
    source = target.path.read_text()
    results: dict[str, int] = {}
    running: list[tuple[Mutant, mutate_run.Child]] = []
    queue = list(todo)
    while queue or running:
        while queue and len(running) < jobs:
            m = queue.pop(0)
            tree = mutant_tree(source, m.index)
            child = mutate_run.start(target.module, target.path, tree, tests, target.deselect)
            running.append((m, child))
        for m, child in list(running):
            code = mutate_run.reap(child, timeout)
            if code is not None:
                running.remove((m, child))
                results[m.key] = code
        time.sleep(0.02)
    return results


def run_mutants(target: Target, selected: list[Mutant], jobs: int) -> dict[str, int]:
    """Exit codes by mutant key (0: survived, also for a mutant no test runs)."""
    tests = [t for t in target.tests if (ROOT / t).exists()]
    path = str(target.path)
    traced, seconds = mutate_run.session(tests, target.deselect, TracePlugin(path))
    lines = {int(k): set(v) for k, v in traced["lines"].items()}
    timeout = 2 * seconds + 10
    plan = {
        "module": target.module,
        "path": path,
        "source": target.path.read_text(),
        "jobs": jobs,
        "timeout": timeout,
        "mutants": [
            {"key": m.key, "index": m.index, "tests": _tests_for(m, lines, target)}
            for m in selected
        ],
    }
    results: dict[str, int] = mutate_run.session(tests, target.deselect, SessionPlugin(plan))[0]
    if "control failed" in results:
        raise SystemExit(f"{target.name}: the unmutated tests fail when forked: {results}")
    todo = [m for m in selected if results[m.key] == NEEDS_IMPORT]
    results.update(_slow(target, todo, tests, jobs, timeout))
    timeouts = sum(1 for code in results.values() if code == -9)
    print(
        f"  ({len(todo)} of {len(selected)} mutants imported afresh, {timeouts} killed by the "
        f"timeout of {timeout:.0f} s)",
        flush=True,
    )
    return results


def load_equivalents() -> dict[str, str]:
    """Equivalent mutants: ``module/key`` -> why no test can tell them apart."""
    found: dict[str, str] = {}
    for line in EQUIVALENTS.read_text().splitlines() if EQUIVALENTS.exists() else []:
        if line.strip() and not line.startswith("#"):
            key, _, why = line.partition("\t")
            found[key.strip()] = why.strip()
    return found


@dataclass
class Score:
    module: str
    total: int
    killed: int
    equivalent: list[str]
    survivors: list[str]

    @property
    def percent(self) -> float:
        scored = self.total - len(self.equivalent)
        return 100.0 * self.killed / scored if scored else 100.0


def score(target: Target, results: dict[str, int], equivalents: dict[str, str]) -> Score:
    equivalent = [k for k in results if f"{target.name}/{k}" in equivalents]
    survivors = [k for k, c in results.items() if c == 0 and k not in equivalent]
    killed = sum(1 for k, c in results.items() if c != 0 and k not in equivalent)
    return Score(target.name, len(results), killed, equivalent, survivors)


def _report(scores: list[Score], equivalents: dict[str, str], seconds: float) -> str:
    lines = [
        "Produced by `make mutate` (`python tools/mutate.py --write tests/RELIABILITY.md`).",
        "The mutator (tools/mutation.py) swaps operators, flips comparison boundaries,",
        "negates conditions, tweaks constants, returns None and removes call statements;",
        "each mutant runs those tests of its module's map (tools/mutate.py, TARGETS) that",
        "execute its lines (one traced run finds them), stopping at the first failure, in",
        "a child forked from a collected pytest session with the changed functions' code",
        "swapped in; a mutant of import-time code is imported afresh and runs every mapped",
        "test. A failure, or a run past its timeout, kills the mutant.",
        f"Python {sys.version.split()[0]}; {seconds:.0f} s with 2 jobs on {os.cpu_count()} cores.",
        "Score = killed / (mutants - equivalent).",
        "",
        "| module | mutants | equivalent | killed | survived | score |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        lines.append(
            f"| {s.module}.py | {s.total} | {len(s.equivalent)} | {s.killed} "
            f"| {len(s.survivors)} | {s.percent:.1f}% |"
        )
    lines += ["", "Equivalent mutants (key: function:operator:source#occurrence), and why:", ""]
    for s in scores:
        for key in s.equivalent:
            lines.append(f"- `{s.module}/{key}`: {equivalents[f'{s.module}/{key}']}")
    survivors = [f"{s.module}/{k}" for s in scores for k in s.survivors]
    lines += ["", f"Surviving non-equivalent mutants: {len(survivors)}", ""]
    lines += [f"- `{k}`" for k in survivors]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--module", action="append", choices=sorted(TARGETS))
    parser.add_argument(
        "--only", action="append", help="run only mutants whose key contains this text"
    )
    parser.add_argument("--tests", nargs="+", help="run these test files instead of the map")
    parser.add_argument("--limit", type=int, help="at most this many mutants per module")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", type=Path, help="write the scores into this RELIABILITY.md")
    parser.add_argument("--min-score", type=float, default=0.0)
    args = parser.parse_args(argv)
    mutate_run.preload()
    equivalents = load_equivalents()
    started = time.monotonic()
    scores = []
    for name in args.module or list(TARGETS):
        target = TARGETS[name]
        if args.tests:
            target = Target(name, tuple(args.tests))
        selected = [
            m
            for m in mutants(target.path.read_text())
            if not args.only or any(text in m.key for text in args.only)
        ]
        selected = selected[: args.limit] if args.limit else selected
        results = run_mutants(target, selected, args.jobs)
        s = score(target, results, equivalents)
        scores.append(s)
        print(
            f"{name}: {s.killed}/{s.total - len(s.equivalent)} killed ({s.percent:.1f}%), "
            f"{len(s.equivalent)} equivalent",
            flush=True,
        )
        for key in s.survivors:
            print(f"  survived: {name}/{key}", flush=True)
    if args.write:
        write_section(
            args.write, "Mutation testing", _report(scores, equivalents, time.monotonic() - started)
        )
    return 0 if all(s.percent >= args.min_score for s in scores) else 1


if __name__ == "__main__":
    raise SystemExit(main())
