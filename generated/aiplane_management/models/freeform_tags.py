from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="FreeformTags")

_FIELD_TYPES = _checks.Fields(
    "FreeformTags",
    {},
    extra=_checks.STRING,
)


@_attrs_define(repr=False)
class FreeformTags:
    """Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type,
    or namespace. For more information, see
    [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm).
    Example: `{"Department": "Finance"}`

        Example:
            {'Department': 'Finance'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        freeform_tags = cls()

        freeform_tags.additional_properties = d
        return freeform_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
