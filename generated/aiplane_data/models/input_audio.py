from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="InputAudio")

_FIELD_TYPES = _checks.Fields(
    "InputAudio",
    {
        "data": _checks.STRING,
        "format": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class InputAudio:
    """Base64-encoded audio and its format.

    Attributes:
        data (str): The audio bytes, base64-encoded. Example: UklGRiQAAABXQVZFZm10IBAAAAABAAEA.
        format_ (str): The audio format, `wav` or `mp3`. Open enum. Example: wav.
    """

    data: str
    format_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        data = d.pop("data")

        format_ = d.pop("format")

        input_audio = cls(
            data=data,
            format_=format_,
        )

        input_audio.additional_properties = d
        return input_audio

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
