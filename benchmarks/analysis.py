"""Hand-written analysis of each missed target (RESULTS.md shows it under a row that misses),
written from the profiles in benchmarks/profiles/ and -X importtime; and the fixes this
work made, with the numbers before and after (both from `make bench` on this machine).
Update it when a cause is fixed; `benchmarks/run.py --report-only` rewrites RESULTS.md."""

from __future__ import annotations

ANALYSIS: dict[str, str] = {
    "B1": (
        "The lazy model packages fixed the cause the issue named (one operation used to"
        " import every model of its package: 3.85x the floor before, see below), but"
        " `import aiplane` itself is still about twice the floor. `python -X importtime`"
        " puts the extra ~100 ms in three places: (1) the runtime's ~45 modules executed at"
        " import (descriptors, retry, _flow, config, ratelimits, _sending, _otel, _call, ...:"
        " each 1-5 ms, mostly dataclass and class creation), about half of it; (2) the two"
        " generated `client.py` modules (attrs classes, ~4 ms each) and the operation's own"
        " models, chiefly `CreateChatCompletionRequest` (~40 attrs fields, ~10 ms); (3)"
        " httpcore and h11 (~12 ms), which the floor never loads because `import httpx`"
        " alone creates no transport, while aiplane's transport module imports them. Next"
        " steps: import the runtime's per-feature modules (runs, files, waiters, OTel,"
        " rate limits) on first use, and have the endpoint template import its models"
        " inside the functions that use them, as the model template now does."
    ),
    "B2": (
        "The signature reuse (B3) removed the RSA operation from most sequential calls for"
        " aiplane and the floor alike (same second, same signed headers), so what is left"
        " is the runtime's own work per call, which the floor does not do: per-call options"
        " and tracing scopes (contextvars), the OpenTelemetry call scope, parameter checks"
        " from the descriptors, an opc-request-id (uuid4) and a fresh httpx.Request per"
        " attempt (headers copied) so that a retry is signed again, the retry state and"
        " breaker bookkeeping, and the response's typed error mapping. The profile shows"
        " no single hot spot: each of these is 2-8 % of a call. (Versus oci the target is"
        " met now: oci signs every request with RSA and goes through requests.) Next"
        " steps: build the per-attempt"
        " request only when an attempt is retried (reuse the first one), and skip the"
        " tracing/OTel scopes when nothing listens."
    ),
    "B3": (
        "Only a signer that never reuses a signature (`aiplane_distinct`, every path"
        " different) can miss: its cost is the RSA operation (the floor) plus the request"
        " bookkeeping: the signed headers written into httpx.Headers (each set scans and"
        " rebuilds httpx's header list), the date (email.utils.formatdate), the 4 KiB"
        " body's SHA-256 for POST (the floor signs a prepared string and hashes nothing),"
        " the signing string and base64. Reading the headers once into a dict (instead of"
        " a scan per lookup) cut part of it; the rest is httpx.Headers' list-based set."
        " Identical requests within a second (`aiplane`) reuse their signature and cost a"
        " fraction of the floor."
    ),
    "B5": (
        "Typed chunks now cost ~5.7 µs each to build (14.4 µs before: the generated"
        " `from_dict` ran an import statement for every referenced model on every call)."
        " What is left over the floor (httpx-sse + json.loads + the same from_dict): (1)"
        " aiplane keeps every received event for `StreamInterrupted(events=...)`, so a"
        " 100,000-chunk stream holds ~600,000 objects and the cyclic GC rescans them:"
        " measured separately on 100,000 chunks, 38.6 µs a chunk, 31.3 µs with"
        " `gc.disable()`, while the floor stays at 24-26 µs either way; (2) the I/O-free"
        " flow's per-read steps (generator resumption, the per-read deadline scope, idle"
        " bookkeeping), the remaining ~6 µs a chunk, as the mock sends one chunk per"
        " network read. Next steps: keep only the events a resume needs"
        " (the last id) and count the rest, or make `events` opt-in."
    ),
    "B6": (
        "Uploads meet the target; downloads do not, because `aiplane.files.download` does"
        " work raw httpx skips: it verifies the server's `x-content-sha256` while writing"
        " (SHA-256 of every byte: ~0.26 s of the ~0.66 s client CPU for 256 MiB in a"
        " cProfile run, more than the socket reads) and fsyncs the temporary file before"
        " renaming it into place (~0.14 s), so a download that returns is complete,"
        " checked and durable. Both are deliberate; the raw peer does neither. Next"
        " step worth measuring: hash in a worker thread (hashlib releases the GIL for"
        " large buffers), overlapping the check with the next read."
    ),
    "B7": (
        "1,000 runs polled at most a second apart (PollSchedule initial 0.2 s, cap 1 s) need"
        " about 1,000 submits plus ~13 polls per run, ~14,000 requests, from one event"
        " loop through 32 connections to a single-process mock, with client and mock"
        " sharing 2 busy cores: the run is bound by requests per second, not by the runs'"
        " durations. The client is half of it: its CPU time (above) is ~2 ms per request"
        " on the async path (the run future's poll flow, the call scope, a fresh request"
        " per attempt, anyio task switches), the mock the rest. The pool bound holds."
        " Next steps: profile the async poll path (the sync B2 path costs a fraction of"
        " that per call), and a run-status route that answers many runs at once, or"
        " waiting on the run's event stream instead of polling, would"
        " cut the requests by an order of magnitude. When the machine is busy enough that"
        " a request waits more than the pool timeout (10 s by default) for one of the 32"
        " connections, submits fail with `Timeout: PoolTimeout` after their retries (a"
        " not-sent failure, retried with backoff up to 8 attempts): an earlier run of this"
        " benchmark crashed on it, so the row now counts failed runs. The SDK's answer for"
        " many concurrent runs is a semaphore bounding the runs in flight"
        " (examples/many_runs.py) or `httpx.Timeout(..., pool=None)`; whether an unbounded"
        " pool wait should be the default is a question for the maintainers."
    ),
}

