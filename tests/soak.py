"""The fault soak (issue 13 point 1): writes through the SDK against the mock under injected
faults, sync and async, several workers; every outcome recorded for :mod:`tests.soak_check`.

One workload for both sizes: the quick test (tests/test_soak.py) and ``make soak``
(tools/soak.py, 10,000 writes, 8 workers) call :func:`run_soak` with their size and seed.
"""

from __future__ import annotations

import os
import random
import re
import tempfile
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx

import aiplane
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_data.models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
from aiplane_data.models.run_metadata import RunMetadata
from aiplane_data.types import UNSET
from aiplane_management.types import UNSET as MANAGEMENT_UNSET
from aiplane_mock import MockServer
from aiplane_mock.faults import FAULT_KEY_HEADER

__all__ = [
    "FAULTS",
    "OPERATIONS",
    "Call",
    "SoakConfig",
    "client_options",
    "run_soak",
    "threads_left",
]

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaasoak"
OPERATIONS = ("createDedicatedAiCluster", "createRun", "uploadFile", "createChatCompletion")
# Every request-level fault kind the mock has, as (name, inject options).
FAULTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("status_429", {"kind": "status", "status": 429, "retry_after": 1}),
    ("status_503", {"kind": "status", "status": 503}),
    ("drop_before", {"kind": "drop_before"}),
    ("drop_after", {"kind": "drop_after"}),
    ("latency", {"kind": "latency", "delay": 0.6}),  # longer than the client's timeout
    ("cut_stream", {"kind": "cut_stream", "after_bytes": 5}),
)
TIMEOUT = 0.3
_AIPLANE_TEMP = re.compile(r"tmp[a-z0-9_]{8}")


@dataclass(frozen=True)
class SoakConfig:
    """Size and seed of one soak; ``fault_rate`` is the share of requests given a fault."""

    writes: int
    workers: int
    seed: int
    fault_rate: float = 0.2


@dataclass
class Call:
    """One write and what came of it."""

    number: int
    operation: str
    mode: str
    name: str
    payload: bytes = b""
    result_id: str | None = None
    error: BaseException | None = None
    resent: Call | None = None  # the re-send with the retry token after OutcomeUnknown
    extra: dict[str, Any] = field(default_factory=dict)
    retries: list[aiplane.RetryEvent] = field(default_factory=list)  # uploads record none
    faults: list[str] = field(default_factory=list)  # what each of its requests got ("": none)


def client_options(mock: MockServer, api_key: str, signer: Any) -> dict[str, Any]:
    """Client settings for the soak: short timeout and backoff so faults cost little time."""
    return {
        "management_url": mock.management_url,
        "data_url": mock.data_url,
        "auth": signer,
        "data_auth": aiplane.APIKeyAuth(api_key),
        "timeout": TIMEOUT,
        "retry": aiplane.RetryPolicy(max_attempts=3, backoff_base=0.02, backoff_cap=0.2),
    }


def inject_faults(mock: MockServer, rate: float) -> None:
    """One rule per operation and fault kind; together they fire on ``rate`` of the requests."""
    each = 1.0 - (1.0 - rate) ** (1.0 / len(FAULTS))
    for operation in OPERATIONS:
        for _, options in FAULTS:
            if operation == OPERATIONS[3] and "after_bytes" in options:
                # a chat answer is ~630 bytes, a stream ~3,400 in ~310-byte events: cut inside
                # the JSON answer, and inside a stream's second event
                options = {**options, "after_bytes": 500}
            mock.control.inject(route=operation, count=None, probability=each, **options)


