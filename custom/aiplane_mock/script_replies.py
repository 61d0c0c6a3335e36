"""How a script (:mod:`aiplane_mock.scripts`) shapes a reply: a chat completion's choices and
usage, its event stream (error event, stall), and a run's plan.

Hooks: :func:`chat_reply` and :func:`shaped` in :mod:`aiplane_mock.chat`, :func:`script_run`
in :mod:`aiplane_mock.runs`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from .errors import MockError
from .runbook import Run
from .scripts import ChatScript, RunScript

__all__ = ["DONE", "chat_reply", "script_run", "shaped"]

DONE = b"data: [DONE]\n\n"


def _message(script: ChatScript, default: dict[str, Any], index: int) -> dict[str, Any]:
    if not script.tool_calls:
        content = script.content if script.content is not None else script.chunk_text()
        content = default.get("content") if content is None else content
        return {"role": "assistant", "content": content, "refusal": None}
    calls = [c.wire(f"call_scripted_{index}_{n}") for n, c in enumerate(script.tool_calls)]
    return {"role": "assistant", "content": script.content, "refusal": None, "tool_calls": calls}


def _tokens(message: dict[str, Any]) -> int:
    words = len((message.get("content") or "").split())
    words += sum(len(c["function"]["arguments"].split()) for c in message.get("tool_calls", []))
    return max(1, words)


async def chat_reply(
    script: ChatScript | None,
    choices: list[dict[str, Any]],
    usage: dict[str, Any],
    streamed: bool,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The choices and usage of a reply (unchanged without a script). A scripted HTTP error
    raises :class:`~aiplane_mock.errors.MockError`; a scripted stall holds a plain reply."""
    if script is None:
        return choices, usage
    error = script.error
    if error is not None and (script.error_after is None or not streamed):
        raise MockError(error.status, error.code, error.message)
    if script.stall_after is not None and not streamed:
        await asyncio.sleep(script.stall_for)
    out = []
    for choice in choices:
        message = _message(script, choice["message"], choice["index"])
        out.append({"index": choice["index"], "message": message, "finish_reason": script.finish()})
    completion = sum(_tokens(c["message"]) for c in out)
    new = {**usage, "completion_tokens": completion}
    new.update(script.usage or {})
    if "total_tokens" not in (script.usage or {}):
        new["total_tokens"] = new["prompt_tokens"] + new["completion_tokens"]
    return out, new


async def shaped(
    stream: AsyncGenerator[bytes, None], script: ChatScript | None
) -> AsyncIterator[bytes]:
    """``stream`` with the script's stall and error event after their numbers of chunks (at
    the latest before ``[DONE]``); the error event ends the stream without ``[DONE]``."""
    script = script or ChatScript()
    stall_after, stall_for = script.stall_after, script.stall_for
    error = None if script.error_after is None else script.error
    error_after = script.error_after or 0
    sent = 0
    try:
        async for chunk in stream:
            last = chunk == DONE
            if stall_after is not None and (last or sent >= stall_after):
                stall_after = None  # held once; a client that goes away cancels the sleep
                await asyncio.sleep(stall_for)
            if error is not None and (last or sent >= error_after):
                yield error.event()
                return
            yield chunk
            sent += 1
    finally:
        await stream.aclose()


def script_run(run: Run, script: RunScript | None) -> None:
    """Give a new run the script's outcome, timing and events (nothing without a script)."""
    if script is None:
        return
    run.result = script.result
    run.error = None if script.failure is None else script.failure.wire()
    run.queued_for = script.queued_for
    run.running_for = script.running_for
    run.plan = script.plan()
