"""The mock's benchmark knobs: a scripted stream of N chunks of K characters (benchmark B5),
and a synthetic model catalog listed page by page without holding it (benchmark B4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aiplane_mock import MockServer
from tests.mock_helpers import data_client, serving

MESSAGES = [{"role": "user", "content": "stream please"}]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(no_auth=True)


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    yield from data_client(server)


def _contents(client: httpx.Client, deployment: str, **body: Any) -> list[str]:
    payload = {"messages": MESSAGES, **body}
    url = f"/openai/deployments/{deployment}/chat/completions"
    text = client.post(url, json=payload).text
    events = [line[6:] for line in text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    return [c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]][1:-1]


def test_scripted_stream_has_n_chunks_of_k_characters(
    server: MockServer, client: httpx.Client
) -> None:
    """chunks=7, chunk_size=3: seven content chunks of three characters each, then the end."""
    deployment = server.control.create_deployment()
    server.control.script_chat(deployment, chunks=7, chunk_size=3)
    pieces = _contents(client, deployment, stream=True)
    assert [len(p) for p in pieces] == [3] * 7


def test_scripted_chunks_make_the_plain_reply_content(
    server: MockServer, client: httpx.Client
) -> None:
    """Without stream the same script answers the chunks' text as one message."""
    deployment = server.control.create_deployment()
    server.control.script_chat(deployment, chunks=4, chunk_size=5)
    url = f"/openai/deployments/{deployment}/chat/completions"
    body = client.post(url, json={"messages": MESSAGES}).json()
    assert len(body["choices"][0]["message"]["content"]) == 20


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"chunks": -1}, "chunks"),
        ({"chunks": 2, "chunk_size": 0}, "chunk_size"),
        ({"chunks": 2, "content": "both"}, "content"),
    ],
)
def test_bad_chunk_knobs_are_refused(
    server: MockServer, options: dict[str, Any], named: str
) -> None:
    """A chunk count or size that cannot be is refused naming the field."""
    deployment = server.control.create_deployment()
    with pytest.raises((TypeError, ValueError), match=named):
        server.control.script_chat(deployment, **options)


def test_synthetic_catalog_lists_every_model_once(server: MockServer) -> None:
    """set_synthetic_models(N, c): the compartment lists N summaries, pages of the limit."""
    server.control.set_synthetic_models(250, "ocid1.compartment.oc1..bulk")
    seen: list[str] = []
    page: str | None = None
    with httpx.Client(base_url=server.management_url, timeout=10) as mgmt:
        for _ in range(10):
            params: dict[str, Any] = {"compartmentId": "ocid1.compartment.oc1..bulk", "limit": 100}
            answer = mgmt.get("/models", params={**params, **({"page": page} if page else {})})
            assert answer.status_code == 200, answer.text
            seen += [item["id"] for item in answer.json()["items"]]
            page = answer.headers.get("opc-next-page")
            if page is None:
                break
    assert len(seen) == len(set(seen)) == 250


def test_synthetic_catalog_is_off_by_default(server: MockServer) -> None:
    """Another compartment's list does not show the synthetic models."""
    server.control.set_synthetic_models(5, "ocid1.compartment.oc1..bulk")
    with httpx.Client(base_url=server.management_url, timeout=10) as mgmt:
        answer = mgmt.get("/models", params={"compartmentId": "ocid1.compartment.oc1..other"})
    assert all("synthetic" not in item["id"] for item in answer.json()["items"])


def test_cli_can_skip_response_validation() -> None:
    """`serve --no-validate-responses` turns the mock's own response check off (benchmarks);
    it is on by default."""
    from aiplane_mock.cli import config_of, parser

    assert config_of(parser().parse_args(["serve"])).validate_responses is True
    off = parser().parse_args(["serve", "--no-validate-responses"])
    assert config_of(off).validate_responses is False
