"""The retry policy, budget and breaker at their edges: every method, every form of a server
hint, waits landing exactly on a bound, the breaker's counting and countdown (issue 13, 9)."""

from __future__ import annotations

import email.utils
import math
from typing import Any

import pytest

from aiplane.retry import (
    Attempt,
    BreakerState,
    CircuitBreaker,
    FailureKind,
    RetryBudget,
    RetryPolicy,
    backoff,
    parse_retry_after,
)

NOW = 1_700_000_000.0


def attempt(kind: FailureKind = FailureKind.RESPONSE, **kw: Any) -> Attempt:
    fields: dict[str, Any] = {"number": 1, "elapsed": 0.0, "method": "GET", "kind": kind}
    if kind is FailureKind.RESPONSE:
        fields["status"] = 503
    fields.update(kw)
    return Attempt(**fields)


def decide(policy: RetryPolicy | None = None, **kw: Any) -> Any:
    return (policy or RetryPolicy(jitter=False)).decide(attempt(**kw), now=NOW, rng=lambda: 0.5)


@pytest.mark.parametrize("method", ["HEAD", "PUT", "DELETE", "OPTIONS", "get", "put"])
def test_503_on_an_idempotent_method_is_retried(method: str) -> None:
    """A 503 on HEAD, PUT, DELETE or OPTIONS (any case) is retried without a token."""
    assert decide(method=method).retry


@pytest.mark.parametrize("method", ["HEAD", "PUT", "DELETE", "OPTIONS"])
def test_drop_on_an_idempotent_method_is_retried(method: str) -> None:
    """A connection dropped after sending is retried for HEAD, PUT, DELETE and OPTIONS."""
    assert decide(kind=FailureKind.MAYBE_PROCESSED, method=method).retry


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_503_or_drop_on_a_non_idempotent_method_is_not_retried(method: str) -> None:
    """POST and PATCH are not resent after a 503 or a drop without a retry token."""
    assert decide(method=method).reason == "not safe to resend"
    assert not decide(kind=FailureKind.MAYBE_PROCESSED, method=method).retry


def test_a_fatal_failure_is_not_retried() -> None:
    """A local/protocol failure (FATAL) is never retried, even for GET."""
    assert decide(kind=FailureKind.FATAL).reason == "not retryable"


def test_success_and_redirects_stop_with_success() -> None:
    """A 2xx or 3xx response ends the call with reason 'success'."""
    assert [decide(status=s).reason for s in (200, 204, 304, 399)] == ["success"] * 4


def test_retry_after_zero_retries_at_once() -> None:
    """Retry-After: 0 means retry now, not fall back to the backoff."""
    d = decide(headers={"Retry-After": "0"})
    assert d.retry and d.delay == 0.0


def test_fractional_retry_after_is_honoured() -> None:
    """Retry-After: 1.5 waits 1.5 s (and surrounding blanks are ignored)."""
    assert decide(headers={"Retry-After": " 1.5 "}).delay == 1.5


def test_negative_or_nan_retry_after_is_ignored() -> None:
    """Retry-After: -3 or nan is garbled: None, so the backoff applies."""
    assert parse_retry_after({"Retry-After": "-3"}, NOW) is None
    assert parse_retry_after({"Retry-After": "nan"}, NOW) is None
    assert decide(headers={"Retry-After": "-3"}).delay == 1.0


def test_past_http_date_means_no_wait() -> None:
    """A Retry-After date already past waits 0 s, not a negative time."""
    date = email.utils.formatdate(NOW - 120, usegmt=True)
    assert parse_retry_after({"Retry-After": date}, NOW) == 0.0


def test_future_http_date_is_measured_from_now() -> None:
    """A Retry-After date 30 s ahead of the wall clock waits exactly 30 s."""
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after({"Retry-After": date}, NOW) == 30.0


def test_date_beyond_datetime_reads_as_infinite() -> None:
    """A date with a five-digit year is infinitely far: the cap refuses it."""
    assert parse_retry_after({"Retry-After": "Mon, 01 Jan 99999 00:00:00 GMT"}, NOW) == math.inf
    assert not decide(headers={"Retry-After": "Mon, 01 Jan 99999 00:00:00 GMT"}).retry


def test_retry_after_ms_zero_retries_at_once() -> None:
    """retry-after-ms: 0 waits 0 s; it wins over Retry-After."""
    headers = {"retry-after-ms": "0", "Retry-After": "9"}
    assert parse_retry_after(headers, NOW) == 0.0 and decide(headers=headers).delay == 0.0


def test_garbled_retry_after_ms_falls_back_to_retry_after() -> None:
    """A garbled or negative retry-after-ms is ignored; Retry-After is used instead."""
    assert parse_retry_after({"retry-after-ms": "soon", "Retry-After": "4"}, NOW) == 4.0
    assert parse_retry_after({"Retry-After-Ms": "-5", "retry-after": "4"}, NOW) == 4.0
    assert parse_retry_after({"retry-after-ms": "soon"}, NOW) is None


