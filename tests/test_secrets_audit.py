"""The secrets audit itself: it sees log records at DEBUG, objects of aiplane and the mock
as they are built (errors included), and finds registered secrets and secret shapes."""

from __future__ import annotations

import logging

import pytest

from aiplane import errors
from aiplane.retry import RetryBudget
from aiplane_mock.context import Call
from tests.conftest import TEST_API_KEY
from tests.secrets_audit import AUDIT, KEEP, SCAN, Audit


def test_watched_loggers_record_at_debug() -> None:
    """A DEBUG record of httpcore (below any level set elsewhere) reaches the audit."""
    logging.getLogger("httpcore.connection").setLevel(logging.WARNING)
    before = AUDIT.records
    logging.getLogger("httpcore").debug("audit probe %s", "one")
    logging.getLogger("aiplane_mock").debug("audit probe %s", "two")
    assert AUDIT.records >= before + 2
    assert {"audit probe one", "audit probe two"} <= AUDIT.texts


def test_errors_are_seen_as_they_are_built() -> None:
    """An aiplane error's str and repr are taken when it is created, raised or not."""
    before = AUDIT.objects
    error = errors.OutcomeUnknown("probe-message-1", method="POST", path="/p", retry_token="t")
    assert AUDIT.objects == before + 1
    assert str(error) in AUDIT.texts and repr(error) in AUDIT.texts


def test_a_leak_is_found_in_a_record_and_in_an_object() -> None:
    """A registered secret in a log line, or a PEM key in a repr, is reported."""
    audit = Audit()
    with audit.test({TEST_API_KEY}):
        audit.take(f"sending {TEST_API_KEY}")
        audit.take("X(key='-----BEGIN PRIVATE KEY-----')")
    assert [what for what, _ in audit.leaks({TEST_API_KEY})] == ["sk-tes...", "PRIVATE KEY-----"]


def test_a_secret_registered_later_is_found_in_earlier_texts() -> None:
    """A secret added during the test (a signature) is looked for in the texts kept."""
    audit = Audit()
    with audit.test():
        audit.take("signed with sig-value-0123456789")
    assert audit.leaks({"sig-value-0123456789"}) != []


def test_bulk_texts_are_cut() -> None:
    """A huge repr (a download chunk) is scanned to SCAN characters and kept to KEEP."""
    audit = Audit()
    with audit.test():
        audit.take("x" * (SCAN + 10))
    assert [len(t) for t in audit.texts] == [KEEP]


@pytest.mark.parametrize(
    "text",
    [
        '{"kind": "basic", "username": "u", "password": "hunter22"}',
        "Authorization: Bearer abcdefgh12345",
        "api-key: abcdefgh12345",
        'Signature keyId="a/b/c",signature="' + "A" * 44 + '"',
    ],
)
def test_secret_shapes_are_found(text: str) -> None:
    """Passwords in JSON, bearer tokens, api keys and signature values are secret shapes."""
    audit = Audit()
    with audit.test():
        audit.take(text)
    assert audit.leaks(set())


@pytest.mark.parametrize(
    "text", ['{"password": "***"}', "the api-key header is missing", "Bearer ***"]
)
def test_masked_values_are_not_leaks(text: str) -> None:
    """Masked values and messages naming a credential are not leaks."""
    audit = Audit()
    with audit.test():
        audit.take(text)
    assert audit.leaks(set()) == []


def test_the_mocks_call_repr_holds_no_body() -> None:
    """The mock's Call (it carries callback passwords and client keys) leaves its body out."""
    body = {"callbackAuth": {"kind": "basic", "username": "u", "password": "pw-Call-7731"}}
    call = Call(None, None, {}, None, None, None, body)  # type: ignore[arg-type]
    assert "pw-Call-7731" not in repr(call)


def test_plain_runtime_objects_are_seen() -> None:
    """Objects of the runtime that are not errors (a RetryBudget) are audited too."""
    before = AUDIT.objects
    budget = RetryBudget(capacity=7)
    assert AUDIT.objects == before + 1 and repr(budget) in AUDIT.texts
