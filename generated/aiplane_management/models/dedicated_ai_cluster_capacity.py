from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="DedicatedAiClusterCapacity")

_FIELD_TYPES = _checks.Fields(
    "DedicatedAiClusterCapacity",
    {
        "capacityType": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class DedicatedAiClusterCapacity:
    """The capacity of a dedicated AI cluster (base type). The `capacityType` discriminator selects the
    subtype: `HOSTING_CAPACITY` -> DedicatedAiClusterHostingCapacity. Values unknown to this client parse
    as this base type.

        Example:
            {'capacityType': 'HOSTING_CAPACITY'}

        Attributes:
            capacity_type (str): The type of the dedicated AI cluster capacity. Known value `HOSTING_CAPACITY`; clients must
                accept other values. Example: HOSTING_CAPACITY.
    """

    capacity_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        capacity_type = self.capacity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacityType": capacity_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        capacity_type = d.pop("capacityType")

        dedicated_ai_cluster_capacity = cls(
            capacity_type=capacity_type,
        )

        dedicated_ai_cluster_capacity.additional_properties = d
        return dedicated_ai_cluster_capacity

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
