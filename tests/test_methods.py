"""The typed plane methods generated from the specs (client.management.get_model(...)),
sync and async, against the mock: results, lists, waits, streams, downloads, runs."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_data._methods import AsyncDataMethods, DataMethods
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest
from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails
from aiplane_data.models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
from aiplane_data.types import UNSET, File
from aiplane_management._methods import AsyncManagementMethods, ManagementMethods
from aiplane_management.api.model import get_model
from aiplane_management.models.model import Model
from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, COMPARTMENT, serving, signer

pytestmark = pytest.mark.anyio
FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.1, timeout=30)
USER = ChatCompletionUserMessage(content="hello")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving(speed=1000.0)


@pytest.fixture
async def client(server: MockServer, mode: str) -> AsyncIterator[Any]:
    server.control.clear_faults()
    urls: dict[str, Any] = {"management_url": server.management_url, "data_url": server.data_url}
    auth: dict[str, Any] = {"auth": signer(), "data_auth": aiplane.APIKeyAuth(API_KEY)}
    if mode == "sync":
        with aiplane.Client(**urls, **auth) as sync_client:
            yield sync_client
    else:
        async with aiplane.AsyncClient(**urls, **auth) as async_client:
            yield async_client


@pytest.fixture
def deployment(server: MockServer) -> str:
    return server.control.create_deployment(display_name="methods")


async def items(source: Any) -> list[Any]:
    """Every item of a sync or async iterable (bounded by the mock's finite data)."""
    if hasattr(source, "__aiter__"):
        return [x async for x in source]
    return list(source)


async def test_the_planes_carry_their_clients_methods(client: Any) -> None:
    """aiplane.Client planes get the sync methods, aiplane.AsyncClient the awaitable ones."""
    sync = isinstance(client, aiplane.Client)
    assert isinstance(client.management, ManagementMethods if sync else AsyncManagementMethods)
    assert isinstance(client.data, DataMethods if sync else AsyncDataMethods)


async def test_a_get_method_returns_the_typed_model(client: Any) -> None:
    """management.get_model(id) returns the Model, as aiplane.call(get_model, ...) does."""
    first = (await items(client.management.list_models(compartment_id=COMPARTMENT, limit=2)))[0]
    model = await maybe_await(client.management.get_model(first.id))
    assert isinstance(model, Model) and model.id == first.id
    by_module = aiplane.call if isinstance(client, aiplane.Client) else aiplane.acall
    assert await maybe_await(by_module(get_model, client, first.id)) == model


async def test_a_list_method_returns_the_lazy_paginator(client: Any) -> None:
    """list_models pages with its own limit, caps with max_items and resumes by token."""
    pager = client.management.list_models(compartment_id=COMPARTMENT, limit=2, max_items=3)
    taken = await items(pager)
    assert len(taken) == 3 and pager.resume_token is not None
    rest = client.management.list_models(compartment_id=COMPARTMENT, resume=pager.resume_token)
    again = await items(client.management.list_models(compartment_id=COMPARTMENT))
    assert [m.id for m in taken + await items(rest)] == [m.id for m in again]
    pages = await items(client.management.list_models(compartment_id=COMPARTMENT, limit=2).pages())
    assert all(len(p.items) <= 2 for p in pages) and len(pages) >= 2


async def test_and_wait_returns_the_final_resource(client: Any) -> None:
    """create_dedicated_ai_cluster_and_wait, body given as fields, returns it ACTIVE."""
    cluster = await maybe_await(
        client.management.create_dedicated_ai_cluster_and_wait(
            type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1,
            unit_shape="LARGE_COHERE", display_name="by-method", schedule=FAST,
        )
    )  # fmt: skip
    assert str(cluster.lifecycle_state) == "ACTIVE" and cluster.display_name == "by-method"
    gone = client.management.delete_dedicated_ai_cluster_and_wait(cluster.id, schedule=FAST)
    assert await maybe_await(gone) is None


async def test_and_wait_options_reach_the_polls(client: Any, server: MockServer) -> None:
    """retry= and on_retry= of an _and_wait method apply to its polls too: a 503 on the
    work-request poll is retried under the call's policy and reported to its on_retry."""
    server.control.inject("status", "getWorkRequest", status=503, count=1)
    events: list[aiplane.RetryEvent] = []
    policy = aiplane.RetryPolicy(backoff_base=0.01, backoff_cap=0.01)
    cluster = await maybe_await(
        client.management.create_dedicated_ai_cluster_and_wait(
            type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1, unit_shape="LARGE_COHERE",
            schedule=FAST, retry=policy, on_retry=events.append,
        )
    )  # fmt: skip
    assert str(cluster.lifecycle_state) == "ACTIVE"
    assert [(e.operation, e.status) for e in events] == [("get_work_request", 503)]


async def test_a_body_as_fields_equals_the_body_as_a_model(client: Any, deployment: str) -> None:
    """create_chat_completion(dep, messages=...) sends what body=Model(messages=...) sends."""
    by_fields = await maybe_await(client.data.create_chat_completion(deployment, messages=[USER]))
    request = CreateChatCompletionRequest(messages=[USER])
    by_model = await maybe_await(client.data.create_chat_completion(deployment, body=request))
    assert by_fields.choices[0].message.content == by_model.choices[0].message.content


async def test_body_and_fields_together_are_refused(client: Any, deployment: str) -> None:
    """Giving body= and body fields is a TypeError before any request."""
    request = CreateChatCompletionRequest(messages=[USER])
    with pytest.raises(TypeError, match="body= or the body's fields"):
        await maybe_await(client.data.create_chat_completion(deployment, body=request, n=2))


async def test_an_unknown_keyword_is_refused_by_name(client: Any, deployment: str) -> None:
    """A keyword that is neither a parameter nor a body field: TypeError naming it."""
    with pytest.raises(TypeError, match="temprature"):
        await maybe_await(
            client.data.create_chat_completion(deployment, messages=[USER], temprature=1)
        )


async def test_per_call_retry_reaches_the_call(client: Any, server: MockServer) -> None:
    """retry= of a method is the call's policy: one attempt, the 503 surfaces."""
    server.control.inject("status", "listDeployments", status=503, count=1)
    with pytest.raises(errors.ServerError):
        await items(client.data.list_deployments(retry=aiplane.RetryPolicy(max_attempts=1)))


async def test_a_stream_method_returns_typed_events(client: Any, deployment: str) -> None:
    """create_chat_completion_stream yields ChatCompletionChunk events."""
    events = client.data.create_chat_completion_stream(deployment, messages=[USER])
    if isinstance(client, aiplane.Client):
        with events as chunks:
            got = list(chunks)
    else:
        async with events as chunks:
            got = [c async for c in chunks]
    assert got and all(isinstance(c, ChatCompletionChunk) for c in got)


async def test_a_download_method_returns_the_download(client: Any, tmp_path: Path) -> None:
    """download_file returns a download: its bytes iterate, and save() writes the file."""
    bucket = (await maybe_await(client.data.get_bucket())).bucket
    data = b"typed methods " * 1000
    upload = client.data.upload_file(bucket, "m/a.bin", file=File(payload=io.BytesIO(data)))
    assert (await maybe_await(upload)).content_length == len(data)
    download = client.data.download_file(bucket, "m/a.bin")
    assert b"".join(await items(download)) == data
    saved = await maybe_await(download.save(tmp_path / "a.bin"))
    assert saved.path.read_bytes() == data


async def test_a_download_method_takes_the_call_options(
    client: Any, server: MockServer, tmp_path: Path
) -> None:
    """download_file(..., retry=, on_retry=) retries a 503 under that policy and reports it."""
    bucket = (await maybe_await(client.data.get_bucket())).bucket
    upload = client.data.upload_file(bucket, "m/r.bin", file=File(payload=io.BytesIO(b"r" * 99)))
    await maybe_await(upload)
    server.control.inject("status", "downloadFile", status=503, count=1)
    events: list[aiplane.RetryEvent] = []
    policy = aiplane.RetryPolicy(backoff_base=0.01, backoff_cap=0.01)
    download = client.data.download_file(bucket, "m/r.bin", retry=policy, on_retry=events.append)
    saved = await maybe_await(download.save(tmp_path / "r.bin"))
    assert saved.path.read_bytes() == b"r" * 99
    assert [e.status for e in events] == [503]


async def test_create_run_returns_the_run_future(client: Any, deployment: str) -> None:
    """create_run returns the RunFuture of the run it created."""
    body = CreateRunWithArgsDetails(args=CreateRunWithArgsDetailsArgs.from_dict({"x": 1}))
    future = await maybe_await(client.data.create_run(deployment, body=body))
    assert isinstance(future, aiplane.RunFuture | aiplane.AsyncRunFuture)
    result = await maybe_await(future.result(timeout=30))
    assert result["text"].startswith("Processed 1 argument(s)")
    assert str(future.last.status.value) == "SUCCEEDED"


async def test_create_run_takes_the_fields_of_either_body_model(
    client: Any, deployment: str
) -> None:
    """create_run(dep, args=...) builds CreateRunWithArgsDetails from the keywords; the
    keywords pick the one body model they fit."""
    args = CreateRunWithArgsDetailsArgs.from_dict({"x": 1, "y": 2})
    future = await maybe_await(client.data.create_run(deployment, args=args, callback_url=UNSET))
    result = await maybe_await(future.result(timeout=30))
    assert result["text"].startswith("Processed 2 argument(s)")


@pytest.mark.parametrize(
    "fields",
    [
        {"url": "files/b/../etc/passwd"},
        {"url": "https://evil.example.com/files/b/x"},
        {"url": "files/b/name\n"},
        {"args": CreateRunWithArgsDetailsArgs(), "callback_url": "http://hooks.example.com/x"},
        {"args": CreateRunWithArgsDetailsArgs(), "callback_url": "https://"},
    ],
)
async def test_create_run_checks_its_body_as_submit_run_does(
    client: Any, deployment: str, server: MockServer, fields: dict[str, Any]
) -> None:
    """The typed create_run refuses what aiplane.submit_run refuses (a file URL escaping its
    bucket or on another host, a control character, a callback that is not https), with
    InvalidParameter and nothing sent."""
    before = len(server.control.requests())
    with pytest.raises(errors.InvalidParameter):
        await maybe_await(client.data.create_run(deployment, **fields))
    assert server.control.requests()[before:] == []


async def test_body_keywords_that_fit_no_model_are_refused_before_sending(
    client: Any, deployment: str, server: MockServer
) -> None:
    """Keywords of both models (args and url), or of neither, are a TypeError naming the
    models; nothing is sent."""
    before = len(server.control.requests())
    with pytest.raises(TypeError, match="fit none of CreateRunWithArgsDetails"):
        await maybe_await(client.data.create_run(deployment, args={}, url="files/b/p"))
    with pytest.raises(TypeError, match="give body="):
        await maybe_await(client.data.create_run(deployment, metadata=None))
    assert server.control.requests()[before:] == []
