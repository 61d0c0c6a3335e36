"""The draft-cavage signing string OCI uses, and the headers signing adds to a request
(``date``; for a body method ``content-type``, ``x-content-sha256``, ``content-length``).
I/O-free; :mod:`aiplane.signing` signs with them."""

from __future__ import annotations

import base64
import email.utils
from collections.abc import Mapping, Sequence

import httpx

from ._bodies import BodyDigest

__all__ = [
    "BODY_HEADERS",
    "BODY_METHODS",
    "EMPTY_BODY_SHA256",
    "GENERIC_HEADERS",
    "PLAIN_METHODS",
    "added_headers",
    "build_signing_string",
    "http_date",
]

EMPTY_BODY_SHA256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
GENERIC_HEADERS: tuple[str, ...] = ("date", "(request-target)", "host")
BODY_HEADERS: tuple[str, ...] = ("content-length", "content-type", "x-content-sha256")

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
PLAIN_METHODS = frozenset({"GET", "HEAD", "DELETE"})


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
    # httpx.Headers looks names up case-insensitively already; any other mapping is lowered once
    lookup = (
        headers
        if isinstance(headers, httpx.Headers)
        else {k.lower(): v for k, v in headers.items()}
    )
    lines = []
    for raw in names:
        name = raw.lower()
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
        elif name == "host":
            lines.append(f"host: {host}")
        else:
            value = lookup.get(name)
            if value is None:
                raise ValueError(f"missing required header {name!r} for signing")
            lines.append(f"{name}: {value}")
    text = "\n".join(lines)
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("a signed header or the request target is not ASCII") from None


# (whole second, its HTTP date): formatting a date costs more than the rest of a signing
# string, and a busy client signs many requests within each second
_last_date: tuple[int, str] = (-1, "")


def http_date(now: float) -> str:
    """The RFC 7231 date of the whole second ``now`` (seconds since the epoch) falls in."""
    global _last_date
    second = int(now // 1)
    cached = _last_date  # one read: another thread may replace it meanwhile
    if cached[0] != second:
        cached = (second, email.utils.formatdate(second, usegmt=True))
        _last_date = cached
    return cached[1]


def added_headers(
    verb: str,
    present: Mapping[str, str],
    body: BodyDigest | None,
    content_type: str,
    now: float,
) -> dict[str, str]:
    """The headers signing adds at time ``now`` to a request whose (lower-cased) headers are
    ``present``: ``date``; for a body method ``content-type`` and the body's hash and length."""
    added = {} if "date" in present else {"date": http_date(now)}
    if verb not in BODY_METHODS:
        return added
    if "content-type" not in present:
        added["content-type"] = content_type
    if body is None and "x-content-sha256" in present:
        if "content-length" not in present:
            raise ValueError("a caller-supplied x-content-sha256 needs a content-length")
        return added
    digest = body if body is not None else BodyDigest.of(b"")
    added["x-content-sha256"] = base64.b64encode(digest.sha256).decode("ascii")
    added["content-length"] = str(digest.length)
    return added
