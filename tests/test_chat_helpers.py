"""aiplane.chat.fold / print_stream: chunks folded into the ChatCompletion they stand for."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from typing import Any

import pytest

import aiplane
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk

pytestmark = pytest.mark.anyio


def chunk(choices: list[dict[str, Any]], usage: Any = None) -> ChatCompletionChunk:
    return ChatCompletionChunk.from_dict(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 5,
            "model": "m",
            "choices": choices,
            "usage": usage,
        }
    )


def delta(index: int, finish: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": index, "delta": fields, "finish_reason": finish}


TEXT = [
    chunk([delta(0, role="assistant", content="")]),
    chunk([delta(0, content="Hel")]),
    chunk([delta(0, content="lo")]),
    chunk([delta(0, "stop")]),
    chunk([], usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}),
]


async def folded(mode: str, chunks: list[ChatCompletionChunk]) -> Any:
    if mode == "sync":
        return aiplane.chat.fold(chunks)

    async def agen() -> AsyncIterator[ChatCompletionChunk]:
        for each in chunks:
            yield each

    return await aiplane.chat.afold(agen())


async def test_fold_concatenates_content_with_finish_reason_and_usage(mode: str) -> None:
    """Content pieces are joined; the finish reason and the usage chunk are kept."""
    completion = await folded(mode, TEXT)
    choice = completion.choices[0]
    assert (choice.message.content, str(choice.finish_reason)) == ("Hello", "stop")
    assert (completion.id, completion.object_) == ("chatcmpl-1", "chat.completion")
    assert completion.usage.total_tokens == 5


async def test_fold_assembles_tool_calls_from_argument_fragments(mode: str) -> None:
    """Tool calls are merged by index: id, name, then argument pieces in order."""
    first = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "f", "arguments": ""},
    }
    second = {"index": 1, "id": "call_2", "type": "function", "function": {"name": "g"}}
    chunks = [
        chunk([delta(0, role="assistant", tool_calls=[first, second])]),
        chunk([delta(0, tool_calls=[{"index": 0, "function": {"arguments": '{"a": '}}])]),
        chunk([delta(0, tool_calls=[{"index": 1, "function": {"arguments": "{}"}}])]),
        chunk([delta(0, tool_calls=[{"index": 0, "function": {"arguments": "1}"}}])]),
        chunk([delta(0, "tool_calls")]),
    ]
    message = (await folded(mode, chunks)).choices[0].message
    calls = [(c.id, c.function.name, c.function.arguments) for c in message.tool_calls]
    assert calls == [("call_1", "f", '{"a": 1}'), ("call_2", "g", "{}")]
    assert message.content is None


async def test_fold_keeps_every_choice_of_n(mode: str) -> None:
    """Interleaved chunks of n=2 choices fold into two choices, in index order."""
    chunks = [
        chunk([delta(1, content="B")]),
        chunk([delta(0, content="A")]),
        chunk([delta(1, "length", content="b"), delta(0, "stop", content="a")]),
    ]
    choices = (await folded(mode, chunks)).choices
    assert [(c.index, c.message.content, str(c.finish_reason)) for c in choices] == [
        (0, "Aa", "stop"),
        (1, "Bb", "length"),
    ]


async def test_fold_of_a_cut_stream_marks_the_choice_incomplete(mode: str) -> None:
    """Chunks of an interrupted stream fold with finish_reason 'incomplete'."""
    choice = (await folded(mode, TEXT[:2])).choices[0]
    assert (choice.message.content, choice.finish_reason) == ("Hel", "incomplete")


async def test_print_stream_prints_content_and_returns_the_completion(mode: str) -> None:
    """Content is written as it arrives, then a newline; the folded completion is returned."""
    out = io.StringIO()
    if mode == "sync":
        completion = aiplane.chat.print_stream(iter(TEXT), file=out)
    else:

        async def agen() -> AsyncIterator[ChatCompletionChunk]:
            for each in TEXT:
                yield each

        completion = await aiplane.chat.aprint_stream(agen(), file=out)
    assert out.getvalue() == "Hello\n"
    assert completion.choices[0].message.content == "Hello"


def test_fold_of_nothing_is_refused() -> None:
    """An empty stream has no completion: ValueError says so."""
    with pytest.raises(ValueError, match="at least one chunk"):
        aiplane.chat.fold([])
