"""GenAI operations are recognised from the spec (x-aiplane-genai in the descriptors), never
from an operation id: a new operation in a spec copy carrying the extension gets GenAI spans,
chat without it gets none, and an inconsistent extension fails generation naming it."""

from __future__ import annotations

import ast
import copy
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

import aiplane
from aiplane._transport import RuntimeTransport
from aiplane.descriptors import describe
from tests.conftest import generated_package, maybe_await
from tests.test_otel import Telemetry, call_span
from tests.test_otel import telemetry as telemetry  # the in-memory exporters (a fixture)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import descriptors as writer  # noqa: E402  (tools/descriptors.py)

pytestmark = pytest.mark.anyio

CHAT_PATH = "/openai/deployments/{deploymentId}/chat/completions"
ANSWERS = {
    "operation": "text_completion",
    "request": {"model": "model", "temperature": "temperature"},
    "response": {"id": "/id", "input-tokens": "/usage/prompt_tokens"},
}
REPLY = {
    "id": "cmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m1",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "hi"},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}


def data_spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / "data.yaml").read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """A data spec copy: createAnswer (chat's shape, a text_completion extension of its own)
    and createChatCompletion without its extension; generated as ``answers_api``."""
    tmp = tmp_path_factory.mktemp("answers")
    doc = data_spec()
    chat = doc["paths"][CHAT_PATH]["post"]
    answer = {**copy.deepcopy(chat), "operationId": "createAnswer", "tags": ["Answers"]}
    answer["x-aiplane-genai"] = ANSWERS
    del chat["x-aiplane-genai"]
    doc["paths"]["/openai/deployments/{deploymentId}/answers"] = {"post": answer}
    spec = tmp / "answers.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with generated_package(tmp, "answers_api", spec):
        yield importlib.import_module("answers_api")


async def call(mode: str, package: ModuleType, operation: str) -> Any:
    """Call ``answers_api.api.<operation>`` against a scripted server answering REPLY."""
    op = importlib.import_module(f"answers_api.api.{operation}")
    models = importlib.import_module("answers_api.models")
    body = models.CreateChatCompletionRequest.from_dict(
        {"model": "m1", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}
    )
    body.seed = 3  # a setting the extension of createAnswer does not map
    mock = httpx.MockTransport(lambda request: httpx.Response(200, json=REPLY))
    transport = RuntimeTransport(sync_transport=mock, async_transport=mock)
    client = package.client.AuthenticatedClient(
        base_url="http://data.test", token="", httpx_args={"transport": transport}
    )
    fn = aiplane.call if mode == "sync" else aiplane.acall
    return await maybe_await(fn(op, client, "dep1", body=body))


def test_the_descriptor_carries_the_extension(answers: ModuleType) -> None:
    """A new operation's x-aiplane-genai reaches its descriptor with Python attribute paths."""
    op = importlib.import_module("answers_api.api.answers.create_answer")
    genai = describe(op)[0].genai
    assert genai is not None and genai.operation == "text_completion"
    assert dict(genai.request) == {
        "model": "gen_ai.request.model",
        "temperature": "gen_ai.request.temperature",
    }
    assert dict(genai.response) == {"id": ("id",), "input_tokens": ("usage", "prompt_tokens")}


async def test_a_new_operation_with_the_extension_gets_genai_spans(
    mode: str, answers: ModuleType, telemetry: Telemetry
) -> None:
    """createAnswer's span is a text_completion span with what its extension maps, only."""
    await call(mode, answers, "answers.create_answer")
    span = call_span(telemetry)
    attrs = dict(span.attributes or {})
    assert span.name == "text_completion m1"
    assert attrs["gen_ai.operation.name"] == "text_completion"
    assert attrs["gen_ai.request.temperature"] == 0.5
    assert (attrs["gen_ai.response.id"], attrs["gen_ai.usage.input_tokens"]) == ("cmpl-1", 3)
    assert "gen_ai.request.seed" not in attrs and "gen_ai.usage.output_tokens" not in attrs


async def test_chat_without_the_extension_is_not_a_genai_call(
    mode: str, answers: ModuleType, telemetry: Telemetry
) -> None:
    """Without the extension, createChatCompletion is named by its operation id, no GenAI."""
    await call(mode, answers, "chat.create_chat_completion")
    span = call_span(telemetry)
    assert span.name == "createChatCompletion"
    assert not [k for k in dict(span.attributes or {}) if k.startswith("gen_ai.")]


def bad_extensions() -> list[tuple[dict[str, Any], str]]:
    good = data_spec()["paths"][CHAT_PATH]["post"]["x-aiplane-genai"]

    def changed(**changes: Any) -> dict[str, Any]:
        return {**copy.deepcopy(good), **changes}

    return [
        (changed(operation="talk"), "operation 'talk' is not one of"),
        (changed(request={"colour": "temperature"}), "no request body property 'colour'"),
        (changed(request={"seed": "luck"}), "gen_ai.request.luck is not"),
        (changed(response={"id": "/ident"}), "no response property 'ident'"),
        (changed(response={"input-tokens": "/usage/tokens"}), "property 'tokens'"),
        (changed(response={"mood": "/id"}), "unknown response facts ['mood']"),
        (changed(response={"id": "id"}), "'id' is not a /property/path"),
        (changed(**{"input-messages": "history"}), "no request body property 'history'"),
        (changed(colour="blue"), "must be a mapping of"),
    ]


@pytest.mark.parametrize("case", range(9))
def test_an_inconsistent_extension_fails_generation(case: int, tmp_path: Path) -> None:
    """An x-aiplane-genai that does not fit the spec stops generation and names the problem."""
    extension, problem = bad_extensions()[case]
    doc = data_spec()
    doc["paths"][CHAT_PATH]["post"]["x-aiplane-genai"] = extension
    spec = tmp_path / "bad.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with pytest.raises(writer.DescriptorError, match="createChatCompletion: x-aiplane-genai") as e:
        writer.render(spec, "bad_api")
    assert problem in str(e.value)


def operation_ids() -> set[str]:
    ids: set[str] = set()
    for spec in ("management", "data"):
        doc = yaml.safe_load((ROOT / "openapi" / f"{spec}.yaml").read_text())
        for item in doc["paths"].values():
            ids |= {op["operationId"] for m, op in item.items() if m in writer.METHODS}
    return ids


def test_no_runtime_module_keys_behaviour_on_an_operation_id() -> None:
    """No string constant of the runtime (custom/aiplane) is an operation id of the specs:
    what an operation is comes from its descriptor."""
    ids = operation_ids()
    assert "createChatCompletion" in ids
    found = []
    for module in sorted((ROOT / "custom" / "aiplane").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.Constant) and node.value in ids:
                found.append(f"{module.name}:{node.lineno} {node.value}")
    assert found == []
