"""OCISigner: byte-for-byte OCI signatures (vectors made with the oci SDK), determinism,
verification, Date handling, streamed bodies with bounded memory."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from aiplane import OCISigner, errors
from aiplane.auth import SPOOL_MAX, fingerprint_of, parse_signature_header
from tests.conftest import DATA, TEST_PASSPHRASE

pytestmark = pytest.mark.anyio
VECTORS: dict[str, Any] = json.loads((DATA / "oci_signing_vectors.json").read_text())
KEY = DATA / VECTORS["key_file"]
PUBLIC_PEM = (DATA / VECTORS["public_key_file"]).read_bytes()


def vector_signer(vector: dict[str, Any]) -> OCISigner:
    if vector.get("security_token"):
        return OCISigner(private_key=KEY, security_token=vector["security_token"])
    return OCISigner(
        tenancy=VECTORS["tenancy"],
        user=VECTORS["user"],
        fingerprint=VECTORS["fingerprint"],
        private_key=KEY,
    )


@pytest.fixture(scope="module")
def encrypted_key(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The test key, encrypted with TEST_PASSPHRASE."""
    key = serialization.load_pem_private_key(KEY.read_bytes(), password=None)
    path = tmp_path_factory.mktemp("keys") / "encrypted.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(TEST_PASSPHRASE.encode()),
        )
    )
    return path


def make_signer() -> OCISigner:
    return OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of(PUBLIC_PEM),
        private_key=KEY,
    )


async def sign(mode: str, signer: OCISigner, request: httpx.Request) -> httpx.Request:
    if mode == "sync":
        return next(signer.sync_auth_flow(request))
    return await signer.async_auth_flow(request).__anext__()


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["name"])
async def test_matches_oci_sdk_vector(mode: str, vector: dict[str, Any]) -> None:
    """Every header the oci SDK's signer produced (authorization included) is reproduced exactly."""
    body = vector["body"]
    request = httpx.Request(
        vector["method"],
        vector["url"],
        headers=vector["headers"],
        content=body.encode() if isinstance(body, str) else None,
    )
    signed = await sign(mode, vector_signer(vector), request)
    for name, value in vector["expected_headers"].items():
        if name in ("host", "content-type", "content-length") and vector["method"] in (
            "GET",
            "HEAD",
            "DELETE",
        ):
            continue  # unsigned there; httpx manages them itself
        assert signed.headers.get(name) == value, name


def test_vectors_cover_the_cases() -> None:
    """The committed vectors cover GET/HEAD/DELETE/POST/PUT/PATCH, empty bodies, encoded
    paths, a port in the host, and session tokens."""
    names = {v["name"] for v in VECTORS["vectors"]}
    assert {
        "get_with_query",
        "head",
        "delete",
        "post_json",
        "put_json",
        "patch_json",
        "post_empty_body",
        "encoded_path_and_query",
        "loopback_with_port",
        "session_token_get",
        "session_token_post",
    } <= names


def test_signing_is_deterministic() -> None:
    """Signing the same request with the same Date twice gives identical bytes."""
    signer = make_signer()

    def make() -> httpx.Request:
        return httpx.Request(
            "POST",
            "http://h.test/20231130/models",
            content=b'{"a":1}',
            headers={"date": "Mon, 01 Jun 2026 12:00:00 GMT"},
        )

    first = next(signer.sync_auth_flow(make())).headers["authorization"]
    second = next(signer.sync_auth_flow(make())).headers["authorization"]
    assert first == second


def test_signature_verifies_with_public_key() -> None:
    """The signature verifies (RSA PKCS#1 v1.5, SHA-256) over the documented signing string."""
    signed = next(
        make_signer().sync_auth_flow(
            httpx.Request("PUT", "http://h.test:8080/20231130/models/x?y=1", content=b"{}")
        )
    )
    params = parse_signature_header(signed.headers["authorization"])
    assert (
        params["headers"]
        == "date (request-target) host content-length content-type x-content-sha256"
    )
    lines = []
    for name in params["headers"].split():
        value = (
            "put /20231130/models/x?y=1"
            if name == "(request-target)"
            else "h.test:8080"
            if name == "host"
            else signed.headers[name]
        )
        lines.append(f"{name}: {value}")
    public = serialization.load_pem_public_key(PUBLIC_PEM)
    assert isinstance(public, rsa.RSAPublicKey)
    public.verify(
        base64.b64decode(params["signature"]),
        "\n".join(lines).encode(),
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


def test_existing_date_is_kept_and_missing_date_is_set() -> None:
    """A Date on the request is signed as is; otherwise an IMF-fixdate is added."""
    signer = make_signer()
    kept = next(
        signer.sync_auth_flow(
            httpx.Request(
                "GET", "http://h.test/", headers={"date": "Thu, 05 Jan 2014 21:31:40 GMT"}
            )
        )
    )
    assert kept.headers["date"] == "Thu, 05 Jan 2014 21:31:40 GMT"
    fresh = next(signer.sync_auth_flow(httpx.Request("GET", "http://h.test/")))
    assert fresh.headers["date"].endswith(" GMT") and len(fresh.headers["date"]) == 29


def test_empty_body_hash() -> None:
    """A POST without body signs content-length 0 and the SHA-256 of nothing."""
    signed = next(make_signer().sync_auth_flow(httpx.Request("POST", "http://h.test/x")))
    assert signed.headers["content-length"] == "0"
    assert signed.headers["x-content-sha256"] == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="


def _sha(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


async def test_streamed_body_is_hashed_and_arrives_intact(mode: str) -> None:
    """A generator body is hashed like the same bytes and reaches the server unchanged."""
    payload = bytes(range(256)) * 4096  # 1 MiB
    received: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        received.append(request.read())
        return httpx.Response(200, json={"sha": request.headers["x-content-sha256"]})

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(payload), 65536):
            yield payload[i : i + 65536]

    async def achunks() -> AsyncIterator[bytes]:
        for chunk in chunks():
            yield chunk

    mock = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=mock, auth=make_signer()) as client:
            resp = client.put("http://h.test/v1/files/b/x", content=chunks())
    else:
        async with httpx.AsyncClient(transport=mock, auth=make_signer()) as aclient:
            resp = await aclient.put("http://h.test/v1/files/b/x", content=achunks())
    assert resp.json()["sha"] == _sha(payload)
    assert received == [payload]


