"""Worker scenarios of the data plane: B5 (a long chat stream), B6 (a big file up and down),
B7 (many concurrent runs)."""

from __future__ import annotations

import json
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
    """Established TCP connections from this machine to ``port`` (from /proc/net/tcp)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "01" and int(fields[2].rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


def b7_runs(client: str, options: dict[str, Any]) -> dict[str, Any]:
    import anyio
    import httpx

    import aiplane

    count, pool_size, port = options["runs"], options["pool"], options["port"]
    schedule = aiplane.PollSchedule(
        initial=options["poll_initial"], max_interval=options["poll_max"]
    )
    limits = httpx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size)
    peak = [0]
    failures: dict[str, int] = {}
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.02):
            peak[0] = max(peak[0], _connections(port))

    async def main() -> list[Any]:
        pool = aiplane.ConnectionPool(limits=limits)
        auth = aiplane.APIKeyAuth(API_KEY)
        results: list[Any] = []
        async with aiplane.AsyncClient(
            data_url=options["data_url"], data_auth=auth, pool=pool
        ) as c:

            async def one(number: int) -> None:
                try:
                    future = await aiplane.asubmit_run(
                        c, options["deployment"], args={"n": number}, schedule=schedule
                    )
                    results.append(await future.result())
                except aiplane.errors.AiplaneError as exc:  # reported, not hidden
                    name = f"{type(exc).__name__}: {str(exc).split(' (')[0][:60]}"
                    failures[name] = failures.get(name, 0) + 1

            with anyio.fail_after(600):
                async with anyio.create_task_group() as group:
                    for number in range(count):
                        group.start_soon(one, number)
        await pool.aclose()
        return results

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    start, cpu = time.perf_counter(), time.process_time()
    results = anyio.run(main)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    stop.set()
    watcher.join(timeout=5)
    if len(results) + sum(failures.values()) != count:
        raise AssertionError(f"{len(results)} of {count} runs finished")
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_connections": peak[0],
        "runs": count,
        "failed": sum(failures.values()),
        "failures": failures,
    }


def register_data(scenario: Callable[..., Any], _profiled: Callable[..., Any]) -> None:
    scenario("B5", "aiplane", "openai", "floor")(b5_stream)
    scenario("B6", "aiplane_apikey", "aiplane_signed", "raw_apikey", "raw_signed")(b6_files)
    scenario("B7", "aiplane")(b7_runs)
