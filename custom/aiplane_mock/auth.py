"""Independent verification of OCI request signatures, API keys and bearer tokens.

The server keeps only public keys and SHA-256 digests of API keys, so nothing it holds or
says (reprs, error messages, logs) can reveal a secret. Each trusted key is bound to one
tenancy and user (given as a :class:`TrustedKey`, or else the first ones it signs for): a
keyId naming other OCIDs with it is 401, so one key cannot act, or read files, as another caller.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .errors import not_authenticated

__all__ = ["Caller", "KeyRing", "TrustedKey", "fingerprint_of", "load_public_key"]

MAX_CLOCK_SKEW = 300.0
_GENERIC = ("date", "(request-target)", "host")
_BODY = ("content-length", "content-type", "x-content-sha256")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_PARAM = re.compile(r'([A-Za-z]+)="([^"]*)"')


@dataclass(frozen=True)
class Caller:
    """Who sent a request: the scheme used and a non-secret principal name."""

    scheme: str
    principal: str

    @property
    def bucket(self) -> str:
        """The caller's file bucket id (stable, URL-safe, derived from the principal)."""
        digest = hashlib.sha256(f"bucket:{self.principal}".encode()).digest()
        return base64.b32encode(digest).decode("ascii").rstrip("=").lower()[:40]


ANONYMOUS = Caller("none", "anonymous")


class TrustedKey(NamedTuple):
    """A public key (PEM) bound to the tenancy and user OCIDs that may sign with it."""

    pem: str | bytes
    tenancy: str
    user: str


Trusted = str | bytes | TrustedKey
"""A trusted key: a :class:`TrustedKey`, or a bare PEM (bound at its first signature)."""


