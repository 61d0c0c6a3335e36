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


class _Buffer:
    """The unread bytes of a source, refilled a chunk at a time."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.data = b""

    def fill(self) -> bool:
        """Read one more chunk; False at the end of the source."""
        chunk = self.source.read(CHUNK)
        self.data += chunk
        return bool(chunk)


def parse(
    source: IO[bytes], boundary: str, sink_for: Callable[[Part], IO[bytes] | None]
) -> list[Part]:
    """Read every part of ``source``; each part's bytes go to ``sink_for(part)`` (or nowhere)."""
    delimiter = b"--" + boundary.encode("latin-1")
    buffer = _Buffer(source)
    while (start := buffer.data.find(delimiter)) < 0:
        buffer.data = buffer.data[-len(delimiter) :]
        if not buffer.fill():
            raise ValueError("the multipart body has no boundary line")
    buffer.data = buffer.data[start + len(delimiter) :]
    parts: list[Part] = []
    while True:
        while len(buffer.data) < 2:
            if not buffer.fill():
                raise ValueError("the multipart body ends without a closing boundary")
        if buffer.data.startswith(b"--"):
            return parts
        part = _read_head(buffer)
        _copy_body(buffer, b"\r\n" + delimiter, part, sink_for(part))
        parts.append(part)


def _read_head(buffer: _Buffer) -> Part:
    """The headers of the part that starts the buffer (consumed, with the blank line)."""
    buffer.data = buffer.data.lstrip(b" \t")
    while (head_end := buffer.data.find(b"\r\n\r\n")) < 0:
        if len(buffer.data) > _MAX_HEADERS or not buffer.fill():
            raise ValueError("a multipart part has malformed headers")
    if not buffer.data.startswith(b"\r\n"):
        raise ValueError("a multipart boundary line is malformed")
    part = _part(buffer.data[2:head_end].decode("latin-1"))
    buffer.data = buffer.data[head_end + 4 :]
    return part


def _copy_body(buffer: _Buffer, end_marker: bytes, part: Part, sink: IO[bytes] | None) -> None:
    """Move the part's bytes up to ``end_marker`` into ``sink``, counting them in ``part``."""
    while True:
        cut = buffer.data.find(end_marker)
        if cut >= 0:
            part.size += cut
            if sink is not None:
                sink.write(buffer.data[:cut])
            buffer.data = buffer.data[cut + len(end_marker) :]
            return
        safe = len(buffer.data) - (len(end_marker) - 1)
        if safe > 0:
            part.size += safe
            if sink is not None:
                sink.write(buffer.data[:safe])
            buffer.data = buffer.data[safe:]
        if not buffer.fill():
            raise ValueError("a multipart part is not terminated by a boundary")


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
