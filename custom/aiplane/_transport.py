"""The runtime transport: per-attempt signing, retries, circuit breaker, error mapping.

One object implements both ``httpx.BaseTransport`` and ``httpx.AsyncBaseTransport``, so
it can be given to the generated clients' ``httpx_args`` (which pass it to *both* the
sync and the async httpx client) as well as installed with the setters. Every httpx
client the generated code ever builds therefore signs, retries and raises typed errors.

Layering of one call::

    generated op -> httpx.Client.send -> RuntimeTransport
        _Call (I/O-free): options, retry token, breaker, policy, budget, error mapping
        per attempt: copy request (fresh opc-request-id) -> auth flow (fresh Date and
        signature) -> inner transport (the connection pool)

Signing happens here, once per attempt, instead of in httpx's own auth step (which runs
once per ``send`` and would make every retry re-send the same Date and signature).
"""

from __future__ import annotations

import inspect
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import anyio
import httpx

from . import errors
from ._bodies import fix_multipart_boundary as _fix_multipart_boundary
from ._bodies import is_replayable as _replayable
from ._options import CallOptions, current_options, current_trace
from .retry import Attempt, CircuitBreaker, Decision, FailureKind, RetryBudget, RetryPolicy

__all__ = ["AfterHook", "BeforeHook", "Hooks", "RuntimeTransport"]

logger = logging.getLogger("aiplane")

HookResult: TypeAlias = "httpx.Response | Awaitable[httpx.Response | None] | None"
BeforeHook: TypeAlias = Callable[[httpx.Request], HookResult]
AfterHook: TypeAlias = Callable[[httpx.Request, httpx.Response], HookResult]

_EAGER_MAX = 32 * 1024 * 1024


@dataclass(frozen=True)
class Hooks:
    """Callbacks run once per call.

    ``before(request)`` may return a response to short-circuit the call (no network, no
    retries); ``after(request, response)`` sees the final response (success or error,
    before errors are raised) and may return a replacement. In the async client either
    kind may be a coroutine function.
    """

    before: Sequence[BeforeHook] = field(default_factory=tuple)
    after: Sequence[AfterHook] = field(default_factory=tuple)


def _classify(exc: httpx.TransportError) -> FailureKind:
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return FailureKind.NOT_SENT
    if isinstance(
        exc,
        httpx.ReadError
        | httpx.ReadTimeout
        | httpx.WriteError
        | httpx.WriteTimeout
        | httpx.RemoteProtocolError,
    ):
        return FailureKind.MAYBE_PROCESSED
    return FailureKind.FATAL


def new_request_id() -> str:
    """An opc-request-id like OCI's: 32 upper-case hex characters."""
    return uuid.uuid4().hex.upper()


