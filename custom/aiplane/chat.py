"""Chat helpers: fold a stream of chunks into a completion, print a stream as it arrives.

``fold(chunks)`` turns the ``ChatCompletionChunk`` events of :func:`aiplane.stream` on
``create_chat_completion`` (or the ``events`` of a :class:`~aiplane.errors.StreamInterrupted`
of a stream opened with ``keep_events=True``: the partial answer) into the
``ChatCompletion`` the same request would have returned without streaming: each
choice's content and refusal concatenated, tool calls assembled by ``index`` from their
argument fragments, finish reasons, log probabilities, ``usage`` (the last chunk's, with
``stream_options.include_usage``) and every choice of ``n > 1``. A choice whose stream ended
before its last chunk gets ``finish_reason`` ``"incomplete"``.

``print_stream(stream, file=sys.stdout)`` writes each piece of content as it arrives
(flushing), then a newline, and returns the folded completion. ``afold`` and
``aprint_stream`` are the async twins; the folding itself is one I/O-free class.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterable, Iterable
from typing import Any, TextIO

from aiplane_data.models.chat_completion import ChatCompletion
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk

__all__ = ["Folder", "afold", "aprint_stream", "fold", "print_stream"]

INCOMPLETE = "incomplete"


class _Choice:
    def __init__(self, index: int) -> None:
        self.index = index
        self.role = "assistant"
        self.content: list[str] = []
        self.refusal: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.logprobs: list[Any] = []

    def add(self, choice: dict[str, Any]) -> None:
        delta = choice.get("delta") or {}
        self.role = delta.get("role") or self.role
        if delta.get("content"):
            self.content.append(delta["content"])
        if delta.get("refusal"):
            self.refusal.append(delta["refusal"])
        for piece in delta.get("tool_calls") or []:
            self._tool_piece(piece)
        if choice.get("finish_reason"):
            self.finish_reason = choice["finish_reason"]
        logprobs = choice.get("logprobs")
        if isinstance(logprobs, dict):
            self.logprobs.extend(logprobs.get("content") or [])

    def _tool_piece(self, piece: dict[str, Any]) -> None:
        call = self.tool_calls.setdefault(
            int(piece["index"]), {"id": "", "type": "function", "name": "", "arguments": []}
        )
        call["id"] = piece.get("id") or call["id"]
        call["type"] = piece.get("type") or call["type"]
        function = piece.get("function") or {}
        call["name"] = function.get("name") or call["name"]
        if function.get("arguments"):
            call["arguments"].append(function["arguments"])

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": self.role,
            "content": "".join(self.content) if self.content or not self.tool_calls else None,
            "refusal": "".join(self.refusal) if self.refusal else None,
        }
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "id": call["id"],
                    "type": call["type"],
                    "function": {"name": call["name"], "arguments": "".join(call["arguments"])},
                }
                for _, call in sorted(self.tool_calls.items())
            ]
        return {
            "index": self.index,
            "message": message,
            "finish_reason": self.finish_reason or INCOMPLETE,
            "logprobs": {"content": self.logprobs} if self.logprobs else None,
        }


class Folder:
    """Folds chunks, one at a time, into a completion (I/O-free; used by both twins)."""

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.choices: dict[int, _Choice] = {}
        self.usage: Any = None

    def add(self, chunk: ChatCompletionChunk) -> str:
        """Take one chunk; returns the content it adds to the first choice (for printing)."""
        data = chunk.to_dict()
        for key in ("id", "created", "model", "system_fingerprint"):
            if data.get(key) is not None:
                self.head.setdefault(key, data[key])
        if data.get("usage") is not None:
            self.usage = data["usage"]
        text = ""
        for choice in data.get("choices") or []:
            index = int(choice["index"])
            self.choices.setdefault(index, _Choice(index)).add(choice)
            if index == 0:
                text += (choice.get("delta") or {}).get("content") or ""
        return text

    def result(self) -> ChatCompletion:
        """The completion folded so far."""
        if not self.head:
            raise ValueError("fold() needs at least one chunk")
        data: dict[str, Any] = {
            **self.head,
            "object": "chat.completion",
            "choices": [c.to_dict() for _, c in sorted(self.choices.items())],
        }
        if self.usage is not None:
            data["usage"] = self.usage
        return ChatCompletion.from_dict(data)


class _Printer:
    """Folds chunks and writes the first choice's new content (flushed) as it comes."""

    def __init__(self, file: TextIO | None) -> None:
        self.out = file if file is not None else sys.stdout
        self.folder = Folder()

    def __call__(self, chunk: ChatCompletionChunk) -> None:
        text = self.folder.add(chunk)
        if text:
            self.out.write(text)
            self.out.flush()

    def done(self) -> ChatCompletion:
        self.out.write("\n")
        return self.folder.result()


def fold(chunks: Iterable[ChatCompletionChunk]) -> ChatCompletion:
    """The complete ``ChatCompletion`` of a chat stream (see the module docstring)."""
    folder = Folder()
    for chunk in chunks:
        folder.add(chunk)
    return folder.result()


async def afold(chunks: AsyncIterable[ChatCompletionChunk]) -> ChatCompletion:
    """The async twin of :func:`fold`."""
    folder = Folder()
    async for chunk in chunks:
        folder.add(chunk)
    return folder.result()


def print_stream(
    stream: Iterable[ChatCompletionChunk], file: TextIO | None = None
) -> ChatCompletion:
    """Print the first choice's content as it arrives; return the folded completion."""
    show = _Printer(file)
    for chunk in stream:
        show(chunk)
    return show.done()


async def aprint_stream(
    stream: AsyncIterable[ChatCompletionChunk], file: TextIO | None = None
) -> ChatCompletion:
    """The async twin of :func:`print_stream`."""
    show = _Printer(file)
    async for chunk in stream:
        show(chunk)
    return show.done()
