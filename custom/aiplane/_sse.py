"""Server-sent events from bytes: an I/O-free, incremental decoder.

httpx-sse (pinned exactly) does the parsing: its line decoder splits on CR, LF and CRLF
(also when a CRLF straddles two chunks) and its event decoder follows the WHATWG rules
(multi-line ``data:`` joined with LF, ``:`` comments skipped, ``id:`` kept across events,
``retry:`` read as an integer). This module adds what it leaves to its callers: incremental
UTF-8 across chunk boundaries (a leading BOM dropped), the end of the stream, where an
event without its terminating blank line is discarded, as the standard says, and a bound:
an event whose ``data:`` lines and unfinished line hold more than ``limit`` characters
(:data:`EVENT_LIMIT`, as much as a JSON body may hold) raises :class:`EventTooLarge` as soon
as it passes the limit, so a line that never ends cannot grow memory without bound.
"""

from __future__ import annotations

import codecs

from httpx_sse import ServerSentEvent
from httpx_sse._decoders import SSEDecoder, SSELineDecoder

from ._sending import JSON_BODY_LIMIT

__all__ = [
    "DONE",
    "EVENT_LIMIT",
    "EventDecoder",
    "EventTooLarge",
    "ServerSentEvent",
]

DONE = "[DONE]"  # the OpenAI wire's end-of-stream data
EVENT_LIMIT = JSON_BODY_LIMIT  # characters one event may hold: its data is parsed whole


class EventTooLarge(ValueError):
    """An event (its ``data:`` lines and the line being read) longer than the limit."""


class EventDecoder:
    """Feed it chunks of bytes; it returns the events they complete, in order."""

    def __init__(self, limit: int = EVENT_LIMIT) -> None:
        self._text = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._lines = SSELineDecoder()
        self._events = SSEDecoder()
        self._limit = limit
        self._data = 0  # characters of the data: lines of the event being read
        self._partial = 0  # characters of the line being read (not ended yet)

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk`` (comments and blank runs yield nothing);
        raises :class:`EventTooLarge` once the event being read passes the limit."""
        text = self._text.decode(chunk)
        if not text:
            return []
        out = []
        for line in self._lines.decode(text):
            if not line:
                self._data = 0
            elif line.startswith("data") and line[4:5] in ("", ":"):
                self._count(len(line) - 4, 0)
            event = self._events.decode(line)
            if event is not None:
                out.append(event)
        end = max(text.rfind("\n"), text.rfind("\r"))
        self._count(0, len(text) - end - 1 if end >= 0 else self._partial + len(text))
        return out

    def _count(self, data: int, partial: int) -> None:
        self._data += data
        self._partial = partial
        if self._data + self._partial > self._limit:
            raise EventTooLarge(f"an event larger than {self._limit} characters")

    def end(self) -> list[ServerSentEvent]:
        """The stream ended: a last line ended by a CR still counts, but an unterminated
        last event is dropped (WHATWG: "pending data must be discarded"), so a stream cut
        inside an event never yields half of it."""
        self._text.decode(b"", final=True)
        terminated = self._lines.trailing_cr  # a final CR ends its line: that line counts
        lines = self._lines.flush()
        if not terminated:
            return []
        events = (self._events.decode(line) for line in lines)
        return [event for event in events if event is not None]
