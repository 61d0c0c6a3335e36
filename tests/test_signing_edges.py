"""The OCI signer at its edges: credentials refused, caller-supplied hashes kept, bodies
whose digest is known not read again, file bodies, the generic and async flows."""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aiplane._bodies import FileStream
from aiplane.errors import ConfigError
from aiplane.signing import EMPTY_BODY_SHA256, BodyDigest, OCISigner, load_private_key
from tests.conftest import FakeTime
from tests.mock_helpers import PRIVATE_KEY, PUBLIC_KEY, signer
from tests.test_retry_loop_edges import Chunks, streamed
from tests.test_transport import runtime

pytestmark = pytest.mark.anyio
URL = "https://svc.test/20231130/files"
FP = signer().fingerprint


def sha(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


@pytest.mark.parametrize("token", ["", 'a"b', "a\rb", "a\nb"])
def test_empty_or_malformed_session_token_is_refused(token: str) -> None:
    """An empty session token, or one with a quote or a line break, is a ConfigError."""
    with pytest.raises(ConfigError, match="security_token"):
        OCISigner(security_token=token, private_key=PRIVATE_KEY)


@pytest.mark.parametrize("field", ["tenancy", "user"])
@pytest.mark.parametrize("value", ["", "a/b", 'a"b', "a b", "a\nb"])
def test_empty_or_malformed_tenancy_and_user_are_refused(field: str, value: str) -> None:
    """An empty tenancy or user, or one with '/', a quote, a blank or a newline, is refused."""
    args: dict[str, Any] = {"tenancy": "ocid1.t", "user": "ocid1.u", field: value}
    with pytest.raises(ConfigError, match=field):
        OCISigner(**args, fingerprint=FP, private_key=PRIVATE_KEY)


def test_malformed_fingerprint_is_refused() -> None:
    """A fingerprint that is not 16 colon-separated hex pairs is a ConfigError."""
    with pytest.raises(ConfigError, match="fingerprint"):
        OCISigner(tenancy="t", user="u", fingerprint="zz:11", private_key=PRIVATE_KEY)


def test_session_signer_shows_no_token() -> None:
    """A session-token signer's keyId is ST$<token>; its repr hides the token."""
    s = OCISigner(security_token="tok-123", private_key=PRIVATE_KEY)
    assert s.key_id == "ST$tok-123" and repr(s) == "OCISigner(security_token='***')"


def test_key_id_and_public_key() -> None:
    """keyId is tenancy/user/fingerprint; public_key is the key's public half."""
    s = signer()
    assert s.key_id == f"{s.tenancy}/{s.user}/{FP}"
    public = load_private_key(PRIVATE_KEY).public_key().public_numbers()
    assert s.public_key.public_numbers() == public and PUBLIC_KEY


def test_a_given_body_digest_replaces_a_stale_hash() -> None:
    """With a body digest given, x-content-sha256 and content-length are recomputed."""
    headers = httpx.Headers({"x-content-sha256": "stale", "content-length": "99"})
    signer().sign_headers("POST", URL, headers, BodyDigest.of(b"abc"))
    assert (headers["x-content-sha256"], headers["content-length"]) == (sha(b"abc"), "3")


def test_no_body_and_no_hash_signs_the_empty_body() -> None:
    """A POST without a body digest or a hash is signed as an empty body."""
    headers = httpx.Headers()
    signer().sign_headers("POST", URL, headers)
    assert (headers["x-content-sha256"], headers["content-length"]) == (EMPTY_BODY_SHA256, "0")


def test_a_caller_supplied_hash_survives_re_signing() -> None:
    """A caller's x-content-sha256 (with its content-length) is kept on every signing."""
    own = sha(b"the real body, sent elsewhere")
    request = httpx.Request(
        "PUT", URL, content=b"x", headers={"x-content-sha256": own, "content-length": "1"}
    )
    s = signer()
    for _ in range(2):
        next(s.sync_auth_flow(request))
    assert request.headers["x-content-sha256"] == own


def test_the_signers_own_hash_is_refreshed_on_re_signing() -> None:
    """A hash the signer set is recomputed when the same request is signed again."""
    request = httpx.Request("PUT", URL, content=b"first")
    s = signer()
    next(s.sync_auth_flow(request))
    assert request.headers["x-content-sha256"] == sha(b"first")
    request.headers["x-content-sha256"] = "tampered-in-between"
    next(s.sync_auth_flow(request))
    assert request.headers["x-content-sha256"] == "tampered-in-between"  # not its own value


class CountingFile(io.BytesIO):
    """A seekable file that counts its reads."""

    reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self.reads += 1
        return super().read(size)


def test_a_body_whose_digest_is_known_is_not_read_to_sign_it() -> None:
    """A replayable file body that already knows its digest is signed without a read."""
    handle = CountingFile(b"payload")
    request = httpx.Request("PUT", URL, stream=FileStream(handle, 0, BodyDigest.of(b"payload")))
    next(signer().sync_auth_flow(request))
    assert handle.reads == 0 and request.headers["x-content-sha256"] == sha(b"payload")
    assert request.headers["content-type"] == "application/octet-stream"


def test_a_seekable_file_is_hashed_in_place_and_sent_from_the_file(tmp_path: Any) -> None:
    """content= a seekable file is hashed from its position and sent from the file itself."""
    path = tmp_path / "body.bin"
    path.write_bytes(b"skip" + b"the body")
    with path.open("rb") as handle:
        handle.seek(4)
        request = httpx.Request("PUT", URL, content=handle)
        next(signer().sync_auth_flow(request))
        assert isinstance(request.stream, FileStream)
        assert request.headers["x-content-sha256"] == sha(b"the body")
        assert b"".join(request.stream) == b"the body"


def test_a_generator_body_is_octet_stream_and_not_read_by_httpx() -> None:
    """Through httpx's own auth step, a generator body is hashed by the signer (not read
    into memory first by httpx) and typed application/octet-stream."""
    seen: list[httpx.Request] = []

    def body() -> Iterator[bytes]:
        yield b"ab"
        yield b"c"

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"streamed"

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, stream=Body())

    with httpx.Client(transport=httpx.MockTransport(handler), auth=signer()) as client:
        client.put(URL, content=body())
        with client.stream("GET", URL) as response:
            assert not response.is_stream_consumed  # the signer needs no response body
    assert seen[0].headers["content-type"] == "application/octet-stream"
    assert seen[0].headers["x-content-sha256"] == sha(b"abc")