class _MappedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose transport errors surface as aiplane errors."""

    def __init__(self, inner: Any, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except httpx.TransportError as exc:
            raise errors.from_transport_error(exc, self._request) from exc

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            raise errors.from_transport_error(exc, self._request) from exc

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Call:
    """The I/O-free state and decisions of one call through the transport."""

    def __init__(self, rt: RuntimeTransport, request: httpx.Request) -> None:
        self.rt = rt
        opts = current_options() or CallOptions()
        self.policy = opts.retry or rt.policy
        self.timeout = opts.timeout
        if request.headers.get("authorization") == "":
            del request.headers["authorization"]  # the generated client's empty token
        for name, value in opts.headers.items():
            request.headers[name] = value
        _fix_multipart_boundary(request)
        self.request = request
        self.host = request.url.netloc.decode("ascii")
        self.caller_request_id = request.headers.get("opc-request-id")
        self.retry_token = request.headers.get("opc-retry-token")
        self.replayable = _replayable(request.stream)
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
            code, _ = errors.parse_error_body(response.content)
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
        self.rt.breaker.record(self.host, attempt)
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

    def on_exception(self, exc: httpx.TransportError) -> tuple[Decision, Attempt]:
        attempt = self._attempt(_classify(exc), None)
        return self._decide(attempt, type(exc).__name__), attempt

    def error_for(self, exc: httpx.TransportError, attempt: Attempt) -> errors.AiplaneError:
        """The exception to raise when an attempt failed without a response and we stop."""
        req = self.request
        maybe_done = attempt.kind is FailureKind.MAYBE_PROCESSED
        # a token-bearing request is reported too: the caller needs the token to retry it
        if maybe_done and (attempt.has_retry_token or not RetryPolicy.is_safe_to_resend(attempt)):
            return errors.OutcomeUnknown(
                f"{type(exc).__name__} after the request was sent; it may have been processed",
                method=req.method,
                path=req.url.path,
                retry_token=self.retry_token,
                opc_request_id=self.last_request_id,
            )
        return errors.from_transport_error(exc, req)

    def finish(self, response: httpx.Response) -> httpx.Response:
        """Raise the typed error for a non-2xx final response; otherwise hand it over."""
        if response.status_code >= 400 or response.status_code < 200:
            raise errors.from_response(response)
        self.rt.budget.reward()
        response.stream = _MappedStream(response.stream, self.request)
        return response


def _maybe_await_sync(value: HookResult) -> httpx.Response | None:
    if inspect.isawaitable(value):
        raise TypeError("async hooks need aiplane.AsyncClient; this call is synchronous")
    return value


class RuntimeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The transport every aiplane httpx client uses (sync and async in one object)."""

    def __init__(
        self,
        *,
        sync_transport: httpx.BaseTransport,
        async_transport: httpx.AsyncBaseTransport,
        auth: httpx.Auth | None = None,
        policy: RetryPolicy | None = None,
        budget: RetryBudget | None = None,
        breaker: CircuitBreaker | None = None,
        hooks: Hooks | None = None,
        owns_inner: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.sync_transport = sync_transport
        self.async_transport = async_transport
        self.auth = auth
        self.policy = policy or RetryPolicy()
        self.budget = budget or RetryBudget()
        self.breaker = breaker or CircuitBreaker(clock=clock)
        self.hooks = hooks or Hooks()
        self.owns_inner = owns_inner
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.clock = clock
        self.wall_clock = wall_clock
        self.rng = rng

    def __repr__(self) -> str:
        return f"RuntimeTransport(auth={self.auth!r}, policy={self.policy!r})"

    # -- sync ----------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self, request)
        response = self._before_sync(request)
        while response is None:
            attempt_request = call.next_request()
            try:
                candidate = self._send_sync(attempt_request)
                if call.needs_body(candidate):
                    candidate.read()
                    candidate.close()
            except httpx.TransportError as exc:
                decision, attempt = call.on_exception(exc)
                if not decision.retry:
                    raise call.error_for(exc, attempt) from exc
                self.sleep(decision.delay)
                continue
            decision = call.on_response(candidate)
            if decision.retry:
                candidate.close()
                self.sleep(decision.delay)
                continue
            response = candidate
        for hook in self.hooks.after:
            response = _maybe_await_sync(hook(request, response)) or response
        return call.finish(response)

    def _before_sync(self, request: httpx.Request) -> httpx.Response | None:
        for hook in self.hooks.before:
            result = _maybe_await_sync(hook(request))
            if result is not None:
                return result
        return None

    def _send_sync(self, request: httpx.Request) -> httpx.Response:
        if self.auth is None:
            return self.sync_transport.handle_request(request)
        flow = self.auth.sync_auth_flow(request)
        outgoing = next(flow)
        while True:
            response = self.sync_transport.handle_request(outgoing)
            if self.auth.requires_response_body:
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return response
            response.read()
            response.close()

    # -- async ---------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(self, request)
        response = await self._before_async(request)
        while response is None:
            attempt_request = call.next_request()
            try:
                candidate = await self._send_async(attempt_request)
                if call.needs_body(candidate):
                    await candidate.aread()
                    await candidate.aclose()
            except httpx.TransportError as exc:
                decision, attempt = call.on_exception(exc)
                if not decision.retry:
                    raise call.error_for(exc, attempt) from exc
                await self.async_sleep(decision.delay)
                continue
            decision = call.on_response(candidate)
            if decision.retry:
                await candidate.aclose()
                await self.async_sleep(decision.delay)
                continue
            response = candidate
        for hook in self.hooks.after:
            result = hook(request, response)
            response = (await result if inspect.isawaitable(result) else result) or response
        return call.finish(response)

    async def _before_async(self, request: httpx.Request) -> httpx.Response | None:
        for hook in self.hooks.before:
            result = hook(request)
            value = await result if inspect.isawaitable(result) else result
            if value is not None:
                return value
        return None

    async def _send_async(self, request: httpx.Request) -> httpx.Response:
        if self.auth is None:
            return await self.async_transport.handle_async_request(request)
        flow = self.auth.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = await self.async_transport.handle_async_request(outgoing)
            if self.auth.requires_response_body:
                await response.aread()
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return response
            await response.aread()
            await response.aclose()

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        if self.owns_inner:
            self.sync_transport.close()

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.async_transport.aclose()
