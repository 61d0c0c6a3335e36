"""Which credentials a :class:`~aiplane.config.Config` holds: the one place that decides.

:func:`uses_signing` says whether a config asks for OCI request signing (see its rule for
values inherited from ``[DEFAULT]``); :func:`signer_arguments` checks that it
has what signing needs (key_file, and tenancy + user + fingerprint or a security token file),
reads the session token, and returns the keyword arguments of
:class:`~aiplane.signing.OCISigner` (which loads the key). :func:`data_plane_auth` picks the data
plane's API key (first) or bearer token. ``OCISigner.from_config`` and ``Client.from_config``
both go through these functions.

Every problem is a :class:`~aiplane.errors.ConfigError` naming the field and the file; no message
contains a secret. This module does not import the signer (nor ``cryptography``).
"""

from __future__ import annotations

from typing import TypedDict

import httpx

from .auth import APIKeyAuth, BearerAuth
from .config import Config
from .errors import ConfigError

__all__ = ["SignerArguments", "data_plane_auth", "signer_arguments", "uses_signing"]

_KEY_FIELDS = ("key_file", "security_token_file")
_API_KEY_FIELDS = ("tenancy", "user", "fingerprint")


class SignerArguments(TypedDict):
    """The keyword arguments of :class:`~aiplane.signing.OCISigner` that a config makes."""

    tenancy: str | None
    user: str | None
    fingerprint: str | None
    private_key: str
    pass_phrase: str | None
    security_token: str | None
    config_file: str | None


def uses_signing(config: Config) -> bool:
    """Whether ``config`` asks for OCI request signing (then :func:`signer_arguments` must succeed).

    It does when a ``key_file`` or ``security_token_file`` is configured (anywhere, [DEFAULT]
    included: the oci SDK would sign with it), or when ``tenancy``, ``user`` or ``fingerprint``
    is set for this profile itself (its own section, the environment or an argument). Those
    three inherited from [DEFAULT] alone ask for signing only if the profile has no
    ``api_key`` / ``bearer_token``: the oci SDK merges [DEFAULT] into every profile, and a
    [DEFAULT] naming the account's tenancy must not make an API-key or bearer profile fail
    for want of a key file.
    """
    if any(getattr(config, name) for name in _KEY_FIELDS):
        return True
    named = [name for name in _API_KEY_FIELDS if getattr(config, name)]
    if any(name not in config.inherited for name in named):
        return True
    return bool(named) and not (config.api_key or config.bearer_token)


def signer_arguments(config: Config) -> SignerArguments:
    """The signer's arguments for ``config``; ConfigError naming the first missing field."""
    if not config.key_file:
        raise ConfigError(
            "key_file is missing: OCI request signing needs a private key",
            field="key_file",
            file=config.file,
        )
    token: str | None = None
    if config.security_token_file:
        token = _read_token(config.security_token_file, config.source_of("security_token_file"))
    else:
        for name in _API_KEY_FIELDS:
            if not getattr(config, name):
                raise ConfigError(
                    f"{name} is missing: OCI request signing needs tenancy, user, "
                    "fingerprint and key_file",
                    field=name,
                    file=config.file,
                )
    return SignerArguments(
        tenancy=config.tenancy,
        user=config.user,
        fingerprint=None if token else config.fingerprint,
        private_key=config.key_file,
        pass_phrase=config.pass_phrase,
        security_token=token,
        config_file=config.source_of("key_file"),
    )


def data_plane_auth(config: Config) -> httpx.Auth | None:
    """An :class:`~aiplane.auth.APIKeyAuth` for ``api_key``, else a bearer auth, else None."""
    if config.api_key:
        return APIKeyAuth(config.api_key)
    if config.bearer_token:
        return BearerAuth(config.bearer_token)
    return None


def _read_token(path: str, source: str | None) -> str:
    """The session token in ``path`` (stripped); ConfigError naming ``security_token_file``."""
    try:
        with open(path, encoding="utf-8") as handle:
            token = handle.read().strip()
    except FileNotFoundError:
        raise ConfigError(
            f"security token file {path} does not exist",
            field="security_token_file",
            file=source,
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigError(
            f"security token file {path} cannot be read: {reason}",
            field="security_token_file",
            file=source,
        ) from None
    if not token:
        raise ConfigError(
            f"security token file {path} is empty", field="security_token_file", file=source
        )
    return token
