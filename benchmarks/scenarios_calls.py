"""Worker scenarios of the management plane: B2 (signed get_model), B3 (signing alone),
B4 (pagination). Each client talks to the same mock with the same request."""

from __future__ import annotations

import gc
import time
import tracemalloc
import weakref
from collections.abc import Callable
from typing import Any

from common import COMPARTMENT, KEY, PUB, TENANCY, USER


def aiplane_signer() -> Any:
    import aiplane
    from aiplane.signing import fingerprint_of

    return aiplane.OCISigner(
        tenancy=TENANCY,
        user=USER,
        fingerprint=fingerprint_of(PUB.read_bytes()),
        private_key=str(KEY),
    )


def oci_client(options: dict[str, Any]) -> Any:
    import oci

    from aiplane.signing import fingerprint_of

    fingerprint = fingerprint_of(PUB.read_bytes())
    signer = oci.signer.Signer(TENANCY, USER, fingerprint, str(KEY))
    config = {
        "region": "us-chicago-1",
        "tenancy": TENANCY,
        "user": USER,
        "fingerprint": fingerprint,
        "key_file": str(KEY),
    }
    base = options["management_url"].rsplit("/", 1)[0]
    return oci.generative_ai.GenerativeAiClient(config, signer=signer, service_endpoint=base)


def _loop(call: Callable[[], object], n: int, warm: int, options: dict[str, Any]) -> dict[str, Any]:
    """``warm`` calls, then ``n`` timed ones: CPU per call, wall, each call's latency."""
    from workers import profiled

    for _ in range(warm):
        call()
    latencies = []
    gc.collect()
    with profiled(options):
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(n):
            start = time.perf_counter()
            call()
            latencies.append(time.perf_counter() - start)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu_per_call_s": cpu / n, "wall_per_call_s": wall / n, "latencies_s": latencies}


def b2_calls(client: str, options: dict[str, Any]) -> dict[str, Any]:
    model_id, n = options["model_id"], options["n"]
    if client == "aiplane":
        import aiplane
        from aiplane_management.api.model import get_model

        sdk = aiplane.Client(management_url=options["management_url"], auth=aiplane_signer())
        call: Callable[[], object] = lambda: aiplane.call(get_model, sdk, model_id)  # noqa: E731
    elif client == "oci":
        peer = oci_client(options)
        call = lambda: peer.get_model(model_id).data  # noqa: E731
    else:
        import httpx

        from aiplane_management.models.model import Model

        raw = httpx.Client(base_url=options["management_url"], auth=aiplane_signer())

        def call() -> object:
            answer = raw.get(f"/models/{model_id}")
            answer.raise_for_status()
            return Model.from_dict(answer.json())

    return _loop(call, n, min(50, n), options)


def _signing_string(method: str, url: str, body: bytes | None) -> bytes:
    """The message a bare RSA-SHA256 signs: the signing string of this request."""
    import base64
    import email.utils
    import hashlib

    import httpx

    from aiplane.signing import BODY_HEADERS, GENERIC_HEADERS, build_signing_string

    parsed = httpx.URL(url)
    headers = {"date": email.utils.formatdate(usegmt=True)}
    names = list(GENERIC_HEADERS)
    if body is not None:
        digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
        headers |= {"content-length": str(len(body)), "content-type": "application/json"}
        headers["x-content-sha256"] = digest
        names += BODY_HEADERS
    target, host = parsed.raw_path.decode(), parsed.netloc.decode()
    return build_signing_string(method, target, host, headers, names)


def b3_signing(client: str, options: dict[str, Any]) -> dict[str, Any]:
    n, method = options["n"], options["method"]
    url = "http://127.0.0.1:1/20231130/models/ocid1.generativeaimodel.oc1..bench"
    body = b"x" * 4096 if method == "POST" else None
    distinct = client.endswith("distinct")
    if client.startswith("aiplane"):
        import httpx

        signer = aiplane_signer()
        urls = [f"{url}{i}" if distinct else url for i in range(n)]
        built = [httpx.Request(method, urls[i], content=body) for i in range(n)]

        def sign(i: int) -> object:
            return next(signer.sync_auth_flow(built[i]))

    elif client == "oci":
        import oci
        import requests

        from aiplane.signing import fingerprint_of

        peer = oci.signer.Signer(TENANCY, USER, fingerprint_of(PUB.read_bytes()), str(KEY))

        prepared = [requests.Request(method, url, data=body).prepare() for _ in range(n)]

        def sign(i: int) -> object:
            return peer(prepared[i])

    else:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        from aiplane.signing import load_private_key

        message = _signing_string(method, url, body)
        key = load_private_key(str(KEY))

        def sign(i: int) -> object:
            return key.sign(message, padding.PKCS1v15(), hashes.SHA256())

    from workers import profiled

    for i in range(min(n, 50)):
        sign(i)
    runs = []
    with profiled(options):
        for _ in range(options.get("inner", 1)):
            cpu = time.process_time()
            for i in range(n):
                sign(i)
            runs.append((time.process_time() - cpu) / n)
    return {"cpu_per_sign_s": runs}


def b4_pages(client: str, options: dict[str, Any]) -> dict[str, Any]:
    limit = options["page"]
    if client == "aiplane":
        import aiplane
        from aiplane_management.api.model import list_models

        sdk = aiplane.Client(management_url=options["management_url"], auth=aiplane_signer())

        def items() -> Any:
            return aiplane.paginate(list_models, sdk, compartment_id=COMPARTMENT, limit=limit)
    else:
        import oci

        peer = oci_client(options)

        def items() -> Any:
            return oci.pagination.list_call_get_all_results_generator(
                peer.list_models, "record", compartment_id=COMPARTMENT, limit=limit
            )

    from workers import profiled

    if options.get("memory"):
        return _b4_memory(items)
    with profiled(options):
        cpu, wall = time.process_time(), time.perf_counter()
        count = sum(1 for _ in items())
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"items": count, "cpu_s": cpu, "wall_s": wall}


def _b4_memory(items: Callable[[], Any]) -> dict[str, Any]:
    """A second pass under tracemalloc: traced memory every 1,000 items, items alive at once."""
    alive = [0, 0]

    def freed() -> None:
        alive[0] -= 1

    series: list[float] = []
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for number, item in enumerate(items()):
        weakref.finalize(item, freed)
        alive[0] += 1
        alive[1] = max(alive[1], alive[0])
        if number % 1000 == 0:
            series.append((tracemalloc.get_traced_memory()[0] - base) / 2**20)
        del item
    peak = (tracemalloc.get_traced_memory()[1] - base) / 2**20
    tracemalloc.stop()
    return {"peak_traced_mib": peak, "max_items_alive": alive[1], "memory_mib": series}


def register_calls(scenario: Callable[..., Any], _profiled: Callable[..., Any]) -> None:
    scenario("B2", "aiplane", "oci", "floor")(b2_calls)
    scenario("B3", "aiplane", "aiplane_distinct", "oci", "floor")(b3_signing)
    scenario("B4", "aiplane", "oci")(b4_pages)
