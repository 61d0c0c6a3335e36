"""Request authentication as ``httpx.Auth`` objects: OCI request signing, API keys, bearer tokens.

:class:`OCISigner` signs requests exactly as OCI's own SDK signer does (draft-cavage HTTP
signatures, RSA-SHA256 PKCS#1 v1.5, ``version="1"``). The signing itself is an I/O-free core,
:meth:`OCISigner.sign_headers`, that works on a method, a URL, the headers and the body's SHA-256
digest; the httpx auth flows only compute that digest and call it.

No secret (private key, pass phrase, session token, API key, bearer token, signature) appears in
any repr or exception message raised here.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import inspect
import os
import re
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
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
from .errors import ConfigError

if TYPE_CHECKING:
    from .config import Config

__all__ = [
    "BODY_HEADERS",
    "CHUNK_SIZE",
    "EMPTY_BODY_SHA256",
    "GENERIC_HEADERS",
    "SPOOL_MAX",
    "APIKeyAuth",
    "BearerAuth",
    "BodyDigest",
    "OCISigner",
    "TokenSource",
    "build_signing_string",
    "fingerprint_of",
    "load_private_key",
    "parse_signature_header",
    "validate_fingerprint",
]

EMPTY_BODY_SHA256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
GENERIC_HEADERS: tuple[str, ...] = ("date", "(request-target)", "host")
BODY_HEADERS: tuple[str, ...] = ("content-length", "content-type", "x-content-sha256")

_FINGERPRINT_RE = re.compile(r"^([0-9a-f]{2}:){15}[0-9a-f]{2}$")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_PLAIN_METHODS = frozenset({"GET", "HEAD", "DELETE"})
_SIGNATURE_TEMPLATE = (
    'Signature algorithm="rsa-sha256",headers="{headers}",keyId="{key_id}",'
    'signature="{signature}",version="1"'
)
_EXTENSION = "aiplane.oci_signer"  # what this signer set itself, so a re-sign can refresh it
_JSON = "application/json"
_OCTET_STREAM = "application/octet-stream"
_PEM_MARKER = "-----BEGIN"

PrivateKeySource = bytes | str | os.PathLike[str] | rsa.RSAPrivateKey
TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]


# --------------------------------------------------------------------------- keys and fingerprints


def validate_fingerprint(fingerprint: str, *, file: str | None = None) -> str:
    """Return ``fingerprint`` if it is 16 lower-case hex pairs joined by ``:``; else ConfigError."""
    if not isinstance(fingerprint, str) or not _FINGERPRINT_RE.match(fingerprint):
        raise ConfigError(
            "fingerprint must be 16 lower-case hex pairs separated by ':' (like 'aa:bb:...:ff')",
            field="fingerprint",
            file=file,
        )
    return fingerprint


def fingerprint_of(key: rsa.RSAPublicKey | rsa.RSAPrivateKey | bytes | str) -> str:
    """OCI's API-key fingerprint: MD5 of the DER SubjectPublicKeyInfo, as colon-separated hex.

    ``key`` is a public or private key object, or a PEM public key.
    """
    if isinstance(key, bytes | str):
        data = key.encode("ascii") if isinstance(key, str) else key
        loaded = serialization.load_pem_public_key(data)
        if not isinstance(loaded, rsa.RSAPublicKey):
            raise ValueError("fingerprint_of() needs an RSA public key")
        public: rsa.RSAPublicKey = loaded
    elif isinstance(key, rsa.RSAPrivateKey):
        public = key.public_key()
    else:
        public = key
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.md5(der, usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _is_public_key(data: bytes) -> bool:
    loaders: tuple[Callable[[bytes], object], ...] = (
        serialization.load_pem_public_key,
        serialization.load_der_public_key,
        serialization.load_ssh_public_key,
    )
    for loader in loaders:
        try:
            loader(data)
        except (ValueError, UnsupportedAlgorithm):
            continue
        return True
    return False


def load_private_key(
    source: PrivateKeySource,
    pass_phrase: str | bytes | None = None,
    *,
    file: str | None = None,
) -> rsa.RSAPrivateKey:
    """Load an RSA private key: a key object, PEM bytes/str, or a path to a PEM file (``~`` ok).

    PKCS#1 or PKCS#8, optionally encrypted with ``pass_phrase``. A pass phrase given for an
    unencrypted key is ignored (as OCI does: it is often inherited from ``[DEFAULT]``). Every
    problem is a :class:`ConfigError` naming the field (``key_file``/``private_key`` or
    ``pass_phrase``) and ``file`` (the config file the values came from; defaults to the key file).
    """
    if isinstance(source, rsa.RSAPrivateKey):
        return source
    field = "private_key"
    where = file
    if isinstance(source, bytes):
        data = source.strip()
    elif isinstance(source, str) and _PEM_MARKER in source:
        data = source.strip().encode("utf-8")
    else:
        field = "key_file"
        path = os.path.expanduser(os.fspath(source))
        where = file or path
        try:
            with open(path, "rb") as handle:
                data = handle.read().strip()
        except FileNotFoundError:
            raise ConfigError(f"key file {path} does not exist", field=field, file=where) from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise ConfigError(
                f"key file {path} cannot be read: {reason}", field=field, file=where
            ) from None
    password = pass_phrase.encode("utf-8") if isinstance(pass_phrase, str) else pass_phrase
    if password == b"":
        password = None
    key: object
    try:
        key = serialization.load_pem_private_key(data, password)
    except TypeError:
        if password is None:
            raise ConfigError(
                "the private key is encrypted but no pass_phrase was given",
                field="pass_phrase",
                file=where,
            ) from None
        try:  # a pass phrase for an unencrypted key
            key = serialization.load_pem_private_key(data, None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ConfigError("not a PEM private key", field=field, file=where) from None
    except (ValueError, UnsupportedAlgorithm):
        if _is_public_key(data):
            raise ConfigError(
                "a public key was given where the private key is needed", field=field, file=where
            ) from None
        if password is not None and b"ENCRYPTED" in data:
            raise ConfigError(
                "the pass_phrase does not decrypt the private key", field="pass_phrase", file=where
            ) from None
        raise ConfigError("not a PEM private key", field=field, file=where) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError("OCI signing needs an RSA private key", field=field, file=where)
    return key


# --------------------------------------------------------------------------- signing-string helpers


def build_signing_string(
    method: str,
    target: str,
    host: str,
    headers: Mapping[str, str],
    names: Sequence[str],
) -> bytes:
    """The draft-cavage signing string OCI uses, ASCII-encoded.

    ``target`` is the request-URI as sent (encoded path plus ``?query``); ``host`` is the signed
    host value; other names are looked up in ``headers`` (case-insensitively, values verbatim).
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    lines = []
    for raw in names:
        name = raw.lower()
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
        elif name == "host":
            lines.append(f"host: {host}")
        elif name in lowered:
            lines.append(f"{name}: {lowered[name]}")
        else:
            raise ValueError(f"missing required header {name!r} for signing")
    text = "\n".join(lines)
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("a signed header or the request target is not ASCII") from None


