"""aiplane benchmarks: every number is reported next to a peer measured in the same run.

    make bench            # or: .venv/bin/python benchmarks/run.py [--quick]

1. pagination memory: iterate 100,000 items (pages of 1,000) lazily with aiplane.paginate
   vs. the eager peer (collect everything, as OCI's list_call_get_all_results does); the
   lazy peak must stay within a small multiple of one page.
2. client CPU per signed call: aiplane.call(get_model) through the full runtime (retry
   transport, per-attempt OCI signing, typed errors, parsing) vs. raw httpx doing the same
   OCI signing and the same parsing, both over an in-memory transport.
3. cold import: `import aiplane` vs. `import httpx, attrs`.
4. signing cost: OCISigner on a GET and on a 1 MiB PUT.
5. parse cost: Model / DedicatedAiCluster ``from_dict`` (with the JSON type checks
   tools/json_checks.py adds) on the spec examples vs. ``json.loads`` of the same body.
6. SSE: client CPU to read 100,000 chat chunks from a local server (a subprocess on
   127.0.0.1): aiplane.stream (typed ChatCompletionChunk models) vs. httpx-sse +
   json.loads (dicts), vs. openai's Stream (pydantic models) when openai is importable.
7. rate limits: 1,000 concurrent chat calls against a mock allowing 200 a second, with and
   without the client-side aiplane.RateLimiter: 429s received, failed calls, wall time
   (benchmarks/bench_ratelimits.py).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx
from bench_ratelimits import bench_rate_limits

ROOT = Path(__file__).resolve().parent.parent
KEY = ROOT / "tests" / "data" / "test_rsa_key.pem"
PUB = ROOT / "tests" / "data" / "test_rsa_key_public.pem"


def _summary(i: int) -> dict[str, object]:
    return {
        "id": f"ocid1.generativeaimodel.oc1..{i:08d}",
        "compartmentId": "c",
        "capabilities": ["CHAT"],
        "lifecycleState": "ACTIVE",
        "timeCreated": "2024-01-01T00:00:00.000Z",
        "type": "BASE",
        "displayName": f"m{i}",
    }


def _pages_handler(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """A list endpoint that builds each page on demand (the server holds nothing)."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("page", "0"))
        limit = int(request.url.params.get("limit", "1000"))
        end = min(total, start + limit)
        headers = {"opc-next-page": str(end)} if end < total else {}
        body = json.dumps({"items": [_summary(i) for i in range(start, end)]}).encode()
        return httpx.Response(
            200, content=body, headers={**headers, "content-type": "application/json"}
        )

    return handler


def bench_pagination(total: int, page: int) -> dict[str, float]:
    import aiplane
    from aiplane_management.api.model import list_models

    mock = httpx.MockTransport(_pages_handler(total))
    client = aiplane.Client(
        management_url="http://bench.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )

    def measure(run: Callable[[], int]) -> tuple[int, float]:
        gc.collect()
        tracemalloc.start()
        count = run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return count, peak / 2**20

    def lazy() -> int:
        return sum(1 for _ in aiplane.paginate(list_models, client, compartment_id="c", limit=page))

    def lazy_tenth() -> int:
        pager = aiplane.paginate(
            list_models, client, compartment_id="c", limit=page, max_items=total // 10
        )
        return sum(1 for _ in pager)

    def eager() -> int:
        items = list(aiplane.paginate(list_models, client, compartment_id="c", limit=page))
        return len(items)

    def one_page() -> int:
        return len(
            list(
                aiplane.paginate(
                    list_models, client, compartment_id="c", limit=page, max_items=page
                )
            )
        )

    measure(one_page)  # warm-up: first-call imports and caches are not pagination memory

    def live_items() -> int:
        """Most items alive at once while iterating lazily (yielded and not yet freed)."""
        alive = [0, 0]  # current, maximum

        def freed() -> None:
            alive[0] -= 1

        for item in aiplane.paginate(list_models, client, compartment_id="c", limit=page):
            weakref.finalize(item, freed)
            alive[0] += 1
            alive[1] = max(alive[1], alive[0])
        return alive[1]

    max_live = live_items()
    _, tenth_mib = measure(lazy_tenth)
    n_lazy, lazy_mib = measure(lazy)
    n_eager, eager_mib = measure(eager)
    _, page_mib = measure(one_page)
    assert n_lazy == n_eager == total
    return {
        "items": total,
        "page_size": page,
        "lazy_peak_mib": lazy_mib,
        "eager_peak_mib": eager_mib,
        "one_page_peak_mib": page_mib,
        "max_items_alive_at_once": max_live,
        "lazy_peak_mib_tenth_of_items": tenth_mib,
        "lazy_growth_for_10x_items": lazy_mib / tenth_mib,
        "lazy_vs_one_page": lazy_mib / page_mib,
        "eager_vs_lazy": eager_mib / lazy_mib,
    }


def _timeit(fn: Callable[[], object], n: int) -> float:
    """Best-of-5 CPU seconds per call."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(n):
            fn()
        best = min(best, (time.process_time() - start) / n)
    return best


def bench_call_cpu(n: int) -> dict[str, float]:
    import aiplane
    from aiplane.signing import fingerprint_of
    from aiplane_management.api.model import get_model
    from aiplane_management.models.model import Model

    body = json.dumps(_summary(1)).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=body,
            headers={"content-type": "application/json", "etag": "e", "opc-request-id": "r"},
        )

    mock = httpx.MockTransport(handler)
    signer = aiplane.OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of(PUB.read_bytes()),
        private_key=str(KEY),
    )
    client = aiplane.Client(
        management_url="http://bench.test",
        auth=signer,
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )
    raw = httpx.Client(base_url="http://bench.test", transport=mock, auth=signer)

    def sdk() -> object:
        return aiplane.call(get_model, client, "ocid1.generativeaimodel.oc1..1")

    def peer() -> object:
        r = raw.get(
            "/20231130/models/ocid1.generativeaimodel.oc1..1", headers={"opc-request-id": "R"}
        )
        r.raise_for_status()
        return Model.from_dict(r.json())

    sdk_s, peer_s = _timeit(sdk, n), _timeit(peer, n)
    return {
        "aiplane_us": sdk_s * 1e6,
        "raw_httpx_same_signing_us": peer_s * 1e6,
        "ratio": sdk_s / peer_s,
    }


def bench_import(repeat: int) -> dict[str, float]:
    def run(code: str) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    base = run("pass")
    ours = run("import aiplane") - base
    peer = run("import httpx, attrs") - base
    return {
        "import_aiplane_ms": ours * 1e3,
        "import_httpx_attrs_ms": peer * 1e3,
        "ratio": ours / peer,
    }


def bench_signing(n: int) -> dict[str, float]:
    import aiplane
    from aiplane.signing import fingerprint_of

    signer = aiplane.OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of(PUB.read_bytes()),
        private_key=str(KEY),
    )
    payload = b"x" * 2**20

    def sign(method: str, content: bytes | None) -> object:
        request = httpx.Request(method, "http://bench.test/20231130/models", content=content)
        return next(signer.sync_auth_flow(request))

    get_s = _timeit(lambda: sign("GET", None), n)
    put_s = _timeit(lambda: sign("PUT", payload), max(1, n // 10))
    return {"sign_get_us": get_s * 1e6, "sign_put_1mib_us": put_s * 1e6}


def bench_parse(n: int) -> dict[str, float]:
    import yaml

    from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
    from aiplane_management.models.model import Model

    doc = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())
    out: dict[str, float] = {}
    for name, cls in (("model", Model), ("dedicated_ai_cluster", DedicatedAiCluster)):
        example = doc["components"]["schemas"][cls.__name__]["example"]
        text = json.dumps(example)
        out[f"{name}_from_dict_us"] = _timeit(partial(cls.from_dict, example), n) * 1e6
        out[f"{name}_json_loads_us"] = _timeit(partial(json.loads, text), n) * 1e6
    return out


_SSE_SERVER = """
import http.server, json, sys
n = int(sys.argv[1])
chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": " word"}, "finish_reason": None}],
         "usage": None}
