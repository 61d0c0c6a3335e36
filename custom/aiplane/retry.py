"""Retry policy, retry budget and circuit breaker: decisions only, no I/O.

The sync and async transports (``aiplane._transport``) run the loops; every decision they
make (retry or not, how long to wait, whether the breaker lets a call through) comes from
here, so the two loops cannot drift apart. Clocks and random sources are parameters, so
tests never sleep.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .errors import FailureKind

__all__ = [
    "Attempt",
    "CircuitBreaker",
    "Decision",
    "FailureKind",
    "RetryBudget",
    "RetryEvent",
    "RetryPolicy",
    "backoff",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class Attempt:
    """What happened on one attempt: the facts a policy decides on."""

    number: int  # 1-based
    elapsed: float  # seconds since the first attempt started
    method: str
    kind: FailureKind
    status: int | None = None
    code: str | None = None  # service error code from the body, if any
    headers: Mapping[str, str] = field(default_factory=dict)
    has_retry_token: bool = False
    replayable: bool = True


@dataclass(frozen=True)
class Decision:
    """Retry after ``delay`` seconds, or stop (``retry`` False) for ``reason``."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


def backoff(
    number: int,
    *,
    base: float,
    cap: float,
    factor: float = 2.0,
    rng: Callable[[], float] | None = None,
) -> float:
    """The wait after try ``number`` (1-based): ``base * factor**(number-1)`` capped at
    ``cap``, times ``rng()`` for full jitter when given. The one backoff formula of aiplane:
    retries and polls both use it. The exponent is capped so huge numbers cannot overflow."""
    ceiling = min(cap, base * factor ** min(max(number - 1, 0), 60))
    return float(ceiling * rng()) if rng is not None else float(ceiling)


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, or ``Retry-After`` in
    seconds or as an HTTP date (relative to the wall-clock ``now``). None if absent/garbled;
    ``math.inf`` for a date past what a datetime holds (the caller's cap decides)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms is not None:
        try:
            value = float(raw_ms) / 1000.0
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        return _seconds_until(raw, now)
    return seconds if seconds >= 0 else None  # NaN compares False: garbled


def _seconds_until(http_date: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError, OverflowError, IndexError):
        # a year beyond datetime's range reads as garbled to the stdlib: tell them apart
        return math.inf if re.search(r"\b\d{5,}\b", http_date) else None
    try:
        return max(0.0, when.timestamp() - now)
    except (OverflowError, OSError, ValueError):
        return math.inf


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait, as data.

    The default follows OCI's SDK (8 attempts, 600 s in total, exponential backoff with
    full jitter capped at 30 s) and is safer: it honours ``Retry-After`` /
    ``retry-after-ms`` up to ``max_retry_after`` (a longer wait is not waited: the error is
    raised), retries a non-idempotent request only when it carries an ``opc-retry-token``
    or was answered 429 (a 429 says it was not processed), and never retries a body it
    cannot replay. A 409 with a code in ``retry_conflict_codes`` (``IncorrectState``: the
    resource is busy) has its own smaller bound: ``conflict_attempts`` attempts within
    ``conflict_deadline`` seconds.
    """

    max_attempts: int = 8
    deadline: float = 600.0
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    jitter: bool = True
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    retry_conflict_codes: frozenset[str] = frozenset({"IncorrectState", "LockConflict"})
    max_retry_after: float = 60.0
    conflict_attempts: int = 4
    conflict_deadline: float = 15.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("RetryPolicy.max_attempts must be >= 1")
        if self.deadline <= 0 or self.backoff_base < 0 or self.backoff_cap < 0:
            raise ValueError("RetryPolicy deadline must be > 0 and backoff values >= 0")

    @classmethod
    def none(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)

    def backoff(self, number: int, rng: Callable[[], float] = random.random) -> float:
        """The wait before attempt ``number + 1``: exponential, capped, full jitter."""
        return backoff(
            number, base=self.backoff_base, cap=self.backoff_cap, rng=rng if self.jitter else None
        )

    def is_failure(self, attempt: Attempt) -> bool:
        """Whether the attempt failed in a way that calls for another try (ignoring safety
        and limits). The one definition of a failure: the circuit breaker counts these."""
        if attempt.kind is FailureKind.RESPONSE:
            if attempt.status in self.retry_statuses:
                return True
            return attempt.status == 409 and attempt.code in self.retry_conflict_codes
        return attempt.kind in (FailureKind.NOT_SENT, FailureKind.MAYBE_PROCESSED)

    @staticmethod
    def is_safe_to_resend(attempt: Attempt) -> bool:
        """Whether sending the request again cannot do the operation twice."""
        if not attempt.replayable:
            return False
        if attempt.kind is FailureKind.NOT_SENT or attempt.status == 429:
            return True  # the server never saw it, or said it did not process it
        return attempt.method.upper() in IDEMPOTENT_METHODS or attempt.has_retry_token

    def decide(
        self,
        attempt: Attempt,
        *,
        now: float | None = None,
        rng: Callable[[], float] = random.random,
    ) -> Decision:
        """Retry (and after how long) or stop, for the attempt that just ended."""
        if attempt.status is not None and 200 <= attempt.status < 400:
            return Decision(False, reason="success")
        if not self.is_failure(attempt):
            return Decision(False, reason="not retryable")
        if not self.is_safe_to_resend(attempt):
            return Decision(False, reason="not safe to resend")
        conflict = attempt.status == 409
        attempts, deadline = (
            (self.conflict_attempts, self.conflict_deadline)
            if conflict
            else (self.max_attempts, self.deadline)
        )
        if attempt.number >= min(attempts, self.max_attempts):
            return Decision(False, reason=f"gave up after {attempt.number} attempts")
        delay = self.backoff(attempt.number, rng)
        server_wait = parse_retry_after(attempt.headers, time.time() if now is None else now)
        if server_wait is not None:
            if server_wait > self.max_retry_after:
                return Decision(False, reason=f"server asked to wait {server_wait:.0f}s")
            delay = server_wait
        if attempt.elapsed + delay > min(deadline, self.deadline):
            return Decision(False, reason=f"retry deadline of {deadline:.0f}s reached")
        return Decision(True, delay=delay, reason="retryable")


_DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class RetryEvent:
    """One retry, as given to ``on_retry``: the operation, the attempt that failed, why
    (the status and service code, or the exception) and the delay before the next one."""

    operation: str
    attempt: int
    delay: float
    status: int | None = None
    code: str | None = None
    exception: BaseException | None = None


class RetryBudget:
    """A token bucket shared by all calls of one client, so a failing service gets no
    retry storm: each retry spends ``retry_cost`` tokens, each success earns
    ``success_reward`` back, up to ``capacity``. With the bucket empty, calls still go
    out once but are not retried."""

    def __init__(
        self, capacity: float = 100.0, retry_cost: float = 5.0, success_reward: float = 1.0
    ) -> None:
        self.capacity = capacity
        self.retry_cost = retry_cost
        self.success_reward = success_reward
        self._tokens = capacity
        self._lock = threading.Lock()

    @property
    def tokens(self) -> float:
        """Tokens left."""
        return self._tokens

    def try_spend(self) -> bool:
        """Take the cost of one retry; False (and nothing taken) when too few are left."""
        with self._lock:
            if self._tokens < self.retry_cost:
                return False
            self._tokens -= self.retry_cost
            return True

    def reward(self) -> None:
        """Record a success."""
        with self._lock:
            self._tokens = min(self.capacity, self._tokens + self.success_reward)

    def __repr__(self) -> str:
        return f"RetryBudget(tokens={self._tokens:.1f}/{self.capacity:.0f})"


class BreakerState(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass
class _HostState:
    failures: int = 0
    opened_at: float | None = None


class CircuitBreaker:
    """Per-host circuit breaker with OCI's defaults: ``failure_threshold`` consecutive
    failures open it; after ``recovery_timeout`` seconds one call is let through
    (half-open); its success closes the circuit, its failure re-opens it."""

    def __init__(
        self,
        failure_threshold: int = 10,
        recovery_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.recovery_timeout = recovery_timeout
        self._clock = clock
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()

    def state(self, host: str) -> BreakerState:
        """The breaker's state for ``host``."""
        with self._lock:
            return self._state(self._hosts.get(host))

    def _state(self, st: _HostState | None) -> BreakerState:
        if st is None or st.opened_at is None:
            return BreakerState.CLOSED
        if self._clock() - st.opened_at >= self.recovery_timeout:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    def retry_in(self, host: str) -> float | None:
        """Seconds until ``host`` accepts calls again, or None if this call may go ahead.

        When half-open, the first caller goes ahead as the trial call and the circuit reads
        open again for everyone else until that call's outcome is recorded."""
        with self._lock:
            st = self._hosts.get(host)
            state = self._state(st)
            if st is None or st.opened_at is None or state is BreakerState.CLOSED:
                return None
            if state is BreakerState.HALF_OPEN:
                st.opened_at = self._clock()  # re-arm: only this trial call passes
                return None
            return max(0.0, self.recovery_timeout - (self._clock() - st.opened_at))

    def record(self, host: str, attempt: Attempt, policy: RetryPolicy | None = None) -> None:
        """Feed one attempt's outcome to the breaker; what counts as a failure is
        ``policy.is_failure`` (the call's retry policy; the default policy if None)."""
        if attempt.kind is FailureKind.FATAL:
            return  # a local/protocol error says nothing about the service's health
        failed = (policy or _DEFAULT_POLICY).is_failure(attempt)
        with self._lock:
            st = self._hosts.setdefault(host, _HostState())
            if failed:
                st.failures += 1
                if st.failures >= self.failure_threshold:
                    st.opened_at = self._clock()  # (re-)open; a half-open failure re-opens
            else:
                st.failures = 0
                st.opened_at = None
