"""File URLs: ``files/<bucket>/<path>`` (relative to the data plane's root) or the same URL
made absolute on the client's own host (``https://host/v1/files/<bucket>/<path>``).

:func:`parse_file_url` is the one gate every file helper passes a URL through before any
request: it splits the URL into a bucket and a decoded path and refuses, with
:class:`~aiplane.errors.InvalidFileURL`, a leading ``/``, an explicit ``v1/`` prefix on a
relative URL, empty, ``.`` and ``..`` segments, control characters, an encoded ``/`` inside a
segment, and any other host. :class:`FileURL` renders a URL back with every segment
percent-encoded. :func:`home_flow` is the I/O-free flow that finds the caller's files home
(``GET /v1/bucket`` once per client, cached).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import httpx

from . import errors
from ._flow import Fetch

__all__ = [
    "FileURL",
    "base_url_of",
    "data_plane",
    "file_path",
    "file_url",
    "home_flow",
    "parse_file_url",
]

_BUCKET = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_PATH = 1024


@dataclass(frozen=True, slots=True)
class FileURL:
    """A file (or, with a trailing ``/`` or an empty path, a folder) in a bucket.

    ``path`` is decoded (``reports/2025/q1 report.pdf``); ``str()`` gives the encoded
    relative URL the service uses (``files/<bucket>/reports/2025/q1%20report.pdf``).
    """

    bucket: str
    path: str = ""

    @property
    def is_folder(self) -> bool:
        """Whether this names a folder (the bucket root, or a path ending with ``/``)."""
        return self.path == "" or self.path.endswith("/")

    @property
    def name(self) -> str:
        """The last segment (empty for the bucket root)."""
        return self.path.rstrip("/").rpartition("/")[2]

    def __str__(self) -> str:
        return f"files/{self.bucket}/{quote(self.path, safe='/')}"

    def __truediv__(self, child: str) -> FileURL:
        """``home / "reports/q1.pdf"``: a path below this folder (checked like any URL)."""
        if not self.is_folder:
            raise errors.InvalidFileURL("is a file, not a folder: nothing can be below it")
        base = self.path
        return parse_file_url(f"files/{self.bucket}/{quote(base, safe='/')}{_encode(child)}")


def _encode(path: str) -> str:
    """A decoded relative path, percent-encoded segment by segment (``/`` kept)."""
    return "/".join(quote(segment, safe="") for segment in path.split("/"))


def _segments(encoded: str) -> list[str]:
    """Decoded segments of an encoded path; refuses what could escape or confuse it."""
    segments = []
    parts = encoded.split("/")
    for index, part in enumerate(parts):
        segment = unquote(part, errors="strict")
        if part == "" and index == len(parts) - 1 and index > 0:
            segments.append("")  # a trailing slash: a folder
            continue
        if segment in ("", ".", ".."):
            raise errors.InvalidFileURL("has an empty, '.' or '..' segment")
        if "/" in segment:
            raise errors.InvalidFileURL("has an encoded '/' inside a segment")
        if _CONTROL.search(segment):
            raise errors.InvalidFileURL("has a control character")
        segments.append(segment)
    return segments


def _relative(url: httpx.URL | None, text: str) -> str:
    """The ``files/...`` part of ``text``: itself, or an absolute URL's path below the base."""
    if "://" not in text and not text.startswith("//"):
        if text.startswith("/"):
            raise errors.InvalidFileURL("starts with '/'; write files/<bucket>/<path>")
        if text.startswith("v1/"):
            raise errors.InvalidFileURL("starts with 'v1/'; write files/<bucket>/<path>")
        return text
    try:
        absolute = httpx.URL(text)
    except httpx.InvalidURL:
        raise errors.InvalidFileURL("is not a valid URL") from None
    if url is None:
        raise errors.InvalidFileURL("is absolute, but the client's data URL is unknown")
    if (absolute.scheme, absolute.host, absolute.port) != (url.scheme, url.host, url.port):
        raise errors.InvalidFileURL("names another host than the client's data plane")
    if absolute.query or absolute.fragment:
        raise errors.InvalidFileURL("has a query or a fragment")
    prefix = url.raw_path.decode("ascii").rstrip("/") + "/v1/"
    path = absolute.raw_path.decode("ascii")
    if not path.startswith(prefix):
        raise errors.InvalidFileURL("is not below the client's data URL /v1/files/")
    return path[len(prefix) :]


