"""The mock's management plane: lifecycles, referential rules, pagination, etags, retry tokens."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aiplane_mock import MockServer, running
from aiplane_mock.catalog import base_model_id
from tests.mock_helpers import (
    COMPARTMENT,
    cluster_body,
    create_active,
    hosting_endpoint,
    server_options,
    signer,
    wait_for,
)

LLAMA = base_model_id("meta.llama-3.3-70b-instruct")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running(**server_options()) as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    server.control.reset()
    with httpx.Client(base_url=server.management_url, auth=signer(), timeout=10) as c:
        yield c


def _work_request(client: httpx.Client, response: httpx.Response) -> str:
    work_id = response.headers["opc-work-request-id"]
    assert work_id.startswith("ocid1.generativeaiworkrequest.")
    return work_id


# --------------------------------------------------------------------------- lifecycles


def test_create_returns_creating_resource_and_work_request(client: httpx.Client) -> None:
    """Create answers 200 with the resource CREATING, an etag and opc-work-request-id."""
    response = client.post("/dedicatedAiClusters", json=cluster_body())
    assert response.status_code == 200
    assert response.json()["lifecycleState"] == "CREATING"
    assert response.headers["etag"]
    _work_request(client, response)


def test_work_request_progresses_to_succeeded_and_resource_active(
    server: MockServer, client: httpx.Client
) -> None:
    """The work request goes ACCEPTED -> IN_PROGRESS (rising %) -> SUCCEEDED; resource ACTIVE."""
    server.control.set_speed(0)
    response = client.post("/dedicatedAiClusters", json=cluster_body())
    work_id = _work_request(client, response)
    seen: list[tuple[str, float]] = []
    for _ in range(8):
        work = client.get(f"/workRequests/{work_id}").json()
        seen.append((work["status"], work["percentComplete"]))
        server.control.advance(0.75)
    statuses = [s for s, _ in seen]
    assert statuses[0] == "ACCEPTED"
    assert "IN_PROGRESS" in statuses
    assert statuses[-1] == "SUCCEEDED"
    percents = [p for _, p in seen]
    assert percents == sorted(percents)
    assert percents[-1] == 100.0
    cluster = client.get(f"/dedicatedAiClusters/{response.json()['id']}").json()
    assert cluster["lifecycleState"] == "ACTIVE"


def test_work_request_logs_grow_with_progress(server: MockServer, client: httpx.Client) -> None:
    """Log entries appear as the work request advances."""
    server.control.set_speed(0)
    work_id = _work_request(client, client.post("/dedicatedAiClusters", json=cluster_body()))
    first = client.get(f"/workRequests/{work_id}/logs").json()["items"]
    server.control.advance(10)
    last = client.get(f"/workRequests/{work_id}/logs").json()["items"]
    assert len(first) == 1
    assert len(last) > len(first)
    assert "succeeded" in last[-1]["message"]


def test_injected_failure_fails_work_request_and_resource(
    server: MockServer, client: httpx.Client
) -> None:
    """fail_next_work_request: the work request FAILS with errors, the resource is FAILED."""
    server.control.fail_next_work_request(code="OutOfCapacity", message="No GPUs left.")
    response = client.post("/dedicatedAiClusters", json=cluster_body())
    work_id = _work_request(client, response)
    work = wait_for(
        lambda: client.get(f"/workRequests/{work_id}").json(),
        lambda w: w["status"] in ("SUCCEEDED", "FAILED"),
    )
    assert work["status"] == "FAILED"
    errors = client.get(f"/workRequests/{work_id}/errors").json()["items"]
    assert errors[0]["code"] == "OutOfCapacity"
    cluster = client.get(f"/dedicatedAiClusters/{response.json()['id']}").json()
    assert cluster["lifecycleState"] == "FAILED"
    assert cluster["lifecycleDetails"] == "No GPUs left."


def test_update_goes_through_updating(client: httpx.Client) -> None:
    """Update answers UPDATING with a work request, then the cluster is ACTIVE again."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    response = client.put(f"/dedicatedAiClusters/{cluster['id']}", json={"displayName": "renamed"})
    assert response.status_code == 200
    assert response.json()["lifecycleState"] == "UPDATING"
    assert response.json()["displayName"] == "renamed"
    _work_request(client, response)
    final = wait_for(
        lambda: client.get(f"/dedicatedAiClusters/{cluster['id']}").json(),
        lambda c: c["lifecycleState"] == "ACTIVE",
    )
    assert final["displayName"] == "renamed"