def test_absent_hint_is_none() -> None:
    """No hint at all: None (the backoff decides)."""
    assert parse_retry_after({}, NOW) is None


def test_wait_ending_exactly_on_the_deadline_is_allowed() -> None:
    """A retry whose wait ends exactly at the deadline goes ahead; a hair later does not."""
    policy = RetryPolicy(deadline=10.0, jitter=False)
    assert decide(policy, elapsed=9.0).retry  # 9 + 1 (backoff) == 10
    assert decide(policy, elapsed=9.0 + 1e-9).reason == "retry deadline of 10s reached"


def test_wait_exactly_max_retry_after_is_waited() -> None:
    """A server wait equal to max_retry_after is honoured; one second more gives up."""
    policy = RetryPolicy(max_retry_after=60.0)
    assert decide(policy, headers={"Retry-After": "60"}).delay == 60.0
    assert decide(policy, headers={"Retry-After": "61"}).reason == "server asked to wait 61s"


def test_server_wait_beyond_the_deadline_gives_up() -> None:
    """A server wait within max_retry_after but past the deadline is not waited."""
    policy = RetryPolicy(deadline=30.0, max_retry_after=60.0)
    assert not decide(policy, elapsed=10.0, headers={"Retry-After": "25"}).retry


def test_conflict_has_its_own_bounds() -> None:
    """409 IncorrectState stops at conflict_attempts and within conflict_deadline."""
    policy = RetryPolicy(jitter=False, conflict_attempts=3, conflict_deadline=5.0)
    busy = {"status": 409, "code": "IncorrectState"}
    assert decide(policy, number=2, **busy).retry
    assert decide(policy, number=3, **busy).reason == "gave up after 3 attempts"
    assert decide(policy, number=2, elapsed=3.0, **busy).retry  # 3 + 2 == 5
    assert not decide(policy, number=2, elapsed=3.5, **busy).retry
    assert decide(policy, number=3, elapsed=3.5).retry  # a 503 keeps the full bounds


def test_conflict_bounds_never_exceed_the_policy() -> None:
    """max_attempts and deadline still bound a 409 when they are the smaller."""
    policy = RetryPolicy(jitter=False, max_attempts=2, deadline=2.0)
    busy = {"status": 409, "code": "LockConflict"}
    assert not decide(policy, number=2, **busy).retry
    assert not decide(policy, elapsed=1.5, **busy).retry


@pytest.mark.parametrize(
    "fields",
    [{"deadline": 0}, {"deadline": -1}, {"backoff_base": -0.1}, {"backoff_cap": -1}],
)
def test_policy_rejects_a_zero_deadline_and_negative_backoffs(fields: dict[str, Any]) -> None:
    """deadline=0 and negative backoff values are refused with a ValueError naming them."""
    with pytest.raises(ValueError, match="deadline must be > 0 and backoff values >= 0"):
        RetryPolicy(**fields)


def test_policy_accepts_zero_backoffs_and_one_attempt() -> None:
    """A zero backoff and a single attempt are valid settings."""
    policy = RetryPolicy(backoff_base=0, backoff_cap=0, max_attempts=1)
    assert policy.backoff(3) == 0.0


def test_defaults() -> None:
    """The documented defaults: 60 s server-wait cap, 4 conflict attempts in 15 s."""
    p = RetryPolicy()
    assert (p.max_retry_after, p.conflict_attempts, p.conflict_deadline) == (60.0, 4, 15.0)
    assert p.retry_statuses == {429, 500, 502, 503, 504} and p.jitter and p.backoff_base == 1.0


def test_backoff_formula() -> None:
    """base * factor**(n-1), capped; n below 1 counts as 1; jitter scales it."""
    assert backoff(3, base=0.5, cap=100, factor=3) == 4.5
    assert backoff(0, base=2, cap=100) == 2.0 and backoff(-4, base=2, cap=100) == 2.0
    assert backoff(2, base=1, cap=100, rng=lambda: 0.25) == 0.5
    assert RetryPolicy(jitter=False).backoff(2, rng=lambda: 0.0) == 2.0


def test_budget_never_refills_above_capacity() -> None:
    """Rewards on a full bucket keep it at capacity."""
    budget = RetryBudget(capacity=10, retry_cost=4, success_reward=3)
    budget.reward()
    assert budget.tokens == 10
    assert budget.try_spend() and budget.tokens == 6
    budget.reward()
    budget.reward()
    assert budget.tokens == 10 and repr(budget) == "RetryBudget(tokens=10.0/10)"


def test_budget_spends_down_to_exactly_zero() -> None:
    """A bucket holding exactly one retry's cost pays for it, then refuses without debt."""
    budget = RetryBudget(capacity=5, retry_cost=5)
    assert budget.try_spend() and budget.tokens == 0
    assert not budget.try_spend() and budget.tokens == 0


