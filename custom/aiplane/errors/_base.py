"""The root of the tree, configuration errors, and a header copy that keeps any byte."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = ["AiplaneError", "ConfigError", "copy_headers"]


def copy_headers(headers: Mapping[str, str]) -> httpx.Headers:
    """A copy of response headers that survives any byte a server sent (non-ASCII values
    are kept as received, never re-encoded as ASCII)."""
    if isinstance(headers, httpx.Headers):
        return headers.copy()
    return httpx.Headers(dict(headers), encoding="utf-8")


class AiplaneError(Exception):
    """Base class of every aiplane exception.

    ``retry_stop`` says why retrying stopped, for an error raised after attempts (e.g.
    ``"retry deadline of 5s reached"``); empty when no retry decision was involved."""

    retry_stop: str = ""


class ConfigError(AiplaneError):
    """The configuration is unusable; names the field and the file it came from."""

    def __init__(self, message: str, *, field: str | None = None, file: str | None = None) -> None:
        where = ""
        if field is not None:
            where += f" [field {field!r}"
            where += f" in {file}]" if file is not None else "]"
        elif file is not None:
            where += f" [in {file}]"
        super().__init__(message + where)
        self.field = field
        self.file = file