line = ("data: " + json.dumps(chunk, separators=(",", ":")) + "\\n\\n").encode()
body = line * n + b"data: [DONE]\\n\\n"
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def bench_sse(total: int) -> dict[str, float]:
    import httpx_sse

    import aiplane
    from aiplane_data.api.chat import create_chat_completion
    from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest

    server = subprocess.Popen(
        [sys.executable, "-c", _SSE_SERVER, str(total)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        messages = [{"role": "user", "content": "hi"}]
        client = aiplane.Client(data_url=base, data_auth=aiplane.APIKeyAuth("k"))
        body = CreateChatCompletionRequest.from_dict({"messages": messages})

        def ours() -> int:
            with aiplane.stream(create_chat_completion, client, "d", body=body) as chunks:
                return sum(1 for _ in chunks)

        raw = httpx.Client(base_url=base)
        url = "/openai/deployments/d/chat/completions"

        def peer() -> int:
            with httpx_sse.connect_sse(raw, "POST", url, json={"messages": messages}) as src:
                return sum(1 for e in src.iter_sse() if e.data != "[DONE]" and json.loads(e.data))

        out = {"aiplane_s": _cpu(ours, total), "httpx_sse_json_loads_s": _cpu(peer, total)}
        out["ratio"] = out["aiplane_s"] / out["httpx_sse_json_loads_s"]
        try:
            openai = importlib.import_module("openai")
        except ImportError:
            return out
        oa = openai.OpenAI(base_url=base + "/openai/deployments/d", api_key="k")

        def theirs() -> int:
            stream = oa.chat.completions.create(model="m", messages=messages, stream=True)
            return sum(1 for _ in stream)

        out["openai_stream_s"] = _cpu(theirs, total)
        out["ratio_vs_openai"] = out["aiplane_s"] / out["openai_stream_s"]
        return out
    finally:
        server.terminate()
        server.wait(timeout=10)


def _cpu(fn: Callable[[], int], expected: int) -> float:
    """Best-of-3 client CPU seconds of one whole stream (checks every chunk arrived)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        assert fn() == expected
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes (smoke run)")
    args = parser.parse_args()
    total, calls = (10_000, 200) if args.quick else (100_000, 2_000)
    results = {
        "pagination": bench_pagination(total, 1_000),
        "call_cpu": bench_call_cpu(calls),
        "import": bench_import(3 if args.quick else 7),
        "signing": bench_signing(calls),
        "parse": bench_parse(calls * 5),
        "sse_100k_chunks" if not args.quick else "sse_10k_chunks": bench_sse(total),
        "rate_limits": bench_rate_limits(*((100, 40) if args.quick else (1_000, 200))),
    }
    for name, values in results.items():
        print(f"{name}:")
        for key, value in values.items():
            print(
                f"  {key:44s} {value:12.3f}"
                if isinstance(value, float)
                else f"  {key:44s} {value:12d}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
