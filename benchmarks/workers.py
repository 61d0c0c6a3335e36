"""One client's scenario of one benchmark row, in a fresh process:

    python benchmarks/workers.py ROW CLIENT '{"option": ...}'

prints one JSON line: the scenario's numbers plus ``maxrss_mib`` (this process's peak RSS).
Only the standard library is imported before a scenario starts, so B1 times the imports alone.
With ``"profile": PATH`` the measured part runs under pyinstrument and its text goes to PATH.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

SCENARIOS: dict[tuple[str, str], Callable[..., dict[str, Any]]] = {}


def scenario(row: str, *clients: str) -> Callable[[Callable[..., dict[str, Any]]], Any]:
    def register(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        for client in clients:
            SCENARIOS[(row, client)] = fn
        return fn

    return register


class Profiled(AbstractContextManager[None]):
    """pyinstrument around the measured part, its text report written to ``path``."""

    def __init__(self, path: str) -> None:
        from pyinstrument import Profiler

        self.path = path
        self.profiler = Profiler(interval=0.0005)

    def __enter__(self) -> None:
        self.profiler.start()

    def __exit__(self, *exc: object) -> None:
        self.profiler.stop()
        text = self.profiler.output_text(unicode=False, color=False, show_all=False)
        # paths relative to the checkout: a committed profile never names this machine's
        root = str(Path(__file__).resolve().parent.parent) + "/"
        Path(self.path).write_text(text.replace(root, ""))


def profiled(options: dict[str, Any]) -> AbstractContextManager[None]:
    path = options.get("profile")
    return Profiled(path) if path else nullcontext()


# --------------------------------------------------------------------------- B1


IMPORTS = {
    "aiplane": (
        "import aiplane\n"
        "from aiplane_management.api.model import get_model\n"
        "from aiplane_data.api.chat import create_chat_completion\n"
    ),
    "oci": "import oci.generative_ai\n",
    "openai": "import openai\n",
    "floor": "import httpx, attrs\n",
}


@scenario("B1", *IMPORTS)
def b1_import(client: str, options: dict[str, Any]) -> dict[str, Any]:
    code = compile(IMPORTS[client], "<import>", "exec")
    with profiled(options):
        start = time.perf_counter()
        exec(code, {})
        elapsed = time.perf_counter() - start
    return {"import_s": elapsed, "modules": len(sys.modules)}


# --------------------------------------------------------------------------- B2..B7

from scenarios_calls import register_calls  # noqa: E402
from scenarios_data import register_data  # noqa: E402

register_calls(scenario, profiled)
register_data(scenario, profiled)


def peak_rss_mib() -> float:
    """This process's peak RSS (VmHWM). Not getrusage's ru_maxrss: after fork and exec that
    still counts the parent's RSS at the fork (run.py, with matplotlib loaded)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    row, client, raw = sys.argv[1], sys.argv[2], sys.argv[3]
    options = json.loads(raw)
    if row == "B1":  # nothing heavy may be imported before the import is timed
        assert not {"httpx", "attrs", "aiplane"} & set(sys.modules), "B1 must start clean"
    result = SCENARIOS[(row, client)](client, options)
    result["maxrss_mib"] = peak_rss_mib()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
