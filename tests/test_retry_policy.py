"""The I/O-free retry policy, budget and circuit breaker."""

from __future__ import annotations

import email.utils
from typing import Any

import pytest

from aiplane.retry import (
    Attempt,
    BreakerState,
    CircuitBreaker,
    FailureKind,
    RetryBudget,
    RetryPolicy,
    parse_retry_after,
)


def response(status: int, *, number: int = 1, method: str = "GET", **kw: Any) -> Attempt:
    return Attempt(
        number=number, elapsed=0.0, method=method, kind=FailureKind.RESPONSE, status=status, **kw
    )


def test_default_policy_matches_oci() -> None:
    """The default is 8 attempts, a 600 s deadline and backoff capped at 30 s."""
    p = RetryPolicy()
    assert (p.max_attempts, p.deadline, p.backoff_cap) == (8, 600.0, 30.0)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(status: int) -> None:
    """429 and the 5xx family OCI retries are retried."""
    assert RetryPolicy().decide(response(status), rng=lambda: 0.5).retry


@pytest.mark.parametrize("status", [400, 401, 403, 404, 412, 501])
def test_client_errors_are_not_retried(status: int) -> None:
    """A 4xx (other than 429 / 409 IncorrectState) or 501 is final."""
    assert not RetryPolicy().decide(response(status)).retry


@pytest.mark.parametrize(
    ("code", "retry"),
    [("IncorrectState", True), ("LockConflict", True), ("Conflict", False), (None, False)],
)
def test_conflict_retried_only_for_transient_codes(code: str | None, retry: bool) -> None:
    """409 is retried only with the IncorrectState / LockConflict service codes."""
    assert RetryPolicy().decide(response(409, code=code)).retry is retry


def test_post_without_retry_token_is_not_retried() -> None:
    """A POST is not retried on 503 without an opc-retry-token."""
    assert not RetryPolicy().decide(response(503, method="POST")).retry


def test_post_with_retry_token_is_retried() -> None:
    """A POST carrying an opc-retry-token is retried on 503."""
    assert RetryPolicy().decide(response(503, method="POST", has_retry_token=True)).retry


def test_connect_error_is_retried_even_for_post() -> None:
    """A request that never reached the server (connect error) is safe to resend."""
    a = Attempt(number=1, elapsed=0, method="POST", kind=FailureKind.NOT_SENT)
    assert RetryPolicy().decide(a).retry


def test_dropped_connection_after_send_not_retried_for_post() -> None:
    """A POST whose connection dropped after sending is not resent without a token."""
    a = Attempt(number=1, elapsed=0, method="POST", kind=FailureKind.MAYBE_PROCESSED)
    assert not RetryPolicy().decide(a).retry


def test_unreplayable_body_is_not_retried() -> None:
    """A body that cannot be replayed (a generator) is never resent."""
    assert not RetryPolicy().decide(response(503, method="PUT", replayable=False)).retry


def test_max_attempts_stops() -> None:
    """The attempt numbered max_attempts is the last."""
    p = RetryPolicy(max_attempts=3)
    assert p.decide(response(503, number=2)).retry
    assert not p.decide(response(503, number=3)).retry


def test_deadline_stops() -> None:
    """No retry whose wait would pass the total deadline."""
    p = RetryPolicy(deadline=10.0, jitter=False)
    late = Attempt(number=1, elapsed=9.5, method="GET", kind=FailureKind.RESPONSE, status=503)
    assert not p.decide(late).retry


def test_backoff_is_exponential_capped_with_full_jitter() -> None:
    """Backoff doubles, is capped, and full jitter scales it by a random fraction."""
    p = RetryPolicy(backoff_base=1.0, backoff_cap=30.0)
    assert [p.backoff(n, rng=lambda: 1.0) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert p.backoff(3, rng=lambda: 0.25) == 1.0


def test_retry_after_seconds_is_honoured() -> None:
    """Retry-After in seconds replaces the backoff."""
    d = RetryPolicy().decide(response(429, headers={"Retry-After": "7"}), rng=lambda: 0.0)
    assert d.retry and d.delay == 7.0


def test_retry_after_ms_is_honoured() -> None:
    """retry-after-ms takes precedence and is in milliseconds."""
    d = RetryPolicy().decide(response(429, headers={"retry-after-ms": "250"}))
    assert d.delay == 0.25


def test_retry_after_http_date_is_honoured() -> None:
    """Retry-After as an HTTP date is measured from the wall clock."""
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 12, usegmt=True)
    d = RetryPolicy().decide(response(503, headers={"Retry-After": date}), now=now)
    assert d.delay == pytest.approx(12.0, abs=1.0)


