from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="GpuAllocation")

_FIELD_TYPES = _checks.Fields(
    "GpuAllocation",
    {
        "usedGpus": _checks.INTEGER,
        "availableGpus": _checks.INTEGER,
    },
)


@_attrs_define(repr=False)
class GpuAllocation:
    """One underlying capacity allocation of GPUs.

    Example:
        {'usedGpus': 2, 'availableGpus': 2}

    Attributes:
        used_gpus (int): The number of used GPUs in this allocation. Example: 2.
        available_gpus (int): The number of available GPUs in this allocation. Example: 2.
    """

    used_gpus: int
    available_gpus: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        used_gpus = self.used_gpus

        available_gpus = self.available_gpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usedGpus": used_gpus,
                "availableGpus": available_gpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        used_gpus = d.pop("usedGpus")

        available_gpus = d.pop("availableGpus")

        gpu_allocation = cls(
            used_gpus=used_gpus,
            available_gpus=available_gpus,
        )

        gpu_allocation.additional_properties = d
        return gpu_allocation

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
