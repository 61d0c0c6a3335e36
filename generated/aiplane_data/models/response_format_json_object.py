from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.response_format_json_object_type import ResponseFormatJsonObjectType
from ..types import Unset

T = TypeVar("T", bound="ResponseFormatJsonObject")

_FIELD_TYPES = _checks.Fields(
    "ResponseFormatJsonObject",
    {
        "type": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ResponseFormatJsonObject:
    """Answer with some valid JSON object (JSON mode); the prompt should ask for JSON.

    Attributes:
        type_ (ResponseFormatJsonObjectType): Always `json_object`. Default: ResponseFormatJsonObjectType.JSON_OBJECT.
    """

    type_: ResponseFormatJsonObjectType = ResponseFormatJsonObjectType.JSON_OBJECT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ResponseFormatJsonObjectType(d.pop("type"))

        response_format_json_object = cls(
            type_=type_,
        )

        response_format_json_object.additional_properties = d
        return response_format_json_object

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
