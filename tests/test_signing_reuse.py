"""Signature reuse: PKCS#1 v1.5 is deterministic and OCI's date has one-second resolution, so a
request identical in every signed header (same date) reuses its signature from a small,
bounded memory instead of a second RSA operation; anything different is signed afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from aiplane.signing import SIGNATURES_KEPT, OCISigner, fingerprint_of, load_private_key

DATA = Path(__file__).parent / "data"
DATE = "Thu, 05 Jan 2014 21:31:40 GMT"
URL = "https://generativeai.us-chicago-1.oci.oraclecloud.com/20231130/models/m1"


class CountingKey(rsa.RSAPrivateKey):
    """The test key, counting the RSA signatures made with it."""

    def __init__(self) -> None:
        self.key = load_private_key(DATA / "test_rsa_key.pem")
        self.signs = 0

    def sign(self, data: Any, padding: Any, algorithm: Any) -> bytes:
        self.signs += 1
        return self.key.sign(data, padding, algorithm)

    def decrypt(self, ciphertext: bytes, padding: Any) -> bytes:
        return self.key.decrypt(ciphertext, padding)

    @property
    def key_size(self) -> int:
        return self.key.key_size

    def public_key(self) -> rsa.RSAPublicKey:
        return self.key.public_key()

    def private_numbers(self) -> rsa.RSAPrivateNumbers:
        return self.key.private_numbers()

    def private_bytes(self, encoding: Any, format: Any, encryption_algorithm: Any) -> bytes:
        return self.key.private_bytes(encoding, format, encryption_algorithm)

    def __copy__(self) -> CountingKey:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> CountingKey:
        return self


def _signer() -> tuple[OCISigner, CountingKey]:
    key = CountingKey()
    signer = OCISigner(
        tenancy="ocid1.tenancy.oc1..t",
        user="ocid1.user.oc1..u",
        fingerprint=fingerprint_of(key.public_key()),
        private_key=key,
    )
    return signer, key


def _sign(signer: OCISigner, url: str = URL, date: str = DATE, body: bytes | None = None) -> str:
    method = "GET" if body is None else "POST"
    request = httpx.Request(method, url, headers={"date": date}, content=body)
    return next(signer.sync_auth_flow(request)).headers["authorization"]


def test_identical_request_in_the_same_second_reuses_its_signature() -> None:
    """Two identical signed requests with one date cost one RSA signature, same header."""
    signer, key = _signer()
    assert _sign(signer, body=b"{}") == _sign(signer, body=b"{}")
    assert key.signs == 1


def test_another_path_body_or_date_is_signed_afresh() -> None:
    """A different path, body or date is a different signing string: a new signature."""
    signer, key = _signer()
    first = _sign(signer, body=b"{}")
    others = {
        _sign(signer, url=URL + "x", body=b"{}"),
        _sign(signer, body=b"[]"),
        _sign(signer, date="Thu, 05 Jan 2014 21:31:41 GMT", body=b"{}"),
    }
    assert key.signs == 4
    assert first not in others and len(others) == 3


def test_reuse_memory_is_bounded() -> None:
    """After more distinct requests than it keeps, the oldest signatures are recomputed."""
    signer, key = _signer()
    for number in range(SIGNATURES_KEPT + 1):
        _sign(signer, url=f"{URL}{number}")
    _sign(signer, url=f"{URL}0")
    assert key.signs == SIGNATURES_KEPT + 2
    assert len(signer._signatures) <= SIGNATURES_KEPT


def test_reused_signature_is_not_in_the_signer_repr() -> None:
    """The remembered signatures are never shown by repr."""
    signer, _ = _signer()
    header = _sign(signer)
    signature = header.split('signature="')[1].split('"')[0]
    assert signature not in repr(signer)
