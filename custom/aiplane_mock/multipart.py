"""A small streaming ``multipart/form-data`` parser (bounded memory; no extra dependency)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

__all__ = ["Part", "boundary_of", "parse"]

CHUNK = 64 * 1024
_MAX_HEADERS = 64 * 1024
_PARAM = re.compile(r';\s*([A-Za-z0-9_*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


@dataclass
class Part:
    """One part: its form field name, optional filename and content type, and its size."""

    name: str
    filename: str | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    size: int = 0


def _params(value: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, raw in _PARAM.findall(value):
        text = raw.strip()
        if text.startswith('"') and text.endswith('"') and len(text) >= 2:
            text = re.sub(r"\\(.)", r"\1", text[1:-1])
        found[key.lower()] = text
    return found


def boundary_of(content_type: str) -> str:
    """The boundary parameter of a multipart content type (ValueError if missing)."""
    boundary = _params(content_type).get("boundary", "")
    if not boundary or len(boundary) > 200:
        raise ValueError("the multipart content-type has no valid boundary")
    return boundary


def parse(
    source: IO[bytes], boundary: str, sink_for: Callable[[Part], IO[bytes] | None]
) -> list[Part]:
    """Read every part of ``source``; each part's bytes go to ``sink_for(part)`` (or nowhere)."""
    delimiter = b"--" + boundary.encode("latin-1")
    end_marker = b"\r\n" + delimiter
    buffer = b""

    def fill() -> bool:
        nonlocal buffer
        chunk = source.read(CHUNK)
        buffer += chunk
        return bool(chunk)

    while (start := buffer.find(delimiter)) < 0:
        buffer = buffer[-len(delimiter) :]
        if not fill():
            raise ValueError("the multipart body has no boundary line")
    buffer = buffer[start + len(delimiter) :]
    parts: list[Part] = []
    while True:
        while len(buffer) < 2:
            if not fill():
                raise ValueError("the multipart body ends without a closing boundary")
        if buffer.startswith(b"--"):
            return parts
        buffer = buffer.lstrip(b" \t")
        while (head_end := buffer.find(b"\r\n\r\n")) < 0:
            if len(buffer) > _MAX_HEADERS or not fill():
                raise ValueError("a multipart part has malformed headers")
        if not buffer.startswith(b"\r\n"):
            raise ValueError("a multipart boundary line is malformed")
        part = _part(buffer[2:head_end].decode("latin-1"))
        buffer = buffer[head_end + 4 :]
        sink = sink_for(part)
        while True:
            cut = buffer.find(end_marker)
            if cut >= 0:
                part.size += cut
                if sink is not None:
                    sink.write(buffer[:cut])
                buffer = buffer[cut + len(end_marker) :]
                break
            safe = len(buffer) - (len(end_marker) - 1)
            if safe > 0:
                part.size += safe
                if sink is not None:
                    sink.write(buffer[:safe])
                buffer = buffer[safe:]
            if not fill():
                raise ValueError("a multipart part is not terminated by a boundary")
        parts.append(part)


def _part(block: str) -> Part:
    headers: dict[str, str] = {}
    for line in block.split("\r\n"):
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError("a multipart part header is malformed")
        headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition", "")
    if not disposition.lower().startswith("form-data"):
        raise ValueError("a multipart part has no form-data content-disposition")
    params = _params(disposition)
    if "name" not in params:
        raise ValueError("a multipart part has no field name")
    return Part(
        name=params["name"],
        filename=params.get("filename"),
        content_type=headers.get("content-type"),
        headers=headers,
    )