def plan(config: SoakConfig) -> list[Call]:
    """The calls of one soak, drawn from the seed: operations in turn, half sync half async."""
    rng = random.Random(config.seed)
    calls = []
    for number in range(config.writes):
        operation = OPERATIONS[number % len(OPERATIONS)]
        payload = rng.randbytes(rng.randint(1, 48 * 1024)) if operation == "uploadFile" else b""
        mode = ("sync", "async")[number // len(OPERATIONS) % 2]
        name = f"soak-{config.seed}-{number}"
        calls.append(Call(number, operation, mode, name, payload))
    return calls


def _token(call: Call) -> Any:
    """The retry token a re-send carries; UNSET (of the call's plane) on a first send (the SDK
    adds one)."""
    unset = MANAGEMENT_UNSET if call.operation == OPERATIONS[0] else UNSET
    return call.extra.get("token") or unset


def streamed(call: Call) -> bool:
    """Whether a chat call reads its answer as a stream (every other chat call of each mode)."""
    return call.operation == OPERATIONS[3] and call.number // (2 * len(OPERATIONS)) % 2 == 1


def _chat_text(completion: Any) -> str:
    return str(completion.choices[0].message.content)


def sync_write(client: aiplane.Client, home: Any, deployment: str, call: Call) -> str:
    """Send one write (a re-send with its retry token); its id (a chat: its answer)."""
    token = _token(call)
    if call.operation == "createDedicatedAiCluster":
        cluster = client.management.create_dedicated_ai_cluster(
            type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1,
            unit_shape="LARGE_GENERIC", display_name=call.name, opc_retry_token=token, on_retry=call.retries.append,
        )  # fmt: skip
        return str(cluster.id)
    if call.operation == "createRun":
        future = client.data.create_run(
            deployment, args=CreateRunWithArgsDetailsArgs.from_dict({"n": call.number}),
            metadata=RunMetadata.from_dict({"soak": call.name}), opc_retry_token=token, on_retry=call.retries.append,
        )  # fmt: skip
        return str(future.id)
    if call.operation == "uploadFile":
        meta = aiplane.files.upload(client, home / f"soak/{call.name}.bin", call.payload)
        return str(meta.etag)
    message = ChatCompletionUserMessage(content=call.name)
    if streamed(call):
        with client.data.create_chat_completion_stream(
            deployment, messages=[message], on_retry=call.retries.append
        ) as chunks:
            return _chat_text(aiplane.chat.fold(chunks))
    return _chat_text(
        client.data.create_chat_completion(
            deployment, messages=[message], on_retry=call.retries.append
        )
    )


async def async_write(client: aiplane.AsyncClient, home: Any, deployment: str, call: Call) -> str:
    """The async twin of :func:`sync_write`."""
    token = _token(call)
    if call.operation == "createDedicatedAiCluster":
        cluster = await client.management.create_dedicated_ai_cluster(
            type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1,
            unit_shape="LARGE_GENERIC", display_name=call.name, opc_retry_token=token, on_retry=call.retries.append,
        )  # fmt: skip
        return str(cluster.id)
    if call.operation == "createRun":
        future = await client.data.create_run(
            deployment, args=CreateRunWithArgsDetailsArgs.from_dict({"n": call.number}),
            metadata=RunMetadata.from_dict({"soak": call.name}), opc_retry_token=token, on_retry=call.retries.append,
        )  # fmt: skip
        return str(future.id)
    if call.operation == "uploadFile":
        meta = await aiplane.files.aupload(client, home / f"soak/{call.name}.bin", call.payload)
        return str(meta.etag)
    message = ChatCompletionUserMessage(content=call.name)
    if streamed(call):
        async with client.data.create_chat_completion_stream(
            deployment, messages=[message], on_retry=call.retries.append
        ) as chunks:
            return _chat_text(await aiplane.chat.afold(chunks))
    return _chat_text(
        await client.data.create_chat_completion(
            deployment, messages=[message], on_retry=call.retries.append
        )
    )


def resend_of(call: Call) -> Call | None:
    """After OutcomeUnknown, the re-send (with its retry token; an upload is a PUT, re-sent as
    is); None when there is nothing to re-send (a chat completion has no retry token)."""
    error = call.error
    if not isinstance(error, aiplane.errors.OutcomeUnknown) or call.operation == OPERATIONS[3]:
        return None
    call.resent = Call(call.number, call.operation, call.mode, call.name, call.payload)
    call.resent.extra["token"] = error.retry_token
    return call.resent


def keyed(call: Call) -> Any:
    """Every request of ``call`` (and of its re-send) carries its name as the mock's fault key,
    so that its n-th request gets the same fault in every run with the seed."""
    return aiplane.call_options(headers={FAULT_KEY_HEADER: call.name})


def sync_one(client: aiplane.Client, home: Any, deployment: str, call: Call) -> None:
    """Make ``call``, recording its result or exception, and re-send once after OutcomeUnknown."""
    target: Call | None = call
    while target is not None:
        try:
            with keyed(call):
                target.result_id = sync_write(client, home, deployment, target)
        except Exception as error:  # every exception is recorded; the check types them
            target.error = error
        target = resend_of(call) if target is call else None


async def async_one(client: aiplane.AsyncClient, home: Any, deployment: str, call: Call) -> None:
    """The async twin of :func:`sync_one`."""
    target: Call | None = call
    while target is not None:
        try:
            with keyed(call):
                target.result_id = await async_write(client, home, deployment, target)
        except Exception as error:
            target.error = error
        target = resend_of(call) if target is call else None


def checked_out(pool: Any) -> int:
    """How many requests wait in an httpcore pool and how many connections are busy."""
    busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    return len(pool._requests) + len(busy)


def run_sync(
    options: dict[str, Any], deployment: str, calls: list[Call], workers: int, out: Counter[str]
) -> None:
    """The sync half: ``workers`` threads sharing one client; its pool's busy count in ``out``."""
    with aiplane.Client(**options) as client:
        home = aiplane.files.my_files_home(client)
        with ThreadPoolExecutor(workers, thread_name_prefix="soak") as pool:
            list(pool.map(lambda c: sync_one(client, home, deployment, c), calls))
        out["checked_out:sync"] = checked_out(client.pool.sync.inner._pool)  # type: ignore[attr-defined]


async def run_async(
    options: dict[str, Any], deployment: str, calls: list[Call], workers: int, out: Counter[str]
) -> None:
    """The async half: ``workers`` tasks sharing one client; its pool's busy count in ``out``."""
    queue = list(reversed(calls))

    async def worker(client: aiplane.AsyncClient, home: Any) -> None:
        while queue:
            await async_one(client, home, deployment, queue.pop())

    async with aiplane.AsyncClient(**options) as client:
        home = await aiplane.files.amy_files_home(client)
        async with anyio.create_task_group() as group:
            for _ in range(workers):
                group.start_soon(worker, client, home)
        out["checked_out:async"] = checked_out(client.pool.async_.inner._pool)  # type: ignore[attr-defined]


def run_soak(
    mock: MockServer, config: SoakConfig, options: dict[str, Any], deployment: str
) -> tuple[list[Call], Counter[str]]:
    """Run the soak's calls (sync and async halves at once) under faults; the calls, and
    counts of the faults fired and of connections left busy in each client's pool."""
    calls = plan(config)
    inject_faults(mock, config.fault_rate)
    out: Counter[str] = Counter()
    halves = [[c for c in calls if c.mode == mode] for mode in ("sync", "async")]
    thread = threading.Thread(
        target=run_sync, args=(options, deployment, halves[0], config.workers, out)
    )
    thread.start()
    try:
        anyio.run(run_async, options, deployment, halves[1], config.workers, out)
    finally:
        thread.join()
        record_faults(mock, calls)
        for rule in mock.control.faults():
            kind = f"status_{rule.status}" if rule.kind == "status" else rule.kind
            out[f"fault:{kind}"] += rule.fired
        mock.control.clear_faults()
    return calls, out


def record_faults(mock: MockServer, calls: list[Call]) -> None:
    """Give each call the faults its requests got, in order, from the mock's keyed record."""
    by_name = {call.name: call for call in calls}
    for (key, n), label in sorted(mock.control.fault_decisions().items()):
        if key in by_name:
            by_name[key].faults.append(label)
            assert len(by_name[key].faults) == n


def fd_count(mock: MockServer) -> int:
    """Open file descriptors of this process but the mock server's sockets (it runs in this
    process too, and may still hold a connection the client gave up, e.g. during latency)."""
    port = httpx.URL(mock.data_url).port
    theirs = set()
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                theirs.add(f"socket:[{fields[9]}]")
    mine = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            mine += os.readlink(f"/proc/self/fd/{fd}") not in theirs
        except FileNotFoundError:  # the descriptor listdir itself used
            continue
    return mine


def threads_left(before: set[int | None]) -> list[str]:
    """Threads started since ``before`` still alive, but for anyio workers of an event loop
    still running (the mock server's, in this process). A worker of the SDK's closed loops is
    given up to 2 s to end (anyio stops it when its loop's root task ends)."""
    started = [t for t in threading.enumerate() if t.ident not in before]
    mine = [t for t in started if getattr(t, "loop", None) is None or t.loop.is_closed()]  # type: ignore[attr-defined]
    for thread in mine:
        thread.join(timeout=2.0)
    return [t.name for t in mine if t.is_alive()]


def temp_names() -> set[str]:
    """Entries of the temp directory with the names aiplane's temporary files get: tempfile's
    default ``tmpXXXXXXXX`` (no suffix: a spooled body rolled to disk) and ``.part`` files of
    downloads. Others (``tmpXXXXXXXX.json``...) belong to other programs sharing the dir."""
    names = (p.name for p in Path(tempfile.gettempdir()).iterdir())
    return {n for n in names if _AIPLANE_TEMP.fullmatch(n) or n.endswith(".part")}
