"""Configuration: an OCI-format config file < ``AIPLANE_*`` environment variables < arguments.

Later sources win. The file is ``~/.oci/config`` compatible (profiles; ``[DEFAULT]`` values are
inherited by every other profile; keys ``user``, ``fingerprint``, ``key_file``, ``tenancy``,
``region``, ``pass_phrase``, ``security_token_file``, plus aiplane's ``management_url``,
``data_url``, ``api_key``, ``bearer_token``). Every problem is a
:class:`~aiplane.errors.ConfigError` naming the field and where it came from.
"""

from __future__ import annotations

import configparser
import dataclasses
import os
import re
from collections.abc import Iterator, Mapping
from typing import TypedDict, Unpack, cast

from ._regions import (
    data_endpoint_for_region,
    is_valid_region,
    management_endpoint_for_region,
    normalize_url,
    resolve_region,
    strip_api_version,
)
from .errors import ConfigError

__all__ = [
    "DEFAULT_CONFIG_FILE",
    "DEFAULT_PROFILE",
    "ENV_VARS",
    "Config",
    "ConfigFields",
    "data_endpoint_for_region",
    "is_plausible_path",
    "load_config",
    "management_endpoint_for_region",
    "normalize_url",
    "resolve_region",
    "strip_api_version",
    "validate_fingerprint",
]

DEFAULT_CONFIG_FILE = "~/.oci/config"
DEFAULT_PROFILE = "DEFAULT"

ENV_VARS: dict[str, str] = {
    "tenancy": "AIPLANE_TENANCY",
    "user": "AIPLANE_USER",
    "fingerprint": "AIPLANE_FINGERPRINT",
    "key_file": "AIPLANE_KEY_FILE",
    "pass_phrase": "AIPLANE_PASS_PHRASE",
    "security_token_file": "AIPLANE_SECURITY_TOKEN_FILE",
    "region": "AIPLANE_REGION",
    "management_url": "AIPLANE_MANAGEMENT_URL",
    "data_url": "AIPLANE_DATA_URL",
    "api_key": "AIPLANE_API_KEY",
    "bearer_token": "AIPLANE_BEARER_TOKEN",
}
"""Config field -> the environment variable that overrides it (the config-file key is the field)."""

_SECRET_FIELDS = frozenset({"pass_phrase", "api_key", "bearer_token"})
_PATH_FIELDS = ("key_file", "security_token_file")
_OCID_RE = re.compile(r"^([0-9a-zA-Z_-]+[.:])([0-9a-zA-Z_-]*[.:]){3,}([0-9a-zA-Z_-]+)$")
_FINGERPRINT_RE = re.compile(r"^([0-9a-f]{2}:){15}[0-9a-f]{2}$")
_MAX_PATH_SHOWN = 1024
_NO_DEFAULT_SECTION = "aiplane: [DEFAULT] is read as a section"  # see _read_file


class ConfigFields(TypedDict, total=False):
    """The settings :func:`load_config` takes as keyword arguments (each wins over file and env)."""

    tenancy: str | None
    user: str | None
    fingerprint: str | None
    key_file: str | None
    pass_phrase: str | None
    security_token_file: str | None
    region: str | None
    management_url: str | None
    data_url: str | None
    api_key: str | None
    bearer_token: str | None


def validate_fingerprint(fingerprint: str, *, file: str | None = None) -> str:
    """Return ``fingerprint`` if it is 16 lower-case hex pairs joined by ``:``; else ConfigError."""
    if not isinstance(fingerprint, str) or not _FINGERPRINT_RE.match(fingerprint):
        raise ConfigError(
            "fingerprint must be 16 lower-case hex pairs separated by ':' (like 'aa:bb:...:ff')",
            field="fingerprint",
            file=file,
        )
    return fingerprint


def is_plausible_path(value: str) -> bool:
    """Whether ``value`` may be a file path, and so may be shown in a message: not empty, at
    most 1024 printable characters, no ``-----``. Key text (multi-line, long, or with a PEM
    line) never is, so an error about a path that is really a key never echoes the key."""
    return 0 < len(value) <= _MAX_PATH_SHOWN and value.isprintable() and "-----" not in value


def _expand_user(path: str, environ: Mapping[str, str] | None) -> str | None:
    """Expand ``~`` using ``environ['HOME']`` (or the process's home when environ is None)."""
    if not path.startswith("~"):
        return path
    if environ is None:
        return os.path.expanduser(path)
    home = environ.get("HOME")
    if not home or not (path == "~" or path.startswith(("~/", "~" + os.sep))):
        return None
    return home + path[1:]


