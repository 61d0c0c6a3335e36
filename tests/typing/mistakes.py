"""Deliberate mistakes with the typed methods: mypy --strict reports every line that ends
with an ``# error: <code>`` comment (tests/test_methods_typing.py checks it), and no other."""

from __future__ import annotations

import aiplane
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_management.api.model import get_model, update_model
from aiplane_management.models.create_endpoint_details import CreateEndpointDetails
from aiplane_management.models.endpoint import Endpoint
from aiplane_management.models.update_model_details import UpdateModelDetails
from aiplane_management.resources import AsyncClusterResource, ClusterResource

USER = ChatCompletionUserMessage(content="hi")
WRONG_BODY = CreateEndpointDetails(compartment_id="c", model_id="m", dedicated_ai_cluster_id="d")


def sync_mistakes(client: aiplane.Client) -> None:
    client.management.get_model(123)  # error: arg-type
    client.management.list_models()  # error: call-arg
    client.management.get_model("m", colour="red")  # error: call-arg
    client.management.create_model(body=WRONG_BODY)  # error: call-overload
    client.management.create_model()  # error: call-overload
    client.data.create_chat_completion("d", body=None)  # error: call-overload
    data = client.data
    data.create_chat_completion("d", messages=[USER], temperature="hot")  # error: call-overload
    data.create_run("d", url=42)  # error: call-overload
    endpoint: Endpoint = client.management.get_model("m")  # error: assignment
    print(endpoint)
    print(client.management.get_model("m").no_such_field)  # error: attr-defined
    for model in client.management.list_models(compartment_id="c"):
        print(model.no_such_field)  # error: attr-defined
    management = client.management
    waited = management.create_model_and_wait(body=WRONG_BODY)  # error: call-overload
    print(waited)
    until: Endpoint = aiplane.wait_until(get_model, client, "m")  # error: assignment
    print(until)
    change = lambda m: UpdateModelDetails()  # noqa: E731
    etag = aiplane.update_with_etag(get_model, update_model, client, "m", change)
    print(etag.parsed.no_such_field)  # error: attr-defined


async def async_mistakes(client: aiplane.AsyncClient) -> None:
    print(client.management.get_model("m").id)  # error: attr-defined
    model = await client.management.get_model(123)  # error: arg-type
    print(model)
    for item in client.management.list_models(compartment_id="c"):  # error: attr-defined
        print(item)


def resource_mistakes(client: aiplane.Client, aclient: aiplane.AsyncClient) -> None:
    cluster = ClusterResource.get(client, "c")
    cluster.unit_count = "two"  # error: assignment
    cluster.lifecycle_state = "ACTIVE"  # error: misc
    cluster.no_such_field = 1  # error: attr-defined
    ClusterResource(client, compartment_id="c")  # error: call-arg
    ClusterResource.list(client, compartment_id="c", colour="red")  # error: call-arg
    ClusterResource.get(aclient, "c")  # error: arg-type
    count: str = cluster.unit_count  # error: assignment
    print(count, AsyncClusterResource.get(aclient, "c").id)  # error: attr-defined
    print(ClusterResource.get(client, "c").no_such_field)  # error: attr-defined
    ClusterResource.hooks.before("svae", lambda call: None)  # error: arg-type
