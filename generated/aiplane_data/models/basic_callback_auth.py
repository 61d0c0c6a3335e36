from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.basic_callback_auth_kind import BasicCallbackAuthKind
from ..types import Unset

T = TypeVar("T", bound="BasicCallbackAuth")

_FIELD_TYPES = _checks.Fields(
    "BasicCallbackAuth",
    {
        "kind": _checks.STRING,
        "username": _checks.STRING,
        "password": _checks.STRING,
    },
)


def _redacted(value: object) -> str:
    """The repr of a field the spec marks `format: password`: never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'***'"


@_attrs_define(repr=False)
class BasicCallbackAuth:
    """HTTP basic credentials the server uses when calling `callbackUrl`. The password is never returned.

    Attributes:
        kind (BasicCallbackAuthKind): Always `basic`. Default: BasicCallbackAuthKind.BASIC.
        username (str): The basic-auth user name. Example: aiplane-callback.
        password (str): The basic-auth password; write-only. Example: s3cr3t-Callback-Pass.
    """

    username: str
    password: str = _attrs_field(repr=_redacted)
    kind: BasicCallbackAuthKind = BasicCallbackAuthKind.BASIC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        kind = BasicCallbackAuthKind(d.pop("kind"))

        username = d.pop("username")

        password = d.pop("password")

        basic_callback_auth = cls(
            kind=kind,
            username=username,
            password=password,
        )

        basic_callback_auth.additional_properties = d
        return basic_callback_auth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