@dataclasses.dataclass(frozen=True, repr=False)
class Config:
    """Resolved settings, plain data; ``pass_phrase``, ``api_key``, ``bearer_token`` masked in repr.

    ``file`` is the config file that was read (None if none); ``sources`` maps each set field to
    where its value came from (a file path, ``environment variable X`` or ``argument``);
    ``inherited`` names the fields whose value the profile took from the file's ``[DEFAULT]``
    (not set in the profile's own section, the environment or an argument).
    :mod:`aiplane.credentials` decides which credentials these settings make.
    """

    tenancy: str | None = None
    user: str | None = None
    fingerprint: str | None = None
    key_file: str | None = None
    pass_phrase: str | None = None
    security_token_file: str | None = None
    region: str | None = None
    management_url: str | None = None
    data_url: str | None = None
    api_key: str | None = None
    bearer_token: str | None = None
    profile: str = DEFAULT_PROFILE
    file: str | None = None
    sources: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)
    inherited: frozenset[str] = dataclasses.field(default=frozenset(), compare=False)

    def __repr__(self) -> str:
        parts = []
        for item in dataclasses.fields(self):
            if item.name in ("sources", "inherited"):
                continue
            value = getattr(self, item.name)
            if item.name in _SECRET_FIELDS and value is not None:
                parts.append(f"{item.name}='***'")
            else:
                parts.append(f"{item.name}={value!r}")
        return f"Config({', '.join(parts)})"

    def source_of(self, field: str) -> str | None:
        """Where ``field``'s value came from (for error messages); the config file by default."""
        return self.sources.get(field, self.file)


def _read_file(
    path: str, profile: str, profile_explicit: bool
) -> tuple[dict[str, str], frozenset[str]] | None:
    """(the profile's values with [DEFAULT] merged in, the keys only [DEFAULT] set), or None
    if the file does not exist. [DEFAULT] is read as a plain section and merged here, as the
    oci SDK merges it, so that what a profile sets itself stays known."""
    parser = configparser.ConfigParser(interpolation=None, default_section=_NO_DEFAULT_SECTION)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle, source=path)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigError(f"config file {path} cannot be read: {reason}", file=path) from None
    except configparser.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"config file {path} is malformed: {first}", file=path) from None
    defaults = dict(parser[DEFAULT_PROFILE]) if parser.has_section(DEFAULT_PROFILE) else {}
    if profile != DEFAULT_PROFILE and not parser.has_section(profile):
        known = ", ".join(dict.fromkeys([DEFAULT_PROFILE, *parser.sections()]))
        raise ConfigError(
            f"profile {profile!r} not found in {path} (profiles: {known})",
            field="profile",
            file=path,
        )
    if profile == DEFAULT_PROFILE and profile_explicit and not defaults:
        raise ConfigError(f"profile 'DEFAULT' not found in {path}", field="profile", file=path)
    own = dict(parser[profile]) if profile != DEFAULT_PROFILE else defaults
    values = {key: value.strip() for key, value in {**defaults, **own}.items()}
    return values, frozenset(defaults) - frozenset(own)


def load_config(
    file: str | os.PathLike[str] | None = None,
    profile: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    **arguments: Unpack[ConfigFields],
) -> Config:
    """Resolve settings: config file < ``AIPLANE_*`` environment < keyword arguments.

    File: ``file`` > ``$AIPLANE_CONFIG_FILE`` > ``~/.oci/config`` (a missing default file is
    fine; a missing named file is a ConfigError). Profile: ``profile`` > ``$AIPLANE_PROFILE`` >
    ``DEFAULT``. ``environ`` replaces ``os.environ`` (its ``HOME`` also expands ``~``).
    The keyword arguments are the fields of :class:`ConfigFields` (None means not given).
    A region (short code or identifier) derives ``management_url``/``data_url`` when not given;
    a trailing ``/20231130`` on a URL is stripped. Checks fingerprint, OCID, region and URL
    formats and that key/token files exist; the key itself is loaded by the signer
    (:meth:`aiplane.signing.OCISigner.from_config`).
    """
    unknown = set(arguments) - set(ENV_VARS)
    if unknown:
        raise TypeError(f"load_config() got an unexpected keyword argument {min(unknown)!r}")
    env: Mapping[str, str] = os.environ if environ is None else environ
    used_file, (file_values, from_default), name = _profile_values(file, profile, env, environ)
    given = cast("Mapping[str, str | None]", arguments)
    layered = list(_layers(used_file, file_values, env, given))  # later entries win
    values = {field: value for field, value, _ in layered}
    sources = {field: source for field, _, source in layered}
    inherited = frozenset(f for f in from_default if f in values and sources[f] == used_file)
    _check_and_derive(values, sources, environ)
    return Config(**values, profile=name, file=used_file, sources=sources, inherited=inherited)


