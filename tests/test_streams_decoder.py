"""The SSE decoder (aiplane._sse): line endings, multi-line data, comments, id/retry, chunking."""

from __future__ import annotations

import pytest

from aiplane._sse import EventDecoder, EventTooLarge


def decode(*chunks: bytes) -> list[tuple[str, str, str, int | None]]:
    decoder = EventDecoder()
    events = [e for chunk in chunks for e in decoder.feed(chunk)]
    events += decoder.end()
    return [(e.event, e.data, e.id, e.retry) for e in events]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending_ends_lines(newline: bytes) -> None:
    """LF, CR and CRLF each end a line and a blank line ends the event."""
    raw = b"data: a" + newline + newline + b"data: b" + newline + newline
    assert [d for _, d, _, _ in decode(raw)] == ["a", "b"]


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    """A CRLF whose CR ends one chunk and LF starts the next is one line ending."""
    assert [d for _, d, _, _ in decode(b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n")] == ["a", "b"]


def test_multi_line_data_is_joined_with_newlines() -> None:
    """Several data: lines of one event are joined with LF."""
    assert decode(b"data: one\ndata: two\ndata:three\n\n")[0][1] == "one\ntwo\nthree"


def test_comments_are_skipped() -> None:
    """Lines starting with ':' (keep-alives) produce no event."""
    assert decode(b": keep-alive\n\n: another\n\ndata: x\n\n") == [("message", "x", "", None)]


def test_id_event_and_retry_fields_are_read() -> None:
    """id:, event: and retry: are read; the id is kept by later events."""
    events = decode(b"id: 7\nevent: status\nretry: 1500\ndata: {}\n\ndata: next\n\n")
    assert events == [("status", "{}", "7", 1500), ("message", "next", "7", None)]


def test_unterminated_last_event_is_discarded() -> None:
    """A stream that ends inside an event does not dispatch half of it."""
    assert decode(b'data: complete\n\ndata: {"half') == [("message", "complete", "", None)]


def test_utf8_split_across_chunks_is_decoded() -> None:
    """A multi-byte character cut between two chunks is decoded whole; a BOM is dropped."""
    raw = "\ufeffdata: café ☕\n\n".encode()
    assert decode(*(raw[i : i + 1] for i in range(len(raw)))) == [("message", "café ☕", "", None)]


def test_id_only_event_carries_no_data() -> None:
    """An event block with only id: carries its id and no data (a stream skips it)."""
    decoder = EventDecoder()
    (event,) = decoder.feed(b"id: 3\n\n")
    assert (event.id, event.data) == ("3", "")


def test_data_past_the_limit_raises_event_too_large() -> None:
    """A data line longer than the limit raises EventTooLarge, also while it is unfinished."""
    decoder = EventDecoder(limit=10)
    with pytest.raises(EventTooLarge, match="event larger than 10"):
        decoder.feed(b"data: 0123456789A")


def test_data_lines_of_one_event_count_together() -> None:
    """Many short data: lines of one event count toward the limit together."""
    decoder = EventDecoder(limit=20)
    for _ in range(5):
        decoder.feed(b"data: ab\n")
    with pytest.raises(EventTooLarge):
        decoder.feed(b"data: ab\n")


def test_each_event_starts_a_new_count() -> None:
    """Small events never reach the limit, however many; comments do not count."""
    decoder = EventDecoder(limit=10)
    events = [e for _ in range(100) for e in decoder.feed(b": ping pong ping\ndata: 0123456\n\n")]
    assert len(events) == 100
