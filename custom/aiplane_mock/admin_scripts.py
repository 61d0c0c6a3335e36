"""The admin routes of scripted replies (guarded by the admin token, like every ``/_mock/*``).

* ``POST /_mock/scripts/chat``: ``{"deployment_id", "content", "tool_calls": [{"name",
  "arguments", "id"}], "finish_reason", "usage", "error": {"message", "code", "type", "param",
  "status"}, "error_after", "stall_after", "stall_for", "chunks", "chunk_size", "times"}``;
  201 with the script.
* ``POST /_mock/scripts/runs``: ``{"deployment_id", "result", "failure": {"code", "message",
  "traceback"}, "events": [{"at", "type", ...fields}], "queued_for", "running_for", "times"}``.
* ``GET /_mock/scripts``: the scripts not used yet; ``DELETE``: drop them all.

Keys are the keyword arguments of :meth:`ScriptControl.script_chat` / ``script_run``;
a body they do not accept is 400 naming the problem.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .runtime import Runtime, runtime_of
from .scripts import ChatError, ChatScript, RunFailure, RunScript, ScriptedEvent, ToolCall

__all__ = ["ScriptControl", "script_chat", "script_run", "scripts"]


class ScriptControl:
    """The scripted-reply methods of :class:`~aiplane_mock.admin.Control`."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    # ---- scripted replies (queued per deployment, taken in order; see aiplane_mock.scripts)

    def script_chat(
        self,
        deployment_id: str,
        content: str | None = None,
        *,
        tool_calls: Sequence[ToolCall] = (),
        finish_reason: str | None = None,
        usage: Mapping[str, Any] | None = None,
        error: ChatError | None = None,
        error_after: int | None = None,
        stall_after: int | None = None,
        stall_for: float = 30.0,
        chunks: int | None = None,
        chunk_size: int = 5,
        times: int = 1,
    ) -> ChatScript:
        """Script the next ``times`` chat completions on ``deployment_id`` (fields as
        :class:`~aiplane_mock.scripts.ChatScript`); returns the script."""
        script = ChatScript(
            content,
            tuple(tool_calls),
            finish_reason,
            usage,
            error,
            error_after,
            stall_after,
            stall_for,
            chunks,
            chunk_size,
        )
        self._runtime.scripts.add("chat", deployment_id, [script] * _times(times))
        return script

    def script_run(
        self,
        deployment_id: str,
        result: Any = None,
        *,
        failure: RunFailure | None = None,
        events: Sequence[ScriptedEvent] = (),
        queued_for: float = 1.0,
        running_for: float = 4.0,
        times: int = 1,
    ) -> RunScript:
        """Script the next ``times`` runs on ``deployment_id`` (fields as
        :class:`~aiplane_mock.scripts.RunScript`); returns the script."""
        script = RunScript(result, failure, tuple(events), queued_for, running_for)
        self._runtime.scripts.add("run", deployment_id, [script] * _times(times))
        return script

    def pending_scripts(self) -> list[dict[str, Any]]:
        """The scripts not used yet (``kind``, ``deploymentId``, ``script``), oldest first."""
        return self._runtime.scripts.pending()

    def assert_scripts_used(self) -> None:
        """Raise AssertionError listing every scripted reply that no request has taken."""
        left = self.pending_scripts()
        if left:
            lines = [f"{p['kind']} on {p['deploymentId']}: {p['script']}" for p in left]
            raise AssertionError(f"{len(left)} scripted repl(ies) not used:\n" + "\n".join(lines))

    def clear_scripts(self) -> None:
        """Drop every scripted reply (``reset`` does too)."""
        self._runtime.scripts.clear()


def _times(times: int) -> int:
    if type(times) is not int or times < 1:
        raise ValueError(f"times must be an int of at least 1, not {times!r}")
    return times


def _object(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{name} must be a JSON object")
    return value


def _chat_options(body: dict[str, Any]) -> dict[str, Any]:
    options = dict(body)
    if "tool_calls" in options:
        calls = options["tool_calls"]
        if not isinstance(calls, list):
            raise TypeError("tool_calls must be a JSON array")
        options["tool_calls"] = [ToolCall(**_object(c, "a tool call")) for c in calls]
    if options.get("error") is not None:
        options["error"] = ChatError(**_object(options["error"], "error"))
    return options


def _run_options(body: dict[str, Any]) -> dict[str, Any]:
    options = dict(body)
    if options.get("failure") is not None:
        options["failure"] = RunFailure(**_object(options["failure"], "failure"))
    if "events" in options:
        events = options["events"]
        if not isinstance(events, list):
            raise TypeError("events must be a JSON array")
        options["events"] = [_event(_object(e, "an event")) for e in events]
    return options


def _event(data: dict[str, Any]) -> ScriptedEvent:
    fields = {k: v for k, v in data.items() if k not in ("at", "type")}
    if "at" not in data or "type" not in data:
        raise TypeError("an event needs 'at' and 'type'")
    return ScriptedEvent(data["at"], data["type"], fields)


async def _add(request: Request, kind: str) -> Response:
    control = ScriptControl(runtime_of(request.app))
    try:
        body = _object(await request.json(), "the body")
        if kind == "chat":
            script: Any = control.script_chat(**_chat_options(body))
        else:
            script = control.script_run(**_run_options(body))
    except (TypeError, ValueError) as error:
        return JSONResponse({"code": "InvalidParameter", "message": str(error)}, 400)
    return JSONResponse({"kind": kind, "script": dataclasses.asdict(script)}, 201)


async def script_chat(request: Request) -> Response:
    """POST /_mock/scripts/chat: queue chat replies on a deployment (201, or 400)."""
    return await _add(request, "chat")


async def script_run(request: Request) -> Response:
    """POST /_mock/scripts/runs: queue run outcomes on a deployment (201, or 400)."""
    return await _add(request, "run")


async def scripts(request: Request) -> Response:
    """GET /_mock/scripts: the scripts not used yet; DELETE: drop them all."""
    control = ScriptControl(runtime_of(request.app))
    if request.method == "DELETE":
        control.clear_scripts()
    return JSONResponse({"items": control.pending_scripts()})
