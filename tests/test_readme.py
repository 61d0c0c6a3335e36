"""The README's code examples run, in order, against the mock server.

Every ```python block outside the "Configuring a client" section (whose blocks need real
credentials and files) is executed with ``aiplane``, a signed ``client`` and
``COMPARTMENT`` predefined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import aiplane
from aiplane_mock import MockServer, running
from tests.mock_helpers import server_options, signer

README = Path(__file__).resolve().parent.parent / "README.md"
SKIPPED_SECTIONS = {"Configuring a client"}


def blocks() -> list[tuple[str, str]]:
    """(section, code) of every python block to run."""
    out: list[tuple[str, str]] = []
    section = ""
    for match in re.finditer(
        r"^## ([^\n]+)$|^```python\n(.*?)^```", README.read_text(), re.M | re.S
    ):
        if match.group(1):
            section = match.group(1).strip()
        elif section not in SKIPPED_SECTIONS:
            out.append((section, match.group(2)))
    return out


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with running(**server_options(speed=1000.0)) as server:
        yield server


def test_readme_has_examples_for_calls_pagination_and_waiting() -> None:
    """The sections the docs promise carry runnable examples."""
    sections = {section for section, _ in blocks()}
    assert {"Calling operations", "Pagination", "Waiting for long operations"} <= sections


def test_readme_examples_run(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    """Each README example runs without error against the mock, in order."""
    with aiplane.Client(
        management_url=mock.management_url, data_url=mock.data_url, auth=signer()
    ) as client:
        namespace = {
            "aiplane": aiplane,
            "client": client,
            "COMPARTMENT": "ocid1.compartment.oc1..aaaaaaaareadme",
        }
        for section, code in blocks():
            try:
                exec(compile(code, f"README.md [{section}]", "exec"), namespace)  # noqa: S102
            except Exception as exc:  # pragma: no cover - the failure message is the point
                pytest.fail(f"README example in {section!r} failed: {exc!r}")
    assert "404 NotAuthorizedOrNotFound" in capsys.readouterr().out
