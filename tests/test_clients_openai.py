"""The newest openai client (3.x, in .venv-openai3; `make test` runs this file there) against
the mock's chat completions.

The request bodies are derived from openai's own types: :func:`variants` walks the TypedDicts
of ``openai.types.chat`` (``CompletionCreateParamsBase`` and everything it references) and
builds, for each top-level parameter (a *family*), a bounded set of values covering every
branch of its unions, every literal, every nested field and ``null`` for every ``Optional``.
Each body goes through the real ``chat.completions.create``, plain and streamed, sync and async,
and must be accepted and parsed. Errors must carry message, code and request id.
"""

from __future__ import annotations

import collections.abc
import json
import types
import typing
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import typing_extensions

from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, serving

openai = pytest.importorskip(
    "openai", minversion="3", reason="needs openai 3.x: `make test` runs it in .venv-openai3"
)
from openai.types.chat import completion_create_params  # noqa: E402

pytestmark = pytest.mark.anyio

MODEL = "meta.llama-3.3-70b-instruct"
HELLO = [{"role": "user", "content": "Hello"}]
MAX_DEPTH = 8
MAX_PER_FAMILY = 200
SCALARS: dict[Any, list[Any]] = {
    str: ["x"],
    int: [1],
    float: [0.5],
    bool: [True, False],
    object: ["x"],
}