FIXES: list[str] = [
    "Before: `make bench` rows B1, B2, B3, B5 run on the same machine (shared, same day) with"
    " the same harness and the runtime and generated code as they were before these fixes"
    " (commit 62fe33e); after: the rows of this run (summary above). Ratios only.",
    "",
    "| fix | row | before | after |",
    "|---|---|---|---|",
    "| generated `models/__init__.py` imports each model on first use (PEP 562, template"
    " `tools/templates/models_init.py.jinja`) | B1 aiplane / floor | 3.85 | see summary |",
    "| a signature reused for a request identical in every signed header within the same"
    " second (bounded memory of 64); headers read once into a dict | B3 GET aiplane / floor"
    " | 1.09 | see summary |",
    "| (same) | B3 POST aiplane / floor | 1.21 | see summary |",
    "| (same) | B3 GET aiplane_distinct / floor | 1.16 | see summary |",
    "| (same) | B3 POST aiplane_distinct / floor | 1.19 | see summary |",
    "| (same, plus parameter checks by one compiled regex) | B2 CPU aiplane / oci | 0.852"
    " | see summary |",
    "| (same) | B2 CPU aiplane / floor | 1.38 | see summary (the floor signs with the"
    " same signer, so it gains the same) |",
    "| generated models import the models they refer to once, not per call (template"
    " `model.py.jinja`); nullable primitives checked by one isinstance; stream read scope"
    " a plain context manager: ChatCompletionChunk.from_dict 14.4 µs → 5.7 µs"
    " | B5 chunks/s aiplane / openai | 2.09 | see summary |",
    "| (same) | B5 time aiplane / floor | 1.47 | see summary (the floor builds the same"
    " typed chunks, so it gains the same) |",
]
