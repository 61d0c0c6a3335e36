"""Fields the spec marks ``format: password`` never show in a generated model's repr or str
(punch list item 20), while ``to_dict()`` still sends them."""

from __future__ import annotations

import logging

import pytest

from aiplane_data.models.basic_callback_auth import BasicCallbackAuth
from aiplane_data.models.create_run_with_args_details import CreateRunWithArgsDetails
from aiplane_data.models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
from aiplane_data.models.create_run_with_url_details import CreateRunWithUrlDetails
from tests.conftest import add_secret

PASSWORD = "hunter2-Callback-Secret"
add_secret(PASSWORD)


def _auth() -> BasicCallbackAuth:
    return BasicCallbackAuth(username="aiplane-callback", password=PASSWORD)


def test_repr_and_str_of_the_auth_redact_the_password() -> None:
    """The password is shown as '***'; the other fields as usual."""
    auth = _auth()
    for text in (repr(auth), str(auth), f"{auth}", f"{auth!r}"):
        assert PASSWORD not in text
        assert "password='***'" in text and "username='aiplane-callback'" in text


@pytest.mark.parametrize(
    "details",
    [
        lambda: CreateRunWithUrlDetails(url="files/b/in.jsonl", callback_auth=_auth()),
        lambda: CreateRunWithArgsDetails(
            args=CreateRunWithArgsDetailsArgs.from_dict({"prompt": "p"}), callback_auth=_auth()
        ),
    ],
)
def test_models_holding_the_auth_do_not_leak_it(details: object) -> None:
    """A run request holding the auth prints the nested auth redacted, also in a list."""
    body = details()  # type: ignore[operator]
    for text in (repr(body), str(body), repr([body]), str({"body": body})):
        assert PASSWORD not in text and "password='***'" in text


def test_to_dict_and_from_dict_keep_the_real_password() -> None:
    """Redaction is for display only: the wire body carries the password."""
    body = CreateRunWithUrlDetails(url="files/b/in.jsonl", callback_auth=_auth())
    assert body.to_dict()["callbackAuth"]["password"] == PASSWORD
    again = CreateRunWithUrlDetails.from_dict(body.to_dict())
    assert again == body and again.callback_auth.password == PASSWORD  # type: ignore[union-attr]


def test_logging_a_request_body_does_not_leak(caplog: pytest.LogCaptureFixture) -> None:
    """A log line formatting the model with %s or %r stays clean (the suite's log guard
    checks every record for the registered secret too)."""
    body = CreateRunWithUrlDetails(url="files/b/in.jsonl", callback_auth=_auth())
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("aiplane.test").debug("sending %s / %r", body, body)
    assert PASSWORD not in caplog.text and "***" in caplog.text
