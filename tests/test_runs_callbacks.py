"""Run callbacks over HTTPS with basic auth or mTLS: the mock calls back presenting the
credentials, a local callback server (a throwaway CA made here) verifies them, and no secret
shows in a repr, an error or a delivery record."""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import aiplane
from aiplane_mock import MockServer
from tests.conftest import add_secret, maybe_await
from tests.mock_helpers import sdk_client, serving, wait_for

pytestmark = pytest.mark.anyio

PASSWORD = "hook-Pass-0b5e7c1d9a"
add_secret(PASSWORD)
FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.1, timeout=20.0)


@dataclass
class Issued:
    cert: str
    key: str = field(repr=False)


class CA:
    """A throwaway certificate authority (EC P-256) that issues server and client certs."""

    def __init__(self, name: str) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.name = subject
        self.cert = (
            self._builder(subject, self.key.public_key())
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.key, hashes.SHA256())
        )
        self.pem = self.cert.public_bytes(serialization.Encoding.PEM).decode()

    def _builder(self, subject: x509.Name, public: Any) -> x509.CertificateBuilder:
        now = datetime.datetime.now(datetime.UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(getattr(self, "name", subject))
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
        )

    def issue(self, common_name: str, *, server: bool) -> Issued:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
        builder = self._builder(subject, key.public_key()).add_extension(
            x509.ExtendedKeyUsage([usage]), critical=False
        )
        if server:
            san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
            builder = builder.add_extension(san, critical=False)
        cert = builder.sign(self.key, hashes.SHA256())
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        add_secret(key_pem)
        for line in key_pem.splitlines()[1:-1]:
            add_secret(line)
        return Issued(cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem)


@dataclass
class Hook:
    """What the callback server received: one entry per accepted POST."""

    url: str
    received: list[dict[str, Any]] = field(default_factory=list)


def _handler(hook: Hook, expected_auth: str | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = min(int(self.headers.get("content-length", "0")), 1 << 20)
            body = json.loads(self.rfile.read(length))
            ok = expected_auth is None or self.headers.get("authorization") == expected_auth
            peer = self.connection.getpeercert()
            subject = dict(x[0] for x in peer["subject"]) if peer else {}
            if ok:
                hook.received.append({"run": body, "client": subject.get("commonName")})
            self.send_response(200 if ok else 401)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    return Handler


def _tls(tmp: Path, issued: Issued, client_ca: CA | None) -> ssl.SSLContext:
    (tmp / "server.pem").write_text(issued.cert)
    (tmp / "server.key").write_text(issued.key)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp / "server.pem", tmp / "server.key")
    if client_ca is not None:  # mTLS: a client certificate from this CA is required
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cadata=client_ca.pem)
    return context


@pytest.fixture(scope="module")
def ca() -> CA:
    return CA("aiplane test CA")


