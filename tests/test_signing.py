"""OCI request signing: byte-for-byte vectors from the real oci SDK, streaming bodies, memory bound."""

from __future__ import annotations

import base64
import email.utils
import hashlib
import io
import json
import re
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from aiplane.signing import (
    EMPTY_BODY_SHA256,
    SPOOL_MAX,
    BodyDigest,
    OCISigner,
    build_signing_string,
    fingerprint_of,
    load_private_key,
)

DATA = Path(__file__).parent / "data"
KEY_FILE = DATA / "test_rsa_key.pem"
ENCRYPTED_KEY_FILE = DATA / "test_rsa_key_encrypted.pem"
PUBLIC_KEY_FILE = DATA / "test_rsa_key_public.pem"
PASS_PHRASE = "test-passphrase"
DOC: dict[str, Any] = json.loads((DATA / "oci_signing_vectors.json").read_text())
VECTORS: list[dict[str, Any]] = DOC["vectors"]
DATE = VECTORS[0]["headers"]["date"]
URL = "https://generativeai.us-chicago-1.oci.oraclecloud.com/20231130/files"
BODY_METHODS = {"POST", "PUT", "PATCH"}


def parse_signature_header(value: str) -> dict[str, str]:
    """Parse ``Signature k="v",...`` into a dict, as a verifier does."""
    scheme, _, params = value.partition(" ")
    assert scheme == "Signature", "not a Signature authorization header"
    return dict(re.findall(r'([A-Za-z]+)="([^"]*)"', params))


# Headers the requests library / OCI add that are not signed for GET/HEAD/DELETE (OCI adds
# content-type to every request, requests adds content-length: 0 to DELETE); aiplane does not.
UNSIGNED_EXTRAS = {"content-type", "content-length"}


def make_signer(vector: dict[str, Any] | None = None, **extra: Any) -> OCISigner:
    if vector is not None and vector.get("security_token"):
        return OCISigner(private_key=KEY_FILE, security_token=vector["security_token"], **extra)
    return OCISigner(
        tenancy=DOC["tenancy"],
        user=DOC["user"],
        fingerprint=DOC["fingerprint"],
        private_key=KEY_FILE,
        **extra,
    )


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Captured:
    """Requests (with their bodies already read by MockTransport) that reached the transport."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


async def send(mode: str, auth: httpx.Auth, method: str, url: str, **kwargs: Any) -> httpx.Request:
    """Send one request through a sync or async client; return what the transport received."""
    captured = Captured()
    transport = httpx.MockTransport(captured)
    if mode == "sync":
        with httpx.Client(transport=transport, auth=auth) as client:
            client.request(method, url, **kwargs)
    else:
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            await client.request(method, url, **kwargs)
    return captured.last


def sha256_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def chunks_of(data: bytes, size: int = 10_000) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def streamed(mode: str, parts: list[bytes]) -> Iterator[bytes] | AsyncIterator[bytes]:
    """Generator content of the right flavour for the client."""

    def sync_gen() -> Iterator[bytes]:
        yield from parts

    async def async_gen() -> AsyncIterator[bytes]:
        for part in parts:
            yield part

    return sync_gen() if mode == "sync" else async_gen()


async def drive(signer: OCISigner, request: httpx.Request, mode: str) -> httpx.Request:
    """Run the signer's auth flow up to the request it would send (no client, no transport)."""
    if mode == "sync":
        return next(signer.sync_auth_flow(request))
    return await signer.async_auth_flow(request).__anext__()


def iter_body(request: httpx.Request) -> Iterator[bytes]:
    stream = request.stream
    assert isinstance(stream, httpx.SyncByteStream)
    return iter(stream)


# --------------------------------------------------------------------------- vectors


