"""Models: read-only base models for every compartment, and fine-tuned custom models."""

from __future__ import annotations

from starlette.responses import Response

from .context import Call, json_response
from .errors import conflict
from .management import (
    accepted,
    get_one,
    move,
    mutable,
    new_resource,
    respond,
    sorted_page,
    start_delete,
)
from .paging import paginate
from .synthetic import SyntheticModels

__all__ = [
    "change_model_compartment",
    "create_model",
    "delete_model",
    "get_model",
    "list_models",
    "update_model",
]


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
        model = new_resource(
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
        return respond(call, model, work)


def get_model(call: Call) -> Response:
    """GET /models/{id}."""
    return get_one(call, "model", "modelId")


def list_models(call: Call) -> Response:
    """GET /models: base models for every compartment plus the compartment's custom models
    (or the synthetic catalog, when the compartment is the one it was set for)."""
    catalog = call.runtime.synthetic_models
    if catalog is not None and call.param("compartmentId") == catalog.compartment_id:
        return synthetic_page(call, catalog)
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
        return sorted_page(call, items, "timeCreated")


def update_model(call: Call) -> Response:
    """PUT /models/{id}: synchronous."""
    with call.store.transaction() as now:
        model = mutable(call, "model", "modelId", "ACTIVE")
        call.store.touch(model, now, **call.known_fields("Model"))
        return respond(call, model)


def delete_model(call: Call) -> Response:
    """DELETE /models/{id}: 409 while an endpoint serves it."""
    with call.store.transaction() as now:
        model = mutable(call, "model", "modelId", "ACTIVE", "FAILED")
        users = [
            e.id
            for e in call.store.of_kind("endpoint")
            if e.data["modelId"] == model.id and e.state != "DELETED"
        ]
        if users:
            raise conflict(f"Model {model.id} is served by endpoint {users[0]}; delete it first.")
        return accepted(start_delete(call, model, now))


def change_model_compartment(call: Call) -> Response:
    """POST /models/{id}/actions/changeCompartment (synchronous)."""
    return move(call, "model", "modelId")


def synthetic_page(call: Call, catalog: SyntheticModels) -> Response:
    """The page of the catalog that ``call`` asks for (``limit``, ``page``), in list order."""
    window = range(catalog.count)
    numbers, token = paginate(window, call.param("limit"), call.param("page"))  # type: ignore[arg-type]
    items = [catalog.summary(n) for n in numbers]
    return json_response({"items": items}, headers={"opc-next-page": token} if token else None)