def _profile_values(
    file: str | os.PathLike[str] | None,
    profile: str | None,
    env: Mapping[str, str],
    environ: Mapping[str, str] | None,
) -> tuple[str | None, tuple[dict[str, str], frozenset[str]], str]:
    """(the config file read or None, (its profile's values, those from [DEFAULT]), the profile)."""
    if file is not None:
        raw_path, path_explicit = os.fspath(file), True
    elif env.get("AIPLANE_CONFIG_FILE"):
        raw_path, path_explicit = env["AIPLANE_CONFIG_FILE"], True
    else:
        raw_path, path_explicit = DEFAULT_CONFIG_FILE, False
    profile_name = profile or env.get("AIPLANE_PROFILE") or None
    profile_explicit = profile_name is not None
    profile_name = profile_name or DEFAULT_PROFILE
    path = _expand_user(raw_path, environ)
    read = None if path is None else _read_file(path, profile_name, profile_explicit)
    if read is not None:
        return path, read, profile_name
    shown = path or raw_path
    if path_explicit:
        raise ConfigError(f"config file {shown} does not exist", file=shown)
    if profile_name != DEFAULT_PROFILE:
        raise ConfigError(
            f"profile {profile_name!r} requested but there is no config file at {shown}",
            field="profile",
            file=shown,
        )
    return None, ({}, frozenset()), profile_name


def _layers(
    used_file: str | None,
    file_values: Mapping[str, str],
    env: Mapping[str, str],
    arguments: Mapping[str, str | None],
) -> Iterator[tuple[str, str, str]]:
    """(field, value, where it came from) of every value set, file first, arguments last."""
    for name in ENV_VARS:
        if file_values.get(name):
            yield name, file_values[name], used_file or ""
    for name, var in ENV_VARS.items():
        if env.get(var):
            yield name, env[var], f"environment variable {var}"
    for name in ENV_VARS:
        argument = arguments.get(name)
        if argument is not None:
            yield name, argument, "argument"


def _check_and_derive(
    values: dict[str, str], sources: dict[str, str], environ: Mapping[str, str] | None
) -> None:
    """Validate the layered values in place, expand paths, derive endpoints from the region."""
    for name in ("tenancy", "user"):
        if name in values and not _OCID_RE.match(values[name]):
            raise ConfigError(f"{name} is not a well-formed OCID", field=name, file=sources[name])
    if "fingerprint" in values:
        validate_fingerprint(values["fingerprint"], file=sources["fingerprint"])
    for name in _PATH_FIELDS:
        if name in values:
            values[name] = _check_path(values[name], name, sources[name], environ)
    if "region" in values:
        values["region"] = resolve_region(values["region"])
        if not is_valid_region(values["region"]):
            raise ConfigError("region is malformed", field="region", file=sources["region"])
        values.setdefault("management_url", management_endpoint_for_region(values["region"]))
        values.setdefault("data_url", data_endpoint_for_region(values["region"]))
    for name in ("management_url", "data_url"):
        if name in values:
            source = sources.get(name) or sources.get("region")
            values[name] = normalize_url(values[name], name, source)


def _check_path(value: str, field: str, source: str, environ: Mapping[str, str] | None) -> str:
    if not is_plausible_path(value):
        raise ConfigError(f"{field} is not a file path (key text?)", field=field, file=source)
    expanded = _expand_user(value, environ)
    if expanded is None:
        raise ConfigError(f"{field} {value} cannot be expanded (no HOME)", field=field, file=source)
    if not os.path.exists(expanded):
        raise ConfigError(f"{field} {expanded} does not exist", field=field, file=source)
    if not os.path.isfile(expanded) or not os.access(expanded, os.R_OK):
        raise ConfigError(f"{field} {expanded} is not a readable file", field=field, file=source)
    return expanded
