"""OCI request signing as an ``httpx.Auth``: :class:`OCISigner` and the signing string.

:class:`OCISigner` signs requests exactly as OCI's own SDK signer does (draft-cavage HTTP
signatures, RSA-SHA256 PKCS#1 v1.5, ``version="1"``). The signing itself is an I/O-free core,
:meth:`OCISigner.sign_headers`, that works on a method, a URL, the headers and the body's SHA-256
digest; the httpx auth flows only compute that digest (with :mod:`aiplane._bodies`) and call it.
``load_private_key`` and ``fingerprint_of`` (from :mod:`aiplane._keys`), ``validate_fingerprint``
(from :mod:`aiplane.config`) and ``BodyDigest`` (from :mod:`aiplane._bodies`) are re-exported here.

No secret (private key, pass phrase, session token, signature) appears in any repr or exception
message raised here.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from httpx._content import IteratorByteStream

from ._bodies import (
    CHUNK_SIZE,
    SPOOL_MAX,
    BodyDigest,
    FileStream,
    ReplayableStream,
    SpoolStream,
    ahash_iter,
    hash_file,
    hash_iter,
    is_replayable,
    rewindable_file,
)
from ._keys import PrivateKeySource, fingerprint_of, load_private_key
from ._signing_string import (
    BODY_HEADERS,
    BODY_METHODS,
    EMPTY_BODY_SHA256,
    GENERIC_HEADERS,
    PLAIN_METHODS,
    added_headers,
    build_signing_string,
)
from .config import Config, load_config, validate_fingerprint
from .credentials import signer_arguments
from .errors import ConfigError

__all__ = [
    "BODY_HEADERS",
    "CHUNK_SIZE",
    "EMPTY_BODY_SHA256",
    "GENERIC_HEADERS",
    "SIGNATURES_KEPT",
    "SPOOL_MAX",
    "BodyDigest",
    "OCISigner",
    "build_signing_string",
    "fingerprint_of",
    "load_private_key",
    "validate_fingerprint",
]

_SIGNATURE_TEMPLATE = (
    'Signature algorithm="rsa-sha256",headers="{headers}",keyId="{key_id}",'
    'signature="{signature}",version="1"'
)
SIGNATURES_KEPT = 64
"""How many recent signatures a signer remembers for reuse (see :meth:`OCISigner.sign_headers`)."""
_EXTENSION = "aiplane.oci_signer"  # what this signer set itself, so a re-sign can refresh it
_JSON = "application/json"
_OCTET_STREAM = "application/octet-stream"


class OCISigner(httpx.Auth):
    """Sign requests the way OCI does (draft-cavage HTTP signatures, RSA-SHA256, version 1).

    Signs ``date (request-target) host`` for GET/HEAD/DELETE, plus
    ``content-length content-type x-content-sha256`` for POST/PUT/PATCH. keyId is
    ``tenancy/user/fingerprint``, or ``ST$<token>`` with ``security_token``. A ``date`` header
    already on the request is kept and signed as is; otherwise the current time is set (and
    refreshed if the same request is signed again).

    Body hashing never holds an unbounded body in memory: in-memory content is hashed directly;
    a multipart upload whose files are all seekable, or a seekable file passed as ``content=``,
    is hashed in one pass of ``CHUNK_SIZE`` (64 KiB) reads and re-read when sent; any other
    stream (generators, async iterators, pipes) is copied once into a spool that keeps at most
    ``SPOOL_MAX`` (8 MiB) in memory and the rest in an anonymous temporary file, then sent from
    the spool. Peak extra memory is therefore ``SPOOL_MAX`` plus one chunk of the source stream.
    Replacement bodies are replayable, so a retried send carries the same bytes.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        *,
        tenancy: str | None = None,
        user: str | None = None,
        fingerprint: str | None = None,
        private_key: PrivateKeySource,
        pass_phrase: str | bytes | None = None,
        security_token: str | None = None,
        config_file: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``config_file`` only names the file the values came from in error messages;
        ``clock`` gives the wall-clock time of the ``date`` header (seconds since the epoch)."""
        if security_token is not None:
            if not security_token or any(c in security_token for c in '"\r\n'):
                raise ConfigError(
                    "security_token is empty or malformed", field="security_token", file=config_file
                )
            self._key_id = f"ST${security_token}"
            self._session = True
        else:
            for name, value in (("tenancy", tenancy), ("user", user)):
                if not value or any(c in value for c in '/"\r\n '):
                    raise ConfigError(
                        f"{name} is missing or malformed", field=name, file=config_file
                    )
            if fingerprint is None:
                raise ConfigError("fingerprint is missing", field="fingerprint", file=config_file)
            validate_fingerprint(fingerprint, file=config_file)
            self._key_id = f"{tenancy}/{user}/{fingerprint}"
            self._session = False
        self.tenancy = tenancy
        self.user = user
        self.fingerprint = fingerprint
        self._private_key = load_private_key(private_key, pass_phrase, file=config_file)
        self._clock = clock
        # signing string -> base64 signature, oldest first (at most SIGNATURES_KEPT)
        self._signatures: dict[bytes, str] = {}

    @classmethod
    def from_config(
        cls,
        config: Config | str | os.PathLike[str] | None = None,
        profile: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> OCISigner:
        """Build a signer from a :class:`~aiplane.config.Config`, or load one (file, profile).

        :func:`aiplane.credentials.signer_arguments` decides what the config must hold; a
        ConfigError names any missing field.
        """
        if not isinstance(config, Config):
            config = load_config(config, profile, environ=environ)
        return cls(**signer_arguments(config))

    def __repr__(self) -> str:
        if self._session:
            return "OCISigner(security_token='***')"
        return (
            f"OCISigner(tenancy={self.tenancy!r}, user={self.user!r}, "
            f"fingerprint={self.fingerprint!r})"
        )

    @property
    def key_id(self) -> str:
        """The keyId put in the authorization header (contains the session token, if any)."""
        return self._key_id

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        """The public half of the signing key."""
        return self._private_key.public_key()

    # ---- the I/O-free core

    def sign_headers(
        self,
        method: str,
        url: httpx.URL | str,
        headers: httpx.Headers,
        body: BodyDigest | None = None,
        *,
        default_content_type: str = _JSON,
    ) -> list[str]:
        """Sign a request described by ``method``, ``url`` and ``headers`` (mutated in place).

        Sets ``date`` if absent. For POST/PUT/PATCH also sets ``content-type`` if absent,
        and ``x-content-sha256`` and ``content-length`` from ``body`` (an empty body if None),
        unless ``body`` is None and the headers already carry ``x-content-sha256`` (trusted, as
        OCI does). Sets ``authorization``. Returns the names of the signed headers.

        RSA PKCS#1 v1.5 signatures are deterministic and the date has one-second resolution, so
        a request identical in every signed header to one of the last ``SIGNATURES_KEPT``
        reuses that signature (the same bytes a new RSA operation would give).
        """
        verb = method.upper()
        if verb not in BODY_METHODS and verb not in PLAIN_METHODS:
            raise ValueError(f"OCI signing does not support the {verb} method")
        if not isinstance(url, httpx.URL):
            url = httpx.URL(url)
        # one pass over the headers (httpx.Headers scans its whole list on every lookup)
        present = dict(headers.items())
        added = added_headers(verb, present, body, default_content_type, self._clock())
        for name, value in added.items():
            headers[name] = value
        if verb in BODY_METHODS and "x-content-sha256" in added and "transfer-encoding" in present:
            del headers["transfer-encoding"]
        present.update(added)
        names = [*GENERIC_HEADERS, *BODY_HEADERS] if verb in BODY_METHODS else list(GENERIC_HEADERS)
        message = build_signing_string(
            verb, url.raw_path.decode("ascii"), url.netloc.decode("ascii"), present, names
        )
        headers["authorization"] = _SIGNATURE_TEMPLATE.format(
            headers=" ".join(names), key_id=self._key_id, signature=self._signature(message)
        )
        return names

    def _signature(self, message: bytes) -> str:
        """The base64 signature of ``message``: remembered, or signed and remembered."""
        signature = self._signatures.get(message)
        if signature is None:
            raw = self._private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
            signature = base64.b64encode(raw).decode("ascii")
            while len(self._signatures) >= SIGNATURES_KEPT:
                try:  # the oldest; another thread may have dropped it already
                    del self._signatures[next(iter(self._signatures))]
                except (KeyError, StopIteration, RuntimeError):
                    break
            self._signatures[message] = signature
        return signature

    # ---- httpx flows

    @staticmethod
    def _forget_own_headers(request: httpx.Request) -> None:
        """Drop a date / body hash this signer set on an earlier pass, so they are recomputed."""
        own: dict[str, str] | None = request.extensions.get(_EXTENSION)
        if not own:
            return
        for name, value in own.items():
            if request.headers.get(name) == value:
                del request.headers[name]

    def _sign_request(
        self, request: httpx.Request, body: BodyDigest | None, content_type: str
    ) -> None:
        had_date = "date" in request.headers
        had_sha = "x-content-sha256" in request.headers
        self.sign_headers(
            request.method, request.url, request.headers, body, default_content_type=content_type
        )
        own: dict[str, str] = {}
        if not had_date:
            own["date"] = request.headers["date"]
        if not had_sha and "x-content-sha256" in request.headers:
            own["x-content-sha256"] = request.headers["x-content-sha256"]
        request.extensions[_EXTENSION] = own

    @staticmethod
    def _known_digest(request: httpx.Request) -> tuple[bool, BodyDigest | None, str]:
        """(done, digest, default content type) when no stream has to be read."""
        if request.method not in BODY_METHODS:
            return True, None, _JSON
        if "x-content-sha256" in request.headers and "content-length" in request.headers:
            return True, None, _JSON
        try:
            return True, BodyDigest.of(request.content), _JSON
        except httpx.RequestNotRead:
            pass
        stream = request.stream
        if isinstance(stream, ReplayableStream):
            return True, stream.digest, _OCTET_STREAM
        return False, None, _OCTET_STREAM

    @staticmethod
    def _sync_digest(request: httpx.Request) -> BodyDigest:
        stream = request.stream
        if is_replayable(stream):  # hashed now, sent as is
            return hash_iter(stream)
        if isinstance(stream, IteratorByteStream):
            handle = rewindable_file(getattr(stream, "_stream", None))
            if handle is not None:
                start, digest = hash_file(handle)
                request.stream = FileStream(handle, start, digest)
                return digest
        if not isinstance(stream, httpx.SyncByteStream):
            raise TypeError("an async request body needs an async client (httpx.AsyncClient)")
        spool = SpoolStream()
        for chunk in stream:
            spool.write(chunk)
        request.stream = spool.finish()
        return spool.digest

    @staticmethod
    async def _async_digest(request: httpx.Request) -> BodyDigest:
        stream = request.stream
        if is_replayable(stream):  # hashed now, sent as is
            return await ahash_iter(stream)
        if not isinstance(stream, httpx.AsyncByteStream):
            return OCISigner._sync_digest(request)
        spool = SpoolStream()
        async for chunk in stream:
            spool.write(chunk)
        request.stream = spool.finish()
        return spool.digest

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Hash the body (bounded memory), sign, send."""
        self._forget_own_headers(request)
        done, digest, content_type = self._known_digest(request)
        if not done:
            digest = self._sync_digest(request)
        self._sign_request(request, digest, content_type)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Hash the body (bounded memory, ``async for`` over async streams), sign, send."""
        self._forget_own_headers(request)
        done, digest, content_type = self._known_digest(request)
        if not done:
            digest = await self._async_digest(request)
        self._sign_request(request, digest, content_type)
        yield request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Generic flow (only used when called directly): same as the sync flow."""
        return self.sync_auth_flow(request)
