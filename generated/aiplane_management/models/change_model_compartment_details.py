from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="ChangeModelCompartmentDetails")

_FIELD_TYPES = _checks.Fields(
    "ChangeModelCompartmentDetails",
    {
        "compartmentId": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChangeModelCompartmentDetails:
    """The details to move a custom model to another compartment.

    Example:
        {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa'}

    Attributes:
        compartment_id (str): The compartment OCID to move the model to. Example:
            ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa.
    """

    compartment_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        compartment_id = self.compartment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compartmentId": compartment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        compartment_id = d.pop("compartmentId")

        change_model_compartment_details = cls(
            compartment_id=compartment_id,
        )

        change_model_compartment_details.additional_properties = d
        return change_model_compartment_details

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