@pytest.fixture(scope="module")
def server(ca: CA, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    path.write_text(ca.pem)
    yield from serving(callback_ca=str(path))


def _serve_hook(tmp: Path, ca: CA, *, mtls: bool, auth: str | None = None) -> Iterator[Hook]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    hook = Hook(f"https://127.0.0.1:{httpd.server_address[1]}/hooks/runs")
    httpd.RequestHandlerClass = _handler(hook, auth)
    context = _tls(tmp, ca.issue("127.0.0.1", server=True), ca if mtls else None)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield hook
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
async def client(server: MockServer, mode: str) -> AsyncIterator[Any]:
    server.control.reset()
    async with sdk_client(mode, server) as sdk:
        yield sdk


async def run_with_callback(mode: str, server: MockServer, client: Any, **callback: Any) -> Any:
    """Submit a run with a callback, wait for its result and for the delivery record."""
    deployment = server.control.create_deployment()
    fn = aiplane.submit_run if mode == "sync" else aiplane.asubmit_run
    future = await maybe_await(fn(client, deployment, args={"q": 1}, schedule=FAST, **callback))
    await maybe_await(future.result())
    wait_for(lambda: {"n": len(server.control.callbacks())}, lambda v: v["n"] == 1, timeout=10)
    return future


async def test_basic_callback_is_verified_by_the_callback_server(
    mode: str, server: MockServer, client: Any, ca: CA, tmp_path: Path
) -> None:
    """The mock POSTs the final Run over HTTPS with the basic credentials the server expects."""
    expected = "Basic " + base64.b64encode(f"hook:{PASSWORD}".encode()).decode()
    for hook in _serve_hook(tmp_path, ca, mtls=False, auth=expected):
        auth = {"kind": "basic", "username": "hook", "password": PASSWORD}
        future = await run_with_callback(
            mode, server, client, callback_url=hook.url, callback_auth=auth
        )
        assert server.control.callbacks()[0]["outcome"] == "delivered"
        assert [r["run"]["id"] for r in hook.received] == [future.id]
        assert hook.received[0]["run"]["status"] == "SUCCEEDED"


async def test_mtls_callback_presents_the_client_certificate(
    mode: str, server: MockServer, client: Any, ca: CA, tmp_path: Path
) -> None:
    """kind=mtls: the callback server requires and verifies the client cert the run carries."""
    issued = ca.issue("aiplane-callback-client", server=False)
    for hook in _serve_hook(tmp_path, ca, mtls=True):
        auth = {"kind": "mtls", "cert": issued.cert, "key": issued.key}
        future = await run_with_callback(
            mode, server, client, callback_url=hook.url, callback_auth=auth
        )
        assert server.control.callbacks()[0]["outcome"] == "delivered"
        assert hook.received == [{"run": hook.received[0]["run"], "client": issued_cn()}]
        assert hook.received[0]["run"]["callbackAuth"] == {"kind": "mtls"}
        assert future.last.callback_auth.kind.value == "mtls"


def issued_cn() -> str:
    return "aiplane-callback-client"


async def test_a_client_cert_of_another_ca_is_refused(
    mode: str, server: MockServer, client: Any, ca: CA, tmp_path: Path
) -> None:
    """A client cert the callback server does not trust: the handshake fails, delivery fails."""
    stranger = CA("stranger CA").issue("intruder", server=False)
    for hook in _serve_hook(tmp_path, ca, mtls=True):
        auth = {"kind": "mtls", "cert": stranger.cert, "key": stranger.key}
        await run_with_callback(mode, server, client, callback_url=hook.url, callback_auth=auth)
        record = server.control.callbacks()[0]
        assert record["outcome"] == "failed" and hook.received == []
        assert stranger.key not in json.dumps(record)


async def test_an_untrusted_callback_server_is_not_called(
    mode: str, server: MockServer, client: Any, tmp_path: Path
) -> None:
    """A callback server whose cert is not from the mock's callback CA gets nothing."""
    for hook in _serve_hook(tmp_path, CA("unknown CA"), mtls=False):
        auth = {"kind": "basic", "username": "hook", "password": PASSWORD}
        await run_with_callback(mode, server, client, callback_url=hook.url, callback_auth=auth)
        assert server.control.callbacks()[0]["outcome"] == "failed" and hook.received == []


async def test_no_callback_secret_in_reprs_or_records(
    mode: str, server: MockServer, client: Any, ca: CA, tmp_path: Path
) -> None:
    """The key and the password are in no repr (model, future, Run) nor delivery record."""
    from aiplane_data.models.basic_callback_auth import BasicCallbackAuth
    from aiplane_data.models.mtls_callback_auth import MtlsCallbackAuth

    issued = ca.issue("aiplane-callback-client", server=False)
    model = MtlsCallbackAuth(cert=issued.cert, key=issued.key)
    texts = [repr(model), repr(BasicCallbackAuth(username="hook", password=PASSWORD))]
    for hook in _serve_hook(tmp_path, ca, mtls=True):
        future = await run_with_callback(
            mode, server, client, callback_url=hook.url, callback_auth=model
        )
        texts += [repr(future), repr(future.last), json.dumps(server.control.callbacks())]
    key_line = issued.key.splitlines()[1]
    assert not [t for t in texts if PASSWORD in t or key_line in t or "PRIVATE KEY" in t]
