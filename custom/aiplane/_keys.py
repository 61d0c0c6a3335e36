"""Signing keys: loading RSA private keys (files, PEM, pass phrases) and OCI fingerprints.

Every problem loading a key is a :class:`~aiplane.errors.ConfigError` naming the field and the
file; no message contains key material or a pass phrase. (The format check of a configured
fingerprint, ``validate_fingerprint``, is in :mod:`aiplane.config` with the other value checks.)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .config import is_plausible_path
from .errors import ConfigError

__all__ = ["PrivateKeySource", "fingerprint_of", "load_private_key"]

PrivateKeySource = bytes | str | os.PathLike[str] | rsa.RSAPrivateKey

_PEM_MARKER = "-----BEGIN"
_NOT_PEM = "{field} is not a PEM-encoded RSA private key (nor the path of a key file)"


def fingerprint_of(key: rsa.RSAPublicKey | rsa.RSAPrivateKey | bytes | str) -> str:
    """OCI's API-key fingerprint: MD5 of the DER SubjectPublicKeyInfo, as colon-separated hex.

    ``key`` is a public or private key object, or a PEM public key (anything else is a
    ValueError that does not quote it).
    """
    if isinstance(key, bytes | str):
        data = key.encode("utf-8") if isinstance(key, str) else key
        try:
            loaded = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm):
            loaded = None  # the message must not depend on (or quote) what was given
        if not isinstance(loaded, rsa.RSAPublicKey):
            raise ValueError("fingerprint_of() needs a PEM-encoded RSA public key")
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


def load_private_key(
    source: PrivateKeySource,
    pass_phrase: str | bytes | None = None,
    *,
    file: str | None = None,
) -> rsa.RSAPrivateKey:
    """Load an RSA private key: a key object, PEM bytes/str, or a path to a PEM file (``~`` ok).

    PKCS#1 or PKCS#8, optionally encrypted with ``pass_phrase``. A pass phrase given for an
    unencrypted key is ignored (as OCI does: it is often inherited from ``[DEFAULT]``). Every
    problem is a short :class:`ConfigError` naming the field (``key_file``/``private_key`` or
    ``pass_phrase``) and what is wrong, and ``file`` (the config file the values came from;
    defaults to the key file). No message holds the key, any part of it or the pass phrase; a
    string is named as a path only if it may be one (see :func:`aiplane.config.is_plausible_path`).
    """
    if isinstance(source, rsa.RSAPrivateKey):
        return source
    if pass_phrase is not None and not isinstance(pass_phrase, str | bytes):
        raise ConfigError("pass_phrase must be a str or bytes", field="pass_phrase", file=file)
    data, field, where = _read_source(source, file)
    password = pass_phrase.encode("utf-8") if isinstance(pass_phrase, str) else pass_phrase
    key = _parse_pem(data, password or None, field, where)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError(
            f"{field} is not an RSA private key (OCI signing needs RSA)", field=field, file=where
        )
    return key


def _read_source(source: object, file: str | None) -> tuple[bytes, str, str | None]:
    """(PEM data, the field it came from, the file to name in errors) of a key source."""
    if isinstance(source, bytes):
        return source.strip(), "private_key", file
    if isinstance(source, str) and _PEM_MARKER in source:
        return source.strip().encode("utf-8"), "private_key", file
    if not isinstance(source, str | os.PathLike):
        raise ConfigError(
            "private_key must be an RSA key, PEM text or bytes, or a key file path",
            field="private_key",
            file=file,
        )
    raw = os.fspath(source)
    if not isinstance(raw, str) or not is_plausible_path(raw):
        raise ConfigError(_NOT_PEM.format(field="private_key"), field="private_key", file=file)
    path = os.path.expanduser(raw)
    where = file or path
    try:
        with open(path, "rb") as handle:
            return handle.read().strip(), "key_file", where
    except FileNotFoundError:
        raise ConfigError(f"key file {path} does not exist", field="key_file", file=where) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(
            f"key file {path} cannot be read: {reason}", field="key_file", file=where
        ) from None


def _parse_pem(data: bytes, password: bytes | None, field: str, where: str | None) -> object:
    """The key in ``data``; a ConfigError saying what is wrong if there is none."""
    try:
        return serialization.load_pem_private_key(data, password)
    except TypeError:
        if password is None:
            raise ConfigError(
                "pass_phrase is missing: the private key is encrypted",
                field="pass_phrase",
                file=where,
            ) from None
        try:  # a pass phrase for an unencrypted key
            return serialization.load_pem_private_key(data, None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ConfigError(_NOT_PEM.format(field=field), field=field, file=where) from None
    except (ValueError, UnsupportedAlgorithm):
        if _is_public_key(data):
            raise ConfigError(
                f"{field} is a public key: signing needs the private key", field=field, file=where
            ) from None
        if password is not None and b"ENCRYPTED" in data:
            raise ConfigError(
                "pass_phrase does not decrypt the private key", field="pass_phrase", file=where
            ) from None
        raise ConfigError(_NOT_PEM.format(field=field), field=field, file=where) from None


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
