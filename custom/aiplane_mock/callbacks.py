"""Run callbacks: once a run ends, POST its final Run JSON to its ``callbackUrl``.

The credentials are the run's ``callbackAuth``: HTTP basic (a user name and a password) or
mTLS (a client certificate and its private key, presented in the TLS handshake, like
scale-launch's ``callback_auth_kind="mtls"``). Only hosts in ``callback_hosts`` are called;
an ``https`` callback server is verified against ``callback_ca`` (else the system's CAs).
Each delivery is recorded (outcome, attempts, last status or error *type*): never a
credential, never an error message that could quote one.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .context import Call
from .runbook import TERMINAL, Run, RunBook

__all__ = ["deliver"]

_ATTEMPTS = 4


def tls_context(ca: str | None, cert: str | None = None, key: str | None = None) -> ssl.SSLContext:
    """A client TLS context trusting ``ca``, presenting ``cert``/``key`` (PEM text) if given.

    ``ssl`` loads a certificate chain only from files: the PEMs are written to a private
    temporary directory (mode 0700, files 0600) that is removed as soon as they are loaded.
    """
    context = ssl.create_default_context(cafile=ca)
    if cert is None or key is None:
        return context
    with tempfile.TemporaryDirectory(prefix="aiplane-mock-mtls-") as tmp:
        paths = []
        for name, pem in (("cert.pem", cert), ("key.pem", key)):
            path = Path(tmp) / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(pem)
            paths.append(str(path))
        context.load_cert_chain(paths[0], paths[1])
    return context


def _client_options(call: Call, run: Run) -> dict[str, Any]:
    """httpx client options for this run's callback: TLS verification and credentials."""
    ca = call.runtime.config.callback_ca
    options: dict[str, Any] = {"timeout": 5.0, "verify": tls_context(ca) if ca else True}
    if run.callback_kind == "basic" and run.callback_username is not None:
        options["auth"] = httpx.BasicAuth(run.callback_username, run.callback_password or "")
    elif run.callback_kind == "mtls":
        options["verify"] = tls_context(ca, run.callback_cert, run.callback_key)
    return options


async def _final_payload(call: Call, run: Run) -> dict[str, Any]:
    """The Run JSON once the run has ended (sleeping on the virtual clock until then)."""
    store = call.store
    while True:
        with store.lock:
            now = store.clock.now()
            status, _ = run.status_at(now)
            payload = run.to_json(now)
        if status in TERMINAL:
            return payload
        wait = store.clock.real_seconds(run.finished_at() - now)
        await asyncio.sleep(min(0.25, max(0.005, wait)))


async def deliver(call: Call, run: Run) -> None:
    """POST the final Run JSON to its callback URL (with retries), once it has ended."""
    payload = await _final_payload(call, run)
    record: dict[str, Any] = {"runId": run.id, "url": run.callback_url, "attempts": 0}
    book: RunBook = call.runtime.runs
    host = urlsplit(run.callback_url or "").hostname or ""
    if host not in call.runtime.config.callback_hosts:
        record["outcome"] = "skipped"
        book.callbacks.append(record)
        return
    try:
        options = _client_options(call, run)
    except (ssl.SSLError, OSError, ValueError) as error:  # an unusable certificate or key
        record.update(outcome="failed", status=type(error).__name__)
        book.callbacks.append(record)
        return
    record["outcome"] = "failed"
    async with httpx.AsyncClient(**options) as client:
        for attempt in range(_ATTEMPTS):
            record["attempts"] = attempt + 1
            try:
                response = await client.post(str(run.callback_url), json=payload)
                record["status"] = response.status_code
                if response.is_success:
                    record["outcome"] = "delivered"
                    break
            except (httpx.HTTPError, OSError) as error:  # a TLS alert may come as ssl.SSLError
                record["status"] = type(error).__name__
            await asyncio.sleep(0.05 * 2**attempt)
    book.callbacks.append(record)
