"""Shared test fixtures.

Every test runs under the secrets audit (tests/secrets_audit.py): the root logger and those
of aiplane, httpx, httpcore and the mock at DEBUG with every record kept, and the repr/str
of every object of aiplane and the mock taken as it is built; after the test, no known
secret (test private keys, passphrase, API keys, bearer tokens, callback passwords, client
certificate keys, signatures the tests produced) and no secret shape may appear in any of
them: point 14 of the runtime issue and point 7 of issue 13, enforced across the whole suite.
``make secrets-count`` writes how many records and objects were checked to RELIABILITY.md.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.secrets_audit import AUDIT

DATA = Path(__file__).parent / "data"
TOOLS = Path(__file__).resolve().parent.parent / "tools"

# Secrets the tests use; tests that create others (signatures) add them with add_secret().
TEST_API_KEY = "sk-test-api-key-0123456789abcdef"
TEST_BEARER = "bearer-token-fedcba9876543210"
TEST_PASSPHRASE = "correct horse battery staple"
_SECRETS: set[str] = {TEST_API_KEY, TEST_BEARER, TEST_PASSPHRASE}


def add_secret(value: str) -> None:
    """Register a secret that must never appear in a log record."""
    if len(value) >= 8:
        _SECRETS.add(value)


def _key_secrets() -> set[str]:
    found: set[str] = set()
    if DATA.is_dir():
        for pem in DATA.glob("*.pem"):
            text = pem.read_text()
            if "PRIVATE KEY" in text:
                # any line of the base64 body identifies the key
                found.update(line for line in text.splitlines()[1:-1] if len(line) > 40)
    return found


_KEY_SECRETS = _key_secrets()


@pytest.fixture(autouse=True)
def _no_secret_in_logs() -> Iterator[None]:
    with AUDIT.test(_SECRETS | _KEY_SECRETS):
        yield
    leaks = AUDIT.leaks(_SECRETS | _KEY_SECRETS)
    assert not leaks, f"secret found in log records, reprs or messages: {leaks}"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """With AIPLANE_SECRETS_REPORT set (``make secrets-count``), write what was checked."""
    target = os.environ.get("AIPLANE_SECRETS_REPORT")
    if not target or AUDIT.tests == 0:
        return
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    reliability = importlib.import_module("reliability")
    reliability.write_section(Path(target), "Secrets", AUDIT.report(session.testsfailed))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test body once through the sync path and once through the async path."""
    return str(request.param)


class FakeTime:
    """A clock and sleeps that advance instantly; records every sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


Handler = Callable[[httpx.Request], httpx.Response]


async def send(
    mode: str,
    transport: Any,
    method: str,
    url: str,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request through ``transport`` with a sync or an async httpx client."""
    if mode == "sync":
        with httpx.Client(transport=transport) as client:
            response = client.request(method, url, **kwargs)  # the sync path, on purpose
            response.read()
            return response
    async with httpx.AsyncClient(transport=transport) as aclient:
        response = await aclient.request(method, url, **kwargs)
        await response.aread()
        return response


async def maybe_await(value: Any) -> Any:
    """Await ``value`` if it is awaitable (lets one test body serve sync and async)."""
    if isinstance(value, Awaitable):
        return await value
    return value


@contextmanager
def generated_package(dest: Path, package: str, spec: Path) -> Iterator[None]:
    """Run the whole pipeline (tools/generate.py) on a spec copy, as ``dest/<package>``,
    importable inside the block and forgotten after it."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    generate = importlib.import_module("generate")
    generate.generate_into(dest, {package: spec})
    sys.path.insert(0, str(dest))
    try:
        yield
    finally:
        sys.path.remove(str(dest))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]
