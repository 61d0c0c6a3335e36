"""Proof of typing for the generated plane methods: mypy --strict reports each deliberate
mistake of tests/typing/mistakes.py and nothing in tests/typing/correct.py; an operation
added to a spec copy appears as a typed method after generation."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.conftest import generated_package

ROOT = Path(__file__).resolve().parent.parent
TYPING = Path(__file__).parent / "typing"
_EXPECTED = re.compile(r"#\s*error:\s*([\w-]+)")
_REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")


def mypy(*files: Path, path: Path | None = None) -> dict[int, set[str]]:
    """Run mypy --strict on ``files``; the error codes it reports, by line."""
    env_path = [str(ROOT / "custom"), str(ROOT / "generated"), *([str(path)] if path else [])]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--show-error-codes", "--no-error-summary",
         "--no-incremental", "--python-version", "3.11", *map(str, files)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={"MYPYPATH": ":".join(env_path), "PATH": ""},
    )  # fmt: skip
    reported: dict[int, set[str]] = {}
    for line in result.stdout.splitlines():
        match = _REPORTED.match(line)
        if match:
            reported.setdefault(int(match["line"]), set()).add(match["code"])
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return reported


def expected(file: Path) -> dict[int, set[str]]:
    lines = file.read_text().splitlines()
    return {
        number: {match[1]}
        for number, text in enumerate(lines, start=1)
        if (match := _EXPECTED.search(text))
    }


def test_every_deliberate_mistake_is_reported() -> None:
    """Wrong argument type, missing or unknown argument, wrong body model, result used as
    the wrong model: each marked line gets exactly its error, and no other line any."""
    file = TYPING / "mistakes.py"
    assert len(expected(file)) >= 10
    assert mypy(file) == expected(file)


def test_correct_uses_type_check_cleanly() -> None:
    """Methods (sync and async), the paginator, streams, downloads, runs, waiters and the
    operation-module style: mypy --strict reports nothing."""
    assert mypy(TYPING / "correct.py") == {}


@pytest.fixture
def widgets(tmp_path: Path) -> Iterator[Path]:
    """A management spec copy with createWidget/getWidget, generated into tmp_path."""
    doc = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())
    get = doc["paths"]["/20231130/models/{modelId}"]["get"]
    doc["paths"]["/20231130/widgets/{modelId}"] = {
        "get": {**get, "operationId": "getWidget", "tags": ["Widget"]}
    }
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with generated_package(tmp_path, "widgets_api", spec):
        yield tmp_path


def test_a_new_operation_appears_typed_after_generation(widgets: Path) -> None:
    """getWidget, added to a spec copy, is a typed method of the generated classes."""
    methods = importlib.import_module("widgets_api._methods")
    assert callable(methods.ManagementMethods.get_widget)
    assert callable(methods.AsyncManagementMethods.get_widget)
    use = widgets / "use_widgets.py"
    use.write_text(
        "from widgets_api._methods import ManagementMethods\n"
        "from widgets_api.models.model import Model\n\n\n"
        "def use(plane: ManagementMethods) -> Model:\n"
        "    plane.get_widget(42)  # error: arg-type\n"
        "    return plane.get_widget('w-1')\n"
    )
    assert mypy(use, path=widgets) == expected(use)
