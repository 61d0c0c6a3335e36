from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.callback_auth_kind import CallbackAuthKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackAuthSummary")

_FIELD_TYPES = _checks.Fields(
    "CallbackAuthSummary",
    {
        "kind": _checks.STRING,
        "username": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class CallbackAuthSummary:
    """The callback credentials of a run, without the password or the private key.

    Attributes:
        kind (CallbackAuthKind | str): The kind of credentials; `basic` or `mtls`.
        username (str | Unset): The basic-auth user name (basic only). Example: aiplane-callback.
    """

    kind: CallbackAuthKind | str
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, CallbackAuthKind):
            kind = self.kind.value
        else:
            kind = self.kind

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)

        def _parse_kind(data: object) -> CallbackAuthKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = CallbackAuthKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackAuthKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        username = d.pop("username", UNSET)

        callback_auth_summary = cls(
            kind=kind,
            username=username,
        )

        callback_auth_summary.additional_properties = d
        return callback_auth_summary

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
