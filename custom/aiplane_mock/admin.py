"""The control surface: :class:`Control` in Python, and the same over ``/_mock/*`` HTTP routes.

The admin routes (listed in :data:`aiplane_mock.routes.ADMIN_ROUTES`) are not part of the public
specs. Each needs the header ``x-aiplane-mock-admin`` with the server's admin token (random per
server, printed on the CLI's startup line, :attr:`Control.admin_token`); without it, 401
(:func:`guarded`). Each handler finds the runtime from its request's app.
"""

from __future__ import annotations

import dataclasses
import functools
import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .admin_scripts import ScriptControl
from .catalog import base_model_id
from .clock import iso
from .faults import Fault
from .ratelimits import RateBudget, RateLimit
from .runtime import RequestRecord, runtime_of
from .synthetic import SyntheticModels

__all__ = [
    "ADMIN_HEADER",
    "Control",
    "callbacks",
    "clock",
    "deployments",
    "faults",
    "file_audit",
    "guarded",
    "health",
    "keys",
    "requests",
    "reset",
]

_FAULT_FIELDS = {f.name for f in dataclasses.fields(Fault)} - {"fired"}
ADMIN_HEADER = "x-aiplane-mock-admin"


class Control(ScriptControl):
    """Drive a mock server from a test: faults, scenarios, scripted replies (the methods of
    :class:`~aiplane_mock.admin_scripts.ScriptControl`), time, keys, reset, inspection."""

    def __repr__(self) -> str:
        return f"Control(speed={self.speed}, faults={len(self.faults())})"

    @property
    def admin_token(self) -> str:
        """The token the ``/_mock/*`` HTTP routes require in ``x-aiplane-mock-admin``."""
        return self._runtime.admin_token

    # ---- faults and scenarios

    def inject(self, kind: str, route: str = "*", **options: Any) -> Fault:
        """Add a fault rule (see :mod:`aiplane_mock.faults` for kinds and options)."""
        unknown = set(options) - _FAULT_FIELDS
        if unknown:
            raise TypeError(f"unknown fault option(s): {', '.join(sorted(unknown))}")
        return self._runtime.faults.add(Fault(kind=kind, route=route, **options))  # type: ignore[arg-type]

    def fail_next_work_request(
        self,
        route: str = "*",
        *,
        code: str | None = None,
        message: str | None = None,
        count: int = 1,
    ) -> Fault:
        """Make the next ``count`` work requests created by matching requests fail."""
        return self.inject("fail_work_request", route, code=code, message=message, count=count)

    def fail_next_run(
        self,
        route: str = "*",
        *,
        code: str | None = None,
        message: str | None = None,
        count: int = 1,
    ) -> Fault:
        """Make the next ``count`` runs created by matching requests fail (with a traceback)."""
        return self.inject("fail_run", route, code=code, message=message, count=count)

    def faults(self) -> list[Fault]:
        """The active fault rules."""
        return self._runtime.faults.rules()

    def clear_faults(self) -> None:
        """Remove every fault rule (and the keyed decisions)."""
        self._runtime.faults.clear()

    def fault_decisions(self) -> dict[tuple[str, int], str]:
        """Per (fault key, n) of each request that carried ``x-aiplane-fault-key``: the fault
        it got ("" for none); see :mod:`aiplane_mock.faults`."""
        return self._runtime.faults.decisions()

    # ---- time

    @property
    def speed(self) -> float:
        """How fast lifecycles advance (virtual seconds per second)."""
        return self._runtime.store.clock.speed

    def set_speed(self, factor: float) -> None:
        """Change the lifecycle speed."""
        self._runtime.store.clock.set_speed(factor)

    def advance(self, seconds: float) -> None:
        """Jump virtual time forward (lifecycles progress accordingly)."""
        self._runtime.store.clock.advance(seconds)

    def now(self) -> float:
        """The virtual time (epoch seconds)."""
        return self._runtime.store.clock.now()

    # ---- keys and auth

    def add_trusted_key(
        self, pem: str | bytes, tenancy: str | None = None, user: str | None = None
    ) -> str:
        """Accept OCI signatures made with this public key for ``tenancy``/``user`` (without
        them: the first tenancy and user it signs for); returns its fingerprint."""
        return self._runtime.keys.add_trusted_key(pem, tenancy, user)

    def add_api_key(self, api_key: str) -> None:
        """Accept this API key (``api-key`` header or bearer token) on the data plane."""
        self._runtime.keys.add_api_key(api_key)

    def set_auth(self, enabled: bool) -> None:
        """Turn authentication on or off."""
        self._runtime.auth_enabled = enabled

    # ---- state

    def set_rate_limit(self, limit: RateLimit | None) -> None:
        """Start a fresh rate-limit budget (x-ratelimit-* headers, 429 when spent); None: off."""
        self._runtime.rate_budget = RateBudget(limit) if limit is not None else None

    def set_synthetic_models(self, count: int, compartment_id: str) -> None:
        """List ``count`` synthetic models in ``compartment_id``, built page by page (for
        benchmarks: no model is stored; 0 turns it off)."""
        catalog = SyntheticModels(count, compartment_id)
        self._runtime.synthetic_models = catalog if count else None

    def reset(self) -> None:
        """Back to a fresh server: no resources, runs, files, faults; initial speed and keys."""
        self._runtime.reset()

    def requests(self) -> list[RequestRecord]:
        """Requests answered so far (method, path, operationId, status; no headers); the
        newest :attr:`request_log_size` of them."""
        return list(self._runtime.requests)

    @property
    def request_log_size(self) -> int:
        """How many request records are kept (``request_log`` of the server's config)."""
        return self._runtime.requests.maxlen or 0

    def file_audit(self) -> dict[str, int]:
        """The file store against its blobs on disk: files, blobs, orphan (partial or
        abandoned) blobs, missing blobs, size mismatches (all but the first two should be 0)."""
        return self._runtime.files.audit()

    def callbacks(self) -> list[dict[str, Any]]:
        """Run callback deliveries (url, attempts, outcome)."""
        with self._runtime.store.lock:
            return [dict(c) for c in self._runtime.runs.callbacks]

    def create_deployment(
        self,
        model: str = "meta.llama-3.3-70b-instruct",
        *,
        compartment_id: str = "ocid1.compartment.oc1..aaaaaaaamock",
        display_name: str | None = None,
        deployment_id: str | None = None,
    ) -> str:
        """Shortcut: an ACTIVE hosting cluster and an ACTIVE endpoint; returns the deployment id
        (``deployment_id`` picks the endpoint OCID)."""
        store = self._runtime.store
        model_id = model if model.startswith("ocid1.") else base_model_id(model)
        with store.transaction() as now:
            store.get("model", model_id, allow_deleted=False)
            common = {
                "compartmentId": compartment_id,
                "lifecycleState": "ACTIVE",
                "timeCreated": iso(now),
                "timeUpdated": iso(now),
                "freeformTags": {},
                "definedTags": {},
                "systemTags": {},
            }
            cluster = store.add(
                "cluster",
                {
                    **common,
                    "id": store.new_id("cluster"),
                    "type": "HOSTING",
                    "unitCount": 1,
                    "unitShape": "LARGE_GENERIC",
                },
            )
            endpoint = store.add(
                "endpoint",
                {
                    **common,
                    "id": deployment_id or store.new_id("endpoint"),
                    "modelId": model_id,
                    "dedicatedAiClusterId": cluster.id,
                    **({"displayName": display_name} if display_name else {}),
                },
            )
        self._runtime.persist()
        return endpoint.id


