"""Generated model reprs: only the fields that are set, secrets still redacted."""

from __future__ import annotations

from aiplane_data.models.basic_callback_auth import BasicCallbackAuth
from aiplane_management.models.update_model_details import UpdateModelDetails
from tests.conftest import add_secret


def test_repr_shows_only_set_fields() -> None:
    """A model with one field set shows that field alone, no Unset sentinel."""
    shown = repr(UpdateModelDetails(display_name="x"))
    assert shown == "UpdateModelDetails(display_name='x')"
    assert "Unset" not in repr(UpdateModelDetails())


def test_repr_shows_extra_properties_only_when_present() -> None:
    """additional_properties appears in the repr only when the model holds some."""
    details = UpdateModelDetails(version="2")
    assert "additional_properties" not in repr(details)
    details.additional_properties["x-extra"] = 1
    assert "additional_properties={'x-extra': 1}" in repr(details)


def test_repr_keeps_secret_fields_redacted() -> None:
    """A format: password field is shown as '***' by repr and str."""
    add_secret("hunter2-callback")
    auth = BasicCallbackAuth(username="u", password="hunter2-callback")
    for shown in (repr(auth), str(auth)):
        assert "hunter2-callback" not in shown and "password='***'" in shown
