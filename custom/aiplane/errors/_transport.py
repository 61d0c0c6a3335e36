"""No usable response: transport failures, timeouts, unknown outcomes, an open circuit."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from ._base import AiplaneError

__all__ = [
    "CircuitOpen",
    "FailureKind",
    "OutcomeUnknown",
    "StreamInterrupted",
    "Timeout",
    "TransportError",
]


class FailureKind(enum.Enum):
    """How an attempt ended, as far as retrying is concerned."""

    RESPONSE = "response"  # a full response arrived (any status)
    NOT_SENT = "not_sent"  # connect error / connect or pool timeout: the server saw nothing
    MAYBE_PROCESSED = "maybe_processed"  # sent, then the connection dropped or timed out
    FATAL = "fatal"  # protocol/usage errors that a retry cannot fix


class TransportError(AiplaneError):
    """No usable response arrived (connection refused, reset, protocol error...).

    ``kind`` says whether the request can have reached the server (see :class:`FailureKind`).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        kind: FailureKind = FailureKind.FATAL,
    ) -> None:
        self.method = method
        self.path = path
        self.kind = kind
        self.detail = message
        super().__init__(f"{message} ({method} {path})" if method else message)


class Timeout(TransportError):
    """A connect, read, write or pool timeout."""


class OutcomeUnknown(TransportError):
    """The request may have reached the server, but no response came back.

    It was not retried because that would not be safe (a POST without an
    ``opc-retry-token``, or a body that cannot be replayed). Retry it yourself with the same
    :attr:`retry_token` (if any) to get exactly-once, or reconcile by listing.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        retry_token: str | None = None,
        opc_request_id: str | None = None,
    ) -> None:
        self.retry_token = retry_token
        self.opc_request_id = opc_request_id
        super().__init__(message, method=method, path=path, kind=FailureKind.MAYBE_PROCESSED)
        suffix = []
        if retry_token:
            suffix.append(f"opc-retry-token: {retry_token}")
        if opc_request_id:
            suffix.append(f"opc-request-id: {opc_request_id}")
        if suffix:
            self.args = (f"{self.args[0]} [{', '.join(suffix)}]",)


class StreamInterrupted(TransportError):
    """An event stream broke after its first event and could not be resumed (the operation
    declares no ``Last-Event-ID``, or the retry policy gave up); the transport error (or the
    idle :class:`Timeout`) is the cause. ``received`` counts the events received and
    ``last_event_id`` is the last ``id:`` seen. ``events`` holds every event received, in
    order, only when the stream was opened with ``keep_events=True`` (else None: a stream
    keeps no events by default, so a long one runs in bounded memory)."""

    def __init__(
        self,
        message: str,
        *,
        received: int,
        last_event_id: str | None = None,
        events: Sequence[Any] | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        self.received = received
        self.last_event_id = last_event_id
        self.events: list[Any] | None = None if events is None else list(events)
        super().__init__(
            f"{message} after {received} event(s)",
            method=method,
            path=path,
            kind=FailureKind.MAYBE_PROCESSED,
        )


class CircuitOpen(AiplaneError):
    """The circuit breaker for this host is open after repeated failures; failing fast."""

    def __init__(self, host: str, retry_in: float) -> None:
        self.host = host
        self.retry_in = retry_in
        super().__init__(
            f"circuit open for {host}: too many consecutive failures; "
            f"calls resume in {retry_in:.1f}s"
        )
