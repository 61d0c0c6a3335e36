"""Endpoints: a model served on an ACTIVE HOSTING cluster with free capacity."""

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
    render,
    respond,
    start_delete,
    update,
)

__all__ = [
    "change_endpoint_compartment",
    "create_endpoint",
    "delete_endpoint",
    "get_endpoint",
    "list_endpoints",
    "update_endpoint",
]


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
        endpoint = new_resource(call, "endpoint", "Endpoint", now)
        work = call.store.start_work(endpoint, "CREATE", now, call.failure())
        return respond(call, endpoint, work)


def get_endpoint(call: Call) -> Response:
    """GET /endpoints/{id}."""
    return get_one(call, "endpoint", "endpointId")


def list_endpoints(call: Call) -> Response:
    """GET /endpoints."""
    filters = ("compartmentId", "displayName", "id", "generativeAiPrivateEndpointId")
    with call.store.transaction():
        return list_resources(call, "endpoint", *filters)


def update_endpoint(call: Call) -> Response:
    """PUT /endpoints/{id}: UPDATING until its work request ends."""
    return update(call, "endpoint", "endpointId", "Endpoint")


def delete_endpoint(call: Call) -> Response:
    """DELETE /endpoints/{id}."""
    with call.store.transaction() as now:
        endpoint = mutable(call, "endpoint", "endpointId", "ACTIVE", "FAILED")
        return accepted(start_delete(call, endpoint, now))


def change_endpoint_compartment(call: Call) -> Response:
    """POST /endpoints/{id}/actions/changeCompartment (synchronous)."""
    return move(call, "endpoint", "endpointId")