def test_budget_defaults() -> None:
    """By default 100 tokens, 5 per retry, 1 back per success: 20 retries in a row."""
    budget = RetryBudget()
    assert (budget.capacity, budget.retry_cost, budget.success_reward) == (100, 5, 1)
    assert sum(budget.try_spend() for _ in range(25)) == 20


COUNTED = [
    attempt(status=429),
    attempt(status=500),
    attempt(status=502),
    attempt(status=504),
    attempt(status=409, code="IncorrectState"),
    attempt(status=409, code="LockConflict"),
    attempt(FailureKind.NOT_SENT),
    attempt(FailureKind.MAYBE_PROCESSED),
]
NOT_COUNTED = [
    attempt(status=200),
    attempt(status=404),
    attempt(status=409, code="Conflict"),
    attempt(status=409),
    attempt(status=501),
]


@pytest.mark.parametrize("failure", COUNTED)
def test_breaker_counts_retryable_outcomes(failure: Attempt) -> None:
    """429, 5xx, 409 IncorrectState/LockConflict, connect errors and drops open it."""
    breaker = CircuitBreaker(failure_threshold=2)
    breaker.record("h", failure)
    assert breaker.state("h") is BreakerState.CLOSED
    breaker.record("h", failure)
    assert breaker.state("h") is BreakerState.OPEN


@pytest.mark.parametrize("outcome", NOT_COUNTED)
def test_breaker_does_not_count_final_outcomes(outcome: Attempt) -> None:
    """A success, a 404, a 501 or a 409 with another code resets the count."""
    breaker = CircuitBreaker(failure_threshold=2)
    breaker.record("h", COUNTED[0])
    breaker.record("h", outcome)
    breaker.record("h", COUNTED[0])
    assert breaker.state("h") is BreakerState.CLOSED


def test_breaker_follows_the_calls_policy() -> None:
    """With a policy that retries 501, a 501 counts as a failure."""
    breaker = CircuitBreaker(failure_threshold=1)
    breaker.record("h", attempt(status=501), RetryPolicy(retry_statuses=frozenset({501})))
    assert breaker.state("h") is BreakerState.OPEN


def test_breaker_counts_down_to_half_open() -> None:
    """retry_in counts down with the clock, then lets one call through at 0."""
    now = [100.0]
    breaker = CircuitBreaker(failure_threshold=1, recovery_timeout=30, clock=lambda: now[0])
    assert breaker.retry_in("h") is None and breaker.state("other") is BreakerState.CLOSED
    breaker.record("h", COUNTED[0])
    assert breaker.retry_in("h") == 30.0
    now[0] = 112.5
    assert breaker.retry_in("h") == 17.5 and breaker.state("h") is BreakerState.OPEN
    now[0] = 129.999
    assert breaker.state("h") is BreakerState.OPEN
    now[0] = 130.0
    assert breaker.state("h") is BreakerState.HALF_OPEN and breaker.retry_in("h") is None
    assert breaker.retry_in("h") == 30.0  # the trial call re-armed the countdown


def test_breaker_is_per_host() -> None:
    """Failures at one host leave another host's circuit closed."""
    breaker = CircuitBreaker(failure_threshold=1)
    breaker.record("a", COUNTED[0])
    assert breaker.state("a") is BreakerState.OPEN and breaker.retry_in("b") is None


def test_breaker_defaults() -> None:
    """OCI's defaults: 10 failures open the circuit for 30 s."""
    breaker = CircuitBreaker()
    assert (breaker.failure_threshold, breaker.recovery_timeout) == (10, 30.0)


def test_a_stop_waits_nothing() -> None:
    """A decision to stop carries no delay."""
    assert [decide(status=s).delay for s in (200, 404)] == [0.0, 0.0]


def test_400_is_not_a_success() -> None:
    """A 400 stops as 'not retryable', not as a success (success ends at 399)."""
    assert decide(status=400).reason == decide(status=401).reason == "not retryable"


def test_backoff_with_a_huge_factor_does_not_overflow() -> None:
    """The exponent is capped at 60: a factor whose 61st power overflows still works."""
    assert backoff(1000, base=1.0, cap=30.0, factor=1.3e5) == 30.0


def test_policy_accepts_fractional_values_below_one() -> None:
    """A half-second deadline and half-second backoffs are valid."""
    policy = RetryPolicy(deadline=0.5, backoff_base=0.5, backoff_cap=0.5, jitter=False)
    assert policy.backoff(4) == 0.5


def test_safe_to_resend_is_a_bool() -> None:
    """is_safe_to_resend answers True or False (never a falsy stand-in)."""
    assert RetryPolicy.is_safe_to_resend(attempt(replayable=False)) is False
    assert RetryPolicy.is_safe_to_resend(attempt(method="POST")) is False
    assert RetryPolicy.is_safe_to_resend(attempt()) is True


def test_breaker_countdown_below_one_second() -> None:
    """Half a second before half-open, retry_in says 0.5 s."""
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=1, recovery_timeout=30, clock=lambda: now[0])
    breaker.record("h", COUNTED[0])
    now[0] = 29.5
    assert breaker.retry_in("h") == 0.5
