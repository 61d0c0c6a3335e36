"""Scripted replies: what the mock answers next on a deployment, set by a test.

A test queues :class:`ChatScript` replies (content, tool calls, finish reason, usage, an HTTP
error, an error event or a stall after N stream chunks) and :class:`RunScript` outcomes
(result or failure, events and their timing) per deployment; each chat completion or run
created on that deployment takes the oldest one (a queue per deployment). With nothing queued
the mock answers deterministically, as always. :class:`ScriptBook` holds the queues; scripts
are checked when made (``TypeError``/``ValueError`` naming the field). How a script shapes a
reply is in :mod:`aiplane_mock.script_replies`.
"""

from __future__ import annotations

import json
import math
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "MAX_STALL",
    "ChatError",
    "ChatScript",
    "RunFailure",
    "RunScript",
    "ScriptBook",
    "ScriptedEvent",
    "ToolCall",
]

MAX_STALL = 600.0
"""The longest a scripted stall may hold a reply (seconds)."""
MAX_CHUNK = 65_536
"""The largest ``chunk_size`` of a scripted stream (characters)."""
_FILLER = "lorem ipsum dolor sit amet, consectetur adipiscing elit "

_RESERVED = frozenset({"type", "runId", "sequence", "time", "at"})


def _json(value: Any, name: str) -> None:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a JSON value") from None


def _count(value: Any, name: str) -> None:
    if value is not None and (type(value) is not int or value < 0):
        raise ValueError(f"{name} must be a non-negative int or None, not {value!r}")


def _seconds(value: Any, name: str, limit: float = math.inf) -> None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or not 0 <= value <= limit:
        raise ValueError(f"{name} must be a number of seconds from 0 to {limit}, not {value!r}")


def _text(value: Any, name: str, optional: bool = False) -> None:
    if not (isinstance(value, str) or (optional and value is None)):
        raise TypeError(f"{name} must be a str{' or None' if optional else ''}")


@dataclass(frozen=True)
class ToolCall:
    """A tool call in a scripted chat reply; ``arguments`` as a mapping (sent as JSON) or as
    the exact string the model "generated" (may be invalid JSON)."""

    name: str
    arguments: str | Mapping[str, Any] = "{}"
    id: str | None = None

    def __post_init__(self) -> None:
        _text(self.name, "ToolCall.name")
        _text(self.id, "ToolCall.id", optional=True)
        if not isinstance(self.arguments, str | Mapping):
            raise TypeError("ToolCall.arguments must be a str or a mapping")
        _json(dict(self.arguments) if isinstance(self.arguments, Mapping) else "", "arguments")

    def wire(self, default_id: str) -> dict[str, Any]:
        """The ``tool_calls`` entry of a ChatCompletion message."""
        arguments = self.arguments
        if not isinstance(arguments, str):
            arguments = json.dumps(dict(arguments))
        return {
            "id": self.id or default_id,
            "type": "function",
            "function": {"name": self.name, "arguments": arguments},
        }


@dataclass(frozen=True)
class ChatError:
    """A scripted chat failure: an HTTP error with ``status`` (or, with
    ``ChatScript.error_after``, an error event in the stream)."""

    message: str
    code: str = "InternalServerError"
    type: str = "server_error"
    param: str | None = None
    status: int = 500

    def __post_init__(self) -> None:
        for name in ("message", "code", "type"):
            _text(getattr(self, name), f"ChatError.{name}")
        _text(self.param, "ChatError.param", optional=True)
        if type(self.status) is not int or not 400 <= self.status <= 599:
            raise ValueError(f"ChatError.status must be an int from 400 to 599, not {self.status}")

    def event(self) -> bytes:
        """The SSE error event: ``data: {"error": {...}}``."""
        error = {"message": self.message, "type": self.type, "param": self.param}
        data = json.dumps({"error": {**error, "code": self.code}}, separators=(",", ":"))
        return f"data: {data}\n\n".encode()