# --------------------------------------------------------------------------- HTTP handlers


AdminHandler = Callable[[Request], Awaitable[Response]]


def guarded(handler: AdminHandler) -> AdminHandler:
    """``handler``, answering 401 unless the request carries the server's admin token."""

    @functools.wraps(handler)
    async def check(request: Request) -> Response:
        sent = request.headers.get(ADMIN_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(sent, runtime_of(request.app).admin_token.encode()):
            message = f"The admin routes need the server's admin token in {ADMIN_HEADER}."
            return JSONResponse({"code": "NotAuthenticated", "message": message}, 401)
        return await handler(request)

    return check


def _control(request: Request) -> Control:
    return Control(runtime_of(request.app))


async def health(request: Request) -> Response:
    """GET /_mock/health."""
    return JSONResponse({"status": "ok"})


async def reset(request: Request) -> Response:
    """POST /_mock/reset: back to a fresh server."""
    _control(request).reset()
    return JSONResponse({"status": "reset"})


async def faults(request: Request) -> Response:
    """GET /_mock/faults: the rules and keyed decisions; POST: add one (201, 400 if invalid);
    DELETE: remove all."""
    control = _control(request)
    if request.method == "POST":
        options = await request.json()
        try:
            fault = control.inject(**options)
        except (TypeError, ValueError) as error:
            return JSONResponse({"code": "InvalidParameter", "message": str(error)}, 400)
        return JSONResponse(fault.to_json(), 201)
    if request.method == "DELETE":
        control.clear_faults()
    decided = control.fault_decisions().items()
    decisions = [{"key": key, "n": n, "fault": label} for (key, n), label in decided]
    return JSONResponse({"items": [f.to_json() for f in control.faults()], "decisions": decisions})


async def file_audit(request: Request) -> Response:
    """GET /_mock/files-audit: the file store against its blobs on disk."""
    return JSONResponse(_control(request).file_audit())


async def clock(request: Request) -> Response:
    """GET /_mock/clock: virtual time and speed; POST ``speed`` / ``advance`` to change them."""
    control = _control(request)
    if request.method == "POST":
        options = await request.json()
        if "speed" in options:
            control.set_speed(float(options["speed"]))
        if "advance" in options:
            control.advance(float(options["advance"]))
    return JSONResponse({"now": iso(control.now()), "speed": control.speed})


async def keys(request: Request) -> Response:
    """POST /_mock/keys: add ``trustedKey`` (bound to ``tenancy``/``user``) / ``apiKey``,
    turn ``auth`` on or off."""
    control = _control(request)
    options = await request.json()
    result: dict[str, Any] = {}
    if "trustedKey" in options:
        result["fingerprint"] = control.add_trusted_key(
            options["trustedKey"], options.get("tenancy"), options.get("user")
        )
    if "apiKey" in options:
        control.add_api_key(options["apiKey"])
    if "auth" in options:
        control.set_auth(bool(options["auth"]))
    return JSONResponse(result)


async def requests(request: Request) -> Response:
    """GET /_mock/requests: the request log."""
    records = _control(request).requests()
    return JSONResponse({"items": [dataclasses.asdict(r) for r in records]})


async def callbacks(request: Request) -> Response:
    """GET /_mock/callbacks: run callback deliveries."""
    return JSONResponse({"items": _control(request).callbacks()})


async def synthetic_models(request: Request) -> Response:
    """POST /_mock/synthetic-models: ``count`` models listed in ``compartmentId`` (benchmarks)."""
    options = await request.json()
    try:
        _control(request).set_synthetic_models(options["count"], options["compartmentId"])
    except (KeyError, TypeError, ValueError) as error:
        return JSONResponse({"code": "InvalidParameter", "message": str(error)}, 400)
    return JSONResponse({"count": options["count"]}, 201)


async def deployments(request: Request) -> Response:
    """POST /_mock/deployments: an ACTIVE cluster and endpoint (201 with the deployment id)."""
    options = await request.json()
    return JSONResponse({"id": _control(request).create_deployment(**options)}, 201)
