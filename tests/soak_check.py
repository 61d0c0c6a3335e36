"""The fault soak's verdict: every call of :mod:`tests.soak` held against the mock's own state
(its resources, files and request records), counted.

Counts: ``calls``, ``succeeded``, ``typed_errors`` (by class), ``outcome_unknown``,
``resent`` / ``resent_ok`` / ``resent_second_resource``, ``duplicates``, ``lost`` (a success
whose resource is missing), ``ghosts`` (a definite error whose resource exists), ``untyped``,
``bytes_mismatch``, ``chat_processed_twice``; each must be zero where the issue says so.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

import httpx

import aiplane
from aiplane_mock import MockServer
from tests.soak import COMPARTMENT, OPERATIONS, Call, streamed

__all__ = ["check", "VIOLATIONS"]

VIOLATIONS = (
    "untyped",
    "outcome_unknown_unambiguous",
    "duplicates",
    "lost",
    "ghosts",
    "resent_second_resource",
    "bytes_mismatch",
    "chat_processed_twice",
    "request_log_full",
    "cause_cycles",
)


# What may leave a write's outcome unknown: a broken or timed-out exchange, never an answer.
_AMBIGUOUS = (httpx.TransportError, aiplane.errors.TransportError)


def server_names(client: aiplane.Client) -> dict[str, Counter[str]]:
    """Per operation, how many resources the server holds under each soak name (id or etag)."""
    clusters = client.management.list_dedicated_ai_clusters(compartment_id=COMPARTMENT)
    runs = client.data.list_runs(limit=100)
    home = aiplane.files.my_files_home(client)
    files = aiplane.files.list_folder(client, home / "soak/", limit=100)
    return {
        OPERATIONS[0]: Counter(str(c.display_name) for c in clusters),
        OPERATIONS[1]: Counter(_run_name(r) for r in runs),
        OPERATIONS[2]: Counter(str(f.name).removesuffix(".bin") for f in files),
    }


def _run_name(run: Any) -> str:
    metadata = run.metadata.to_dict() if hasattr(run.metadata, "to_dict") else {}
    return str(metadata.get("soak", ""))


def root_cause(error: BaseException, counts: Counter[str]) -> BaseException | None:
    """The first cause of ``error`` that is not an OutcomeUnknown; a cause chain that comes
    back to an exception already seen (``raise e from e``) is counted in ``cause_cycles``."""
    seen = {id(error)}
    cause = error.__cause__
    while isinstance(cause, aiplane.errors.OutcomeUnknown):
        if id(cause) in seen:
            counts["cause_cycles"] += 1
            return None
        seen.add(id(cause))
        counts["outcome_unknown_nested"] += 1
        cause = cause.__cause__
    return cause


def _count_errors(calls: Iterable[Call], counts: Counter[str]) -> None:
    for call in calls:
        if call.error is None:
            counts["succeeded"] += 1
        elif isinstance(call.error, aiplane.errors.AiplaneError):
            counts["typed_errors"] += 1
            counts[f"error:{type(call.error).__name__}"] += 1
            kind = getattr(call.error, "kind", None)
            suffix = f":{kind.value}" if kind is not None else ""
            counts[f"error:{call.operation}:{type(call.error).__name__}{suffix}"] += 1
            if isinstance(call.error, aiplane.errors.OutcomeUnknown):
                cause = root_cause(call.error, counts)
                counts[f"outcome_unknown_after:{type(cause).__name__}"] += 1
                causes = [cause, *(event.exception for event in call.retries)]
                ambiguous = any(isinstance(c, _AMBIGUOUS) for c in causes)
                counts["outcome_unknown_unambiguous"] += not ambiguous
        else:
            counts["untyped"] += 1
            counts[f"untyped:{type(call.error).__name__}"] += 1


def _check_resource(call: Call, held: int, counts: Counter[str]) -> None:
    """One write against how many resources its name has on the server."""
    if held > 1:
        counts["duplicates"] += 1
    final = call.resent or call
    if call.resent is not None:
        counts["resent"] += 1
        counts["resent_ok"] += final.error is None
        if final.error is None and call.operation != OPERATIONS[2] and held != 1:
            counts["resent_second_resource"] += 1
    if final.error is None and held == 0:
        counts["lost"] += 1
    definite = isinstance(final.error, aiplane.errors.AiplaneError) and not isinstance(
        final.error, aiplane.errors.OutcomeUnknown
    )
    if definite and held and call.resent is None:
        # An upload is an idempotent PUT: an error after a processed attempt leaves the file
        # (byte-exact, checked below), and sending it again is safe. Counted, not a violation.
        counts["upload_failed_but_stored" if call.operation == OPERATIONS[2] else "ghosts"] += 1


def _check_bytes(client: aiplane.Client, calls: list[Call], counts: Counter[str]) -> None:
    """Every file the server holds is byte-exact (downloaded, SHA-256 compared)."""
    home = aiplane.files.my_files_home(client)
    for call in calls:
        url = home / f"soak/{call.name}.bin"
        try:
            data = b"".join(aiplane.files.iter_download(client, url))
        except aiplane.errors.NotFound:
            continue
        counts["downloaded"] += 1
        if hashlib.sha256(data).digest() != hashlib.sha256(call.payload).digest():
            counts["bytes_mismatch"] += 1


def check(mock: MockServer, client: aiplane.Client, calls: list[Call]) -> Counter[str]:
    """The counts of one soak (faults already cleared)."""
    counts: Counter[str] = Counter(calls=len(calls))
    _count_errors(calls, counts)
    _count_errors((c.resent for c in calls if c.resent is not None), counts)
    counts["outcome_unknown"] = counts["error:OutcomeUnknown"]
    names = server_names(client)
    for call in calls:
        counts[f"calls:{call.operation}:{call.mode}"] += 1
        counts["calls:chat_streamed"] += streamed(call)
        if call.operation in names:
            _check_resource(call, names[call.operation][call.name], counts)
    _check_bytes(client, [c for c in calls if c.operation == OPERATIONS[2]], counts)
    chats = sum(c.operation == OPERATIONS[3] for c in calls)
    processed = sum(
        r.operation_id == OPERATIONS[3] and r.status == 200 for r in mock.control.requests()
    )
    counts["chat_processed"] = processed
    counts["chat_processed_twice"] = max(0, processed - chats)
    counts["requests"] = len(mock.control.requests())
    # a full log may have dropped the oldest records: the counts above would not see them
    counts["request_log_full"] = int(counts["requests"] >= mock.control.request_log_size)
    return counts
