from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.dedicated_ai_cluster_hosting_capacity_capacity_type import (
    DedicatedAiClusterHostingCapacityCapacityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedAiClusterHostingCapacity")

_FIELD_TYPES = _checks.Fields(
    "DedicatedAiClusterHostingCapacity",
    {
        "capacityType": _checks.STRING,
        "totalEndpointCapacity": _checks.INTEGER,
        "usedEndpointCapacity": _checks.INTEGER,
    },
)


@_attrs_define(repr=False)
class DedicatedAiClusterHostingCapacity:
    """The capacity of a hosting dedicated AI cluster (`capacityType` = `HOSTING_CAPACITY`).

    Example:
        {'capacityType': 'HOSTING_CAPACITY', 'totalEndpointCapacity': 50, 'usedEndpointCapacity': 1}

    Attributes:
        capacity_type (DedicatedAiClusterHostingCapacityCapacityType): The type of the dedicated AI cluster capacity.
            Always `HOSTING_CAPACITY` for this subtype. Default:
            DedicatedAiClusterHostingCapacityCapacityType.HOSTING_CAPACITY. Example: HOSTING_CAPACITY.
        total_endpoint_capacity (int | Unset): The total number of endpoints that can be hosted on this dedicated AI
            cluster. Example: 50.
        used_endpoint_capacity (int | Unset): The number of endpoints hosted on this dedicated AI cluster. Example: 1.
    """

    capacity_type: DedicatedAiClusterHostingCapacityCapacityType = (
        DedicatedAiClusterHostingCapacityCapacityType.HOSTING_CAPACITY
    )
    total_endpoint_capacity: int | Unset = UNSET
    used_endpoint_capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        capacity_type = self.capacity_type.value

        total_endpoint_capacity = self.total_endpoint_capacity

        used_endpoint_capacity = self.used_endpoint_capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacityType": capacity_type,
            }
        )
        if total_endpoint_capacity is not UNSET:
            field_dict["totalEndpointCapacity"] = total_endpoint_capacity
        if used_endpoint_capacity is not UNSET:
            field_dict["usedEndpointCapacity"] = used_endpoint_capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        capacity_type = DedicatedAiClusterHostingCapacityCapacityType(
            d.pop("capacityType")
        )

        total_endpoint_capacity = d.pop("totalEndpointCapacity", UNSET)

        used_endpoint_capacity = d.pop("usedEndpointCapacity", UNSET)

        dedicated_ai_cluster_hosting_capacity = cls(
            capacity_type=capacity_type,
            total_endpoint_capacity=total_endpoint_capacity,
            used_endpoint_capacity=used_endpoint_capacity,
        )

        dedicated_ai_cluster_hosting_capacity.additional_properties = d
        return dedicated_ai_cluster_hosting_capacity

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
