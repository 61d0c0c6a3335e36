"""Dedicated AI clusters: HOSTING clusters serve endpoints, FINE_TUNING clusters train models."""

from __future__ import annotations

from starlette.responses import Response

from .context import Call
from .errors import conflict
from .management import (
    accepted,
    get_one,
    list_resources,
    move,
    mutable,
    new_resource,
    respond,
    start_delete,
    update,
)
from .paging import page_response

__all__ = [
    "allocatable_gpus",
    "change_cluster_compartment",
    "create_cluster",
    "delete_cluster",
    "get_cluster",
    "list_clusters",
    "update_cluster",
]


def create_cluster(call: Call) -> Response:
    """POST /dedicatedAiClusters."""
    with call.store.transaction() as now:
        cluster = new_resource(call, "cluster", "DedicatedAiCluster", now)
        work = call.store.start_work(cluster, "CREATE", now, call.failure())
        return respond(call, cluster, work)


def get_cluster(call: Call) -> Response:
    """GET /dedicatedAiClusters/{id}."""
    return get_one(call, "cluster", "dedicatedAiClusterId")


def list_clusters(call: Call) -> Response:
    """GET /dedicatedAiClusters."""
    filters = ("compartmentId", "displayName", "id", "capacityReservationId")
    with call.store.transaction():
        return list_resources(call, "cluster", *filters)


def update_cluster(call: Call) -> Response:
    """PUT /dedicatedAiClusters/{id}: UPDATING until its work request ends."""
    return update(call, "cluster", "dedicatedAiClusterId", "DedicatedAiCluster")


def delete_cluster(call: Call) -> Response:
    """DELETE /dedicatedAiClusters/{id}: 409 while endpoints or fine-tunes use it."""
    with call.store.transaction() as now:
        cluster = mutable(
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
        return accepted(start_delete(call, cluster, now))


def change_cluster_compartment(call: Call) -> Response:
    """POST /dedicatedAiClusters/{id}/actions/changeCompartment (synchronous)."""
    return move(call, "cluster", "dedicatedAiClusterId")


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
    return page_response(call, items)
