"""Management plane (OCI Generative AI 20231130): clusters, endpoints, models, work requests.

Referential rules of the real service: an endpoint needs an ACTIVE HOSTING cluster with free
capacity and an ACTIVE model; a fine-tune needs an ACTIVE FINE_TUNING cluster and a base model
that can be fine-tuned; a cluster with endpoints and a model serving endpoints cannot be
deleted (409); base models are read-only.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from starlette.responses import Response

from .context import Call, empty, json_response
from .errors import conflict
from .state import Resource, Store, WorkRequest, iso, paginate, sort_items

__all__ = [
    "allocatable_gpus",
    "change_cluster_compartment",
    "change_endpoint_compartment",
    "change_model_compartment",
    "create_cluster",
    "create_endpoint",
    "create_model",
    "delete_cluster",
    "delete_endpoint",
    "delete_model",
    "get_cluster",
    "get_endpoint",
    "get_model",
    "get_work_request",
    "list_clusters",
    "list_endpoints",
    "list_models",
    "list_work_request_errors",
    "list_work_request_logs",
    "list_work_requests",
    "render",
    "update_cluster",
    "update_endpoint",
    "update_model",
]

ENDPOINTS_PER_UNIT = 50
_LIVE = ("CREATING", "ACTIVE", "UPDATING", "DELETING", "FAILED", "NEEDS_ATTENTION")
_SUMMARY = {
    "cluster": "DedicatedAiClusterSummary",
    "endpoint": "EndpointSummary",
    "model": "ModelSummary",
}


# --------------------------------------------------------------------------- rendering


def render(store: Store, resource: Resource) -> dict[str, Any]:
    """The full wire JSON of a resource (computed fields included)."""
    data = copy.deepcopy(resource.data)
    if resource.kind == "cluster" and data.get("type") == "HOSTING":
        used = sum(
            1
            for e in store.of_kind("endpoint")
            if e.data["dedicatedAiClusterId"] == resource.id and e.state in _LIVE
        )
        data["capacity"] = {
            "capacityType": "HOSTING_CAPACITY",
            "totalEndpointCapacity": ENDPOINTS_PER_UNIT * max(1, int(data.get("unitCount", 1))),
            "usedEndpointCapacity": used,
        }
    return data


def _one(call: Call, resource: Resource, work: WorkRequest | None = None) -> Response:
    headers = {"etag": resource.etag}
    if work is not None:
        headers["opc-work-request-id"] = work.id
    return json_response(render(call.store, resource), headers=headers)


def _accepted(work: WorkRequest | None = None) -> Response:
    return empty(202, {"opc-work-request-id": work.id} if work else None)


def _page(call: Call, items: list[dict[str, Any]], default_sort: str) -> Response:
    ordered = sort_items(items, call.param("sortBy") or default_sort, call.param("sortOrder"))
    page, token = paginate(ordered, call.param("limit"), call.param("page"))
    return json_response({"items": page}, headers={"opc-next-page": token} if token else None)


def _list(call: Call, kind: str, filters: dict[str, str]) -> Response:
    known = call.runtime.index.properties("management", _SUMMARY[kind])
    wanted_state = call.param("lifecycleState")
    items = []
    for resource in call.store.of_kind(kind):
        data = render(call.store, resource)
        if wanted_state is None and resource.state == "DELETED":
            continue
        if wanted_state is not None and resource.state != wanted_state:
            continue
        if any(
            call.param(p) is not None and data.get(f) != call.param(p) for p, f in filters.items()
        ):
            continue
        items.append({k: v for k, v in data.items() if k in known})
    return _page(call, items, "timeCreated")


def _new(call: Call, kind: str, schema: str, now: float, **fields: Any) -> Resource:
    data: dict[str, Any] = {
        "freeformTags": {},
        "definedTags": {},
        **call.known_fields(schema),
        "id": call.store.new_id(kind),
        "lifecycleState": "CREATING",
        "timeCreated": iso(now),
        "timeUpdated": iso(now),
        "systemTags": {},
        **fields,
    }
    return call.store.add(kind, data)


# --------------------------------------------------------------------------- dedicated AI clusters


def create_cluster(call: Call) -> Response:
    """POST /dedicatedAiClusters."""
    with call.store.transaction() as now:
        cluster = _new(call, "cluster", "DedicatedAiCluster", now)
        work = call.store.start_work(cluster, "CREATE", now, call.failure())
        return _one(call, cluster, work)


def get_cluster(call: Call) -> Response:
    """GET /dedicatedAiClusters/{id}."""
    with call.store.transaction():
        return _one(call, call.store.get("cluster", call.param("dedicatedAiClusterId")))


def list_clusters(call: Call) -> Response:
    """GET /dedicatedAiClusters."""
    with call.store.transaction():
        return _list(
            call,
            "cluster",
            {
                "compartmentId": "compartmentId",
                "displayName": "displayName",
                "id": "id",
                "capacityReservationId": "capacityReservationId",
            },
        )


def update_cluster(call: Call) -> Response:
    """PUT /dedicatedAiClusters/{id}: UPDATING until its work request ends."""
    with call.store.transaction() as now:
        cluster = _mutable(call, "cluster", "dedicatedAiClusterId", "ACTIVE")
        call.store.touch(
            cluster, now, **call.known_fields("DedicatedAiCluster"), lifecycleState="UPDATING"
        )
        work = call.store.start_work(cluster, "UPDATE", now, call.failure())
        return _one(call, cluster, work)


def delete_cluster(call: Call) -> Response:
    """DELETE /dedicatedAiClusters/{id}: 409 while endpoints or fine-tunes use it."""
    with call.store.transaction() as now:
        cluster = _mutable(
            call, "cluster", "dedicatedAiClusterId", "ACTIVE", "FAILED", "NEEDS_ATTENTION"
        )
        users = [
            e.id
            for e in call.store.of_kind("endpoint")
            if e.data["dedicatedAiClusterId"] == cluster.id and e.state != "DELETED"
        ] + [
            m.id
            for m in call.store.of_kind("model")
            if m.state == "CREATING"
            and m.data.get("fineTuneDetails", {}).get("dedicatedAiClusterId") == cluster.id
        ]
        if users:
            raise conflict(
                f"Dedicated AI cluster {cluster.id} is in use by {len(users)} "
                f"resource(s) (first: {users[0]}); delete them first."
            )
        return _accepted(_delete(call, cluster, now))


def change_cluster_compartment(call: Call) -> Response:
    """POST /dedicatedAiClusters/{id}/actions/changeCompartment (synchronous)."""
    return _move(call, "cluster", "dedicatedAiClusterId")


def allocatable_gpus(call: Call) -> Response:
    """GET /dedicatedAiClusters/allocatableGpus: a fixed, deterministic inventory."""
    shapes = [
        ("BM.GPU.H100.8", 64, 8),
        ("BM.GPU.A100-v2.8", 32, 4),
        ("BM.GPU.L40S.4", 16, 0),
    ]
    wanted = call.param("computeShape")
    items = [
        {
            "computeShape": shape,
            "totalAvailableGpuUnits": total - used,
            "totalUsedGpuUnits": used,
            "maxAllocatableGpuUnits": min(8, total - used),
            "gpuAllocations": [
                {"usedGpus": min(used, 8), "availableGpus": 8 - min(used, 8)},
                {"usedGpus": 0, "availableGpus": 8},
            ],
        }
        for shape, total, used in shapes
        if wanted is None or wanted == shape
    ]
    page, token = paginate(items, call.param("limit"), call.param("page"))
    return json_response({"items": page}, headers={"opc-next-page": token} if token else None)


# --------------------------------------------------------------------------- endpoints


def create_endpoint(call: Call) -> Response:
    """POST /endpoints: needs an ACTIVE hosting cluster with capacity and an ACTIVE model."""
    body = call.body
    with call.store.transaction() as now:
        cluster = call.store.get("cluster", body["dedicatedAiClusterId"], allow_deleted=False)
        model = call.store.get("model", body["modelId"], allow_deleted=False)
        call.store.require_state(cluster, "ACTIVE")
        call.store.require_state(model, "ACTIVE")
        if cluster.data.get("type") != "HOSTING":
            raise conflict(f"Dedicated AI cluster {cluster.id} is not a HOSTING cluster.")
        capacity = render(call.store, cluster)["capacity"]
        if capacity["usedEndpointCapacity"] >= capacity["totalEndpointCapacity"]:
            raise conflict(f"Dedicated AI cluster {cluster.id} has no free endpoint capacity.")
        endpoint = _new(call, "endpoint", "Endpoint", now)
        work = call.store.start_work(endpoint, "CREATE", now, call.failure())
        return _one(call, endpoint, work)


def get_endpoint(call: Call) -> Response:
    """GET /endpoints/{id}."""
    with call.store.transaction():
        return _one(call, call.store.get("endpoint", call.param("endpointId")))


def list_endpoints(call: Call) -> Response:
    """GET /endpoints."""
    with call.store.transaction():
        return _list(
            call,
            "endpoint",
            {
                "compartmentId": "compartmentId",
                "displayName": "displayName",
                "id": "id",
                "generativeAiPrivateEndpointId": "generativeAiPrivateEndpointId",
            },
        )


def update_endpoint(call: Call) -> Response:
    """PUT /endpoints/{id}: UPDATING until its work request ends."""
    with call.store.transaction() as now:
        endpoint = _mutable(call, "endpoint", "endpointId", "ACTIVE")
        call.store.touch(endpoint, now, **call.known_fields("Endpoint"), lifecycleState="UPDATING")
        work = call.store.start_work(endpoint, "UPDATE", now, call.failure())
        return _one(call, endpoint, work)


def delete_endpoint(call: Call) -> Response:
    """DELETE /endpoints/{id}."""
    with call.store.transaction() as now:
        endpoint = _mutable(call, "endpoint", "endpointId", "ACTIVE", "FAILED")
        return _accepted(_delete(call, endpoint, now))


def change_endpoint_compartment(call: Call) -> Response:
    """POST /endpoints/{id}/actions/changeCompartment (synchronous)."""
    return _move(call, "endpoint", "endpointId")


# --------------------------------------------------------------------------- models


def create_model(call: Call) -> Response:
    """POST /models: fine-tune a base model on an ACTIVE FINE_TUNING cluster."""
    body = call.body
    with call.store.transaction() as now:
        base = call.store.get("model", body["baseModelId"], allow_deleted=False)
        details = body["fineTuneDetails"]
        cluster = call.store.get("cluster", details["dedicatedAiClusterId"], allow_deleted=False)
        if base.data.get("type") != "BASE" or "FINE_TUNE" not in base.data["capabilities"]:
            raise conflict(f"Model {base.id} is not a base model that can be fine-tuned.")
        call.store.require_state(cluster, "ACTIVE")
        if cluster.data.get("type") != "FINE_TUNING":
            raise conflict(f"Dedicated AI cluster {cluster.id} is not a FINE_TUNING cluster.")
        model = _new(
            call,
            "model",
            "Model",
            now,
            type="CUSTOM",
            capabilities=[c for c in base.data["capabilities"] if c != "FINE_TUNE"],
            vendor=body.get("vendor", base.data.get("vendor")),
            version=body.get("version", "1.0"),
        )
        work = call.store.start_work(model, "CREATE", now, call.failure())
        return _one(call, model, work)


def get_model(call: Call) -> Response:
    """GET /models/{id}."""
    with call.store.transaction():
        return _one(call, call.store.get("model", call.param("modelId")))


def list_models(call: Call) -> Response:
    """GET /models: base models for every compartment plus the compartment's custom models."""
    with call.store.transaction():
        known = call.runtime.index.properties("management", "ModelSummary")
        wanted_state = call.param("lifecycleState")
        capabilities = call.param("capability") or []
        items = []
        for model in call.store.of_kind("model"):
            data = model.data
            if data["type"] != "BASE" and data["compartmentId"] != call.param("compartmentId"):
                continue
            if model.state != (wanted_state or model.state) or (
                wanted_state is None and model.state == "DELETED"
            ):
                continue
            if any(
                call.param(p) is not None and data.get(p) != call.param(p)
                for p in ("vendor", "displayName", "id")
            ):
                continue
            if not all(c in data["capabilities"] for c in capabilities):
                continue
            items.append({k: v for k, v in data.items() if k in known})
        return _page(call, items, "timeCreated")


