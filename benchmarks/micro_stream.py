"""B5's client path without a socket: a chat stream served by httpx.MockTransport, read by
aiplane.stream and by the floor (httpx-sse + json.loads + ChatCompletionChunk.from_dict).

    .venv/bin/python benchmarks/micro_stream.py [CHUNKS] [CHUNKS_PER_READ] [ROUNDS] [CLIENT]

Prints CPU µs per chunk for both (best of ROUNDS, interleaved) and their ratio. With ROUNDS 0
and a CLIENT (aiplane or floor) it reads one stream of that client only, for a deterministic
count of instructions per chunk under callgrind: the difference between two CHUNKS, e.g.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/micro_stream.py 12000 1 0 aiplane   # minus the same at 2000

The mock sends one chunk per network read, as CHUNKS_PER_READ=1 does here; larger values show
what a read costs apart from its events.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable, Iterator

import httpx
from scenarios_data import b5_floor

import aiplane
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest

HEAD = {"id": "chatcmpl-1", "created": 1, "model": "m", "object": "chat.completion.chunk"}


def _reads(chunks: int, per_read: int) -> list[bytes]:
    choice = {"index": 0, "delta": {"content": "abcde"}, "finish_reason": None, "logprobs": None}
    data = json.dumps({**HEAD, "choices": [choice], "usage": None}, separators=(",", ":"))
    events = [f"data: {data}\n\n".encode()] * chunks + [b"data: [DONE]\n\n"]
    return [b"".join(events[i : i + per_read]) for i in range(0, len(events), per_read)]


def _clients(reads: list[bytes]) -> dict[str, Callable[[], int]]:
    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from reads

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body())

    mock = httpx.MockTransport(answer)
    pool = aiplane.ConnectionPool(transport=mock, async_transport=mock)
    auth = aiplane.APIKeyAuth("k" * 32)
    sdk = aiplane.Client(data_url="http://d.test", data_auth=auth, pool=pool)
    body = CreateChatCompletionRequest.from_dict({"messages": [{"role": "user", "content": "x"}]})
    raw = httpx.Client(base_url="http://d.test", transport=mock)

    def run_aiplane() -> int:
        with aiplane.stream(create_chat_completion, sdk, "d", body=body) as chunks:
            return sum(1 for c in chunks if c.choices and c.choices[0].delta.content)

    floor = b5_floor()

    def run_floor() -> int:
        return floor(raw, "/x", {})

    return {"aiplane": run_aiplane, "floor": run_floor}


def main(chunks: int, per_read: int, rounds: int, only: str) -> None:
    clients = _clients(_reads(chunks, per_read))
    if rounds == 0:
        assert clients[only]() == chunks
        return
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, run in clients.items():
            gc.collect()
            started = time.process_time()
            assert run() == chunks
            spent = (time.process_time() - started) / chunks * 1e6
            best[name] = min(best.get(name, spent), spent)
    ratio = best["aiplane"] / best["floor"]
    print(
        f"{chunks} chunks, {per_read} a read: aiplane {best['aiplane']:.2f} µs a chunk,"
        f" floor {best['floor']:.2f} µs, ratio {ratio:.3f}"
    )


if __name__ == "__main__":
    args = sys.argv[1:] + [""] * 4
    main(int(args[0] or 50_000), int(args[1] or 1), int(args[2] or 5), args[3] or "aiplane")
