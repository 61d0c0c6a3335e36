"""One event stream, with its reconnects, as an I/O-free flow (shared by sync and async).

:func:`stream_flow` yields the steps of :mod:`aiplane._streamsteps` — ``Connect`` (send the
request, headers received), ``Read`` (hand over the events of the last chunk, then read the
next one before a deadline: one step per network read), ``Deliver`` (the last events),
``Disconnect``, :class:`~aiplane._flow.Sleep` — and gets each result back, or its aiplane
error thrown in. :class:`StreamState` holds every decision:

- events: ``data:`` parsed as the descriptor's event model; ``[DONE]`` ends the stream, so
  does the end of the body; an error object (``{"error": {...}}``) raises the typed
  :class:`~aiplane.errors.APIError` its code means (``_errormap.from_envelope``);
- bounds: one event may hold ``event_limit`` characters and the whole stream (reconnects
  included) may send ``max_bytes``; past either, :class:`~aiplane.errors.ResponseValidationError`
  (the events so far stay in ``received``), so an endless or huge stream cannot grow memory
  without bound; a ``retry:`` below zero is ignored, as the standard says; the first event
  of a resumed connection carrying the id resumed from (a server resuming inclusively, or
  replaying) is not received twice, and is not progress;
- the idle timeout: each read must end before ``idle_timeout`` seconds have passed since the
  last event with data (comments and keep-alives do not count); past it the read fails as a
  drop whose cause is :class:`~aiplane.errors.Timeout`;
- drops: before the first event, a drop is retried like any request (the retry policy
  decides: attempts, deadline, backoff, safe to resend). After it, an operation that declares
  ``Last-Event-ID`` reconnects sending the last ``id:`` seen (the server resumes after it:
  nothing lost, nothing twice) while the policy allows; a ``retry:`` field replaces the
  backoff. The policy's attempts and deadline count from the last event received. Any other
  stream raises :class:`~aiplane.errors.StreamInterrupted` with the count of events received
  and the last id;
- memory: a stream counts its events and keeps none of them, unless the plan says
  ``keep_events`` (then every event, in order, for ``StreamInterrupted.events``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Generator
from typing import Any, NoReturn

import httpx

from . import _errormap, errors
from ._flow import Sleep
from ._otel import NO_SPAN, CallSpan, stream_span
from ._sse import DONE, EventDecoder, EventTooLarge, ServerSentEvent
from ._streamsteps import DEFAULT_MAX_BYTES, Connect, Deliver, Disconnect, Read, StreamPlan
from .retry import IDEMPOTENT_METHODS, Attempt

__all__ = ["DEFAULT_MAX_BYTES", "StreamState", "stream_flow"]

logger = logging.getLogger("aiplane")

_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, RecursionError)
_END = object()


class StreamState:
    """The I/O-free decisions of one stream: what an event is, when to reconnect, how."""

    def __init__(self, plan: StreamPlan) -> None:
        self.plan = plan
        self.received = 0  # events with data received
        self.events: list[Any] | None = [] if plan.keep_events else None
        self.last_id: str | None = None
        self.retry_ms: int | None = None
        self.drops = 0  # failed connections since the last event
        self.size = 0  # bytes of the stream's bodies read so far
        self.resumed_from: str | None = None  # the id sent back, until the first event
        self.since = plan.clock()
        self.idle_deadline = 0.0
        self.response: httpx.Response | None = None
        self.span: CallSpan = NO_SPAN  # the stream's OpenTelemetry span, once it starts
        self._from_dict = plan.model.from_dict
        self._clock = plan.clock

    def request(self) -> httpx.Request:
        """The request of the next connection: the first one, resuming after the last id."""
        base = self.plan.request
        headers = base.headers.copy()
        self.resumed_from = self.last_id if self.plan.resume_header else None
        if self.plan.resume_header and self.last_id is not None:
            # any text but NUL may be an id: sent back in UTF-8, as browsers do
            headers.pop(self.plan.resume_header, None)
            headers = httpx.Headers(
                [*headers.raw, (self.plan.resume_header.encode(), self.last_id.encode())]
            )
        return httpx.Request(
            base.method, base.url, headers=headers, stream=base.stream, extensions=base.extensions
        )

    def connected(self, response: httpx.Response) -> None:
        """Headers received: check the media type, start the idle clock."""
        self.response = response
        ctype = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if ctype != "text/event-stream":
            got = repr(ctype[:100]) if ctype else "no content type"
            raise self.invalid(f"expected a text/event-stream response, got {got}", "")
        self._touch()

    def _touch(self) -> None:
        self.idle_deadline = time.monotonic() + self.plan.idle_timeout

    def take(self, sses: list[ServerSentEvent]) -> tuple[list[Any], Any]:
        """The typed events of one chunk's ``sses``, and what ends the stream after them:
        None, ``_END`` at ``[DONE]``, or the error an event raised (its events come first)."""
        events: list[Any] = []
        stop: Any = None
        from_dict = self._from_dict
        try:
            for sse in sses:
                # httpx-sse is pinned exactly: its fields, not its properties (3 calls an event)
                if sse._id:
                    self.last_id = sse._id
                if sse._retry is not None and sse._retry >= 0:  # below 0: ignored
                    self.retry_ms = sse._retry
                text = sse._data
                if not text:  # not meaningful (an id:- or retry:-only block)
                    continue
                if self.resumed_from is not None:
                    replay, self.resumed_from = sse._id == self.resumed_from, None
                    if replay:  # the event resumed from, sent again (resumed inclusively)
                        continue
                if text == DONE:
                    stop = _END
                    break
                value: Any = text
                try:
                    value = json.loads(text)
                    if value.__class__ is dict and len(value) == 1 and "error" in value:
                        self._error_object(value)
                    events.append(from_dict(value))
                except _PARSE_ERRORS as exc:
                    raise self._invalid(exc, value) from exc
        except errors.AiplaneError as exc:
            stop = exc
        if events:
            self._received(events)
        return events, stop

    def _received(self, events: list[Any]) -> None:
        """Events with data arrived (now): count (or keep) them, restart the idle clock."""
        self.received += len(events)
        if self.events is not None:
            self.events.extend(events)
        if self.span is not NO_SPAN:
            for item in events:
                self.span.chunk(item)
        self.drops, self.since = 0, self._clock()
        self._touch()

    def _error_object(self, data: dict[str, Any]) -> None:
        """An error object inside the stream raises the typed APIError its code means."""
        if isinstance(data["error"], dict):
            assert self.response is not None
            raise _errormap.from_envelope(data, self.response)

    def _invalid(self, exc: Exception, value: Any) -> errors.ResponseValidationError:
        message = f"event data does not match the spec: {type(exc).__name__}: {exc}"
        return self.invalid(message, str(value)[:512])

    def decode(self, decoder: EventDecoder, chunk: bytes) -> list[ServerSentEvent]:
        """The events ``chunk`` completes (``b""``: the body ended), within the bounds."""
        self.size += len(chunk)
        if self.size > self.plan.max_bytes:
            raise self.invalid(
                f"the event stream sent more than {self.plan.max_bytes} bytes (max_bytes)", ""
            )
        try:
            return decoder.feed(chunk) if chunk else decoder.end()
        except EventTooLarge as exc:
            raise self.invalid(f"the event stream sent {exc}", "") from exc

    def invalid(self, message: str, excerpt: str) -> errors.ResponseValidationError:
        """The error of a stream whose content breaks the spec or a bound."""
        response = self.response
        return errors.ResponseValidationError(
            message,
            status=response.status_code if response is not None else 200,
            opc_request_id=response.headers.get("opc-request-id") if response else None,
            body_excerpt=excerpt,
            operation=self.plan.operation,
        )

    def idle(self) -> errors.Timeout:
        """The error of a stream that sent no event with data for ``idle_timeout``."""
        return errors.Timeout(
            f"no event for {self.plan.idle_timeout:g}s (idle_timeout)",
            method=self.plan.request.method,
            path=self.plan.request.url.path,
            kind=errors.FailureKind.MAYBE_PROCESSED,
        )

    def read_failed(self, exc: errors.TransportError, deadline: float) -> errors.TransportError:
        """The error of a failed read: past the idle deadline it is the idle timeout."""
        if isinstance(exc, errors.Timeout) and time.monotonic() >= deadline - 0.05:
            return self.idle()
        return exc

    def check_idle(self, deadline: float) -> None:
        """A chunk without an event with data past the idle deadline (keep-alives that a
        transport without the network deadline, e.g. a mock, returns): the idle timeout."""
        if time.monotonic() > deadline:
            raise self.idle()

    def after_drop(self, exc: errors.TransportError) -> float:
        """Reconnect after how many seconds, or raise: the policy decides before the first
        event and, for a resumable stream, after it; other streams are interrupted."""
        resumable = self.plan.resume_header is not None
        if self.received and not resumable:
            raise self.interrupted(exc) from exc
        self.drops += 1
        attempt = Attempt(
            number=self.drops,
            elapsed=self.plan.clock() - self.since,
            method=self.plan.request.method,
            kind=exc.kind,
            has_retry_token=bool(self.plan.request.headers.get("opc-retry-token")),
        )
        decision = self.plan.policy.decide(attempt, rng=self.plan.rng)
        if not decision.retry:
            if self.received:
                raise self.interrupted(exc, decision.reason) from exc
            _raise(self.unknown(exc), exc)
        delay = decision.delay
        if self.retry_ms is not None:
            delay = min(self.retry_ms / 1000, self.plan.policy.max_retry_after)
        logger.info(
            "%s: event stream dropped (%s) after %d event(s); reconnecting in %.2fs%s",
            self.plan.operation,
            exc.detail,
            self.received,
            delay,
            f" after event id {self.last_id}" if self.last_id and resumable else "",
        )
        return delay

    def unknown(self, exc: errors.TransportError) -> errors.TransportError:
        """A drop before the first event that is not retried: OutcomeUnknown when the request
        may have acted (sent, not idempotent), as for any call; else the drop itself. The idle
        timeout stays a Timeout (documented: chat raises Timeout before its first chunk)."""
        request = self.plan.request
        if exc.kind is not errors.FailureKind.MAYBE_PROCESSED or (
            request.method.upper() in IDEMPOTENT_METHODS
            or isinstance(exc, (errors.OutcomeUnknown, errors.Timeout))
        ):
            return exc
        return errors.OutcomeUnknown(
            f"{exc.detail} after the request was sent; it may have been processed",
            method=request.method,
            path=request.url.path,
            retry_token=request.headers.get("opc-retry-token"),
            opc_request_id=request.headers.get("opc-request-id"),
        )

    def interrupted(self, exc: errors.AiplaneError, reason: str = "") -> errors.StreamInterrupted:
        detail = getattr(exc, "detail", str(exc))
        return errors.StreamInterrupted(
            f"the event stream broke ({detail}{'; ' + reason if reason else ''})",
            received=self.received,
            last_event_id=self.last_id,
            events=self.events,
            method=self.plan.request.method,
            path=self.plan.request.url.path,
        )

    def connect_failed(self, exc: errors.AiplaneError) -> errors.AiplaneError:
        """A reconnect the transport gave up on: interrupted if events were received."""
        if self.received and isinstance(exc, errors.TransportError):
            return self.interrupted(exc, "reconnecting failed")
        return exc


def stream_flow(state: StreamState) -> Generator[Any, Any, None]:
    """The stream's flow, its span ended when it ends (done, failed or closed early)."""
    state.span = stream_span(state.plan.operation_id, state.plan.genai, state.plan.params)
    try:
        yield from _events_flow(state)
    except BaseException as exc:
        state.span.end(exc)
        raise
    state.span.end(None)