def update_model(call: Call) -> Response:
    """PUT /models/{id}: synchronous."""
    with call.store.transaction() as now:
        model = _mutable(call, "model", "modelId", "ACTIVE")
        call.store.touch(model, now, **call.known_fields("Model"))
        return _one(call, model)


def delete_model(call: Call) -> Response:
    """DELETE /models/{id}: 409 while an endpoint serves it."""
    with call.store.transaction() as now:
        model = _mutable(call, "model", "modelId", "ACTIVE", "FAILED")
        users = [
            e.id
            for e in call.store.of_kind("endpoint")
            if e.data["modelId"] == model.id and e.state != "DELETED"
        ]
        if users:
            raise conflict(f"Model {model.id} is served by endpoint {users[0]}; delete it first.")
        return _accepted(_delete(call, model, now))


def change_model_compartment(call: Call) -> Response:
    """POST /models/{id}/actions/changeCompartment (synchronous)."""
    return _move(call, "model", "modelId")


# --------------------------------------------------------------------------- shared mutations


def _mutable(call: Call, kind: str, id_param: str, *states: str) -> Resource:
    """The resource an update/delete/move targets: exists, etag matches, state allows it."""
    resource = call.store.get(kind, call.param(id_param), allow_deleted=False)
    if resource.kind == "model" and resource.data.get("type") == "BASE":
        raise conflict(f"Base model {resource.id} is read-only.")
    call.store.check_etag(resource, call.param("if-match"))
    call.store.require_state(resource, *states)
    return resource