def test_retry_after_beyond_cap_gives_up() -> None:
    """A server asking for longer than max_retry_after is not waited for."""
    d = RetryPolicy(max_retry_after=60).decide(response(429, headers={"Retry-After": "3600"}))
    assert not d.retry


def test_garbled_retry_after_falls_back_to_backoff() -> None:
    """An unparsable Retry-After is ignored."""
    assert parse_retry_after({"Retry-After": "soon"}, now=0) is None


def test_none_policy_never_retries() -> None:
    """RetryPolicy.none() makes one attempt."""
    assert not RetryPolicy.none().decide(response(503)).retry


def test_invalid_policy_is_rejected() -> None:
    """Nonsense values raise ValueError naming the field."""
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)


def test_budget_runs_dry_and_refills() -> None:
    """The retry budget refuses retries when empty and refills with successes."""
    b = RetryBudget(capacity=10, retry_cost=5, success_reward=5)
    assert b.try_spend() and b.try_spend() and not b.try_spend()
    b.reward()
    assert b.try_spend()


def test_breaker_opens_after_threshold_and_recovers() -> None:
    """10 consecutive failures open the breaker; after 30 s it half-opens; success closes it."""
    now = [0.0]
    br = CircuitBreaker(clock=lambda: now[0])
    for _ in range(9):
        br.record("h", response(503))
    assert br.state("h") is BreakerState.CLOSED
    br.record("h", response(503))
    assert br.state("h") is BreakerState.OPEN and br.retry_in("h") == 30.0
    now[0] = 30.0
    assert br.state("h") is BreakerState.HALF_OPEN
    br.record("h", response(200))
    assert br.state("h") is BreakerState.CLOSED


def test_breaker_half_open_failure_reopens() -> None:
    """A failure while half-open re-opens the circuit at once."""
    now = [0.0]
    br = CircuitBreaker(failure_threshold=2, recovery_timeout=5, clock=lambda: now[0])
    br.record("h", response(500))
    br.record("h", response(500))
    now[0] = 5.0
    br.record("h", response(500))
    assert br.state("h") is BreakerState.OPEN


def test_breaker_success_resets_count() -> None:
    """Failures must be consecutive: a success in between resets the count."""
    br = CircuitBreaker(failure_threshold=2)
    br.record("h", response(500))
    br.record("h", response(404))
    br.record("h", response(500))
    assert br.state("h") is BreakerState.CLOSED


def test_backoff_does_not_overflow() -> None:
    """A huge attempt number gives the capped backoff, not an OverflowError."""
    assert RetryPolicy(jitter=False).backoff(5000) == 30.0


def test_half_open_lets_one_trial_call_through() -> None:
    """Half-open admits one trial call; others fail fast until its outcome is known."""
    now = [0.0]
    br = CircuitBreaker(failure_threshold=1, recovery_timeout=5, clock=lambda: now[0])
    br.record("h", response(503))
    now[0] = 5.0
    assert br.retry_in("h") is None  # the trial call
    assert br.retry_in("h") is not None  # everyone else waits
    br.record("h", response(200))
    assert br.retry_in("h") is None


def test_local_errors_do_not_close_the_circuit() -> None:
    """A FATAL (local/protocol) error neither counts as a failure nor closes an open circuit."""
    br = CircuitBreaker(failure_threshold=1, recovery_timeout=30)
    br.record("h", response(503))
    br.record("h", Attempt(number=1, elapsed=0, method="GET", kind=FailureKind.FATAL))
    assert br.state("h") is BreakerState.OPEN
