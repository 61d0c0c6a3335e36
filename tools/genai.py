"""The ``x-aiplane-genai`` extension: what makes an operation a GenAI operation for the
OpenTelemetry GenAI semantic conventions, read by :mod:`tools.descriptors`.

On an operation::

    x-aiplane-genai:
      operation: chat                 # gen_ai.operation.name (a well-known value)
      request:                        # request body property -> gen_ai.request.<attribute>
        model: model
        max_completion_tokens: max_tokens
      input-messages: messages        # the body property holding the input messages
      response:                       # where the answer's facts are, as /property/paths
        id: /id
        model: /model
        finish-reasons: /choices/finish_reason   # an array on the way: each item's value
        input-tokens: /usage/prompt_tokens
        output-tokens: /usage/completion_tokens
        output-messages: /choices

Every property named must exist in the JSON request body or the success response schema (and,
but for ``output-messages``, in the event data schema of a stream); the operation name and the
request attributes must be ones the conventions define. Anything else fails generation with a
message naming it. The descriptor gets ``genai=GenAI(...)`` with Python attribute names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["descriptor_source"]

EXTENSION = "x-aiplane-genai"
# gen_ai.operation.name well-known values (semantic conventions 1.37.0)
OPERATIONS = frozenset(
    ["chat", "text_completion", "generate_content", "embeddings", "create_agent", "invoke_agent"]
)
# gen_ai.request.* attributes (semantic conventions 1.37.0)
REQUEST_ATTRIBUTES = frozenset(
    [
        "model",
        "temperature",
        "max_tokens",
        "top_p",
        "top_k",
        "seed",
        "frequency_penalty",
        "presence_penalty",
        "stop_sequences",
        "choice.count",
        "encoding_formats",
    ]
)
RESPONSE_FACTS = (
    "id",
    "model",
    "finish-reasons",
    "input-tokens",
    "output-tokens",
    "output-messages",
)
KEYS = frozenset(["operation", "request", "input-messages", "response"])


class _Context:
    """The operation's schemas and the helpers of :mod:`tools.descriptors`."""

    def __init__(
        self,
        op: Any,
        resolve: Callable[[Any], Any],
        python: Callable[[str], str],
        error: type[Exception],
    ) -> None:
        self.op, self.resolve, self.python, self.error = op, resolve, python, error

    def fail(self, problem: str) -> Exception:
        return self.error(f"{self.op.operation_id}: {EXTENSION}: {problem}")

    def body_schema(self) -> Any:
        body = self.resolve(self.op.raw.get("requestBody")) or {}
        return body.get("content", {}).get("application/json", {}).get("schema")

    def response_schemas(self) -> list[tuple[str, Any]]:
        found = []
        for response in self.op.successes.values():
            for media_type, media in response.get("content", {}).items():
                if media_type == "application/json":
                    found.append(("response", media.get("schema")))
                data = media.get("x-aiplane-event-data-schema")
                if data is not None:
                    found.append(("event data", data))
        return found

    def property(self, schema: Any, name: str, depth: int = 0) -> Any:
        """The schema of property ``name`` (through $ref, allOf/anyOf/oneOf), or None."""
        schema = self.resolve(schema) or {}
        if name in schema.get("properties", {}):
            return schema["properties"][name]
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key, []) if depth < 8 else []:
                found = self.property(sub, name, depth + 1)
                if found is not None:
                    return found
        return None

    def items(self, schema: Any, depth: int = 0) -> Any:
        """The item schema when ``schema`` is (or may be) an array, else ``schema``."""
        resolved = self.resolve(schema) or {}
        if resolved.get("type") == "array":
            return resolved.get("items")
        for key in ("anyOf", "oneOf"):
            for sub in resolved.get(key, []) if depth < 8 else []:
                if (self.resolve(sub) or {}).get("type") == "array":
                    return self.items(sub, depth + 1)
        return schema

    def path(self, schema: Any, pointer: Any, where: str) -> tuple[str, ...]:
        """A ``/a/b`` pointer into ``schema``, as Python attribute names."""
        if not isinstance(pointer, str) or not pointer.startswith("/") or pointer == "/":
            raise self.fail(f"{pointer!r} is not a /property/path")
        names = pointer[1:].split("/")
        for name in names:
            schema = self.property(self.items(schema), name)
            if schema is None:
                raise self.fail(f"no {where} property {name!r} (in {pointer})")
        return tuple(self.python(n) for n in names)


def _request(ctx: _Context, ext: dict[str, Any]) -> dict[str, str]:
    settings = ext.get("request") or {}
    if not isinstance(settings, dict):
        raise ctx.fail("request must map body properties to gen_ai.request attributes")
    out = {}
    for name, attribute in settings.items():
        if attribute not in REQUEST_ATTRIBUTES:
            raise ctx.fail(f"gen_ai.request.{attribute} is not a semantic-conventions attribute")
        ctx.path(ctx.body_schema(), f"/{name}", "request body")
        out[ctx.python(name)] = f"gen_ai.request.{attribute}"
    return out


def _response(ctx: _Context, ext: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    facts = ext.get("response") or {}
    unknown = sorted(set(facts) - set(RESPONSE_FACTS)) if isinstance(facts, dict) else ["?"]
    if unknown:
        raise ctx.fail(f"unknown response facts {unknown}; known: {list(RESPONSE_FACTS)}")
    schemas = ctx.response_schemas()
    if facts and not schemas:
        raise ctx.fail("the operation has no JSON or event-stream success response")
    out = {}
    for fact, pointer in facts.items():
        for where, schema in schemas:
            if where == "response" or fact != "output-messages":
                out[fact.replace("-", "_")] = ctx.path(schema, pointer, where)
    return out


def descriptor_source(
    op: Any, resolve: Callable[[Any], Any], python: Callable[[str], str], error: type[Exception]
) -> str | None:
    """The ``GenAI(...)`` source of an operation's extension (None without one); ``error``
    is raised, naming the problem, for an inconsistent one."""
    ext = op.raw.get(EXTENSION)
    if ext is None:
        return None
    ctx = _Context(op, resolve, python, error)
    if not isinstance(ext, dict) or set(ext) - KEYS:
        raise ctx.fail(f"must be a mapping of {sorted(KEYS)}")
    if ext.get("operation") not in OPERATIONS:
        raise ctx.fail(f"operation {ext.get('operation')!r} is not one of {sorted(OPERATIONS)}")
    request = _request(ctx, ext)
    messages = ext.get("input-messages")
    if messages is not None:
        ctx.path(ctx.body_schema(), f"/{messages}", "request body")
        messages = python(messages)
    response = _response(ctx, ext)
    return (
        f"GenAI(operation={ext['operation']!r}, request={request!r}, "
        f"input_messages={messages!r}, response={response!r})"
    )
