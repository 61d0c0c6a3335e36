"""The same scripts written in both styles (operation modules, typed methods) run alike
against the mock; issue 11's closing note counts their lines."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aiplane_mock import MockServer, running

STYLES = Path(__file__).resolve().parent.parent / "examples" / "styles"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with running(no_auth=True, speed=200.0, seed=7) as server:
        yield server


def run(script: str, mock: MockServer, *args: str) -> str:
    env = {
        **os.environ,
        "AIPLANE_MANAGEMENT_URL": mock.management_url,
        "AIPLANE_DATA_URL": mock.data_url,
        "AIPLANE_CONFIG_FILE": os.devnull,
    }
    done = subprocess.run(
        [sys.executable, str(STYLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("style", ["modules", "methods", "resources"])
def test_management_script_runs_in_both_styles(mock: MockServer, style: str) -> None:
    """Create, rename, list and delete a cluster: the same output in every style."""
    out = run(f"management_{style}.py", mock)
    assert out.splitlines()[0] == "renamed"


@pytest.mark.parametrize("style", ["modules", "methods"])
def test_chat_script_runs_in_both_styles(mock: MockServer, style: str) -> None:
    """One answer and one streamed answer, in either style."""
    deployment = mock.control.create_deployment(display_name=f"styles-{style}")
    lines = [line for line in run(f"chat_{style}.py", mock, deployment).splitlines() if line]
    assert len(lines) == 2 and lines[0] == lines[1]
