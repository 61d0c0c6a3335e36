"""Data plane deployments and applications: the ACTIVE endpoints, as AI DIAL lists them.

AI DIAL's shapes: snake_case fields and epoch-second times (``created_at=1724760524``). Every
deployment is also an application (it accepts runs), listed under ``/openai/applications``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.responses import Response

from .context import Call, json_response
from .errors import not_found
from .paging import OPENAI, page_response
from .resources import Resource

__all__ = [
    "deployment_model",
    "deployment_of",
    "get_application",
    "get_deployment",
    "list_applications",
    "list_deployments",
]


def deployment_of(call: Call, deployment_id: str, what: str = "deployment") -> Resource:
    """The ACTIVE endpoint behind a deployment id; 404 otherwise."""
    endpoint = call.store.resources.get(deployment_id)
    if endpoint is None or endpoint.kind != "endpoint" or endpoint.state != "ACTIVE":
        raise not_found(f"the {what} {deployment_id}")
    return endpoint


def _seconds(stamp: str) -> int:
    """Unix seconds of an RFC 3339 time (AI DIAL sends deployment times as epoch seconds)."""
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())


def _deployment(call: Call, endpoint: Resource) -> dict[str, Any]:
    """A Deployment in AI DIAL's shape: snake_case, epoch-second times."""
    model = call.store.resources.get(str(endpoint.data["modelId"]))
    data: dict[str, Any] = {
        "id": endpoint.id,
        "object": "deployment",
        "model": str(model.data.get("displayName") or model.id)
        if model
        else endpoint.data["modelId"],
        "owner": "organization-owner",
        "status": endpoint.state,
        "created_at": _seconds(str(endpoint.data["timeCreated"])),
        "scale_settings": {"scale_type": "standard"},
        "features": {"tools": True, "seed": True, "system_prompt": True},
        "model_id": endpoint.data["modelId"],
        "compartment_id": endpoint.data["compartmentId"],
        "capabilities": list(model.data.get("capabilities", [])) if model else [],
    }
    if endpoint.data.get("displayName"):
        data["display_name"] = endpoint.data["displayName"]
    if endpoint.data.get("timeUpdated"):
        data["updated_at"] = _seconds(str(endpoint.data["timeUpdated"]))
    return data


def _application(call: Call, endpoint: Resource) -> dict[str, Any]:
    """The deployment as an AI DIAL Application (every deployment accepts runs)."""
    deployment = _deployment(call, endpoint)
    keep = ("id", "display_name", "owner", "status", "created_at", "updated_at")
    return {
        **{key: deployment[key] for key in keep if key in deployment},
        "object": "application",
        "application": deployment.get("display_name") or deployment["model"],
    }


def _active(call: Call) -> list[Resource]:
    return sorted(
        (e for e in call.store.of_kind("endpoint") if e.state == "ACTIVE"),
        key=lambda e: (str(e.data["timeCreated"]), e.id),
    )


def list_deployments(call: Call) -> Response:
    """GET /openai/deployments: every ACTIVE endpoint."""
    with call.store.transaction():
        items = [_deployment(call, e) for e in _active(call)]
    return page_response(call, items, OPENAI, {"object": "list"})


def get_deployment(call: Call) -> Response:
    """GET /openai/deployments/{deploymentId}."""
    with call.store.transaction():
        return json_response(_deployment(call, deployment_of(call, call.param("deploymentId"))))


def list_applications(call: Call) -> Response:
    """GET /openai/applications: every ACTIVE endpoint, as an application."""
    with call.store.transaction():
        items = [_application(call, e) for e in _active(call)]
    return json_response({"object": "list", "data": items})


def get_application(call: Call) -> Response:
    """GET /openai/applications/{applicationId}."""
    with call.store.transaction():
        endpoint = deployment_of(call, call.param("applicationId"), "application")
        return json_response(_application(call, endpoint))


def deployment_model(call: Call, endpoint: Resource) -> str:
    """The model name a deployment serves (as chat completions echo it)."""
    return str(_deployment(call, endpoint)["model"])
