from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="WorkRequestResourceMetadata")

_FIELD_TYPES = _checks.Fields(
    "WorkRequestResourceMetadata",
    {},
    extra=_checks.STRING,
)


@_attrs_define(repr=False)
class WorkRequestResourceMetadata:
    """Additional information that helps to explain the resource.

    Example:
        {'displayName': 'my-hosting-cluster'}

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
        work_request_resource_metadata = cls()

        work_request_resource_metadata.additional_properties = d
        return work_request_resource_metadata

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