def test_delete_goes_through_deleting_to_deleted(client: httpx.Client) -> None:
    """Delete answers 202 with a work request; the resource goes DELETING -> DELETED."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    response = client.delete(f"/dedicatedAiClusters/{cluster['id']}")
    assert response.status_code == 202
    _work_request(client, response)
    assert client.get(f"/dedicatedAiClusters/{cluster['id']}").json()["lifecycleState"] in (
        "DELETING",
        "DELETED",
    )
    wait_for(
        lambda: client.get(f"/dedicatedAiClusters/{cluster['id']}").json(),
        lambda c: c["lifecycleState"] == "DELETED",
    )
    listed = client.get("/dedicatedAiClusters", params={"compartmentId": COMPARTMENT}).json()
    assert listed["items"] == []


def test_update_model_is_synchronous(client: httpx.Client) -> None:
    """updateModel answers the updated model at once, without a work request."""
    ft = create_active(client, "/dedicatedAiClusters", cluster_body("FINE_TUNING"))
    model = create_active(client, "/models", _fine_tune(ft["id"]))
    response = client.put(f"/models/{model['id']}", json={"displayName": "v2"})
    assert response.status_code == 200
    assert response.json()["displayName"] == "v2"
    assert "opc-work-request-id" not in response.headers


def test_change_compartment_moves_the_resource(client: httpx.Client) -> None:
    """changeCompartment answers 202 and the resource has the new compartment."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    target = "ocid1.compartment.oc1..aaaaaaaaother"
    response = client.post(
        f"/dedicatedAiClusters/{cluster['id']}/actions/changeCompartment",
        json={"compartmentId": target},
    )
    assert response.status_code == 202
    assert client.get(f"/dedicatedAiClusters/{cluster['id']}").json()["compartmentId"] == target


# --------------------------------------------------------------------------- referential rules


def _fine_tune(cluster_id: str) -> dict[str, Any]:
    return {
        "compartmentId": COMPARTMENT,
        "baseModelId": LLAMA,
        "displayName": "tuned",
        "fineTuneDetails": {
            "dedicatedAiClusterId": cluster_id,
            "trainingDataset": {
                "datasetType": "OBJECT_STORAGE",
                "namespaceName": "ns",
                "bucketName": "b",
                "objectName": "train.jsonl",
            },
            "trainingConfig": {"trainingConfigType": "LORA_TRAINING_CONFIG", "loraR": 8},
        },
    }


def test_endpoint_needs_an_existing_cluster(client: httpx.Client) -> None:
    """An endpoint on an unknown cluster is 404."""
    response = client.post(
        "/endpoints",
        json={"compartmentId": COMPARTMENT, "modelId": LLAMA, "dedicatedAiClusterId": "ocid1.x"},
    )
    assert response.status_code == 404
    assert response.json()["code"] == "NotAuthorizedOrNotFound"


def test_endpoint_needs_an_active_cluster(server: MockServer, client: httpx.Client) -> None:
    """An endpoint on a CREATING cluster is 409 IncorrectState."""
    server.control.set_speed(0)
    cluster = client.post("/dedicatedAiClusters", json=cluster_body()).json()
    response = client.post(
        "/endpoints",
        json={
            "compartmentId": COMPARTMENT,
            "modelId": LLAMA,
            "dedicatedAiClusterId": cluster["id"],
        },
    )
    assert response.status_code == 409
    assert response.json()["code"] == "IncorrectState"


def test_endpoint_needs_an_active_model(server: MockServer, client: httpx.Client) -> None:
    """An endpoint serving a model that is still CREATING is 409."""
    ft = create_active(client, "/dedicatedAiClusters", cluster_body("FINE_TUNING"))
    hosting = create_active(client, "/dedicatedAiClusters", cluster_body())
    server.control.set_speed(0)
    model = client.post("/models", json=_fine_tune(ft["id"])).json()
    response = client.post(
        "/endpoints",
        json={
            "compartmentId": COMPARTMENT,
            "modelId": model["id"],
            "dedicatedAiClusterId": hosting["id"],
        },
    )
    assert response.status_code == 409


def test_cluster_with_endpoints_cannot_be_deleted(client: httpx.Client) -> None:
    """Deleting a cluster that hosts an endpoint is 409."""
    cluster_id, _ = hosting_endpoint(client, LLAMA)
    response = client.delete(f"/dedicatedAiClusters/{cluster_id}")
    assert response.status_code == 409
    assert "in use" in response.json()["message"]