async def test_multipart_file_upload_is_hashed_in_one_pass(mode: str) -> None:
    """A multipart upload of a seekable file is hashed over exactly the bytes sent."""
    received: list[tuple[bytes, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = request.read()
        received.append((body, request.headers["x-content-sha256"]))
        return httpx.Response(200)

    files = {"file": ("a.bin", io.BytesIO(b"\x00\x01" * 100_000), "application/octet-stream")}
    mock = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=mock, auth=make_signer()) as client:
            client.put("http://h.test/v1/files/b/a.bin", files=files)
    else:
        async with httpx.AsyncClient(transport=mock, auth=make_signer()) as aclient:
            await aclient.put("http://h.test/v1/files/b/a.bin", files=files)
    body, digest = received[0]
    assert digest == _sha(body) and b"\x00\x01" * 100_000 in body


def test_large_stream_is_spooled_with_bounded_memory() -> None:
    """Hashing a 24 MiB generator body keeps at most the spool bound in memory."""
    size, chunk = 24 * 2**20, b"z" * 65536
    sent = hashlib.sha256()

    def chunks() -> Iterator[bytes]:
        for _ in range(size // len(chunk)):
            yield chunk

    tracemalloc.start()
    request = httpx.Request("PUT", "http://h.test/x", content=chunks())
    signed = next(make_signer().sync_auth_flow(request))
    for part in signed.stream:  # type: ignore[union-attr]
        sent.update(part)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert base64.b64encode(sent.digest()).decode() == signed.headers["x-content-sha256"]
    assert signed.headers["content-length"] == str(size)
    assert peak < SPOOL_MAX + 4 * 2**20


@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"fingerprint": "not-a-fingerprint"}, {"fingerprint"}),
        ({"private_key": DATA / "does-not-exist.pem"}, {"key_file", "private_key"}),
        ({"private_key": PUBLIC_PEM}, {"key_file", "private_key"}),
        ({"private_key": "ENCRYPTED"}, {"pass_phrase"}),
        ({"private_key": "ENCRYPTED", "pass_phrase": "wrong"}, {"pass_phrase"}),
        ({"tenancy": ""}, {"tenancy"}),
    ],
)
def test_bad_key_material_is_a_config_error(
    kwargs: dict[str, Any], fields: set[str], encrypted_key: Any
) -> None:
    """Bad fingerprints, missing or public keys, and passphrase problems name the field."""
    base: dict[str, Any] = {
        "tenancy": "ocid1.tenancy.oc1..t",
        "user": "ocid1.user.oc1..u",
        "fingerprint": fingerprint_of(PUBLIC_PEM),
        "private_key": KEY,
    }
    if kwargs.get("private_key") == "ENCRYPTED":
        kwargs = {**kwargs, "private_key": encrypted_key}
    with pytest.raises(errors.ConfigError) as info:
        OCISigner(**{**base, **kwargs})
    assert info.value.field in fields


def test_encrypted_key_with_passphrase_signs(encrypted_key: Any) -> None:
    """An encrypted PEM with the right passphrase loads and signs."""
    signer = OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of(PUBLIC_PEM),
        private_key=encrypted_key,
        pass_phrase=TEST_PASSPHRASE,
    )
    assert (
        "authorization"
        in next(signer.sync_auth_flow(httpx.Request("GET", "http://h.test/"))).headers
    )


def test_repr_and_errors_hold_no_secret(encrypted_key: Any) -> None:
    """repr shows ids only; errors never quote the key or passphrase."""
    signer = make_signer()
    text = repr(signer)
    pem = KEY.read_text()
    assert "ocid1.user.oc1..u" in text and "PRIVATE" not in text
    assert not any(line in text for line in pem.splitlines()[1:-1])
    with pytest.raises(errors.ConfigError) as info:
        OCISigner(
            tenancy="ocid1.tenancy.oc1..t",
            user="ocid1.user.oc1..u",
            fingerprint=fingerprint_of(PUBLIC_PEM),
            private_key=encrypted_key,
            pass_phrase="wrong-phrase-xyz",
        )
    assert "wrong-phrase-xyz" not in str(info.value) and "wrong-phrase-xyz" not in repr(info.value)


def test_fingerprint_is_md5_of_der_public_key() -> None:
    """fingerprint_of is OCI's: MD5 of the DER SubjectPublicKeyInfo, colon-separated."""
    public = serialization.load_pem_public_key(PUBLIC_PEM)
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    expected = ":".join(f"{b:02x}" for b in hashlib.md5(der).digest())  # noqa: S324
    assert fingerprint_of(PUBLIC_PEM) == expected == VECTORS["fingerprint"]