async def test_the_async_flow_hashes_a_sync_stream() -> None:
    """The async flow of a body given as a sync iterator hashes its bytes."""

    def body() -> Iterator[bytes]:
        yield b"sync bytes"

    request = httpx.Request("POST", URL, content=body())
    flow = signer().async_auth_flow(request)
    await flow.__anext__()
    assert request.headers["x-content-sha256"] == sha(b"sync bytes")


def test_the_generic_flow_signs_like_the_sync_flow() -> None:
    """auth_flow (httpx's generic entry) yields the signed request."""
    request = httpx.Request("GET", URL)
    signed = next(signer().auth_flow(request))
    assert signed is request and request.headers["authorization"].startswith("Signature ")


def test_a_signed_streamed_response_is_handed_over_unread(fake_time: FakeTime) -> None:
    """Through the runtime transport, the signer asks for no response body: a download
    signed with it reaches the caller unread."""
    stream = Chunks(b"a large download")
    mock = httpx.MockTransport(
        lambda request: streamed(200, stream, **{"content-type": "application/octet-stream"})
    )
    rt = runtime(mock, fake_time, auth=signer())
    response = rt.handle_request(httpx.Request("GET", URL))
    assert stream.read == 0 and response.headers["content-type"] == "application/octet-stream"
    assert response.read() == b"a large download"
