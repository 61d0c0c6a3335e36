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
        " no single hot spot: each of these is 2-8 % of a call. Versus oci the ratio is"
        " better than before (oci signs every request with RSA and builds its own"
        " requests.Session request), but not 0.65. Next steps: build the per-attempt"
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
    "B4": (
        "Both clients wait on the same mock; the throughput ratio is within the spread of"
        " the runs (the mock builds and serialises each 100-item page in ~5 ms, more than"
        " either client spends parsing it). Client CPU per item is the fairer comparison."
    ),
    "B5": (
        "Typed chunks now cost ~5.7 µs each to build (14.4 µs before: the generated"
        " `from_dict` ran an import statement for every referenced model on every call)."
        " What is left over the floor (httpx-sse + json.loads + the same from_dict): (1)"
        " aiplane keeps every received event for `StreamInterrupted(events=...)`, so a"
        " 100,000-chunk stream holds ~600,000 objects and the cyclic GC rescans them"
        " (about 4-5 µs a chunk: the same stream with `gc.disable()` is that much"
        " faster); (2) the I/O-free flow's per-read steps (generator resumption, the"
        " per-read deadline scope, idle bookkeeping), 2-4 µs a chunk as the mock sends"
        " one chunk per network read. Next steps: keep only the events a resume needs"
        " (the last id) and count the rest, or make `events` opt-in."
    ),
    "B6": (
        "Upload and download stream through the same 64 KiB chunks as raw httpx; the"
        " signed upload hashes the file in one extra pass before sending (the raw peer"
        " with the same signer does too). Differences within the runs' spread come from"
        " the mock writing to the same disk."
    ),
    "B7": (
        "The wall time is bounded below by the longest run plus one poll interval"
        " (PollSchedule max_interval 1 s) and by submitting 1,000 runs through a pool of"
        " 32 connections to a single-process mock that also answers every poll; on a"
        " shared 2-core machine the mock is the bottleneck (it serves ~1,000 polls a"
        " second). The pool bound holds."
    ),
}

FIXES: list[str] = []
