"""One call through the runtime transport, as an I/O-free flow of attempts.

:class:`CallState` holds the decisions of one call (options, retry token, breaker, policy,
budget, deadline, what to raise); :func:`attempt_flow` is the retry loop written once as a
generator of steps (run hooks, send an attempt, tell ``on_retry``, close, sleep), which
the sync and async drivers of :class:`aiplane.RuntimeTransport` perform with
:mod:`aiplane._flow`; the steps themselves are in :mod:`aiplane._sending`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable, Generator
from typing import Any, Protocol, TypeVar

import httpx

from . import _errormap, errors
from ._bodies import fix_multipart_boundary, is_replayable
from ._flow import Notify, Sleep
from ._limiting import Limiting
from ._options import CallOptions, OnRetry, current_options, current_trace
from ._sending import JSON_BODY_LIMIT, After, Before, Close, MappedStream, Send
from .errors import FailureKind
from .ratelimits import OnRateLimit, RateLimiter
from .retry import (
    IDEMPOTENT_METHODS,
    Attempt,
    CircuitBreaker,
    Decision,
    RetryBudget,
    RetryEvent,
    RetryPolicy,
)

__all__ = ["CallState", "attempt_flow", "new_request_id"]

E = TypeVar("E", bound=errors.AiplaneError)

logger = logging.getLogger("aiplane")


class Runtime(Protocol):
    """What one call needs from the transport that runs it."""

    policy: RetryPolicy
    budget: RetryBudget
    breaker: CircuitBreaker
    on_retry: OnRetry | None
    limiter: RateLimiter | None
    on_rate_limit: OnRateLimit | None
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    rng: Callable[[], float]


def new_request_id() -> str:
    """An opc-request-id like OCI's: 32 upper-case hex characters (128 random bits; a UUID
    object cost four times as much, for bits no server reads)."""
    return os.urandom(16).hex().upper()


def _policy(opts: CallOptions, rt: Runtime) -> RetryPolicy:
    """The call's policy; an enclosing wait's time left shortens its deadline."""
    policy = opts.retry or rt.policy
    if opts.time_left is not None and opts.time_left < policy.deadline:
        policy = dataclasses.replace(policy, deadline=max(opts.time_left, 1e-3))
    return policy


class CallState:
    """The I/O-free state and decisions of one call through the transport."""

    def __init__(self, rt: Runtime, request: httpx.Request) -> None:
        self.rt = rt
        opts = current_options() or CallOptions()
        self.policy = _policy(opts, rt)
        self.timeout = opts.timeout
        self.attempt_timeout = opts.attempt_timeout
        self.stream = opts.stream
        self.events = opts.events
        self.operation = opts.operation or f"{request.method} {request.url.path}"
        self.callbacks = [cb for cb in (rt.on_retry, opts.on_retry) if cb is not None]
        self.ambiguous = False  # an attempt of a non-idempotent request may have been done
        self.event: RetryEvent | None = None
        self.stop_reason = ""
        if request.headers.get("authorization") == "":
            del request.headers["authorization"]  # the generated client's empty token
        for name, value in opts.headers.items():
            request.headers[name] = value
        fix_multipart_boundary(request)
        self.request = request
        self.host = request.url.netloc.decode("ascii")
        self.caller_request_id = request.headers.get("opc-request-id")
        self.retry_token = request.headers.get("opc-retry-token")
        self.replayable = is_replayable(request.stream)
        self.start = rt.clock()
        self.number = 0
        self.last_request_id: str | None = self.caller_request_id
        self.last_request = request
        self.trace = current_trace()
        self.limiting = Limiting(rt.limiter, rt.on_rate_limit, request, self.operation, rt.clock)

    # -- per attempt -------------------------------------------------------------------
    def next_request(self) -> httpx.Request:
        """The request for the next attempt (raises CircuitOpen while the breaker is open)."""
        retry_in = self.rt.breaker.retry_in(self.host)
        if retry_in is not None:
            raise errors.CircuitOpen(self.host, retry_in)
        self.number += 1
        headers = self.request.headers.copy()
        self.last_request_id = self.caller_request_id or new_request_id()
        headers["opc-request-id"] = self.last_request_id
        extensions = dict(self.request.extensions)
        if self.timeout is not None:
            extensions["timeout"] = self.timeout.as_dict()
        if self.trace is not None:
            self.trace.attempts = self.number
        self.last_request = httpx.Request(
            self.request.method,
            self.request.url,
            headers=headers,
            stream=self.request.stream,
            extensions=extensions,
        )
        return self.last_request

    def deadline(self) -> float:
        """When the attempt about to start must be over (``time.monotonic``): the
        policy's deadline for the whole call, and the per-attempt timeout if one is set."""
        left = self.policy.deadline - (self.rt.clock() - self.start)
        if self.attempt_timeout is not None:
            left = min(left, self.attempt_timeout)
        return time.monotonic() + max(left, 0.0)

    def _attempt(self, kind: FailureKind, response: httpx.Response | None) -> Attempt:
        """The facts of the attempt that just ended, for the policy and the breaker."""
        code = None
        if response is not None and response.status_code >= 400:
            code, _ = _errormap.parse_error_body(response.content)
        return Attempt(
            number=self.number,
            elapsed=self.rt.clock() - self.start,
            method=self.request.method,
            kind=kind,
            status=response.status_code if response is not None else None,
            code=code,
            headers=response.headers if response is not None else {},
            has_retry_token=bool(self.retry_token),
            replayable=self.replayable,
        )

    def _decide(self, attempt: Attempt, what: str) -> Decision:
        self.rt.breaker.record(self.host, attempt, self.policy)
        decision = self.policy.decide(attempt, now=self.rt.wall_clock(), rng=self.rt.rng)
        if decision.retry and not self.rt.budget.try_spend():
            decision = Decision(False, reason="retry budget exhausted")
        self.stop_reason = decision.reason
        self.event = None
        if decision.retry:
            self.event = RetryEvent(
                self.operation, attempt.number, decision.delay, attempt.status, attempt.code
            )
        log = logger.info if decision.retry else logger.debug
        log(
            "%s %s -> %s attempt=%d elapsed=%.3fs opc-request-id=%s%s",
            self.request.method,
            self.request.url.path,
            what,
            attempt.number,
            attempt.elapsed,
            self.last_request_id,
            f"; retrying in {decision.delay:.2f}s" if decision.retry else "",
        )
        return decision

    def on_response(self, response: httpx.Response) -> Decision:
        if self.trace is not None:
            self.trace.responded = True
            self.trace.status = response.status_code
            self.trace.opc_request_id = (
                response.headers.get("opc-request-id") or self.last_request_id
            )
        return self._decide(
            self._attempt(FailureKind.RESPONSE, response), str(response.status_code)
        )

    def on_exception(self, exc: errors.TransportError) -> Decision:
        if exc.kind is FailureKind.MAYBE_PROCESSED and self._may_have_acted():
            self.ambiguous = True
        decision = self._decide(self._attempt(exc.kind, None), type(exc.__cause__).__name__)
        if self.event is not None:
            self.event = dataclasses.replace(self.event, exception=exc)
        return decision

    def _stopped(self, error: E) -> E:
        error.retry_stop = self.stop_reason
        return error

    def _may_have_acted(self) -> bool:
        return self.request.method.upper() not in IDEMPOTENT_METHODS

    def retry_notices(self) -> list[Notify]:
        """What to tell the ``on_retry`` callbacks about the retry just decided."""
        event = self.event
        return [] if event is None else [Notify(cb, event) for cb in self.callbacks]

    def _outcome_unknown(self, detail: str) -> errors.OutcomeUnknown:
        return errors.OutcomeUnknown(
            f"{detail}; an earlier attempt may have been processed"
            if self.ambiguous
            else f"{detail} after the request was sent; it may have been processed",
            method=self.request.method,
            path=self.request.url.path,
            retry_token=self.retry_token,
            opc_request_id=self.last_request_id,
        )

    def error_for(self, exc: errors.TransportError) -> errors.TransportError:
        """The exception to raise when an attempt failed without a response and we stop."""
        attempt = self._attempt(exc.kind, None)
        # a token-bearing request is reported too: the caller needs the token to retry it
        maybe = exc.kind is FailureKind.MAYBE_PROCESSED and (
            attempt.has_retry_token or not RetryPolicy.is_safe_to_resend(attempt)
        )
        if maybe or self.ambiguous:
            return self._stopped(self._outcome_unknown(exc.detail))
        return self._stopped(exc)

    def finish(self, response: httpx.Response) -> httpx.Response:
        """Raise the typed error for a non-2xx final response; otherwise hand it over.

        After an ambiguous attempt, running out of attempts on a retryable failure raises
        OutcomeUnknown (with the retry token), the last error as its cause."""
        if not 200 <= response.status_code < 300:
            error = _errormap.from_response(response, self.last_request)
            last = self._attempt(FailureKind.RESPONSE, response)
            if self.ambiguous and self.policy.is_failure(last):
                raise self._stopped(self._outcome_unknown(str(error))) from error
            raise self._stopped(error)
        self.rt.budget.reward()
        response.stream = MappedStream(
            response.stream, self.request, response, self._limit(response)
        )
        return response

    def _limit(self, response: httpx.Response) -> int | None:
        """The bound of a handed-over body: none for a stream or a download (their callers
        bound them), JSON_BODY_LIMIT for a call's (it is read whole, whatever its type)."""
        ctype = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if self.stream or (self.events and ctype == "text/event-stream"):
            return None
        return JSON_BODY_LIMIT


def attempt_flow(call: CallState) -> Generator[Any, Any, httpx.Response]:
    """The retry loop of one call: hooks, attempts, sleeps; raises the typed error."""
    response = yield Before(call.request)
    while response is None:
        request = call.next_request()
        yield from call.limiting.before()
        try:
            candidate = yield Send(request, call.deadline(), call.stream, call.number)
        except errors.TransportError as exc:
            call.limiting.after(None)
            decision = call.on_exception(exc)
            if not decision.retry:
                raise call.error_for(exc) from exc.__cause__
        else:
            call.limiting.after(candidate)
            decision = call.on_response(candidate)
            if not decision.retry:
                response = candidate
                break
            yield Close(candidate)
        yield from call.retry_notices()
        yield Sleep(decision.delay)
    response = yield After(call.request, response)
    return call.finish(response)
