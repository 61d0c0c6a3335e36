"""Resume tokens: a wait in progress as a short string another process can resume from.

A token is URL-safe base64 of compact JSON: ``{"v": 1, "k": kind, ...}`` with only ids,
positions and a wall-clock deadline (epoch seconds) — never a credential, a URL with a
query, or a header value. The process that resumes it needs the same configuration
(endpoints and credentials) and gets the same deadline and what had been seen.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from typing import Any

from . import errors

__all__ = ["VERSION", "deadline_in", "decode", "encode", "resumed", "time_left_until"]

VERSION = 1
_MAX_TOKEN = 4096


def encode(kind: str, **fields: Any) -> str:
    """The token of a ``kind`` of wait with ``fields`` (JSON values)."""
    raw = json.dumps({"v": VERSION, "k": kind, **fields}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii").rstrip("=")


def decode(token: object, kind: str) -> dict[str, Any]:
    """The fields of a ``kind`` token; InvalidParameter for anything else."""
    if not isinstance(token, str) or not 0 < len(token) <= _MAX_TOKEN:
        raise errors.InvalidParameter("resume_token", "must be a non-empty token string")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        fields = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise errors.InvalidParameter("resume_token", "is not an aiplane resume token") from None
    if not isinstance(fields, dict) or fields.get("v") != VERSION:
        raise errors.InvalidParameter("resume_token", f"is not a version {VERSION} resume token")
    if fields.get("k") != kind:
        raise errors.InvalidParameter("resume_token", f"is not the token of a {kind} wait")
    return fields


def deadline_in(time_left: float) -> float:
    """The wall-clock deadline (epoch seconds) ``time_left`` seconds from now."""
    return round(time.time() + time_left, 3)


def time_left_until(deadline: object) -> float:
    """Seconds from now to a token's deadline (0 when it has passed)."""
    if not isinstance(deadline, int | float):
        raise errors.InvalidParameter("resume_token", "has no deadline")
    return max(float(deadline) - time.time(), 0.0)


def resumed(kind: str, given_id: str | None, token: str | None) -> tuple[str, dict[str, Any]]:
    """The id of what to wait for, and what its token (if any) says had been seen."""
    if token is None:
        if not isinstance(given_id, str) or not given_id:
            raise errors.InvalidParameter(f"{kind}_id", "is required (or a resume_token)")
        return given_id, {}
    fields = decode(token, kind)
    if not isinstance(fields.get("id"), str) or not fields["id"]:
        raise errors.InvalidParameter("resume_token", "names no id")
    if given_id is not None and given_id != fields["id"]:
        raise errors.InvalidParameter("resume_token", f"is the token of another {kind}")
    return str(fields["id"]), fields
