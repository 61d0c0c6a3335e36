"""Worker scenarios of the data plane: B5 (a long chat stream), B6 (a big file up and down),
B7 (many concurrent runs)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import API_KEY
from scenarios_calls import aiplane_signer

MESSAGES = [{"role": "user", "content": "stream please"}]


# --------------------------------------------------------------------------- B5


def b5_stream(client: str, options: dict[str, Any]) -> dict[str, Any]:
    data_url, deployment = options["data_url"], options["deployment"]
    if client == "aiplane":
        import aiplane
        from aiplane_data.api.chat import create_chat_completion
        from aiplane_data.models.create_chat_completion_request import (
            CreateChatCompletionRequest,
        )

        sdk = aiplane.Client(data_url=data_url, data_auth=aiplane.APIKeyAuth(API_KEY))
        body = CreateChatCompletionRequest.from_dict({"messages": MESSAGES, "stream": True})

        def run() -> int:
            with aiplane.stream(create_chat_completion, sdk, deployment, body=body) as chunks:
                return sum(1 for c in chunks if c.choices and c.choices[0].delta.content)

    elif client == "openai":
        import openai

        peer = openai.OpenAI(
            base_url=f"{data_url}/openai/deployments/{deployment}", api_key=API_KEY
        )

        def run() -> int:
            stream = peer.chat.completions.create(model="m", messages=MESSAGES, stream=True)  # type: ignore[arg-type]
            return sum(1 for c in stream if c.choices and c.choices[0].delta.content)

    else:
        import httpx

        raw = httpx.Client(base_url=data_url, headers={"api-key": API_KEY}, timeout=120)
        url = f"/openai/deployments/{deployment}/chat/completions"
        floor = b5_floor()

        def run() -> int:
            return floor(raw, url, {"messages": MESSAGES, "stream": True})

    from workers import profiled

    with profiled(options):
        cpu, wall = time.process_time(), time.perf_counter()
        count = run()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    if count != options["chunks"]:
        raise AssertionError(f"{client} read {count} content chunks of {options['chunks']}")
    return {"cpu_s": cpu, "wall_s": wall, "chunks": count}


def b5_floor() -> Callable[[Any, str, dict[str, Any]], int]:
    """The floor's stream reader: httpx-sse + json.loads + the generated typed chunk; it
    counts the chunks with content (``read(client, url, payload)``)."""
    import httpx_sse

    from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk

    def read(raw: Any, url: str, payload: dict[str, Any]) -> int:
        count = 0
        with httpx_sse.connect_sse(raw, "POST", url, json=payload) as source:
            for event in source.iter_sse():
                if event.data == "[DONE]":
                    break
                chunk = ChatCompletionChunk.from_dict(json.loads(event.data))
                count += bool(chunk.choices and chunk.choices[0].delta.content)
        return count

    return read


# --------------------------------------------------------------------------- B6


def b6_files(client: str, options: dict[str, Any]) -> dict[str, Any]:
    source, target = Path(options["source"]), Path(options["target"])
    name = f"bench/{client}.bin"
    if client.startswith("aiplane"):
        import aiplane

        auth = aiplane_signer() if client.endswith("signed") else aiplane.APIKeyAuth(API_KEY)
        sdk = aiplane.Client(data_url=options["data_url"], data_auth=auth)
        home = aiplane.files.my_files_home(sdk)
        up = _timed(lambda: aiplane.files.upload(sdk, home / name, source))
        down = _timed(lambda: aiplane.files.download(sdk, home / name, target))
    else:
        import httpx

        auth_headers = {} if client.endswith("signed") else {"api-key": API_KEY}
        signer = aiplane_signer() if client.endswith("signed") else None
        raw = httpx.Client(
            base_url=options["data_url"], headers=auth_headers, auth=signer, timeout=600
        )
        bucket = raw.get("/v1/bucket").json()["bucket"]
        path = f"/v1/files/{bucket}/{name}"

        def upload() -> None:
            with source.open("rb") as handle:
                files = {"file": ("f.bin", handle, "application/octet-stream")}
                raw.put(path, files=files).raise_for_status()

        def download() -> None:
            with raw.stream("GET", path) as answer, target.open("wb") as out:
                answer.raise_for_status()
                for chunk in answer.iter_bytes(65536):
                    out.write(chunk)

        up, down = _timed(upload), _timed(download)
    size = source.stat().st_size
    if target.stat().st_size != size:
        raise AssertionError(f"{client} downloaded {target.stat().st_size} bytes of {size}")
    target.unlink()
    return {"upload_s": up, "download_s": down, "bytes": size}


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# --------------------------------------------------------------------------- B7


def _connections(port: int) -> int:
    """TCP connections of this process to ``port``: the peer of each of its socket
    descriptors (a duplicate, so the event loop's own is untouched). Not /proc/net/tcp: on a
    machine shared with other work that table has thousands of lines, and reading it costs
    the kernel ~30 ms a sample, counted as this process's CPU (it was, before)."""
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            if not os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                continue
            with socket.socket(fileno=os.dup(int(name))) as sock:
                if sock.family in (socket.AF_INET, socket.AF_INET6):
                    count += sock.getpeername()[1] == port
        except OSError:  # closed meanwhile, or not connected
            continue
    return count


class _Watch:
    """Peak connections of this process to the mock, sampled every 20 ms in a thread."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _connections(self.port))

    def __enter__(self) -> _Watch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _failure(failures: dict[str, int], exc: Exception) -> None:
    name = f"{type(exc).__name__}: {str(exc).split(' (')[0][:60]}"
    failures[name] = failures.get(name, 0) + 1


async def _settled(future: Any, error: Exception) -> Any:
    """A future's outcome if its run ended (no request), else ``error``."""
    import aiplane

    if not future.done():
        return error
    try:
        return await future.result()
    except aiplane.errors.RunFailed as failed:
        return failed


async def _b7_batch(
    c: Any, options: dict[str, Any], schedule: Any, failures: dict[str, int], futures: list[Any]
) -> int:
    """As a user with the batch helper: submit every run, then await_runs them all."""
    import anyio

    import aiplane

    async def submit(number: int) -> None:
        try:
            futures.append(
                await aiplane.asubmit_run(
                    c, options["deployment"], args={"n": number}, schedule=schedule
                )
            )
        except aiplane.errors.AiplaneError as exc:  # reported, not hidden
            _failure(failures, exc)

    async with anyio.create_task_group() as group:
        for number in range(options["runs"]):
            group.start_soon(submit, number)
    options["submitted_at"] = time.time()
    try:
        outcomes = await aiplane.await_runs(futures, return_exceptions=True)
    except aiplane.errors.AiplaneError as exc:  # the wait as a whole failed: runs not done
        outcomes = [await _settled(f, exc) for f in futures]
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            _failure(failures, outcome)
    return sum(not isinstance(o, Exception) for o in outcomes)


async def _b7_futures(
    c: Any, options: dict[str, Any], schedule: Any, failures: dict[str, int], futures: list[Any]
) -> int:
    """As before the batch helper: one task per run, each awaiting its own future."""
    import anyio

    import aiplane

    done = [0]

    async def one(number: int) -> None:
        try:
            future = await aiplane.asubmit_run(
                c, options["deployment"], args={"n": number}, schedule=schedule
            )
            futures.append(future)
            options["submitted_at"] = max(options.get("submitted_at", 0.0), time.time())
            await future.result()
            done[0] += 1
        except aiplane.errors.AiplaneError as exc:  # reported, not hidden
            _failure(failures, exc)

    async with anyio.create_task_group() as group:
        for number in range(options["runs"]):
            group.start_soon(one, number)
    return done[0]


def b7_runs(client: str, options: dict[str, Any]) -> dict[str, Any]:
    import anyio
    import httpx

    import aiplane

    count, pool_size = options["runs"], options["pool"]
    schedule = aiplane.PollSchedule(
        initial=options["poll_initial"], max_interval=options["poll_max"]
    )
    limits = httpx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size)
    failures: dict[str, int] = {}
    futures: list[Any] = []
    sent = [0]  # requests: one per call (the before hook) plus one per retry

    def count_call(request: httpx.Request) -> None:
        sent[0] += 1

    def count_retry(event: Any) -> None:
        sent[0] += 1

    async def main() -> int:
        pool = aiplane.ConnectionPool(limits=limits)
        async with aiplane.AsyncClient(
            data_url=options["data_url"],
            data_auth=aiplane.APIKeyAuth(API_KEY),
            pool=pool,
            hooks=aiplane.Hooks(before=[count_call]),
            on_retry=count_retry,
        ) as c:
            wait = _b7_batch if client == "aiplane" else _b7_futures
            with anyio.fail_after(600):
                finished = await wait(c, options, schedule, failures, futures)
        await pool.aclose()
        return finished

    from workers import profiled

    with _Watch(options["port"]) as watch, profiled(options):
        start, cpu, began = time.perf_counter(), time.process_time(), time.time()
        finished = anyio.run(main)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    ends = [f.last.time_finished.timestamp() for f in futures if f.done()]
    if finished + sum(failures.values()) != count:
        raise AssertionError(f"{finished} of {count} runs finished, failures: {failures}")
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "requests": sent[0],
        # the phases: all submits answered, the last run's end (the mock's clock, speed 1)
        "submitted_s": options.get("submitted_at", began) - began,
        "last_run_end_s": (max(ends) - began) if ends else None,
        "peak_connections": watch.peak,
        "runs": count,
        "failed": sum(failures.values()),
        "failures": failures,
    }


def register_data(scenario: Callable[..., Any], _profiled: Callable[..., Any]) -> None:
    scenario("B5", "aiplane", "openai", "floor")(b5_stream)
    scenario("B6", "aiplane_apikey", "aiplane_signed", "raw_apikey", "raw_signed")(b6_files)
    scenario("B7", "aiplane", "aiplane_futures")(b7_runs)
