"""The mock verifies OCI signatures independently, and API keys / bearer tokens on the data plane."""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from aiplane.signing import BodyDigest, OCISigner
from aiplane_mock import MockServer, running
from tests.conftest import TEST_BEARER, add_secret
from tests.mock_helpers import (
    API_KEY,
    COMPARTMENT,
    TENANCY,
    USER,
    cluster_body,
    server_options,
    signer,
)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running(**server_options()) as mock:
        yield mock


@pytest.fixture(autouse=True)
def _fresh(server: MockServer) -> None:
    server.control.reset()


def signed(
    server: MockServer,
    method: str,
    path: str,
    body: bytes = b"",
    *,
    by: OCISigner | None = None,
    date: str | None = None,
    data_plane: bool = False,
) -> httpx.Request:
    """A request signed like OCI does (so a test can tamper with it before sending)."""
    base = server.data_url if data_plane else server.management_url
    request = httpx.Request(method, base + path, content=body or None)
    if body:
        request.headers["content-type"] = "application/json"
    if date is not None:
        request.headers["date"] = date
    digest = BodyDigest.of(body) if method in ("POST", "PUT") else None
    (by or signer()).sign_headers(method, request.url, request.headers, digest)
    match = re.search(r'signature="([^"]+)"', request.headers["authorization"])
    assert match
    add_secret(match.group(1))
    return request


def send(request: httpx.Request) -> httpx.Response:
    with httpx.Client(timeout=10) as client:
        return client.send(request)


LIST = f"/dedicatedAiClusters?compartmentId={COMPARTMENT}"


def test_valid_signature_is_accepted(server: MockServer) -> None:
    """A correctly signed GET passes."""
    assert send(signed(server, "GET", LIST)).status_code == 200


def test_signed_post_with_body_is_accepted(server: MockServer) -> None:
    """A signed POST (body hash and length signed) passes."""
    body = httpx.Request("POST", "http://x", json=cluster_body()).read()
    assert send(signed(server, "POST", "/dedicatedAiClusters", body)).status_code == 200


def second_key(server: MockServer, **binding: str) -> OCISigner:
    """A signer (tenancy B, user B) with a second key the server trusts (``binding`` as given)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fingerprint = server.control.add_trusted_key(public, **binding)
    return OCISigner(tenancy=B_TENANCY, user=B_USER, fingerprint=fingerprint, private_key=pem)


B_TENANCY = "ocid1.tenancy.oc1..bbbbtenancy"
B_USER = "ocid1.user.oc1..bbbbuser"


def test_key_signing_for_another_tenancy_and_user_is_401(server: MockServer) -> None:
    """The test key is bound to its tenancy and user: naming others with it is 401."""
    other = signer(tenancy="ocid1.tenancy.oc1..zzz", user="ocid1.user.oc1..yyy")
    assert send(signed(server, "GET", LIST, by=other)).status_code == 401


def test_second_key_cannot_take_the_first_callers_bucket(server: MockServer) -> None:
    """B's trusted key naming A's tenancy and user is 401, not A's bucket."""
    b = second_key(server, tenancy=B_TENANCY, user=B_USER)
    assert send(signed(server, "GET", "/v1/bucket", by=b, data_plane=True)).status_code == 200
    as_a = OCISigner(
        tenancy=TENANCY, user=USER, fingerprint=b.fingerprint, private_key=b._private_key
    )
    response = send(signed(server, "GET", "/v1/bucket", by=as_a, data_plane=True))
    assert response.status_code == 401


def test_unbound_key_binds_to_its_first_caller(server: MockServer) -> None:
    """A key trusted without a tenancy and user is bound to the first ones it signs for."""
    b = second_key(server)
    assert send(signed(server, "GET", LIST, by=b)).status_code == 200
    as_a = OCISigner(
        tenancy=TENANCY, user=USER, fingerprint=b.fingerprint, private_key=b._private_key
    )
    assert send(signed(server, "GET", LIST, by=as_a)).status_code == 401


def test_missing_signature_is_401(server: MockServer) -> None:
    """No authorization header: 401 NotAuthenticated."""
    response = httpx.get(server.management_url + LIST)
    assert response.status_code == 401
    assert response.json()["code"] == "NotAuthenticated"


def test_tampered_path_is_401(server: MockServer) -> None:
    """Changing the request target after signing breaks the signature."""
    request = signed(server, "GET", LIST)
    tampered = httpx.Request("GET", str(request.url) + "&limit=1", headers=request.headers)
    assert send(tampered).status_code == 401