def test_endpoint_counts_against_cluster_capacity(client: httpx.Client) -> None:
    """A hosting cluster reports its used endpoint capacity."""
    cluster_id, _ = hosting_endpoint(client, LLAMA)
    capacity = client.get(f"/dedicatedAiClusters/{cluster_id}").json()["capacity"]
    assert capacity["capacityType"] == "HOSTING_CAPACITY"
    assert capacity["usedEndpointCapacity"] == 1


def test_fine_tune_creates_custom_model_with_metrics(client: httpx.Client) -> None:
    """A fine-tune on a FINE_TUNING cluster ends as an ACTIVE CUSTOM model with metrics."""
    ft = create_active(client, "/dedicatedAiClusters", cluster_body("FINE_TUNING"))
    model = create_active(client, "/models", _fine_tune(ft["id"]))
    assert model["type"] == "CUSTOM"
    assert model["baseModelId"] == LLAMA
    assert model["modelMetrics"]["modelMetricsType"] == "CHAT_MODEL_METRICS"


def test_base_models_are_read_only(client: httpx.Client) -> None:
    """Deleting a base model is 409."""
    assert client.delete(f"/models/{LLAMA}").status_code == 409


# --------------------------------------------------------------------------- listing


def test_base_models_listed_out_of_the_box(client: httpx.Client) -> None:
    """listModels shows base models of several vendors and capabilities."""
    items = client.get("/models", params={"compartmentId": COMPARTMENT}).json()["items"]
    assert len({m["vendor"] for m in items}) >= 4
    assert {"CHAT", "TEXT_EMBEDDINGS", "TEXT_RERANK"} <= {
        c for m in items for c in m["capabilities"]
    }


def test_list_models_filters_by_repeated_capability(client: httpx.Client) -> None:
    """capability=CHAT&capability=FINE_TUNE keeps models having both."""
    items = client.get(
        "/models", params={"compartmentId": COMPARTMENT, "capability": ["CHAT", "FINE_TUNE"]}
    ).json()["items"]
    assert items
    assert all({"CHAT", "FINE_TUNE"} <= set(m["capabilities"]) for m in items)


def test_pagination_walks_every_item_once(client: httpx.Client) -> None:
    """limit + page tokens visit each model once; opc-next-page is absent on the last page."""
    seen: list[str] = []
    params: dict[str, Any] = {"compartmentId": COMPARTMENT, "limit": 5}
    for _ in range(10):
        response = client.get("/models", params=params)
        seen.extend(m["id"] for m in response.json()["items"])
        token = response.headers.get("opc-next-page")
        if token is None:
            break
        params["page"] = token
    total = client.get("/models", params={"compartmentId": COMPARTMENT}).json()["items"]
    assert len(seen) == len(total) == len(set(seen))


def test_sort_by_display_name(client: httpx.Client) -> None:
    """sortBy=displayName&sortOrder=DESC orders by name, descending."""
    items = client.get(
        "/models",
        params={"compartmentId": COMPARTMENT, "sortBy": "displayName", "sortOrder": "DESC"},
    ).json()["items"]
    names = [m["displayName"] for m in items]
    assert names == sorted(names, reverse=True)


def test_list_filters_by_lifecycle_state(server: MockServer, client: httpx.Client) -> None:
    """lifecycleState filters the list."""
    create_active(client, "/dedicatedAiClusters", cluster_body())
    server.control.set_speed(0)
    client.post("/dedicatedAiClusters", json=cluster_body())
    listed = client.get(
        "/dedicatedAiClusters", params={"compartmentId": COMPARTMENT, "lifecycleState": "CREATING"}
    ).json()["items"]
    assert [c["lifecycleState"] for c in listed] == ["CREATING"]


def test_list_work_requests_filters_by_resource(client: httpx.Client) -> None:
    """listWorkRequests with resourceId returns that resource's work requests."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    create_active(client, "/dedicatedAiClusters", cluster_body())
    items = client.get(
        "/workRequests", params={"compartmentId": COMPARTMENT, "resourceId": cluster["id"]}
    ).json()["items"]
    assert [w["resources"][0]["identifier"] for w in items] == [cluster["id"]]


def test_allocatable_gpus_route_is_not_a_cluster_id(client: httpx.Client) -> None:
    """/dedicatedAiClusters/allocatableGpus is its own operation, not a get by id."""
    response = client.get(
        "/dedicatedAiClusters/allocatableGpus",
        params={"compartmentId": COMPARTMENT, "capacityReservationId": "ocid1.reservation"},
    )
    assert response.status_code == 200
    assert response.json()["items"][0]["computeShape"]


# --------------------------------------------------------------------------- etags and retry tokens


def test_stale_if_match_is_412(client: httpx.Client) -> None:
    """if-match with an outdated etag is 412 PreconditionFailed."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    stale = client.get(f"/dedicatedAiClusters/{cluster['id']}").headers["etag"]
    client.post(
        f"/dedicatedAiClusters/{cluster['id']}/actions/changeCompartment",
        json={"compartmentId": "ocid1.compartment.oc1..other"},
    )
    response = client.put(
        f"/dedicatedAiClusters/{cluster['id']}", json={"unitCount": 2}, headers={"if-match": stale}
    )
    assert response.status_code == 412
    assert response.json()["code"] == "PreconditionFailed"