def parse_signature_header(value: str) -> dict[str, str]:
    """Parse ``Signature k="v",...`` into a dict (for verifiers such as the mock server)."""
    scheme, _, params = value.partition(" ")
    if scheme != "Signature":
        raise ValueError("not a Signature authorization header")
    result: dict[str, str] = {}
    for match in re.finditer(r'([A-Za-z]+)="([^"]*)"', params):
        result[match.group(1)] = match.group(2)
    return result


# --------------------------------------------------------------------------- OCI signer


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
    ) -> None:
        """``config_file`` only names the file the values came from in error messages."""
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

    @classmethod
    def from_config(
        cls,
        config: Config | str | os.PathLike[str] | None = None,
        profile: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> OCISigner:
        """Build a signer from a :class:`~aiplane.config.Config`, or load one (file, profile)."""
        from .config import Config, load_config

        if not isinstance(config, Config):
            config = load_config(config, profile, environ=environ)
        return config.signer()

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
        """
        verb = method.upper()
        if verb not in _BODY_METHODS and verb not in _PLAIN_METHODS:
            raise ValueError(f"OCI signing does not support the {verb} method")
        url = httpx.URL(url)
        if "date" not in headers:
            headers["date"] = email.utils.formatdate(usegmt=True)
        names = list(GENERIC_HEADERS)
        if verb in _BODY_METHODS:
            if "content-type" not in headers:
                headers["content-type"] = default_content_type
            if body is None and "x-content-sha256" in headers:
                if "content-length" not in headers:
                    raise ValueError("a caller-supplied x-content-sha256 needs a content-length")
            else:
                digest = body if body is not None else BodyDigest.of(b"")
                headers["x-content-sha256"] = base64.b64encode(digest.sha256).decode("ascii")
                headers["content-length"] = str(digest.length)
                headers.pop("transfer-encoding", None)
            names.extend(BODY_HEADERS)
        message = build_signing_string(
            verb,
            url.raw_path.decode("ascii"),
            url.netloc.decode("ascii"),
            headers,
            names,
        )
        signature = self._private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        headers["authorization"] = _SIGNATURE_TEMPLATE.format(
            headers=" ".join(names),
            key_id=self._key_id,
            signature=base64.b64encode(signature).decode("ascii"),
        )
        return names

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
        if request.method not in _BODY_METHODS:
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


# --------------------------------------------------------------------------- API key / bearer


def _check_token(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{field} must be a str, got {type(value).__name__}", field=field)
    if not value:
        raise ConfigError(f"{field} is empty", field=field)
    if not value.isascii() or not value.isprintable():
        raise ConfigError(f"{field} contains non-ASCII or control characters", field=field)
    return value


class _TokenAuth(httpx.Auth):
    """Put a static, callable or async-callable secret in one header on every request."""

    _field = "token"

    def __init__(self, value: TokenSource | None, *, header: str) -> None:
        if value is None:
            raise ConfigError(f"{self._field} is missing", field=self._field)
        if isinstance(value, str):
            _check_token(value, self._field)
        elif not callable(value):
            raise ConfigError(
                f"{self._field} must be a str or a callable returning one", field=self._field
            )
        self._value = value
        self._header = header

    def __repr__(self) -> str:
        shown = "'***'" if isinstance(self._value, str) else "<callable>"
        return f"{type(self).__name__}({self._field}={shown}, header={self._header!r})"

    def _format(self, token: str) -> str:
        return token

    def _sync_token(self) -> str:
        value = self._value
        if isinstance(value, str):
            return value
        if inspect.iscoroutinefunction(value):
            raise ConfigError(
                f"{self._field} is a coroutine function: use an async client "
                "(aiplane's async client or httpx.AsyncClient), or pass a plain function",
                field=self._field,
            )
        result: Any = value()
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise ConfigError(
                f"{self._field} callable returned an awaitable: use an async client "
                "(aiplane's async client or httpx.AsyncClient)",
                field=self._field,
            )
        return _check_token(result, self._field)

    async def _async_token(self) -> str:
        value = self._value
        if isinstance(value, str):
            return value
        result: Any = value()
        if inspect.isawaitable(result):
            result = await result
        return _check_token(result, self._field)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Set the header (calling the source once) and send."""
        request.headers[self._header] = self._format(self._sync_token())
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Set the header (awaiting the source once, if async) and send."""
        request.headers[self._header] = self._format(await self._async_token())
        yield request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Generic flow (only used when called directly): same as the sync flow."""
        return self.sync_auth_flow(request)


class APIKeyAuth(_TokenAuth):
    """Send an API key in the ``api-key`` header: a str, a function, or an async function.

    A function is called once per request (so keys can rotate); an async function needs an
    async client.
    """

    _field = "api_key"

    def __init__(self, api_key: TokenSource | None, *, header: str = "api-key") -> None:
        super().__init__(api_key, header=header)


class BearerAuth(_TokenAuth):
    """Send ``Authorization: Bearer <token>``: a str, a function, or an async function.

    A function is called once per request (so tokens can be refreshed); an async function needs
    an async client.
    """

    _field = "bearer_token"

    def __init__(self, token: TokenSource | None) -> None:
        super().__init__(token, header="authorization")

    def _format(self, token: str) -> str:
        return f"Bearer {token}"