@dataclass(frozen=True)
class ChatScript:
    """The next chat completion on a deployment.

    ``content`` (or ``tool_calls``) replaces every choice's message; ``finish_reason`` defaults
    to ``tool_calls`` or ``stop``; ``usage`` overrides token counts (``total_tokens`` follows
    unless given). ``error`` alone answers with that HTTP error; with ``error_after=N`` a stream
    sends N chunks, then ``data: {"error": ...}`` and closes without ``[DONE]``. ``stall_after=N``
    holds a stream after N chunks (a plain reply before it is sent) until the client goes away
    or ``stall_for`` seconds pass, then carries on. ``chunks=N`` (for benchmarks) makes the
    content N pieces of ``chunk_size`` characters, each streamed as one chunk.
    """

    content: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    finish_reason: str | None = None
    usage: Mapping[str, Any] | None = None
    error: ChatError | None = None
    error_after: int | None = None
    stall_after: int | None = None
    stall_for: float = 30.0
    chunks: int | None = None
    chunk_size: int = 5

    def __post_init__(self) -> None:
        _text(self.content, "content", optional=True)
        _count(self.chunks, "chunks")
        if type(self.chunk_size) is not int or not 1 <= self.chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk_size must be an int from 1 to {MAX_CHUNK}")
        if self.chunks is not None and (self.content is not None or self.tool_calls):
            raise ValueError("chunks makes the content: give no content or tool_calls with it")
        _text(self.finish_reason, "finish_reason", optional=True)
        object.__setattr__(self, "tool_calls", tuple(self.tool_calls))
        if not all(isinstance(c, ToolCall) for c in self.tool_calls):
            raise TypeError("tool_calls must be ToolCall objects")
        if self.usage is not None:
            _usage(self.usage)
        if self.error is not None and not isinstance(self.error, ChatError):
            raise TypeError("error must be a ChatError")
        _count(self.error_after, "error_after")
        _count(self.stall_after, "stall_after")
        if self.error_after is not None and self.error is None:
            raise ValueError("error_after needs an error")
        _seconds(self.stall_for, "stall_for", MAX_STALL)

    def chunk_text(self) -> str | None:
        """The content ``chunks`` makes (None without it): filler text, deterministic."""
        if self.chunks is None:
            return None
        size = self.chunks * self.chunk_size
        return (_FILLER * (size // len(_FILLER) + 1))[:size]

    def finish(self) -> str:
        """The finish reason the reply reports."""
        return self.finish_reason or ("tool_calls" if self.tool_calls else "stop")


def _usage(usage: Mapping[str, Any]) -> None:
    if not isinstance(usage, Mapping):
        raise TypeError("usage must be a mapping")
    _json(dict(usage), "usage")
    for name in ("prompt_tokens", "completion_tokens", "total_tokens"):
        if name in usage:
            _count(usage[name], f"usage[{name!r}]")


@dataclass(frozen=True)
class RunFailure:
    """How a scripted run fails: its RunError (``traceback`` optional)."""

    code: str
    message: str
    traceback: str | None = None

    def __post_init__(self) -> None:
        _text(self.code, "RunFailure.code")
        _text(self.message, "RunFailure.message")
        _text(self.traceback, "RunFailure.traceback", optional=True)

    def wire(self) -> dict[str, str]:
        """The RunError JSON."""
        data = {"code": self.code, "message": self.message}
        return data if self.traceback is None else {**data, "traceback": self.traceback}


@dataclass(frozen=True)
class ScriptedEvent:
    """An event of a scripted run, ``at`` virtual seconds after it starts RUNNING, with the
    RunEvent ``fields`` of its ``type`` (``output``, ``percentComplete``, ...)."""

    at: float
    type: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _seconds(self.at, "ScriptedEvent.at")
        _text(self.type, "ScriptedEvent.type")
        if not isinstance(self.fields, Mapping):
            raise TypeError("ScriptedEvent.fields must be a mapping")
        _json(dict(self.fields), "ScriptedEvent.fields")
        reserved = sorted(_RESERVED & set(self.fields))
        if reserved:
            raise ValueError(f"ScriptedEvent.fields may not set {', '.join(reserved)}")

    @classmethod
    def output(cls, at: float, output: Any) -> ScriptedEvent:
        """An ``output`` event carrying a piece of partial output."""
        return cls(at, "output", {"output": output})

    @classmethod
    def progress(cls, at: float, percent: float) -> ScriptedEvent:
        """A ``progress`` event; the run's percentComplete follows it."""
        if not isinstance(percent, int | float) or not 0 <= percent <= 100:
            raise ValueError(f"percent must be from 0 to 100, not {percent!r}")
        return cls(at, "progress", {"percentComplete": float(percent)})


@dataclass(frozen=True)
class RunScript:
    """The next run on a deployment: QUEUED for ``queued_for``, RUNNING for ``running_for``
    (virtual seconds), emitting ``events``, then SUCCEEDED with ``result`` or FAILED with
    ``failure``."""

    result: Any = None
    failure: RunFailure | None = None
    events: tuple[ScriptedEvent, ...] = ()
    queued_for: float = 1.0
    running_for: float = 4.0

    def __post_init__(self) -> None:
        _json(self.result, "result")
        if self.failure is not None and not isinstance(self.failure, RunFailure):
            raise TypeError("failure must be a RunFailure")
        if self.failure is not None and self.result is not None:
            raise ValueError("a run has a result or a failure, not both")
        _seconds(self.queued_for, "queued_for")
        _seconds(self.running_for, "running_for")
        events = tuple(sorted(self.events, key=lambda e: e.at))
        if not all(isinstance(e, ScriptedEvent) for e in events):
            raise TypeError("events must be ScriptedEvent objects")
        late = [e.at for e in events if e.at >= self.running_for]
        if late:
            raise ValueError(f"events at {late} are not before running_for={self.running_for}")
        object.__setattr__(self, "events", events)

    def plan(self) -> list[dict[str, Any]]:
        """The events as the run keeps them: ``{"at", "type", **fields}``."""
        return [{"at": e.at, "type": e.type, **e.fields} for e in self.events]


Kind = Literal["chat", "run"]


class ScriptBook:
    """The queued scripts, one queue per (kind, deployment); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[tuple[Kind, str], deque[ChatScript | RunScript]] = {}

    def add(
        self, kind: Kind, deployment_id: str, scripts: Sequence[ChatScript | RunScript]
    ) -> None:
        """Queue ``scripts`` (in order) for ``deployment_id``."""
        _text(deployment_id, "deployment_id")
        with self._lock:
            self._queues.setdefault((kind, deployment_id), deque()).extend(scripts)

    def take_chat(self, deployment_id: str) -> ChatScript | None:
        """The next chat script of a deployment (removed from its queue), or None."""
        script = self._take("chat", deployment_id)
        return script if isinstance(script, ChatScript) else None

    def take_run(self, deployment_id: str) -> RunScript | None:
        """The next run script of a deployment (removed from its queue), or None."""
        script = self._take("run", deployment_id)
        return script if isinstance(script, RunScript) else None

    def _take(self, kind: Kind, deployment_id: str) -> ChatScript | RunScript | None:
        with self._lock:
            queue = self._queues.get((kind, deployment_id))
            return queue.popleft() if queue else None

    def pending(self) -> list[dict[str, Any]]:
        """Every script not used yet, as JSON (kind, deploymentId, script), oldest first."""
        with self._lock:
            return [
                {"kind": kind, "deploymentId": deployment, "script": asdict(script)}
                for (kind, deployment), queue in self._queues.items()
                for script in queue
            ]

    def clear(self) -> None:
        """Drop every queued script."""
        with self._lock:
            self._queues.clear()
