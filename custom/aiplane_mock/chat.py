"""Data plane OpenAI-format chat completions on a deployment (an ACTIVE endpoint).

Answers are deterministic: they are derived from the server seed, the deployment, the
request's ``seed`` and the messages, so the same request always gets the same completion.
Only the ``chatcmpl`` id (fresh for every response, shared by its stream's chunks) and
``created`` differ.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import uuid
from collections.abc import AsyncGenerator, Callable
from typing import Any

from starlette.responses import Response, StreamingResponse

from .context import Call, json_response
from .deployments import deployment_model, deployment_of
from .script_replies import chat_reply, shaped
from .scripts import ChatScript

__all__ = [
    "create_chat_completion",
    "deployment_of",
]

_WORDS = (
    *("the", "mock", "answers", "deterministically", "so", "your", "tests", "can", "assert"),
    *("exact", "text", "while", "the", "real", "service", "would", "reason", "about"),
    *("bicycles", "budgets", "clusters", "endpoints", "models", "and", "many", "other"),
    *("things", "worth", "a", "careful", "and", "concise", "reply"),
)
_FINGERPRINT = "fp_aiplane_mock"


# --------------------------------------------------------------------------- completions


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _tool_names(tools: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(type, name) of each function or custom tool (``{"type": T, T: {"name": ...}}``)."""
    found = []
    for tool in tools:
        kind = str(tool.get("type") or "function")
        inner = tool.get(kind)
        found.append((kind, str(inner.get("name", "")) if isinstance(inner, dict) else ""))
    return found


def _chosen_tool(body: dict[str, Any], prompt: str) -> tuple[str, str] | None:
    """The tool the answer calls: forced by ``tool_choice``, else one the prompt names."""
    tools = _tool_names(body.get("tools") or [])
    choice = body.get("tool_choice") or "auto"
    if isinstance(choice, dict) and choice.get("type") == "allowed_tools":
        allowed = _tool_names(choice["allowed_tools"].get("tools") or [])
        tools = [t for t in tools if t in allowed] or tools
        choice = choice["allowed_tools"].get("mode", "auto")
    if not tools or choice == "none" or body["messages"][-1].get("role") == "tool":
        return None
    if isinstance(choice, dict):
        return (choice["type"], str(choice[choice["type"]]["name"]))
    if choice == "required":
        return tools[0]
    return next(((kind, n) for kind, n in tools if n and n.lower() in prompt.lower()), None)


def _tool_call(body: dict[str, Any], prompt: str, digest: str) -> dict[str, Any] | None:
    chosen = _chosen_tool(body, prompt)
    if chosen is None:
        return None
    kind, name = chosen
    payload = {"name": name}
    if kind == "custom":
        payload["input"] = prompt[:64]
    else:
        payload["arguments"] = json.dumps({"query": prompt[:64]})
    return {"id": f"call_{digest[:12]}", "type": kind, kind: payload}


def _call_input(call: dict[str, Any]) -> tuple[str, str]:
    """(field, text) of what a tool call passes: a function's arguments, a custom tool's input."""
    field = "input" if call["type"] == "custom" else "arguments"
    return field, str(call[call["type"]][field])


def _structured(body: dict[str, Any], text: str) -> str | None:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_object":
        return json.dumps({"answer": text})
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict) or not props:
            return json.dumps({"answer": text})
        defaults = {"integer": 0, "number": 0, "boolean": False, "array": [], "object": {}}
        return json.dumps(
            {
                key: defaults.get(str(spec.get("type")) if isinstance(spec, dict) else "", text)
                for key, spec in props.items()
            }
        )
    return None


def _choice(body: dict[str, Any], digest: str, index: int, prompt: str) -> dict[str, Any]:
    """One choice: its message, finish reason and token count."""
    rng = random.Random(f"{digest}:{index}")
    words = [rng.choice(_WORDS) for _ in range(6 + rng.randrange(10))]
    words[0] = words[0].capitalize()
    quoted = " ".join(prompt.split()[:8])
    text = (f'You said "{quoted}". ' if quoted else "") + " ".join(words) + "."
    finish = "stop"
    call = _tool_call(body, prompt, f"{digest}{index}")
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    if call is not None:
        message["content"] = None
        message["tool_calls"] = [call]
        finish = "tool_calls"
    else:
        structured = _structured(body, text)
        if structured is not None:
            message["content"] = structured
        stops = body.get("stop")
        for stop in [stops] if isinstance(stops, str) else stops or []:
            if stop and stop in message["content"]:
                message["content"] = message["content"].split(stop, 1)[0]
        tokens = message["content"].split(" ")
        if limit is not None and len(tokens) > limit:
            message["content"] = " ".join(tokens[:limit])
            finish = "length"
    content = message["content"] or ""
    count = len(content.split()) if call is None else len(_call_input(call)[1].split())
    choice: dict[str, Any] = {
        "index": index,
        "message": message,
        "finish_reason": finish,
        "completion_tokens": max(1, count),
    }
    if body.get("logprobs"):
        choice["logprobs"] = {"content": _logprobs(content, body.get("top_logprobs") or 0)}
    return choice