def _raise(error: BaseException, caught: BaseException) -> NoReturn:
    """Raise ``error`` caused by ``caught``; ``caught`` itself as it is (``raise e from e``
    would make it its own cause: a cycle, and its real cause lost)."""
    if error is caught:
        raise error
    raise error from caught


def _events_flow(state: StreamState) -> Generator[Any, Any, None]:
    """Connect, read, decode and hand over events; reconnect as :class:`StreamState` decides."""
    while True:
        try:
            response = yield Connect(state.request(), state.span)
        except errors.AiplaneError as exc:
            _raise(state.connect_failed(exc), exc)
        state.connected(response)
        decoder, read = EventDecoder(state.plan.event_limit), Read()
        try:
            while True:
                read.deadline = deadline = state.idle_deadline
                try:
                    chunk = yield read
                except errors.TransportError as exc:
                    _raise(state.read_failed(exc, deadline), exc)
                events, stop = state.take(state.decode(decoder, chunk))
                read.events = events  # handed over before the next read
                if stop is not None or not chunk:
                    if events:
                        yield Deliver(events)
                    if stop is None or stop is _END:
                        return
                    raise stop
                if state.idle_deadline == deadline:  # no event with data in this chunk
                    state.check_idle(deadline)
        except errors.TransportError as exc:
            delay = state.after_drop(exc)
        yield Disconnect()
        yield Sleep(delay)