def test_body_hash_mismatch_is_401(server: MockServer) -> None:
    """A body that does not match x-content-sha256 is rejected."""
    body = httpx.Request("POST", "http://x", json=cluster_body()).read()
    request = signed(server, "POST", "/dedicatedAiClusters", body)
    forged = body.replace(b"HOSTING", b"FINE_TUNING")
    tampered = httpx.Request("POST", request.url, headers=request.headers, content=forged)
    tampered.headers["content-length"] = str(len(forged))
    response = send(tampered)
    assert response.status_code == 401
    assert "x-content-sha256" in response.json()["message"]


def test_unsigned_body_headers_are_401(server: MockServer) -> None:
    """A POST whose signature covers only the generic headers is rejected."""
    body = b"{}"
    request = signed(server, "GET", "/dedicatedAiClusters")
    post = httpx.Request("POST", request.url, headers=request.headers, content=body)
    response = send(post)
    assert response.status_code == 401
    assert "must be signed" in response.json()["message"]


def test_stale_date_is_401(server: MockServer) -> None:
    """A date more than 5 minutes away from the server clock is rejected."""
    old = email.utils.formatdate(time.time() - 600, usegmt=True)
    response = send(signed(server, "GET", LIST, date=old))
    assert response.status_code == 401
    assert "5 minutes" in response.json()["message"]


def test_untrusted_key_is_401(server: MockServer) -> None:
    """A signature by a key the server does not trust is rejected."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    from aiplane.signing import fingerprint_of

    stranger = OCISigner(
        tenancy="ocid1.tenancy.oc1..a",
        user="ocid1.user.oc1..b",
        fingerprint=fingerprint_of(key.public_key()),
        private_key=pem,
    )
    response = send(signed(server, "GET", LIST, by=stranger))
    assert response.status_code == 401
    assert "not trusted" in response.json()["message"]


def test_key_trusted_at_runtime_is_accepted(server: MockServer) -> None:
    """control.add_trusted_key() trusts a new key immediately."""
    assert send(signed(server, "GET", LIST, by=second_key(server))).status_code == 200


def test_wrong_fingerprint_in_key_id_is_401(server: MockServer) -> None:
    """A keyId naming another fingerprint than the signing key's is rejected."""
    wrong = OCISigner(
        tenancy="t.t.t.t",
        user="u.u.u.u",
        fingerprint="00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
        private_key=signer()._private_key,
    )
    assert send(signed(server, "GET", LIST, by=wrong)).status_code == 401


def test_api_key_is_not_accepted_on_management(server: MockServer) -> None:
    """The management plane wants signatures only."""
    response = httpx.get(server.management_url + LIST, headers={"api-key": API_KEY})
    assert response.status_code == 401


def test_data_plane_accepts_api_key_header(server: MockServer) -> None:
    """api-key: KEY authenticates on the data plane."""
    response = httpx.get(server.data_url + "/v1/bucket", headers={"api-key": API_KEY})
    assert response.status_code == 200


def test_data_plane_accepts_bearer_token(server: MockServer) -> None:
    """Authorization: Bearer KEY authenticates on the data plane."""
    response = httpx.get(
        server.data_url + "/v1/bucket", headers={"authorization": f"Bearer {API_KEY}"}
    )
    assert response.status_code == 200


def test_data_plane_rejects_unknown_bearer(server: MockServer) -> None:
    """An unknown bearer token is 401 and the message does not echo it."""
    response = httpx.get(
        server.data_url + "/v1/bucket", headers={"authorization": f"Bearer {TEST_BEARER}"}
    )
    assert response.status_code == 401
    assert TEST_BEARER not in response.text


def test_data_plane_accepts_signatures(server: MockServer) -> None:
    """OCI signatures work on the data plane too, with a per-caller bucket."""
    response = send(signed(server, "GET", "/v1/bucket", data_plane=True))
    assert response.status_code == 200
    by_key = httpx.get(server.data_url + "/v1/bucket", headers={"api-key": API_KEY}).json()
    assert response.json()["bucket"] != by_key["bucket"]


def test_no_auth_mode_accepts_anything() -> None:
    """--no-auth: unauthenticated requests pass."""
    with running(no_auth=True) as mock:
        assert httpx.get(mock.management_url + LIST).status_code == 200


def test_server_repr_and_errors_hold_no_secret(server: MockServer) -> None:
    """Neither the control handle nor the key ring shows keys."""
    runtime = server.control._runtime
    assert API_KEY not in repr(runtime.keys)
    assert API_KEY not in repr(runtime.config)
    assert API_KEY not in repr(server.control)