def _unique(values: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for value in values:
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return list(seen.values())


def _typeddict_variants(tp: Any, depth: int) -> list[Any]:
    """A full instance (every key, each at its first variant), then one more per other
    variant of each key."""
    hints = typing.get_type_hints(tp)
    options = {key: variants(hint, depth + 1) for key, hint in hints.items()}
    base = {key: values[0] for key, values in options.items() if values}
    out = [base]
    for key, values in options.items():
        out += [{**base, key: value} for value in values[1:]]
    return out


def variants(tp: Any, depth: int = 0) -> list[Any]:
    """Representative JSON values of the type ``tp`` (non-null first), bounded in depth."""
    if depth > MAX_DEPTH:
        return []
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is type(None):
        return [None]
    if typing_extensions.is_typeddict(tp):
        return _typeddict_variants(tp, depth)
    if origin in (typing.Union, types.UnionType):
        found = [v for arg in args if arg is not type(None) for v in variants(arg, depth)]
        return _unique(found) + ([None] if type(None) in args else [])
    if origin in (typing.Literal, typing_extensions.Literal):
        return list(args)
    if origin in (dict, collections.abc.Mapping):
        return [{"x": value} for value in variants(args[1], depth + 1)[:1]]
    if origin is not None and len(args) == 1:  # list, Iterable, Sequence, SequenceNotStr
        return [[value] for value in variants(args[0], depth + 1)]
    return list(SCALARS.get(tp, []))


def families() -> dict[str, list[Any]]:
    """Each top-level parameter and its values (``model`` is the deployment's model)."""
    hints = typing.get_type_hints(completion_create_params.CompletionCreateParamsBase)
    return {
        name: variants(hint)[:MAX_PER_FAMILY]
        for name, hint in sorted(hints.items())
        if name not in ("model", "stream")
    }


FAMILIES = families()


def test_families_cover_the_new_shapes() -> None:
    """The derived matrix holds the shapes the issue measured as refused."""
    text = json.dumps(FAMILIES)
    for shape in (
        '"detail": "original"',
        '"type": "input_audio"',
        '"type": "file"',
        '"type": "refusal"',
        '"type": "custom"',
        '"type": "allowed_tools"',
        '"role": "function"',
    ):
        assert shape in text, shape
    for name in ("temperature", "top_p", "n", "seed", "stop", "logit_bias", "stream_options"):
        assert None in FAMILIES[name], name
    assert sum(len(v) for v in FAMILIES.values()) > 100


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture(scope="module")
def deployment(server: MockServer) -> str:
    return server.control.create_deployment(display_name="bot")


@pytest.fixture
async def client(server: MockServer, deployment: str, mode: str) -> AsyncIterator[Any]:
    base = f"{server.data_url}/openai/deployments/{deployment}"
    if mode == "sync":
        with openai.OpenAI(api_key=API_KEY, base_url=base, max_retries=0) as sync_client:
            yield sync_client
    else:
        async with openai.AsyncOpenAI(api_key=API_KEY, base_url=base, max_retries=0) as aclient:
            yield aclient


async def _create(client: Any, **body: Any) -> Any:
    return await maybe_await(client.chat.completions.create(model=MODEL, **body))


async def _chunks(client: Any, **body: Any) -> list[Any]:
    stream = await _create(client, stream=True, **body)
    if isinstance(client, openai.OpenAI):
        return list(stream)
    return [chunk async for chunk in stream]


@pytest.mark.parametrize("family", sorted(FAMILIES))
async def test_every_body_of_a_family_is_accepted(client: Any, family: str) -> None:
    """Each derived value of one parameter is accepted and the completion parses."""
    for value in FAMILIES[family]:
        body = {"messages": HELLO, family: value}
        if family == "messages":
            body = {"messages": value}
        answer = await _create(client, **body)
        assert answer.object == "chat.completion", (family, value)
        assert answer.choices, (family, value)


@pytest.mark.parametrize("family", sorted(FAMILIES))
async def test_every_body_of_a_family_streams(client: Any, family: str) -> None:
    """Each derived value of one parameter is accepted streamed; the stream ends."""
    for value in FAMILIES[family]:
        body = {"messages": value} if family == "messages" else {"messages": HELLO, family: value}
        chunks = await _chunks(client, **body)
        assert chunks, (family, value)
        assert all(c.object == "chat.completion.chunk" for c in chunks)


async def test_a_body_with_every_parameter_is_accepted(client: Any) -> None:
    """One body carrying every parameter at once (each at its first value) is accepted."""
    body = {name: values[0] for name, values in FAMILIES.items() if values}
    answer = await _create(client, **body)
    assert answer.choices


async def test_usage_has_token_details(client: Any) -> None:
    """usage carries prompt_tokens_details and completion_tokens_details."""
    usage = (await _create(client, messages=HELLO)).usage
    assert usage.prompt_tokens_details.cached_tokens == 0
    assert usage.completion_tokens_details.reasoning_tokens == 0


async def test_streamed_usage_has_token_details(client: Any) -> None:
    """The usage chunk of a stream carries the token details too."""
    chunks = await _chunks(client, messages=HELLO, stream_options={"include_usage": True})
    assert chunks[-1].usage.prompt_tokens_details.cached_tokens == 0


async def test_not_found_carries_message_code_and_request_id(server: MockServer, mode: str) -> None:
    """A 404 parses into NotFoundError with message, code, type and request_id."""
    base = f"{server.data_url}/openai/deployments/missing"
    make = openai.OpenAI if mode == "sync" else openai.AsyncOpenAI
    other = make(api_key=API_KEY, base_url=base, max_retries=0)
    try:
        with pytest.raises(openai.NotFoundError) as info:
            await _create(other, messages=HELLO)
    finally:
        await maybe_await(other.close())
    error = info.value
    assert error.code == "NotAuthorizedOrNotFound"
    assert error.type == "not_found_error"
    assert (
        error.message
        == "Error code: 404 - Authorization failed or the deployment missing was not found."
    )
    assert error.request_id
    assert error.request_id == error.response.headers["opc-request-id"]


async def test_bad_request_carries_code(client: Any) -> None:
    """A 400 parses into BadRequestError with code InvalidParameter and the field named."""
    with pytest.raises(openai.BadRequestError) as info:
        await _create(client, messages=HELLO, temperature=7)
    assert info.value.code == "InvalidParameter"
    assert info.value.type == "invalid_request_error"
    assert "temperature" in info.value.message


@pytest.mark.parametrize("stream", [False, True])
async def test_azure_openai_chat(
    server: MockServer, deployment: str, mode: str, stream: bool
) -> None:
    """AzureOpenAI (api-key header, api-version query) chats plain and streamed."""
    make = openai.AzureOpenAI if mode == "sync" else openai.AsyncAzureOpenAI
    azure = make(
        api_key=API_KEY,
        api_version="2024-10-21",
        azure_endpoint=server.data_url,
        azure_deployment=deployment,
        max_retries=0,
    )
    try:
        if stream:
            chunks = await _chunks(azure, messages=HELLO)
            assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            assert (await _create(azure, messages=HELLO)).choices[0].message.content
    finally:
        await maybe_await(azure.close())