def _delete(call: Call, resource: Resource, now: float) -> WorkRequest:
    call.store.touch(resource, now, lifecycleState="DELETING")
    return call.store.start_work(resource, "DELETE", now, call.failure())


def _move(call: Call, kind: str, id_param: str) -> Response:
    with call.store.transaction() as now:
        resource = _mutable(call, kind, id_param, "ACTIVE")
        call.store.touch(resource, now, compartmentId=call.body["compartmentId"])
        return empty(202)


# --------------------------------------------------------------------------- work requests


def get_work_request(call: Call) -> Response:
    """GET /workRequests/{id} (with ``retry-after`` while it runs)."""
    with call.store.transaction() as now:
        work = call.store.work_request(call.param("workRequestId"))
        data = work.to_json(now)
        headers = {"etag": f"{work.id[-16:]}-{data['status']}-{data['percentComplete']}"}
        if data["status"] not in ("SUCCEEDED", "FAILED", "CANCELED"):
            wait = call.store.clock.real_seconds(work.end - now)
            headers["retry-after"] = str(min(30, math.floor(wait)) if wait != math.inf else 30)
        return json_response(data, headers=headers)


def list_work_requests(call: Call) -> Response:
    """GET /workRequests."""
    with call.store.transaction() as now:
        items = []
        for work in call.store.work_requests.values():
            data = work.to_json(now)
            if work.compartment_id != call.param("compartmentId"):
                continue
            if call.param("workRequestId") not in (None, work.id):
                continue
            if call.param("resourceId") not in (None, work.resource_id):
                continue
            if call.param("status") not in (None, data["status"]):
                continue
            items.append(data)
        return _page(call, items, "timeAccepted")


def list_work_request_errors(call: Call) -> Response:
    """GET /workRequests/{id}/errors."""
    with call.store.transaction() as now:
        work = call.store.work_request(call.param("workRequestId"))
        return _entries(call, work.errors(now))


def list_work_request_logs(call: Call) -> Response:
    """GET /workRequests/{id}/logs."""
    with call.store.transaction() as now:
        work = call.store.work_request(call.param("workRequestId"))
        return _entries(call, work.logs(now))


def _entries(call: Call, entries: list[dict[str, Any]]) -> Response:
    order = call.param("sortOrder") or "ASC"
    ordered = entries if order == "ASC" else list(reversed(entries))
    page, token = paginate(ordered, call.param("limit"), call.param("page"))
    return json_response({"items": page}, headers={"opc-next-page": token} if token else None)
