"""The steps a stream's flow (:mod:`aiplane._streamflow`) yields, and the plan it follows.

The drivers (:mod:`aiplane.streams`, one sync and one async) perform the steps: ``Connect``
and ``Disconnect`` the response, ``Read`` a chunk of its body before a deadline, and hand the
events of ``Read`` and ``Deliver`` steps to the consumer.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._otel import NO_SPAN, CallSpan
from ._sse import EVENT_LIMIT
from .descriptors import GenAI
from .retry import RetryPolicy

__all__ = ["DEFAULT_MAX_BYTES", "Connect", "Deliver", "Disconnect", "Read", "StreamPlan"]

DEFAULT_MAX_BYTES = 256 * 1024 * 1024  # a chat answer of about a million chunks


@dataclass(frozen=True, slots=True)
class Connect:
    """Send ``request`` (through the runtime transport); the flow receives the 2xx response
    with its body unread (non-2xx responses raise there, after the transport's retries)."""

    request: httpx.Request
    span: CallSpan = NO_SPAN  # current while connecting: the attempts are its children


class Read:
    """Hand ``events`` to the consumer, in order (the typed events of the previous chunk),
    then read the next chunk of the body (``b""`` at its end) before ``deadline``
    (``time.monotonic``); past it the read raises :class:`~aiplane.errors.Timeout`.

    One step per network read, whatever the number of events it carried; the flow keeps one
    per connection and sets its fields anew for each read (no allocation per read)."""

    __slots__ = ("deadline", "events")

    def __init__(self) -> None:
        self.deadline = 0.0
        self.events: list[Any] = []


@dataclass(frozen=True, slots=True)
class Deliver:
    """Hand ``events`` to the consumer, in order: the last ones, before the stream ends (or
    raises the error that followed them in the same chunk)."""

    events: list[Any]


@dataclass(frozen=True, slots=True)
class Disconnect:
    """Close the current response (its connection goes back to the pool or is dropped)."""


@dataclass(frozen=True)
class StreamPlan:
    """The facts of one stream: its first request, the event model, the resume header the
    operation declares (None: not resumable), the retry policy and the clocks, and whether
    to keep every event received (``keep_events``; else only their count)."""

    request: httpx.Request
    model: Any
    resume_header: str | None
    policy: RetryPolicy
    idle_timeout: float
    operation: str
    clock: Callable[[], float] = time.monotonic
    rng: Callable[[], float] = random.random
    operation_id: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)  # for the span's attributes
    genai: GenAI | None = None  # the descriptor's GenAI facts, for the span
    keep_events: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES  # of all the stream's bodies together
    event_limit: int = EVENT_LIMIT  # characters of one event