def load_public_key(pem: str | bytes) -> rsa.RSAPublicKey:
    """Load an RSA public key from PEM text (a private key PEM is reduced to its public half)."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    if b"PRIVATE KEY" in data:
        raise ValueError("a trusted key must be a public key PEM, not a private key")
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("trusted keys must be RSA public keys")
    return key


def fingerprint_of(key: rsa.RSAPublicKey) -> str:
    """OCI's key fingerprint: MD5 of the DER SubjectPublicKeyInfo, colon-separated hex."""
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.md5(der, usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8")).digest()


class KeyRing:
    """Trusted public keys (by fingerprint) and API keys (by digest); thread-safe."""

    def __init__(self, trusted_keys: Iterable[Trusted] = (), api_keys: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, rsa.RSAPublicKey] = {}
        self._owners: dict[str, str] = {}
        self._api: dict[bytes, str] = {}
        for trusted in trusted_keys:
            self.trust(trusted)
        for key in api_keys:
            self.add_api_key(key)

    def __repr__(self) -> str:
        return f"KeyRing(trusted_keys={len(self._keys)}, api_keys={len(self._api)})"

    def trust(self, trusted: Trusted) -> str:
        """Trust a :class:`TrustedKey` or a bare PEM; returns its fingerprint."""
        if isinstance(trusted, TrustedKey):
            return self.add_trusted_key(trusted.pem, trusted.tenancy, trusted.user)
        return self.add_trusted_key(trusted)

    def add_trusted_key(
        self, pem: str | bytes, tenancy: str | None = None, user: str | None = None
    ) -> str:
        """Trust a public key for ``tenancy``/``user`` (both, or neither: then the first
        tenancy and user it signs for); returns its fingerprint."""
        if (tenancy is None) != (user is None):
            raise ValueError("a trusted key is bound to a tenancy and a user: give both or neither")
        key = load_public_key(pem)
        fingerprint = fingerprint_of(key)
        with self._lock:
            self._keys[fingerprint] = key
            self._owners.pop(fingerprint, None)
            if tenancy is not None:
                self._owners[fingerprint] = f"{tenancy}/{user}"
        return fingerprint

    def add_api_key(self, api_key: str) -> None:
        """Accept ``api_key`` (as ``api-key`` header or bearer token) on the data plane."""
        if not api_key:
            raise ValueError("an API key must not be empty")
        digest = _digest(api_key)
        with self._lock:
            self._api[digest] = f"key-{digest.hex()[:16]}"

    def clear(self) -> None:
        """Forget every key."""
        with self._lock:
            self._keys.clear()
            self._owners.clear()
            self._api.clear()

    def check_api_key(self, presented: str) -> Caller:
        """The caller for a known API key / bearer token; 401 otherwise."""
        digest = _digest(presented)
        with self._lock:
            for known, principal in self._api.items():
                if hmac.compare_digest(known, digest):
                    return Caller("api-key", principal)
        raise not_authenticated("the API key or bearer token is not known")

    def verify(
        self,
        *,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body_sha256: bytes,
        body_length: int,
        now: float,
        data_plane: bool,
    ) -> Caller:
        """Authenticate a request (``headers`` keys lower-case); 401 NotAuthenticated if not."""
        authorization = headers.get("authorization", "")
        if authorization[:10].lower() == "signature ":
            return self.verify_signature(
                method=method,
                target=target,
                headers=headers,
                body_sha256=body_sha256,
                body_length=body_length,
                now=now,
            )
        if data_plane:
            if "api-key" in headers:
                return self.check_api_key(headers["api-key"])
            if authorization[:7].lower() == "bearer ":
                return self.check_api_key(authorization[7:].strip())
            raise not_authenticated("no signature, api-key header or bearer token was sent")
        raise not_authenticated("the request carries no OCI signature")

    def verify_signature(
        self,
        *,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body_sha256: bytes,
        body_length: int,
        now: float,
    ) -> Caller:
        """Verify an OCI (draft-cavage, rsa-sha256, version 1) signature."""
        params = dict(_PARAM.findall(headers.get("authorization", "")))
        if params.get("version", "1") != "1":
            raise not_authenticated("unsupported signature version")
        if params.get("algorithm") != "rsa-sha256":
            raise not_authenticated('the signature algorithm must be "rsa-sha256"')
        key_id = params.get("keyId", "")
        pieces = key_id.split("/")
        if len(pieces) != 3 or not all(pieces):
            raise not_authenticated("keyId must be <tenancy OCID>/<user OCID>/<fingerprint>")
        tenancy, user, fingerprint = pieces
        signed = params.get("headers", "date").lower().split()
        lines = _signing_lines(method, target, headers, signed)
        date_header = headers.get("x-date") if "x-date" in signed else headers.get("date")
        _check_date(date_header, now)
        if method.upper() in _BODY_METHODS:
            _check_body(headers, body_sha256, body_length)
        with self._lock:
            key = self._keys.get(fingerprint)
        if key is None:
            raise not_authenticated("the key fingerprint in keyId is not trusted")
        try:
            signature = base64.b64decode(params.get("signature", ""), validate=True)
            key.verify(
                signature, "\n".join(lines).encode("latin-1"), padding.PKCS1v15(), hashes.SHA256()
            )
        except (InvalidSignature, ValueError, UnicodeEncodeError):
            raise not_authenticated("the signature does not verify") from None
        return Caller("oci", self._bind(fingerprint, f"{tenancy}/{user}"))

    def _bind(self, fingerprint: str, principal: str) -> str:
        """``principal`` if the key is bound to it (an unbound key is bound now, unless another
        key already holds ``principal``); 401 otherwise."""
        with self._lock:
            owner = self._owners.get(fingerprint)
            if owner is None and principal not in self._owners.values():
                owner = self._owners[fingerprint] = principal
        if owner != principal:
            raise not_authenticated("the key in keyId is bound to another tenancy or user")
        return principal


def _signing_lines(
    method: str, target: str, headers: Mapping[str, str], signed: list[str]
) -> list[str]:
    """The lines of the signing string; 401 when a required header is unsigned or missing."""
    required = _GENERIC + (_BODY if method.upper() in _BODY_METHODS else ())
    for name in required:
        if name not in signed and not (name == "date" and "x-date" in signed):
            raise not_authenticated(f"the header {name!r} must be signed")
    lines = []
    for name in signed:
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
        elif name in headers:
            lines.append(f"{name}: {headers[name]}")
        else:
            raise not_authenticated(f"the signed header {name!r} is missing")
    return lines


def _check_body(headers: Mapping[str, str], body_sha256: bytes, body_length: int) -> None:
    """401 unless ``x-content-sha256`` and ``content-length`` describe the body received."""
    expected = base64.b64encode(body_sha256).decode("ascii")
    if headers.get("x-content-sha256") != expected:
        raise not_authenticated("x-content-sha256 does not match the body")
    if headers.get("content-length") != str(body_length):
        raise not_authenticated("content-length does not match the body")


def _check_date(value: str | None, now: float) -> None:
    if not value:
        raise not_authenticated("the date header is missing")
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        raise not_authenticated("the date header is not an HTTP date") from None
    if abs(when - now) > MAX_CLOCK_SKEW:
        raise not_authenticated("the date header is more than 5 minutes off the server clock")