def parse_file_url(url: str | FileURL, *, base_url: httpx.URL | str | None = None) -> FileURL:
    """Check ``url`` and split it; raises InvalidFileURL (before any request)."""
    if isinstance(url, FileURL):
        return url
    if not isinstance(url, str):
        raise errors.InvalidFileURL(f"must be a str or FileURL, not {type(url).__name__}")
    if _CONTROL.search(url):
        raise errors.InvalidFileURL("has a control character")
    base = httpx.URL(base_url) if base_url is not None else None
    relative = _relative(base, url)
    kind, _, rest = relative.partition("/")
    if kind != "files" or not rest:
        raise errors.InvalidFileURL("is not of the form files/<bucket>/<path>")
    bucket, slash, path = rest.partition("/")
    if not _BUCKET.match(bucket):
        raise errors.InvalidFileURL("has a bucket id that is not [A-Za-z0-9_-]{1,128}")
    if not slash:
        return FileURL(bucket, "")
    if path == "":
        return FileURL(bucket, "")
    try:
        decoded = "/".join(_segments(path))
    except UnicodeDecodeError:
        raise errors.InvalidFileURL("has a percent-escape that is not UTF-8") from None
    if len(decoded) > MAX_PATH:
        raise errors.InvalidFileURL(f"has a path longer than {MAX_PATH} characters")
    return FileURL(bucket, decoded)


def data_plane(client: Any) -> Any:
    """The generated data-plane client of ``client`` (an aiplane client or a generated one)."""
    if hasattr(client, "get_httpx_client"):
        return client
    if hasattr(client, "plane_for"):
        return client.plane_for("data")
    raise TypeError(f"expected an aiplane client or a generated client, got {client!r}")


def base_url_of(client: Any) -> httpx.URL:
    """The data plane's base URL (what absolute file URLs must start with)."""
    return httpx.URL(data_plane(client)._base_url)


def file_url(client: Any, url: str | FileURL) -> FileURL:
    """``url`` checked and split (absolute URLs must be on the client's data host)."""
    return parse_file_url(url, base_url=base_url_of(client))


def file_path(client: Any, url: str | FileURL, what: str) -> FileURL:
    """Like :func:`file_url`, refusing a folder (``what`` names the operation)."""
    target = file_url(client, url)
    if target.is_folder:
        raise errors.InvalidFileURL(f"names a folder; {what} needs a file path")
    return target


# by id (generated clients are attrs classes with eq, so unhashable); dropped with the client
_BUCKETS: dict[int, str] = {}


def _remember(plane: Any, bucket: str) -> None:
    key = id(plane)
    if key not in _BUCKETS:
        weakref.finalize(plane, _BUCKETS.pop, key, None)
    _BUCKETS[key] = bucket


def home_flow(client: Any) -> Generator[Fetch, Any, FileURL]:
    """The caller's files home ``files/<bucket>/``: the bucket read once per client."""
    from aiplane_data.api.files import get_bucket

    plane = data_plane(client)
    bucket = _BUCKETS.get(id(plane))
    if bucket is None:
        detailed = yield Fetch(get_bucket)
        bucket = str(detailed.parsed.bucket)
        if not _BUCKET.match(bucket):
            raise errors.ResponseValidationError(
                "getBucket returned a bucket id that is not [A-Za-z0-9_-]{1,128}",
                status=detailed.status_code,
                opc_request_id=detailed.opc_request_id,
                body_excerpt="",
                operation="get_bucket",
            )
        _remember(plane, bucket)
    return FileURL(bucket, "")
