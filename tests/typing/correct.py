"""Correct uses of the typed methods: mypy --strict reports nothing here
(tests/test_methods_typing.py checks it)."""

from __future__ import annotations

import io

import aiplane
from aiplane_data.models.chat_completion_chunk import ChatCompletionChunk
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest
from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails
from aiplane_data.models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
from aiplane_data.models.file_metadata import FileMetadata
from aiplane_data.types import File
from aiplane_management.api.model import get_model, update_model
from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
from aiplane_management.models.model import Model
from aiplane_management.models.model_summary import ModelSummary
from aiplane_management.models.update_model_details import UpdateModelDetails
from aiplane_management.resources import (
    AsyncClusterResource,
    ClusterResource,
    ModelResource,
)

USER = ChatCompletionUserMessage(content="hi")


def sync_uses(client: aiplane.Client) -> None:
    model: Model = client.management.get_model("m", timeout=5, retry=aiplane.RetryPolicy())
    print(model.display_name)
    pager: aiplane.Paginator[ModelSummary] = client.management.list_models(
        compartment_id="c", limit=10, max_items=25
    )
    for summary in pager:
        print(summary.id)
    for page in pager.pages():
        print(len(page.items))
    print(pager.resume_token)
    cluster: DedicatedAiCluster = client.management.create_dedicated_ai_cluster_and_wait(
        type_="HOSTING", compartment_id="c", unit_count=1, unit_shape="LARGE_COHERE"
    )
    print(cluster.lifecycle_state)
    completion = client.data.create_chat_completion("d", messages=[USER], temperature=0.2)
    print(completion.choices[0].message.content)
    request = CreateChatCompletionRequest(messages=[USER])
    with client.data.create_chat_completion_stream("d", body=request) as chunks:
        for chunk in chunks:
            typed: ChatCompletionChunk = chunk
            print(typed.id)
    meta: FileMetadata = client.data.upload_file("b", "p", file=File(payload=io.BytesIO(b"x")))
    print(meta.etag)
    data = b"".join(client.data.download_file("b", "p"))
    print(len(data), client.data.download_file("b", "p").save("out.bin").size)
    future: aiplane.RunFuture = client.data.create_run("d", body=_run_body())
    by_url: aiplane.RunFuture = client.data.create_run("d", url="files/b/in.txt")
    print(future.id, by_url.id)
    # the operation-module style, unchanged
    same: Model = aiplane.call(get_model, client, "m")
    waited: Model = aiplane.wait_until(get_model, client, "m")
    updated: Model = aiplane.update_with_etag(
        get_model, update_model, client, "m", lambda m: UpdateModelDetails(version="2")
    ).parsed
    print(same, waited, updated)


async def async_uses(client: aiplane.AsyncClient) -> None:
    model: Model = await client.management.get_model("m")
    print(model.id)
    async for summary in client.management.list_models(compartment_id="c"):
        print(summary.id)
    await client.management.delete_model_and_wait("m")
    async with client.data.create_chat_completion_stream("d", messages=[USER]) as chunks:
        async for chunk in chunks:
            print(chunk.id)
    future: aiplane.AsyncRunFuture = await client.data.create_run("d", body=_run_body())
    print(future.id)
    await client.data.download_file("b", "p").save("out.bin")


def _run_body() -> CreateRunWithArgsDetails:
    return CreateRunWithArgsDetails(args=CreateRunWithArgsDetailsArgs())


def resource_uses(client: aiplane.Client) -> None:
    cluster = ClusterResource(
        client, compartment_id="c", type_="HOSTING", unit_count=1, unit_shape="LARGE_COHERE"
    )
    saved: ClusterResource = cluster.save()
    saved.display_name = "renamed"
    saved.unit_count = 2
    cluster_id: str = saved.save().id
    copy: ClusterResource = saved.clone(display_name="copy")
    for listed in ClusterResource.list(client, compartment_id="c", limit=5):
        print(listed.id, listed.is_modified)
    print(cluster_id, copy.refresh().lifecycle_state, ModelResource.get(client, "m").vendor)
    saved.delete()


async def async_resource_uses(client: aiplane.AsyncClient) -> None:
    cluster = await AsyncClusterResource.get(client, "c")
    cluster.description = "d"
    await cluster.save()
    async for listed in AsyncClusterResource.list(client, compartment_id="c"):
        print(listed.id)
    await cluster.delete()