def _logprobs(content: str, top: int) -> list[dict[str, Any]]:
    out = []
    for position, token in enumerate(content.split(" ") if content else []):
        word = token if position == 0 else " " + token
        out.append(
            {
                "token": word,
                "logprob": round(-0.05 * (1 + position % 7), 4),
                "bytes": list(word.encode()),
                "top_logprobs": [
                    {"token": f"{word}{i}", "logprob": round(-1.0 - i, 4), "bytes": None}
                    for i in range(top)
                ],
            }
        )
    return out


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """CompletionUsage, with OpenAI's token details (no cache, reasoning or audio here)."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


async def create_chat_completion(call: Call) -> Response:
    """POST /openai/deployments/{deploymentId}/chat/completions (JSON or SSE)."""
    body: dict[str, Any] = call.body
    with call.store.transaction() as now:
        endpoint = deployment_of(call, call.param("deploymentId"))
        model = deployment_model(call, endpoint)
        script = call.runtime.scripts.take_chat(endpoint.id)
    prompt = next(
        (_text(m.get("content")) for m in reversed(body["messages"]) if m.get("role") == "user"),
        "",
    )
    material = json.dumps(
        [call.runtime.config.seed, endpoint.id, body.get("seed"), body["messages"]],
        sort_keys=True,
    )
    digest = hashlib.sha256(material.encode()).hexdigest()
    choices = [_choice(body, digest, i, prompt) for i in range(body.get("n") or 1)]
    prompt_tokens = sum(len(_text(m.get("content")).split()) + 3 for m in body["messages"])
    completion_tokens = sum(c.pop("completion_tokens") for c in choices)
    usage = _usage(prompt_tokens, completion_tokens)
    choices, usage = await chat_reply(script, choices, usage, bool(body.get("stream")))
    head = {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",  # one per response, like OpenAI's
        "created": int(now),
        "model": body.get("model") or model,
        "service_tier": body.get("service_tier") or "default",
    }
    if not body.get("stream"):
        return json_response(
            {
                **head,
                "object": "chat.completion",
                "choices": choices,
                "usage": usage,
                "system_fingerprint": _FINGERPRINT,
            }
        )
    include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
    return StreamingResponse(
        shaped(_sse(head, choices, usage if include_usage else None, _pieces(script)), script),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )


def _chunk(head: dict[str, Any], choices: list[dict[str, Any]], usage: Any = None) -> bytes:
    data = {
        **head,
        "object": "chat.completion.chunk",
        "system_fingerprint": _FINGERPRINT,
        "choices": choices,
        "usage": usage,
    }
    return f"data: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _words(content: str) -> list[str]:
    """The content as streamed by default: a word a chunk (a space before all but the first)."""
    words = [w for w in content.split(" ") if w]
    return words[:1] + [" " + w for w in words[1:]]


def _pieces(script: ChatScript | None) -> Callable[[str], list[str]]:
    """How the content is cut into chunks: by words, or ``chunk_size`` characters a chunk."""
    if script is None or script.chunks is None:
        return _words
    size = script.chunk_size
    return lambda content: [content[i : i + size] for i in range(0, len(content), size)]


async def _sse(
    head: dict[str, Any],
    choices: list[dict[str, Any]],
    usage: dict[str, Any] | None,
    pieces: Callable[[str], list[str]] = _words,
) -> AsyncGenerator[bytes, None]:
    for choice in choices:
        index = choice["index"]
        message = choice["message"]

        def delta(d: dict[str, Any], finish: str | None = None, i: int = index) -> dict[str, Any]:
            return {"index": i, "delta": d, "finish_reason": finish, "logprobs": None}

        yield _chunk(head, [delta({"role": "assistant", "content": ""})])
        for number, call in enumerate(message.get("tool_calls") or []):
            kind = call["type"]
            field, text = _call_input(call)
            first = {**call, "index": number, kind: {**call[kind], field: ""}}
            yield _chunk(head, [delta({"tool_calls": [first]})])
            for piece in (text[: len(text) // 2], text[len(text) // 2 :]):
                yield _chunk(
                    head, [delta({"tool_calls": [{"index": number, kind: {field: piece}}]})]
                )
                await asyncio.sleep(0)
        for piece in pieces(message.get("content") or ""):
            yield _chunk(head, [delta({"content": piece})])
            await asyncio.sleep(0)
        yield _chunk(head, [delta({}, choice["finish_reason"])])
    if usage is not None:
        yield _chunk(head, [], usage)
    yield b"data: [DONE]\n\n"