@pytest.mark.anyio
@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
async def test_vector_matches_oci_signer(mode: str, vector: dict[str, Any]) -> None:
    """Every header OCI's signer produced (authorization included) is reproduced exactly."""
    got = await send(
        mode,
        make_signer(vector),
        vector["method"],
        vector["url"],
        headers=vector["headers"],
        content=vector["body"],
    )
    for name, expected in vector["expected_headers"].items():
        if vector["method"] not in BODY_METHODS and name in UNSIGNED_EXTRAS:
            continue
        assert got.headers.get(name) == expected, name


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_core_signs_vector_without_io(vector: dict[str, Any]) -> None:
    """The I/O-free core alone (method, URL, headers, body digest) yields OCI's authorization."""
    headers = httpx.Headers(vector["headers"])
    body = (vector["body"] or "").encode()
    digest = BodyDigest.of(body) if vector["method"] in BODY_METHODS else None
    make_signer(vector).sign_headers(vector["method"], vector["url"], headers, digest)
    assert headers["authorization"] == vector["expected_headers"]["authorization"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_signing_string_matches_oci(vector: dict[str, Any]) -> None:
    """The signing string built from the wire request equals the one OCI signed."""
    expected = vector["expected_headers"]
    url = httpx.URL(vector["url"])
    names = parse_signature_header(expected["authorization"])["headers"].split(" ")
    message = build_signing_string(
        vector["method"], url.raw_path.decode(), url.netloc.decode(), expected, names
    )
    assert message.decode("ascii") == vector["expected_signing_string"]


def test_fingerprint_of_matches_vector_key() -> None:
    """fingerprint_of computes OCI's MD5 fingerprint of the committed public key."""
    assert fingerprint_of(PUBLIC_KEY_FILE.read_bytes()) == DOC["fingerprint"]


def test_fingerprint_of_private_key_equals_public() -> None:
    """The fingerprint of a private key is that of its public half."""
    assert fingerprint_of(load_private_key(KEY_FILE)) == DOC["fingerprint"]


# --------------------------------------------------------------------------- determinism, verification


@pytest.mark.anyio
async def test_same_request_signed_twice_is_identical(mode: str) -> None:
    """PKCS#1 v1.5 is deterministic: two signatures of one request are the same bytes."""
    signer = make_signer()
    kwargs: dict[str, Any] = {"headers": {"date": DATE}, "content": b'{"a": 1}'}
    first = await send(mode, signer, "POST", URL, **kwargs)
    second = await send(mode, signer, "POST", URL, **kwargs)
    assert first.headers["authorization"] == second.headers["authorization"]


def test_key_formats_sign_identically() -> None:
    """PKCS#1, PKCS#8 and encrypted PKCS#8 copies of one key give the same signature."""
    key = load_private_key(KEY_FILE)
    pkcs8 = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    signers = [
        make_signer(),
        OCISigner(
            tenancy=DOC["tenancy"],
            user=DOC["user"],
            fingerprint=DOC["fingerprint"],
            private_key=pkcs8,
        ),
        OCISigner(
            tenancy=DOC["tenancy"],
            user=DOC["user"],
            fingerprint=DOC["fingerprint"],
            private_key=str(ENCRYPTED_KEY_FILE),
            pass_phrase=PASS_PHRASE,
        ),
    ]
    values = set()
    for signer in signers:
        headers = httpx.Headers({"date": DATE})
        signer.sign_headers("GET", URL, headers)
        values.add(headers["authorization"])
    assert len(values) == 1


@pytest.mark.anyio
async def test_signature_verifies_with_public_key(mode: str) -> None:
    """A server holding the public key verifies the signature over the received headers."""
    got = await send(mode, make_signer(), "POST", URL + "?x=1", content=b"payload")
    params = parse_signature_header(got.headers["authorization"])
    assert params["version"] == "1"
    assert params["algorithm"] == "rsa-sha256"
    message = build_signing_string(
        got.method,
        got.url.raw_path.decode(),
        got.headers["host"],
        got.headers,
        params["headers"].split(" "),
    )
    public = serialization.load_pem_public_key(PUBLIC_KEY_FILE.read_bytes())
    assert isinstance(public, rsa.RSAPublicKey)
    public.verify(
        base64.b64decode(params["signature"]), message, padding.PKCS1v15(), hashes.SHA256()
    )


@pytest.mark.anyio
async def test_existing_date_header_is_kept(mode: str) -> None:
    """A Date already on the request is signed as is, not replaced."""
    got = await send(mode, make_signer(), "GET", URL, headers={"Date": DATE})
    assert got.headers["date"] == DATE


@pytest.mark.anyio
async def test_missing_date_is_set(mode: str) -> None:
    """Without a Date header the signer adds an RFC 7231 date."""
    got = await send(mode, make_signer(), "GET", URL)
    assert email.utils.parsedate_to_datetime(got.headers["date"]).tzinfo is not None


@pytest.mark.anyio
async def test_own_date_refreshed_on_resign(mode: str) -> None:
    """A date the signer set itself is replaced when the same request is signed again."""
    times = iter([1780315200.0, 1780315205.5])
    signer = make_signer(clock=lambda: next(times))
    request = httpx.Request("GET", URL)
    await drive(signer, request, mode)
    assert request.headers["date"] == "Mon, 01 Jun 2026 12:00:00 GMT"
    await drive(signer, request, mode)
    assert request.headers["date"] == "Mon, 01 Jun 2026 12:00:05 GMT"


@pytest.mark.parametrize(
    ("now", "date"),
    [
        (1780315200.0, "Mon, 01 Jun 2026 12:00:00 GMT"),
        (1780315200.999, "Mon, 01 Jun 2026 12:00:00 GMT"),
        (1780315201.0, "Mon, 01 Jun 2026 12:00:01 GMT"),
        (1780315199.5, "Mon, 01 Jun 2026 11:59:59 GMT"),
        (0.0, "Thu, 01 Jan 1970 00:00:00 GMT"),
    ],
)
def test_date_is_the_clock_second(now: float, date: str) -> None:
    """The date signed is the clock's whole second, however signings interleave."""
    signer = make_signer(clock=lambda: now)
    for _ in range(2):  # the second answer may come from the per-second memory
        headers = httpx.Headers()
        signer.sign_headers("GET", URL, headers)
        assert headers["date"] == date


@pytest.mark.anyio
async def test_empty_post_body_hash(mode: str) -> None:
    """A POST without a body signs content-length 0 and the SHA-256 of the empty string."""
    got = await send(mode, make_signer(), "POST", URL)
    assert got.headers["x-content-sha256"] == EMPTY_BODY_SHA256
    assert got.headers["content-length"] == "0"


@pytest.mark.anyio
async def test_caller_supplied_content_sha256_is_trusted(mode: str) -> None:
    """As in OCI, a caller's x-content-sha256 (with content-length) is signed unchanged."""
    headers = {"x-content-sha256": "precomputed=", "content-length": "3"}
    got = await send(mode, make_signer(), "PUT", URL, headers=headers, content=b"abc")
    assert got.headers["x-content-sha256"] == "precomputed="


def test_unsupported_method_rejected() -> None:
    """Verbs OCI cannot sign raise ValueError."""
    with pytest.raises(ValueError, match="OPTIONS"):
        make_signer().sign_headers("OPTIONS", URL, httpx.Headers())


def test_get_does_not_sign_body_headers() -> None:
    """GET/HEAD/DELETE sign only date, (request-target) and host."""
    names = make_signer().sign_headers("DELETE", URL, httpx.Headers({"date": DATE}))
    assert names == ["date", "(request-target)", "host"]


# --------------------------------------------------------------------------- streamed bodies

PAYLOAD = bytes(range(256)) * 1000


@pytest.mark.anyio
async def test_generator_body_hashed_and_sent_intact(mode: str) -> None:
    """A generator body gets the same x-content-sha256 as the bytes and arrives unchanged."""
    got = await send(mode, make_signer(), "POST", URL, content=streamed(mode, chunks_of(PAYLOAD)))
    assert got.content == PAYLOAD
    assert got.headers["x-content-sha256"] == sha256_b64(PAYLOAD)
    assert got.headers["content-length"] == str(len(PAYLOAD))
    assert "transfer-encoding" not in got.headers


@pytest.mark.anyio
async def test_generator_body_signature_equals_bytes_signature(mode: str) -> None:
    """Streaming a body does not change the signature (same date, same bytes)."""
    headers = {"date": DATE, "content-type": "application/octet-stream"}
    signer = make_signer()
    as_bytes = await send(mode, signer, "PUT", URL, headers=headers, content=PAYLOAD)
    as_stream = await send(
        mode, signer, "PUT", URL, headers=headers, content=streamed(mode, chunks_of(PAYLOAD))
    )
    assert as_stream.headers["authorization"] == as_bytes.headers["authorization"]


@pytest.mark.anyio
async def test_multipart_file_upload_hashed_and_sent_intact(mode: str, tmp_path: Path) -> None:
    """A files= upload (seekable file) is hashed in one pass and re-read intact when sent."""
    path = tmp_path / "upload.bin"
    path.write_bytes(PAYLOAD)
    headers = {"content-type": "multipart/form-data; boundary=fixedboundary"}
    signer = make_signer()
    reference = httpx.Request(
        "POST", URL, headers=headers, files={"file": ("upload.bin", PAYLOAD)}
    ).read()
    with path.open("rb") as handle:
        got = await send(mode, signer, "POST", URL, headers=headers, files={"file": handle})
    assert got.content == reference
    assert got.headers["x-content-sha256"] == sha256_b64(reference)
    assert got.headers["content-length"] == str(len(reference))


class ReadOnlyFile:
    """A file-like object that cannot seek (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self._buffer = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._buffer.read(size)


@pytest.mark.anyio
async def test_multipart_unseekable_file_is_spooled(mode: str) -> None:
    """A multipart upload whose file cannot seek is spooled, hashed and sent intact."""
    headers = {"content-type": "multipart/form-data; boundary=fixedboundary"}
    reference = httpx.Request(
        "POST", URL, headers=headers, files={"file": ("f.bin", PAYLOAD)}
    ).read()
    files: Any = {"file": ("f.bin", ReadOnlyFile(PAYLOAD))}
    got = await send(mode, make_signer(), "POST", URL, headers=headers, files=files)
    assert got.content == reference
    assert got.headers["x-content-sha256"] == sha256_b64(reference)


def test_file_content_hashed_in_one_pass_and_replayable(tmp_path: Path) -> None:
    """A seekable file passed as content= is hashed from its position and sent (twice) intact."""
    path = tmp_path / "body.bin"
    path.write_bytes(b"skip" + PAYLOAD)
    with path.open("rb") as handle:
        handle.seek(4)
        request = httpx.Request("PUT", URL, content=handle)
        signed = next(make_signer().sync_auth_flow(request))
        first = b"".join(iter_body(signed))
        second = b"".join(iter_body(signed))
    assert first == second == PAYLOAD
    assert signed.headers["x-content-sha256"] == sha256_b64(PAYLOAD)


@pytest.mark.anyio
async def test_spooled_body_is_replayable(mode: str) -> None:
    """A spooled body can be sent again (e.g. by a retry) with the same bytes."""
    request = httpx.Request("POST", URL, content=streamed(mode, chunks_of(PAYLOAD)))
    signed = await drive(make_signer(), request, mode)
    assert b"".join(iter_body(signed)) == PAYLOAD
    assert b"".join(iter_body(signed)) == PAYLOAD


BIG = 20 * 1024 * 1024
BIG_CHUNK = 64 * 1024


def big_chunk(i: int) -> bytes:
    return bytes([i % 251]) * BIG_CHUNK


def big_digest() -> str:
    sha = hashlib.sha256()
    for i in range(BIG // BIG_CHUNK):
        sha.update(big_chunk(i))
    return base64.b64encode(sha.digest()).decode("ascii")


@pytest.mark.anyio
async def test_large_stream_hashed_with_bounded_memory(mode: str) -> None:
    """A 20 MiB streamed body is hashed with < 16 MiB peak memory (spool: SPOOL_MAX in RAM)."""

    def gen() -> Iterator[bytes]:
        for i in range(BIG // BIG_CHUNK):
            yield big_chunk(i)

    async def agen() -> AsyncIterator[bytes]:
        for i in range(BIG // BIG_CHUNK):
            yield big_chunk(i)

    content: Any = gen() if mode == "sync" else agen()
    request = httpx.Request("POST", URL, content=content)
    tracemalloc.start()
    try:
        signed = await drive(make_signer(), request, mode)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert SPOOL_MAX <= 8 * 1024 * 1024
    assert peak < 16 * 1024 * 1024
    assert signed.headers["content-length"] == str(BIG)
    assert signed.headers["x-content-sha256"] == big_digest()
    replay = hashlib.sha256()
    for chunk in iter_body(signed):
        replay.update(chunk)
    assert base64.b64encode(replay.digest()).decode() == signed.headers["x-content-sha256"]
