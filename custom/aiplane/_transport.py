"""The runtime transport: per-attempt signing, retries, circuit breaker, error mapping.

One object implements both ``httpx.BaseTransport`` and ``httpx.AsyncBaseTransport``, so
it can be given to the generated clients' ``httpx_args`` (which pass it to *both* the
sync and the async httpx client) as well as installed with the setters. Every httpx
client the generated code ever builds therefore signs, retries and raises typed errors.

Layering of one call::

    generated op -> httpx.Client.send -> RuntimeTransport (a sync or an async driver)
        attempt_flow + CallState (I/O-free, aiplane._attempts): hooks, options, breaker,
        policy, budget, what to raise
        per attempt (Send): copy request (fresh opc-request-id) -> auth flow (fresh Date
        and signature) -> inner transport (the connection pool); transport exceptions
        mapped by the one table (errors.mapped)

Signing happens here, once per attempt, instead of in httpx's own auth step (which runs
once per ``send`` and would make every retry re-send the same Date and signature).
"""

from __future__ import annotations

import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

import anyio
import httpx

from ._attempts import CallState, attempt_flow
from ._flow import AsyncEnv, SyncEnv, arun, run
from ._options import OnRetry
from .ratelimits import OnRateLimit, RateLimiter
from .retry import CircuitBreaker, RetryBudget, RetryPolicy

__all__ = ["AfterHook", "BeforeHook", "Hooks", "RuntimeTransport"]

logger = logging.getLogger("aiplane")

HookResult: TypeAlias = "httpx.Response | Awaitable[httpx.Response | None] | None"
BeforeHook: TypeAlias = Callable[[httpx.Request], HookResult]
AfterHook: TypeAlias = Callable[[httpx.Request, httpx.Response], HookResult]


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
        on_retry: OnRetry | None = None,
        limiter: RateLimiter | None = None,
        on_rate_limit: OnRateLimit | None = None,
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
        self.on_retry = on_retry
        self.limiter = limiter
        self.on_rate_limit = on_rate_limit
        self.owns_inner = owns_inner
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.clock = clock
        self.wall_clock = wall_clock
        self.rng = rng

    def __repr__(self) -> str:
        return f"RuntimeTransport(auth={self.auth!r}, policy={self.policy!r})"

    # -- the two drivers of the attempt flow ------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return run(attempt_flow(CallState(self, request)), SyncEnv(self, self.sleep))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = attempt_flow(CallState(self, request))
        return await arun(flow, AsyncEnv(self, self.async_sleep))

    # -- hooks ---------------------------------------------------------------------------
    def before_sync(self, request: httpx.Request) -> httpx.Response | None:
        for hook in self.hooks.before:
            result = _maybe_await_sync(hook(request))
            if result is not None:
                return result
        return None

    async def before_async(self, request: httpx.Request) -> httpx.Response | None:
        for hook in self.hooks.before:
            result = hook(request)
            value = await result if inspect.isawaitable(result) else result
            if value is not None:
                return value
        return None

    def after_sync(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        for hook in self.hooks.after:
            response = _maybe_await_sync(hook(request, response)) or response
        return response

    async def after_async(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        for hook in self.hooks.after:
            result = hook(request, response)
            response = (await result if inspect.isawaitable(result) else result) or response
        return response

    # -- one attempt: the auth flow around the inner transport ---------------------------
    def send_sync(self, request: httpx.Request) -> httpx.Response:
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

    async def send_async(self, request: httpx.Request) -> httpx.Response:
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
