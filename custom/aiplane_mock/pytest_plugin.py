"""pytest plugin (entry point ``aiplane_mock``): the ``aiplane_mock`` fixture.

One server per test session (started on first use, on a free loopback port), reset before each
test that uses the fixture. Configure it in ``pytest.ini`` / ``pyproject.toml``::

    aiplane_mock_speed = 100                 # lifecycle speed (default 100)
    aiplane_mock_trusted_keys = keys/a.pem   # public keys, one per line (enables auth)
    aiplane_mock_api_keys = sk-test-...      # API keys, one per line (enables auth)

Without keys the server runs with authentication off. Heavy imports happen only when the
fixture is used, so installing aiplane without the ``mock`` extra leaves pytest unaffected.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import MockServer

__all__ = ["aiplane_mock", "aiplane_mock_server"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ini options of the fixture."""
    parser.addini("aiplane_mock_speed", "lifecycle speed of the aiplane mock", default="100")
    parser.addini(
        "aiplane_mock_trusted_keys", "public key PEM files the mock trusts", type="linelist"
    )
    parser.addini("aiplane_mock_api_keys", "API keys the mock accepts", type="linelist")


@pytest.fixture(scope="session")
def aiplane_mock_server(pytestconfig: pytest.Config) -> Iterator[MockServer]:
    """The session's mock server (prefer :func:`aiplane_mock`, which resets it first)."""
    from .server import running

    root = Path(str(pytestconfig.rootpath))
    key_paths = [str(p) for p in pytestconfig.getini("aiplane_mock_trusted_keys")]
    keys = [(root / p).read_text(encoding="ascii") for p in key_paths]
    api_keys = [str(k) for k in pytestconfig.getini("aiplane_mock_api_keys")]
    speed = float(str(pytestconfig.getini("aiplane_mock_speed")))
    with running(
        trusted_keys=keys, api_keys=api_keys, no_auth=not (keys or api_keys), speed=speed
    ) as mock:
        yield mock


@pytest.fixture
def aiplane_mock(aiplane_mock_server: MockServer) -> MockServer:
    """A running mock (``.management_url``, ``.data_url``, ``.control``), freshly reset."""
    aiplane_mock_server.control.reset()
    return aiplane_mock_server
