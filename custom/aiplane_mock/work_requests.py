"""Work requests: status (``retry-after`` while running), errors and logs, read off the clock."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .clock import poll_hints
from .context import Call, json_response
from .management import sorted_page
from .paging import page_response

__all__ = [
    "get_work_request",
    "list_work_request_errors",
    "list_work_request_logs",
    "list_work_requests",
]


def get_work_request(call: Call) -> Response:
    """GET /workRequests/{id} (with ``retry-after`` while it runs)."""
    with call.store.transaction() as now:
        work = call.store.work_request(call.param("workRequestId"))
        data = work.to_json(now)
        headers = {"etag": f"{work.id[-16:]}-{data['status']}-{data['percentComplete']}"}
        if data["status"] not in ("SUCCEEDED", "FAILED", "CANCELED"):
            headers.update(poll_hints(call.store.clock.real_seconds(work.end - now)))
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
        return sorted_page(call, items, "timeAccepted")


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
    ordered = entries if (call.param("sortOrder") or "ASC") == "ASC" else list(reversed(entries))
    return page_response(call, ordered)