def test_current_if_match_is_accepted(client: httpx.Client) -> None:
    """if-match with the current etag lets the update through."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    etag = client.get(f"/dedicatedAiClusters/{cluster['id']}").headers["etag"]
    response = client.put(
        f"/dedicatedAiClusters/{cluster['id']}", json={"unitCount": 2}, headers={"if-match": etag}
    )
    assert response.status_code == 200


def test_every_change_changes_the_etag(client: httpx.Client) -> None:
    """The etag differs before and after a modification."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    before = client.get(f"/dedicatedAiClusters/{cluster['id']}").headers["etag"]
    after = client.put(f"/dedicatedAiClusters/{cluster['id']}", json={"unitCount": 3}).headers[
        "etag"
    ]
    assert before != after


def test_repeated_retry_token_returns_the_original(client: httpx.Client) -> None:
    """The same opc-retry-token and body returns the first response; no second resource."""
    headers = {"opc-retry-token": "token-1"}
    first = client.post("/dedicatedAiClusters", json=cluster_body(), headers=headers)
    second = client.post("/dedicatedAiClusters", json=cluster_body(), headers=headers)
    assert first.json()["id"] == second.json()["id"]
    assert first.headers["opc-work-request-id"] == second.headers["opc-work-request-id"]
    listed = client.get("/dedicatedAiClusters", params={"compartmentId": COMPARTMENT}).json()
    assert len(listed["items"]) == 1


def test_retry_token_with_another_body_is_409(client: httpx.Client) -> None:
    """Reusing an opc-retry-token with a different body is 409."""
    headers = {"opc-retry-token": "token-2"}
    client.post("/dedicatedAiClusters", json=cluster_body(), headers=headers)
    response = client.post(
        "/dedicatedAiClusters", json=cluster_body(displayName="other"), headers=headers
    )
    assert response.status_code == 409


def test_request_id_is_echoed(client: httpx.Client) -> None:
    """opc-request-id is echoed, or generated when absent."""
    mine = client.get("/models", params={"compartmentId": "c"}, headers={"opc-request-id": "ABC"})
    assert mine.headers["opc-request-id"] == "ABC"
    assert len(client.get("/models", params={"compartmentId": "c"}).headers["opc-request-id"]) == 32


def test_deleted_resource_disappears_after_retention(
    server: MockServer, client: httpx.Client
) -> None:
    """A DELETED resource stays readable for a while (OCI-like), then is 404."""
    cluster = create_active(client, "/dedicatedAiClusters", cluster_body())
    client.delete(f"/dedicatedAiClusters/{cluster['id']}")
    server.control.set_speed(0)
    server.control.advance(5)
    assert client.get(f"/dedicatedAiClusters/{cluster['id']}").json()["lifecycleState"] == "DELETED"
    server.control.advance(120)
    assert client.get(f"/dedicatedAiClusters/{cluster['id']}").status_code == 404


def test_work_request_suggests_retry_after_while_running(
    server: MockServer, client: httpx.Client
) -> None:
    """getWorkRequest carries retry-after while running, not once finished."""
    server.control.set_speed(1)
    work_id = client.post("/dedicatedAiClusters", json=cluster_body()).headers[
        "opc-work-request-id"
    ]
    running_wr = client.get(f"/workRequests/{work_id}")
    assert int(running_wr.headers["retry-after"]) >= 1
    server.control.advance(60)
    assert "retry-after" not in client.get(f"/workRequests/{work_id}").headers


def test_work_request_retry_after_is_never_zero(server: MockServer, client: httpx.Client) -> None:
    """Half a second before a work request ends, retry-after still says at least 1."""
    server.control.set_speed(1)
    work_id = client.post("/dedicatedAiClusters", json=cluster_body()).headers[
        "opc-work-request-id"
    ]
    server.control.advance(4.5)
    assert int(client.get(f"/workRequests/{work_id}").headers["retry-after"]) >= 1
