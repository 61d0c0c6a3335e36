"""The routes tables: every spec operation's method, path and handler, and the admin routes.

:data:`ROUTES` has one row per operation of ``management.yaml`` and ``data.yaml``;
:func:`check_routes` proves at startup that it matches the specs (each operation has exactly one
row, with the spec's method and path, and there is no other row). Requests are matched against
the specs by :mod:`aiplane_mock.routing`; :data:`HANDLERS` maps each operationId to the handler
of its row. :data:`ADMIN_ROUTES` are the ``/_mock/*`` control routes (plain starlette routes,
each guarded by the admin token: :func:`aiplane_mock.admin.guarded`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from starlette.routing import Route

from . import (
    admin,
    admin_scripts,
    chat,
    clusters,
    deployments,
    endpoints,
    files,
    models,
    runs,
    work_requests,
)
from .context import Handler
from .spec_index import SpecIndex

__all__ = ["ADMIN_ROUTES", "HANDLERS", "ROUTES", "RouteTableError", "SpecRoute", "check_routes"]


class SpecRoute(NamedTuple):
    """One row of the routes table: a spec operation and the handler that answers it."""

    operation_id: str
    method: str
    path: str
    handler: Handler


# fmt: off
ROUTES: list[SpecRoute] = [
    # ---- management plane: dedicated AI clusters
    SpecRoute("listDedicatedAiClusters", "GET", "/20231130/dedicatedAiClusters", clusters.list_clusters),
    SpecRoute("createDedicatedAiCluster", "POST", "/20231130/dedicatedAiClusters", clusters.create_cluster),
    SpecRoute("listDedicatedAiClustersAllocatableGpus", "GET", "/20231130/dedicatedAiClusters/allocatableGpus", clusters.allocatable_gpus),
    SpecRoute("getDedicatedAiCluster", "GET", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}", clusters.get_cluster),
    SpecRoute("updateDedicatedAiCluster", "PUT", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}", clusters.update_cluster),
    SpecRoute("deleteDedicatedAiCluster", "DELETE", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}", clusters.delete_cluster),
    SpecRoute("changeDedicatedAiClusterCompartment", "POST", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}/actions/changeCompartment", clusters.change_cluster_compartment),
    # ---- management plane: endpoints
    SpecRoute("listEndpoints", "GET", "/20231130/endpoints", endpoints.list_endpoints),
    SpecRoute("createEndpoint", "POST", "/20231130/endpoints", endpoints.create_endpoint),
    SpecRoute("getEndpoint", "GET", "/20231130/endpoints/{endpointId}", endpoints.get_endpoint),
    SpecRoute("updateEndpoint", "PUT", "/20231130/endpoints/{endpointId}", endpoints.update_endpoint),
    SpecRoute("deleteEndpoint", "DELETE", "/20231130/endpoints/{endpointId}", endpoints.delete_endpoint),
    SpecRoute("changeEndpointCompartment", "POST", "/20231130/endpoints/{endpointId}/actions/changeCompartment", endpoints.change_endpoint_compartment),
    # ---- management plane: models
    SpecRoute("listModels", "GET", "/20231130/models", models.list_models),
    SpecRoute("createModel", "POST", "/20231130/models", models.create_model),
    SpecRoute("getModel", "GET", "/20231130/models/{modelId}", models.get_model),
    SpecRoute("updateModel", "PUT", "/20231130/models/{modelId}", models.update_model),
    SpecRoute("deleteModel", "DELETE", "/20231130/models/{modelId}", models.delete_model),
    SpecRoute("changeModelCompartment", "POST", "/20231130/models/{modelId}/actions/changeCompartment", models.change_model_compartment),
    # ---- management plane: work requests
    SpecRoute("listWorkRequests", "GET", "/20231130/workRequests", work_requests.list_work_requests),
    SpecRoute("getWorkRequest", "GET", "/20231130/workRequests/{workRequestId}", work_requests.get_work_request),
    SpecRoute("listWorkRequestErrors", "GET", "/20231130/workRequests/{workRequestId}/errors", work_requests.list_work_request_errors),
    SpecRoute("listWorkRequestLogs", "GET", "/20231130/workRequests/{workRequestId}/logs", work_requests.list_work_request_logs),
    # ---- data plane: deployments and chat completions
    SpecRoute("listDeployments", "GET", "/openai/deployments", deployments.list_deployments),
    SpecRoute("getDeployment", "GET", "/openai/deployments/{deploymentId}", deployments.get_deployment),
    SpecRoute("listApplications", "GET", "/openai/applications", deployments.list_applications),
    SpecRoute("getApplication", "GET", "/openai/applications/{applicationId}", deployments.get_application),
    SpecRoute("createChatCompletion", "POST", "/openai/deployments/{deploymentId}/chat/completions", chat.create_chat_completion),
    # ---- data plane: files
    SpecRoute("getBucket", "GET", "/v1/bucket", files.get_bucket),
    SpecRoute("downloadFile", "GET", "/v1/files/{bucket}/{path}", files.download_file),
    SpecRoute("uploadFile", "PUT", "/v1/files/{bucket}/{path}", files.upload_file),
    SpecRoute("deleteFile", "DELETE", "/v1/files/{bucket}/{path}", files.delete_file),
    SpecRoute("listBucketRoot", "GET", "/v1/metadata/files/{bucket}/", files.list_root),
    SpecRoute("getFileMetadata", "GET", "/v1/metadata/files/{bucket}/{path}", files.get_metadata),
    SpecRoute("copyFile", "POST", "/v1/ops/resource/copy", files.copy_file),
    SpecRoute("moveFile", "POST", "/v1/ops/resource/move", files.move_file),
    # ---- data plane: runs
    SpecRoute("createRun", "POST", "/v1/deployments/{deploymentId}/runs", runs.create_run),
    SpecRoute("listRuns", "GET", "/v1/runs", runs.list_runs),
    SpecRoute("getRun", "GET", "/v1/runs/{runId}", runs.get_run),
    SpecRoute("cancelRun", "POST", "/v1/runs/{runId}/actions/cancel", runs.cancel_run),
    SpecRoute("getRunEvents", "GET", "/v1/runs/{runId}/events", runs.run_events),
]
# fmt: on

HANDLERS: dict[str, Handler] = {row.operation_id: row.handler for row in ROUTES}

ADMIN_ROUTES: list[Route] = [
    Route(path, admin.guarded(handler), methods=methods)
    for path, handler, methods in (
        ("/_mock/health", admin.health, ["GET"]),
        ("/_mock/reset", admin.reset, ["POST"]),
        ("/_mock/faults", admin.faults, ["GET", "POST", "DELETE"]),
        ("/_mock/clock", admin.clock, ["GET", "POST"]),
        ("/_mock/keys", admin.keys, ["POST"]),
        ("/_mock/requests", admin.requests, ["GET"]),
        ("/_mock/callbacks", admin.callbacks, ["GET"]),
        ("/_mock/files-audit", admin.file_audit, ["GET"]),
        ("/_mock/deployments", admin.deployments, ["POST"]),
        ("/_mock/synthetic-models", admin.synthetic_models, ["POST"]),
        ("/_mock/scripts", admin_scripts.scripts, ["GET", "DELETE"]),
        ("/_mock/scripts/chat", admin_scripts.script_chat, ["POST"]),
        ("/_mock/scripts/runs", admin_scripts.script_run, ["POST"]),
    )
]


class RouteTableError(Exception):
    """The routes table does not match the specs (a mock bug: the server refuses to start)."""


def check_routes(routes: Sequence[SpecRoute], index: SpecIndex) -> dict[str, Handler]:
    """The handler of each operationId, once ``routes`` is proven to match ``index``.

    Raises :class:`RouteTableError` naming every operation without exactly one row, every row
    whose method or path differs from the spec's, and every row of no spec operation.
    """
    rows: dict[str, list[SpecRoute]] = {}
    for row in routes:
        rows.setdefault(row.operation_id, []).append(row)
    problems: list[str] = []
    for op in index.operations:
        found = rows.pop(op.operation_id, [])
        if len(found) != 1:
            problems.append(f"{op.operation_id} has {len(found)} rows (needs exactly one)")
        problems += [
            f"{op.operation_id}: the row says {row.method} {row.path}, "
            f"the spec {op.method} {op.template}"
            for row in found
            if (row.method, row.path) != (op.method, op.template)
        ]
    problems += [f"{operation_id}: no such operation in the specs" for operation_id in rows]
    if problems:
        raise RouteTableError("the routes table does not match the specs: " + "; ".join(problems))
    return {row.operation_id: row.handler for row in routes}
