"""Management plane (OCI Generative AI 20231130): what every resource handler shares.

Rendering (computed fields such as a hosting cluster's capacity), the response of one resource
(with its etag and work request), lists, new resources, and the checks before an update, a
delete or a compartment move. The handlers are in :mod:`~aiplane_mock.clusters`,
:mod:`~aiplane_mock.endpoints`, :mod:`~aiplane_mock.models` and
:mod:`~aiplane_mock.work_requests`. Referential rules of the real service: an endpoint needs an
ACTIVE HOSTING cluster with free capacity and an ACTIVE model; a fine-tune needs an ACTIVE
FINE_TUNING cluster and a base model that can be fine-tuned; a cluster with endpoints and a
model serving endpoints cannot be deleted (409); base models are read-only.
"""

from __future__ import annotations

import copy
from typing import Any

from starlette.responses import Response

from .clock import iso
from .context import Call, empty, json_response
from .errors import conflict
from .paging import page_response, sort_items
from .resources import Resource, WorkRequest
from .state import Store

__all__ = [
    "accepted",
    "get_one",
    "list_resources",
    "move",
    "mutable",
    "new_resource",
    "render",
    "respond",
    "sorted_page",
    "start_delete",
    "update",
]

ENDPOINTS_PER_UNIT = 50
_LIVE = ("CREATING", "ACTIVE", "UPDATING", "DELETING", "FAILED", "NEEDS_ATTENTION")
_SUMMARY = {
    "cluster": "DedicatedAiClusterSummary",
    "endpoint": "EndpointSummary",
    "model": "ModelSummary",
}


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


def respond(call: Call, resource: Resource, work: WorkRequest | None = None) -> Response:
    """One resource as the response, with its etag (and its work request, if any)."""
    headers = {"etag": resource.etag}
    if work is not None:
        headers["opc-work-request-id"] = work.id
    return json_response(render(call.store, resource), headers=headers)


def accepted(work: WorkRequest | None = None) -> Response:
    """202 without a body (with the work request id, if any)."""
    return empty(202, {"opc-work-request-id": work.id} if work else None)


def sorted_page(call: Call, items: list[dict[str, Any]], default_sort: str) -> Response:
    """A page of ``items`` sorted by ``sortBy`` (``default_sort``) and ``sortOrder``."""
    ordered = sort_items(items, call.param("sortBy") or default_sort, call.param("sortOrder"))
    return page_response(call, ordered)


def get_one(call: Call, kind: str, id_param: str) -> Response:
    """GET of one resource (DELETED ones too, while they are retained)."""
    with call.store.transaction():
        return respond(call, call.store.get(kind, call.param(id_param)))


def list_resources(call: Call, kind: str, *filters: str) -> Response:
    """A sorted page of the summaries of ``kind``: DELETED ones only when asked for by
    ``lifecycleState``; each of ``filters`` is a query parameter its field must equal."""
    known = call.runtime.index.properties("management", _SUMMARY[kind])
    wanted_state = call.param("lifecycleState")
    items = []
    for resource in call.store.of_kind(kind):
        data = render(call.store, resource)
        if wanted_state is None and resource.state == "DELETED":
            continue
        if wanted_state is not None and resource.state != wanted_state:
            continue
        if any(call.param(f) is not None and data.get(f) != call.param(f) for f in filters):
            continue
        items.append({k: v for k, v in data.items() if k in known})
    return sorted_page(call, items, "timeCreated")


def new_resource(call: Call, kind: str, schema: str, now: float, **fields: Any) -> Resource:
    """A CREATING resource from the body's fields that ``schema`` knows, plus ``fields``."""
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


def mutable(call: Call, kind: str, id_param: str, *states: str) -> Resource:
    """The resource an update/delete/move targets: exists, etag matches, state allows it."""
    resource = call.store.get(kind, call.param(id_param), allow_deleted=False)
    if resource.kind == "model" and resource.data.get("type") == "BASE":
        raise conflict(f"Base model {resource.id} is read-only.")
    call.store.check_etag(resource, call.param("if-match"))
    call.store.require_state(resource, *states)
    return resource


def update(call: Call, kind: str, id_param: str, schema: str) -> Response:
    """PUT with a work request: the body's fields that ``schema`` knows, UPDATING until it ends."""
    with call.store.transaction() as now:
        resource = mutable(call, kind, id_param, "ACTIVE")
        call.store.touch(resource, now, **call.known_fields(schema), lifecycleState="UPDATING")
        work = call.store.start_work(resource, "UPDATE", now, call.failure())
        return respond(call, resource, work)


def start_delete(call: Call, resource: Resource, now: float) -> WorkRequest:
    """Mark ``resource`` DELETING and start its DELETE work request."""
    call.store.touch(resource, now, lifecycleState="DELETING")
    return call.store.start_work(resource, "DELETE", now, call.failure())


def move(call: Call, kind: str, id_param: str) -> Response:
    """Move an ACTIVE resource to the body's ``compartmentId`` (synchronous, 202)."""
    with call.store.transaction() as now:
        resource = mutable(call, kind, id_param, "ACTIVE")
        call.store.touch(resource, now, compartmentId=call.body["compartmentId"])
        return empty(202)
