"""What every benchmark row shares: the mock in its own process, fresh worker processes that
measure one client each (so CPU time and peak RSS are that client's alone), statistics, and
the row record the report is written from."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
KEY = ROOT / "tests" / "data" / "test_rsa_key.pem"
PUB = ROOT / "tests" / "data" / "test_rsa_key_public.pem"
TENANCY = "ocid1.tenancy.oc1..aaaaaaaabenchtenancy"
USER = "ocid1.user.oc1..aaaaaaaabenchuser"
API_KEY = "sk-bench-0123456789abcdef"
COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaabench"
ADMIN = "x-aiplane-mock-admin"


@dataclass
class Mock:
    """The mock server running in a subprocess on 127.0.0.1 (a free port)."""

    management_url: str
    data_url: str
    admin_token: str
    port: int
    process: subprocess.Popen[str]

    def admin(self, method: str, path: str, body: Any = None) -> Any:
        """Call an admin route; its JSON answer."""
        import httpx  # not at module level: workers import this module before B1 times imports

        with httpx.Client(base_url=self.data_url, timeout=60) as c:
            answer = c.request(method, path, json=body, headers={ADMIN: self.admin_token})
            answer.raise_for_status()
            return answer.json()

    def deployment(self) -> str:
        """A fresh ACTIVE deployment."""
        return str(self.admin("POST", "/_mock/deployments", {"display_name": "bench"})["id"])

    def endpoint(self) -> dict[str, str]:
        """What a worker needs to reach this mock."""
        return {"management_url": self.management_url, "data_url": self.data_url}


@contextmanager
def mock_server(speed: float = 1.0) -> Iterator[Mock]:
    """Start ``aiplane-mock serve`` on a free loopback port; stop it on exit."""
    command = [
        str(Path(sys.executable).parent / "aiplane-mock"),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--trusted-key",
        str(PUB),
        "--api-key",
        API_KEY,
        "--speed",
        str(speed),
        # the mock checking its own answers against the specs is its time, not a client's
        "--no-validate-responses",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = json.loads(process.stdout.readline())
        port = int(line["data_url"].rsplit(":", 1)[1])
        yield Mock(line["management_url"], line["data_url"], line["admin_token"], port, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def worker(row: str, client: str, timeout: float = 900, **options: Any) -> dict[str, Any]:
    """Run ``client``'s scenario of ``row`` in a fresh process (benchmarks/workers.py); its
    result, with ``maxrss_mib`` (the process's peak RSS)."""
    done = subprocess.run(
        [sys.executable, str(BENCH / "workers.py"), row, client, json.dumps(options)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{row}/{client} failed:\n{done.stderr[-4000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@dataclass(frozen=True)
class Stat:
    """Median and spread (min to max) of repeated runs."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def spread(self) -> float:
        """(max - min) / median, as a fraction."""
        return (max(self.values) - min(self.values)) / self.median if self.median else 0.0

    def show(self, scale: float = 1.0, digits: int = 1) -> str:
        low, high = min(self.values) * scale, max(self.values) * scale
        return (
            f"{self.median * scale:,.{digits}f} "
            f"[{low:,.{digits}f} to {high:,.{digits}f}] (n={len(self.values)})"
        )


def stat(values: list[float]) -> Stat:
    return Stat(tuple(values))


@dataclass
class Measure:
    """One measured quantity of a row: per client, a Stat in ``unit`` (shown times ``scale``)."""

    name: str
    unit: str
    per_client: dict[str, Stat]
    scale: float = 1.0
    digits: int = 1


@dataclass
class Target:
    """One target of a row: ``value`` (a ratio or a number) against ``limit``."""

    text: str
    value: float
    limit: float
    higher_is_better: bool = False

    @property
    def met(self) -> bool:
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit


@dataclass
class Row:
    """One row of RESULTS.md."""

    key: str
    title: str
    setup: str
    measures: list[Measure] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    plots: list[str] = field(default_factory=list)
    profile: str | None = None  # path (relative to benchmarks/) of a profile of a miss

    @property
    def missed(self) -> bool:
        return any(not t.met for t in self.targets)


def ratio(a: Stat, b: Stat) -> float:
    """Median over median."""
    return a.median / b.median


def repeat(rounds: int, row: str, clients: list[str], **options: Any) -> dict[str, list[Any]]:
    """``rounds`` rounds; in each, every client once in its own process (interleaved, so a
    noisy moment on the shared machine hits every client alike)."""
    out: dict[str, list[Any]] = {c: [] for c in clients}
    for _ in range(rounds):
        for client in clients:
            out[client].append(worker(row, client, **options))
    return out


def cpu_count() -> int:
    return os.cpu_count() or 1


def now() -> float:
    return time.perf_counter()
