"""One call through the runtime transport, as an I/O-free flow of attempts.

:class:`CallState` holds the decisions of one call (options, retry token, breaker, policy,
budget, what to raise); :func:`attempt_flow` is the retry loop written once as a generator
of steps (run hooks, send an attempt, close a response, sleep), which the sync and async
drivers of :class:`aiplane.RuntimeTransport` perform with :mod:`aiplane._flow`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from . import _errormap, errors
from ._bodies import fix_multipart_boundary, is_replayable
from ._flow import Sleep
from ._options import CallOptions, current_options, current_trace
from .errors import FailureKind
from .retry import Attempt, CircuitBreaker, Decision, RetryBudget, RetryPolicy

__all__ = ["CallState", "attempt_flow", "new_request_id"]

logger = logging.getLogger("aiplane")

_EAGER_MAX = 32 * 1024 * 1024


class Runtime(Protocol):
    """What one call needs from the transport that runs it."""

    policy: RetryPolicy
    budget: RetryBudget
    breaker: CircuitBreaker
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    rng: Callable[[], float]


def new_request_id() -> str:
    """An opc-request-id like OCI's: 32 upper-case hex characters."""
    return uuid.uuid4().hex.upper()


class _MappedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose transport errors surface as aiplane errors (by the one table)."""

    def __init__(self, inner: Any, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _errormap.mapped(self._request):
            yield from self._inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _errormap.mapped(self._request):
            async for chunk in self._inner:
                yield chunk

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class CallState:
    """The I/O-free state and decisions of one call through the transport."""

    def __init__(self, rt: Runtime, request: httpx.Request) -> None:
        self.rt = rt
        opts = current_options() or CallOptions()
        self.policy = opts.retry or rt.policy
        self.timeout = opts.timeout
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
        self.trace = current_trace()

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
        return httpx.Request(
            self.request.method,
            self.request.url,
            headers=headers,
            stream=self.request.stream,
            extensions=extensions,
        )

    def _attempt(self, kind: FailureKind, response: httpx.Response | None) -> Attempt:
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

    @staticmethod
    def needs_body(response: httpx.Response) -> bool:
        """Whether to read the body inside the retry loop.

        Error bodies are read before deciding (the service code matters). JSON bodies are
        small and read here too, so a connection cut in the middle of one is retried like
        any other drop. Streams (server-sent events, downloads) are left to the caller.
        """
        if response.status_code >= 400:
            return True
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        length = response.headers.get("content-length")
        small = length is None or (length.isdigit() and int(length) <= _EAGER_MAX)
        return small and (ctype == "application/json" or ctype.endswith("+json"))

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
        return self._decide(self._attempt(exc.kind, None), type(exc.__cause__).__name__)

    def error_for(self, exc: errors.TransportError) -> errors.TransportError:
        """The exception to raise when an attempt failed without a response and we stop."""
        attempt = self._attempt(exc.kind, None)
        # a token-bearing request is reported too: the caller needs the token to retry it
        if exc.kind is FailureKind.MAYBE_PROCESSED and (
            attempt.has_retry_token or not RetryPolicy.is_safe_to_resend(attempt)
        ):
            return errors.OutcomeUnknown(
                f"{exc.detail} after the request was sent; it may have been processed",
                method=self.request.method,
                path=self.request.url.path,
                retry_token=self.retry_token,
                opc_request_id=self.last_request_id,
            )
        return exc

    def finish(self, response: httpx.Response) -> httpx.Response:
        """Raise the typed error for a non-2xx final response; otherwise hand it over."""
        if response.status_code >= 400 or response.status_code < 200:
            raise _errormap.from_response(response)
        self.rt.budget.reward()
        response.stream = _MappedStream(response.stream, self.request)
        return response


# ----------------------------------------------------------------------------- the flow
@dataclass(frozen=True, slots=True)
class Before:
    """Run the before hooks; the flow receives a short-circuit response or None."""

    request: httpx.Request

    def do(self, env: Any) -> httpx.Response | None:
        return env.client.before_sync(self.request)  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> httpx.Response | None:
        return await env.client.before_async(self.request)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class After:
    """Run the after hooks; the flow receives the (possibly replaced) response."""

    request: httpx.Request
    response: httpx.Response

    def do(self, env: Any) -> httpx.Response:
        return env.client.after_sync(self.request, self.response)  # type: ignore[no-any-return]

    async def ado(self, env: Any) -> httpx.Response:
        return await env.client.after_async(self.request, self.response)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Send:
    """Send one attempt (auth flow included); read its body when ``read`` says so.
    Transport exceptions arrive in the flow as aiplane errors, by the one table."""

    request: httpx.Request

    def do(self, env: Any) -> httpx.Response:
        with _errormap.mapped(self.request):
            response: httpx.Response = env.client.send_sync(self.request)
            if CallState.needs_body(response):
                response.read()
                response.close()
        return response

    async def ado(self, env: Any) -> httpx.Response:
        with _errormap.mapped(self.request):
            response: httpx.Response = await env.client.send_async(self.request)
            if CallState.needs_body(response):
                await response.aread()
                await response.aclose()
        return response


@dataclass(frozen=True, slots=True)
class Close:
    """Close a response that will not be handed over."""

    response: httpx.Response

    def do(self, env: Any) -> None:
        self.response.close()

    async def ado(self, env: Any) -> None:
        await self.response.aclose()


def attempt_flow(call: CallState) -> Generator[Any, Any, httpx.Response]:
    """The retry loop of one call: hooks, attempts, sleeps; raises the typed error."""
    response = yield Before(call.request)
    while response is None:
        try:
            candidate = yield Send(call.next_request())
        except errors.TransportError as exc:
            decision = call.on_exception(exc)
            if not decision.retry:
                raise call.error_for(exc) from exc.__cause__
            yield Sleep(decision.delay)
            continue
        decision = call.on_response(candidate)
        if decision.retry:
            yield Close(candidate)
            yield Sleep(decision.delay)
            continue
        response = candidate
    response = yield After(call.request, response)
    return call.finish(response)
