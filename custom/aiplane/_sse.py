"""Server-sent events from bytes: an I/O-free, incremental decoder.

httpx-sse (pinned exactly) does the parsing: its line decoder splits on CR, LF and CRLF
(also when a CRLF straddles two chunks) and its event decoder follows the WHATWG rules
(multi-line ``data:`` joined with LF, ``:`` comments skipped, ``id:`` kept across events,
``retry:`` read as an integer). This module adds what it leaves to its callers: incremental
UTF-8 across chunk boundaries (a leading BOM dropped), and the end of the stream, where an
event without its terminating blank line is discarded, as the standard says.
"""

from __future__ import annotations

import codecs

from httpx_sse import ServerSentEvent
from httpx_sse._decoders import SSEDecoder, SSELineDecoder

__all__ = ["DONE", "EventDecoder", "ServerSentEvent"]

DONE = "[DONE]"  # the OpenAI wire's end-of-stream data


class EventDecoder:
    """Feed it chunks of bytes; it returns the events they complete, in order."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._lines = SSELineDecoder()
        self._events = SSEDecoder()

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk`` (comments and blank runs yield nothing)."""
        text = self._text.decode(chunk)
        if not text:
            return []
        out = []
        for line in self._lines.decode(text):
            event = self._events.decode(line)
            if event is not None:
                out.append(event)
        return out

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
