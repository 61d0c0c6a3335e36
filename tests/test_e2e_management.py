"""End to end: every management operation through aiplane.Client / AsyncClient against the
running mock server, with OCI request signing on; failure paths included."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest

import aiplane
from aiplane import errors
from aiplane_management.api.dedicated_ai_cluster import (
    change_dedicated_ai_cluster_compartment,
    create_dedicated_ai_cluster,
    delete_dedicated_ai_cluster,
    get_dedicated_ai_cluster,
    list_dedicated_ai_clusters,
    list_dedicated_ai_clusters_allocatable_gpus,
    update_dedicated_ai_cluster,
)
from aiplane_management.api.endpoint import (
    change_endpoint_compartment,
    create_endpoint,
    delete_endpoint,
    get_endpoint,
    list_endpoints,
    update_endpoint,
)
from aiplane_management.api.model import (
    change_model_compartment,
    create_model,
    delete_model,
    get_model,
    list_models,
    update_model,
)
from aiplane_management.api.work_request import (
    get_work_request,
    list_work_request_errors,
    list_work_request_logs,
    list_work_requests,
)
from aiplane_management.models.change_dedicated_ai_cluster_compartment_details import (
    ChangeDedicatedAiClusterCompartmentDetails,
)
from aiplane_management.models.change_endpoint_compartment_details import (
    ChangeEndpointCompartmentDetails,
)
from aiplane_management.models.change_model_compartment_details import (
    ChangeModelCompartmentDetails,
)
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.create_endpoint_details import CreateEndpointDetails
from aiplane_management.models.create_model_details import CreateModelDetails
from aiplane_management.models.dedicated_ai_cluster_lifecycle_state import (
    DedicatedAiClusterLifecycleState,
)
from aiplane_management.models.dedicated_ai_cluster_sort_by import DedicatedAiClusterSortBy
from aiplane_management.models.fine_tune_details import FineTuneDetails
from aiplane_management.models.lora_training_config import LoraTrainingConfig
from aiplane_management.models.model_capability import ModelCapability
from aiplane_management.models.object_storage_dataset import ObjectStorageDataset
from aiplane_management.models.sort_order import SortOrder
from aiplane_management.models.update_dedicated_ai_cluster_details import (
    UpdateDedicatedAiClusterDetails,
)
from aiplane_management.models.update_endpoint_details import UpdateEndpointDetails
from aiplane_management.models.update_model_details import UpdateModelDetails
from aiplane_mock import MockServer, running
from tests.mock_helpers import server_options, signer

pytestmark = pytest.mark.anyio
COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaae2ecompartment"
OTHER = "ocid1.compartment.oc1..aaaaaaaae2eother"
FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.1, timeout=30)


class Recorder:
    """A sleep that records and does not sleep (the mock's clock runs on its own)."""

    def __init__(self) -> None:
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    # each poll sleeps max_interval (0.1 s, 100 virtual seconds: retry-after is at least 1 s),
    # so DELETED resources are kept long enough for the test to read them after the wait
    with running(**server_options(speed=1000.0, deleted_retention=3600.0)) as server:
        yield server


@pytest.fixture
def sleeps() -> Recorder:
    return Recorder()


@pytest.fixture
def client(mock: MockServer, sleeps: Recorder) -> Iterator[aiplane.Client]:
    mock.control.clear_faults()
    with aiplane.Client(
        management_url=mock.management_url,
        data_url=mock.data_url,
        auth=signer(),
        sleep=sleeps.sleep,
        async_sleep=sleeps.async_sleep,
    ) as c:
        yield c


async def run(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call(op, client, *args, **kw)
    return await aiplane.acall(op, client, *args, **kw)


async def detailed(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call_detailed(op, client, *args, **kw)
    return await aiplane.acall_detailed(op, client, *args, **kw)


async def and_wait(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call_and_wait(op, client, *args, schedule=FAST, **kw)
    return await aiplane.acall_and_wait(op, client, *args, schedule=FAST, **kw)


async def items(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> list[Any]:
    if mode == "sync":
        return list(aiplane.paginate(op, client, *args, **kw))
    return [x async for x in aiplane.apaginate(op, client, *args, **kw)]


def state(value: Any) -> str:
    return str(getattr(value, "value", value))


def cluster_details(kind: str, name: str) -> CreateDedicatedAiClusterDetails:
    return CreateDedicatedAiClusterDetails(
        type_=kind,
        compartment_id=COMPARTMENT,
        unit_count=1,
        unit_shape="LARGE_COHERE",
        display_name=name,
    )


async def base_model(mode: str, client: Any, capability: ModelCapability) -> Any:
    models = await items(
        mode, list_models, client, compartment_id=COMPARTMENT, capability=[capability], limit=3
    )
    return models[0]


async def test_full_lifecycle(mode: str, client: aiplane.Client) -> None:
    """Create, wait, update with etags, move, list, inspect work requests, delete: all 23 ops."""
    hosting = await and_wait(
        mode,
        create_dedicated_ai_cluster,
        client,
        body=cluster_details("HOSTING", f"hosting-{mode}"),
    )
    tuning = await and_wait(
        mode,
        create_dedicated_ai_cluster,
        client,
        body=cluster_details("FINE_TUNING", f"tuning-{mode}"),
    )
    assert state(hosting.lifecycle_state) == state(tuning.lifecycle_state) == "ACTIVE"
    assert await run(mode, get_dedicated_ai_cluster, client, hosting.id) == hosting

    base = await base_model(mode, client, ModelCapability.FINE_TUNE)
    custom = await and_wait(
        mode,
        create_model,
        client,
        body=CreateModelDetails(
            compartment_id=COMPARTMENT,
            base_model_id=base.id,
            display_name=f"tuned-{mode}",
            fine_tune_details=FineTuneDetails(
                training_dataset=ObjectStorageDataset(
                    namespace_name="ns", bucket_name="b", object_name="train.jsonl"
                ),
                dedicated_ai_cluster_id=tuning.id,
                training_config=LoraTrainingConfig(total_training_epochs=1, lora_r=8),
            ),
        ),
    )
    assert state(custom.lifecycle_state) == "ACTIVE"
    assert isinstance(custom.fine_tune_details.training_config, LoraTrainingConfig)

    chat = await base_model(mode, client, ModelCapability.CHAT)
    endpoint = await and_wait(
        mode,
        create_endpoint,
        client,
        body=CreateEndpointDetails(
            compartment_id=COMPARTMENT,
            model_id=chat.id,
            dedicated_ai_cluster_id=hosting.id,
            display_name=f"endpoint-{mode}",
        ),
    )
    assert state(endpoint.lifecycle_state) == "ACTIVE"
    assert (await run(mode, get_endpoint, client, endpoint.id)).id == endpoint.id

    # updates with etags (read-modify-write, re-reading on 412)
    for get_op, update_op, rid, body in (
        (
            get_dedicated_ai_cluster,
            update_dedicated_ai_cluster,
            hosting.id,
            UpdateDedicatedAiClusterDetails(description="updated"),
        ),
        (get_endpoint, update_endpoint, endpoint.id, UpdateEndpointDetails(description="updated")),
        (get_model, update_model, custom.id, UpdateModelDetails(description="updated")),
    ):
        change = functools.partial(lambda b, _current: b, body)
        if mode == "sync":
            result = aiplane.update_with_etag(get_op, update_op, client, rid, change)
        else:
            result = await aiplane.aupdate_with_etag(get_op, update_op, client, rid, change)
        assert result.parsed.description == "updated" and result.etag

    # change compartment (202, no body) and back
    for op, rid, details in (
        (
            change_dedicated_ai_cluster_compartment,
            tuning.id,
            ChangeDedicatedAiClusterCompartmentDetails,
        ),
        (change_endpoint_compartment, endpoint.id, ChangeEndpointCompartmentDetails),
        (change_model_compartment, custom.id, ChangeModelCompartmentDetails),
    ):
        moved = await detailed(mode, op, client, rid, body=details(compartment_id=OTHER))
        assert moved.status_code == 202 and moved.parsed is None
        await run(mode, op, client, rid, body=details(compartment_id=COMPARTMENT))

    # lists with filters, sorting and pagination
    clusters = await items(
        mode,
        list_dedicated_ai_clusters,
        client,
        compartment_id=COMPARTMENT,
        lifecycle_state=DedicatedAiClusterLifecycleState.ACTIVE,
        sort_by=DedicatedAiClusterSortBy.DISPLAYNAME,
        sort_order=SortOrder.ASC,
        limit=1,
    )
    names = [c.display_name for c in clusters]
    assert {f"hosting-{mode}", f"tuning-{mode}"} <= set(names) and names == sorted(names)
    assert endpoint.id in [
        e.id for e in await items(mode, list_endpoints, client, compartment_id=COMPARTMENT, limit=1)
    ]
    gpus = await run(
        mode,
        list_dedicated_ai_clusters_allocatable_gpus,
        client,
        compartment_id=COMPARTMENT,
        capacity_reservation_id="ocid1.capacityreservation.oc1..r",
    )
    assert gpus.items is not None

    # work requests, their logs and errors
    wrs = await items(mode, list_work_requests, client, compartment_id=COMPARTMENT, limit=2)
    assert len(wrs) >= 4 and all(state(w.status) == "SUCCEEDED" for w in wrs)
    wr = await run(mode, get_work_request, client, wrs[0].id)
    assert wr.percent_complete == 100.0
    assert await items(mode, list_work_request_logs, client, wr.id)
    assert await items(mode, list_work_request_errors, client, wr.id) == []

    # delete everything and wait for it to be gone
    for op, rid in (
        (delete_endpoint, endpoint.id),
        (delete_model, custom.id),
        (delete_dedicated_ai_cluster, hosting.id),
        (delete_dedicated_ai_cluster, tuning.id),
    ):
        assert await and_wait(mode, op, client, rid) is None
    gone = await run(mode, get_dedicated_ai_cluster, client, hosting.id)
    assert state(gone.lifecycle_state) == "DELETED"


async def test_failed_work_request_raises_with_errors(
    mode: str, client: aiplane.Client, mock: MockServer
) -> None:
    """An injected work-request failure surfaces as WorkRequestFailed with its errors."""
    mock.control.fail_next_work_request(
        "createDedicatedAiCluster", code="OutOfCapacity", message="no capacity"
    )
    with pytest.raises(errors.WorkRequestFailed) as info:
        await and_wait(
            mode, create_dedicated_ai_cluster, client, body=cluster_details("HOSTING", "doomed")
        )
    assert info.value.errors and info.value.errors[0].code == "OutOfCapacity"


async def test_unknown_resource_is_not_found(mode: str, client: aiplane.Client) -> None:
    """A get of an unknown OCID raises NotFound with the service code and request id."""
    with pytest.raises(errors.NotFound) as info:
        await run(mode, get_model, client, "ocid1.generativeaimodel.oc1..nosuchmodel")
    assert info.value.code and info.value.opc_request_id


async def test_cluster_with_endpoint_cannot_be_deleted(mode: str, client: aiplane.Client) -> None:
    """Deleting a cluster that hosts an endpoint is a 409 Conflict."""
    hosting = await and_wait(
        mode, create_dedicated_ai_cluster, client, body=cluster_details("HOSTING", "busy")
    )
    chat = await base_model(mode, client, ModelCapability.CHAT)
    endpoint = await and_wait(
        mode,
        create_endpoint,
        client,
        body=CreateEndpointDetails(
            compartment_id=COMPARTMENT, model_id=chat.id, dedicated_ai_cluster_id=hosting.id
        ),
    )
    with pytest.raises(errors.Conflict):
        await run(mode, delete_dedicated_ai_cluster, client, hosting.id)
    await and_wait(mode, delete_endpoint, client, endpoint.id)
    await and_wait(mode, delete_dedicated_ai_cluster, client, hosting.id)


async def test_stale_etag_is_precondition_failed(mode: str, client: aiplane.Client) -> None:
    """An update with a stale if-match raises PreconditionFailed (412)."""
    cluster = await and_wait(
        mode, create_dedicated_ai_cluster, client, body=cluster_details("HOSTING", "etag")
    )
    with pytest.raises(errors.PreconditionFailed):
        await run(
            mode,
            update_dedicated_ai_cluster,
            client,
            cluster.id,
            body=UpdateDedicatedAiClusterDetails(description="x"),
            if_match="stale-etag",
        )
    await and_wait(mode, delete_dedicated_ai_cluster, client, cluster.id)


async def test_429_with_retry_after_is_retried(
    mode: str, client: aiplane.Client, mock: MockServer, sleeps: Recorder
) -> None:
    """A 429 with Retry-After: 2 is retried after exactly 2 s and the call succeeds."""
    mock.control.inject("status", "listModels", status=429, retry_after=2, count=1)
    assert await items(mode, list_models, client, compartment_id=COMPARTMENT)
    assert sleeps.slept == [2.0]


async def test_injected_503s_are_retried(
    mode: str, client: aiplane.Client, mock: MockServer, sleeps: Recorder
) -> None:
    """Two injected 503s on a create are retried (same retry token) and one cluster results."""
    mock.control.inject("status", "createDedicatedAiCluster", status=503, count=2)
    cluster = await run(
        mode,
        create_dedicated_ai_cluster,
        client,
        body=cluster_details("HOSTING", f"retried-503-{mode}"),
    )
    assert len(sleeps.slept) == 2
    named = [
        c
        for c in await items(
            mode,
            list_dedicated_ai_clusters,
            client,
            compartment_id=COMPARTMENT,
            display_name=f"retried-503-{mode}",
        )
    ]
    assert [c.id for c in named] == [cluster.id]


async def test_dropped_connection_on_create_makes_no_duplicate(
    mode: str, client: aiplane.Client, mock: MockServer, sleeps: Recorder
) -> None:
    """The connection drops after the create was processed; the retry (same opc-retry-token)
    returns the original cluster and no second one exists."""
    mock.control.inject("drop_after", "createDedicatedAiCluster", count=1)
    name = f"dropped-{mode}"
    cluster = await run(
        mode, create_dedicated_ai_cluster, client, body=cluster_details("HOSTING", name)
    )
    assert len(sleeps.slept) == 1  # the drop happened and the create was retried once
    named = await items(
        mode, list_dedicated_ai_clusters, client, compartment_id=COMPARTMENT, display_name=name
    )
    assert [c.id for c in named] == [cluster.id]


async def test_dropped_connection_without_token_is_outcome_unknown(
    mode: str, client: aiplane.Client, mock: MockServer
) -> None:
    """With retries off, a drop after processing raises OutcomeUnknown carrying the token,
    and retrying with that token returns the same cluster."""
    mock.control.inject("drop_after", "createDedicatedAiCluster", count=1)
    body = cluster_details("HOSTING", f"unknown-{mode}")
    with pytest.raises(errors.OutcomeUnknown) as info:
        await run(
            mode, create_dedicated_ai_cluster, client, body=body, retry=aiplane.RetryPolicy.none()
        )
    token = info.value.retry_token
    assert token
    again = await run(mode, create_dedicated_ai_cluster, client, body=body, opc_retry_token=token)
    named = await items(
        mode,
        list_dedicated_ai_clusters,
        client,
        compartment_id=COMPARTMENT,
        display_name=f"unknown-{mode}",
    )
    assert [c.id for c in named] == [again.id]


async def test_bad_signature_is_not_authenticated(mode: str, mock: MockServer) -> None:
    """A key the server does not trust gets NotAuthenticated (401), not retried."""
    from aiplane.signing import fingerprint_of
    from tests.conftest import DATA

    other = aiplane.OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of((DATA / "test_rsa_key_public.pem").read_bytes())
        .replace("0", "1")
        .replace("a", "b"),
        private_key=DATA / "test_rsa_key.pem",
    )
    with (
        aiplane.Client(management_url=mock.management_url, auth=other) as bad,
        pytest.raises(errors.NotAuthenticated),
    ):
        await run(mode, list_models, bad, compartment_id=COMPARTMENT)
