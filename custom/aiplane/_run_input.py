"""The body of a new run, checked before anything is sent (no I/O).

A run's input is ``args`` (a JSON object) or ``url``, a file of the data plane:
``files/<bucket>/<path>`` relative to the API root, or the same file as an absolute URL on the
data plane's own host (``<data_url>/v1/files/<bucket>/<path>``). Empty, ``.`` and ``..``
segments (also percent-encoded), control characters, a query or fragment, and other hosts are
refused with :class:`aiplane.errors.InvalidParameter` naming the parameter, never echoing the
value. (A dedicated ``errors.InvalidFileURL`` is being added for files: it is expected to
subclass InvalidParameter, so callers catching InvalidParameter keep working.)

Callbacks: ``callback_url`` is an ``https`` URL without credentials in it; ``callback_auth``
is HTTP basic (``{"kind": "basic", "username", "password"}``) or mTLS (``{"kind": "mtls",
"cert", "key"}``, PEM text), as a mapping or a generated model. The password and the key are
``format: password`` in the spec: every repr of the models redacts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from . import errors
from ._file_urls import FileURL

__all__ = ["callback_auth_of", "check_callback_url", "check_file_url", "run_body"]

_MAX_URL = 4096


def _refuse(parameter: str, problem: str) -> errors.InvalidParameter:
    return errors.InvalidParameter(parameter, problem, operation="submit_run")


def _has_control(text: str) -> bool:
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in text)


def _check_segments(parameter: str, path: str) -> None:
    """``<bucket>/<path>``: at least two segments, none empty, ``.``, ``..`` or hidden in
    percent-encoding (``%2e%2e``, ``%2f``), no control or backslash characters."""
    segments = path.split("/")
    if len(segments) < 2:
        raise _refuse(parameter, "must name a file: files/<bucket>/<path>")
    for segment in segments:
        decoded = unquote(segment)
        if not segment:
            raise _refuse(parameter, "has an empty path segment")
        if decoded in (".", "..") or "/" in decoded or "\\" in decoded:
            raise _refuse(parameter, "has a '.', '..' or encoded separator segment")
        if _has_control(decoded):
            raise _refuse(parameter, "contains a control character")


def check_file_url(url: object, data_url: httpx.URL | None) -> str:
    """``url`` if it names a file of this data plane; else InvalidParameter('url'). A
    :class:`aiplane.files.FileURL` is accepted as its text."""
    if isinstance(url, FileURL):
        url = str(url)
    if not isinstance(url, str) or not url:
        raise _refuse("url", "must be a non-empty string: files/<bucket>/<path>")
    if len(url) > _MAX_URL or _has_control(url):
        raise _refuse("url", "is too long or contains a control character")
    if "?" in url or "#" in url or "\\" in url:
        raise _refuse("url", "must not have a query, a fragment or a backslash")
    if url.startswith("files/"):
        _check_segments("url", url[len("files/") :])
        return url
    parts = urlsplit(url)
    if not parts.scheme:
        raise _refuse("url", "must be files/<bucket>/<path> (relative, no leading '/')")
    if data_url is None or parts.scheme not in ("http", "https"):
        raise _refuse("url", "must be files/<bucket>/<path> or a URL of this data plane")
    if parts.username is not None or parts.password is not None:
        raise _refuse("url", "must not carry credentials")
    same_host = (parts.scheme, parts.netloc.lower()) == (data_url.scheme, data_url.netloc.decode())
    root = data_url.path.rstrip("/") + "/v1/files/"
    if not same_host or not parts.path.startswith(root):
        raise _refuse("url", "is not a file URL of this data plane's host")
    _check_segments("url", parts.path[len(root) :])
    return url


def check_callback_url(url: object) -> str:
    """``url`` if it is an absolute ``https`` URL with a host and no credentials."""
    if not isinstance(url, str) or len(url) > _MAX_URL or _has_control(url) or " " in url:
        raise _refuse("callback_url", "must be an https URL without spaces or control characters")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise _refuse("callback_url", "must be an absolute https:// URL")
    if parts.username is not None or parts.password is not None:
        raise _refuse("callback_url", "must not carry credentials (use callback_auth)")
    return url


def _check_pems(auth: Any) -> None:
    if "-----BEGIN CERTIFICATE-----" not in auth.cert:
        raise _refuse("callback_auth", "cert must be a PEM certificate")
    key = auth.key
    if "PRIVATE KEY-----" not in key or "ENCRYPTED" in key:
        raise _refuse("callback_auth", "key must be an unencrypted PEM private key")


def callback_auth_of(auth: object) -> Any:
    """Basic or mTLS callback credentials as a generated model; InvalidParameter otherwise."""
    from aiplane_data.models.basic_callback_auth import BasicCallbackAuth
    from aiplane_data.models.mtls_callback_auth import MtlsCallbackAuth

    if isinstance(auth, Mapping):
        kind = auth.get("kind")
        model: Any = {"basic": BasicCallbackAuth, "mtls": MtlsCallbackAuth}.get(str(kind))
        if model is None:
            raise _refuse("callback_auth", "needs kind 'basic' or 'mtls'")
        try:
            auth = model.from_dict(auth)
        except (KeyError, TypeError, ValueError) as exc:  # the message never quotes a value
            fields = "username and password" if kind == "basic" else "cert and key"
            raise _refuse("callback_auth", f"needs {fields} as strings") from exc
    if isinstance(auth, BasicCallbackAuth):
        if not auth.username or not auth.password:
            raise _refuse("callback_auth", "needs a non-empty username and password")
        return auth
    if isinstance(auth, MtlsCallbackAuth):
        _check_pems(auth)
        return auth
    raise _refuse("callback_auth", "must be basic or mtls credentials (a mapping or model)")


def run_body(
    args: Mapping[str, Any] | None,
    url: str | None,
    callback_url: str | None,
    callback_auth: object,
    metadata: Mapping[str, str] | None,
    data_url: httpx.URL | None,
) -> Any:
    """The CreateRun*Details body of a new run: exactly one of ``args`` or ``url``."""
    from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails
    from aiplane_data.models.create_run_with_args_details_args import (
        CreateRunWithArgsDetailsArgs,
    )
    from aiplane_data.models.create_run_with_url_details import CreateRunWithUrlDetails
    from aiplane_data.models.run_metadata import RunMetadata
    from aiplane_data.types import UNSET

    if (args is None) == (url is None):
        raise _refuse("args", "or 'url': give exactly one of them")
    if callback_auth is not None and callback_url is None:
        raise _refuse("callback_auth", "needs a callback_url")
    options: dict[str, Any] = {
        "callback_url": UNSET if callback_url is None else check_callback_url(callback_url),
        "callback_auth": UNSET if callback_auth is None else callback_auth_of(callback_auth),
        "metadata": UNSET if metadata is None else RunMetadata.from_dict(dict(metadata)),
    }
    if url is not None:
        return CreateRunWithUrlDetails(url=check_file_url(url, data_url), **options)
    if not isinstance(args, Mapping):
        raise _refuse("args", "must be a mapping (a JSON object)")
    return CreateRunWithArgsDetails(args=CreateRunWithArgsDetailsArgs.from_dict(args), **options)


def check_run_body(body: Any, data_url: httpx.URL | None) -> None:
    """The checks :func:`run_body` makes, on a run body the caller built (the typed
    ``create_run`` method): the file URL, the callback URL and its credentials."""
    from aiplane_data.types import Unset

    url = getattr(body, "url", None)
    if isinstance(url, str | FileURL):
        check_file_url(url, data_url)
    callback_url = getattr(body, "callback_url", None)
    if isinstance(callback_url, str):
        check_callback_url(callback_url)
    auth = getattr(body, "callback_auth", None)
    if auth is not None and not isinstance(auth, Unset):
        if not isinstance(callback_url, str):
            raise _refuse("callback_auth", "needs a callback_url")
        callback_auth_of(auth)
