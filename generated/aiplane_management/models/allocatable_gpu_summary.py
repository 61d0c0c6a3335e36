from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.gpu_allocation import GpuAllocation

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.gpu_allocation import GpuAllocation  # noqa: PLC0415

    globals().update(
        GpuAllocation=GpuAllocation,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="AllocatableGpuSummary")

_FIELD_TYPES = _checks.Fields(
    "AllocatableGpuSummary",
    {
        "computeShape": _checks.STRING,
        "totalAvailableGpuUnits": _checks.INTEGER,
        "totalUsedGpuUnits": _checks.INTEGER,
        "maxAllocatableGpuUnits": _checks.INTEGER,
        "gpuAllocations": _checks.array(_checks.OBJECT),
    },
)


@_attrs_define(repr=False)
class AllocatableGpuSummary:
    """The allocatable GPUs of one compute shape within a capacity reservation.

    Example:
        {'computeShape': 'BM.GPU.A10.4', 'totalAvailableGpuUnits': 8, 'totalUsedGpuUnits': 2, 'maxAllocatableGpuUnits':
            4, 'gpuAllocations': [{'usedGpus': 2, 'availableGpus': 2}]}

    Attributes:
        compute_shape (str): The compute shape for the allocatable GPUs. Example: BM.GPU.A10.4.
        total_available_gpu_units (int): The total number of available GPU units for the compute shape. Example: 8.
        total_used_gpu_units (int): The total number of used GPU units for the compute shape. Example: 2.
        max_allocatable_gpu_units (int): The largest contiguous number of GPU units available from one reservation-
            backed host for the
            compute shape. This includes an unused reserved host that must be provisioned before workloads can
            be scheduled.
             Example: 4.
        gpu_allocations (list[GpuAllocation]): The GPU allocation details for the compute shape. Each item represents
            one underlying capacity allocation.
    """

    compute_shape: str
    total_available_gpu_units: int
    total_used_gpu_units: int
    max_allocatable_gpu_units: int
    gpu_allocations: list[GpuAllocation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        compute_shape = self.compute_shape

        total_available_gpu_units = self.total_available_gpu_units

        total_used_gpu_units = self.total_used_gpu_units

        max_allocatable_gpu_units = self.max_allocatable_gpu_units

        gpu_allocations = []
        for gpu_allocations_item_data in self.gpu_allocations:
            gpu_allocations_item = gpu_allocations_item_data.to_dict()
            gpu_allocations.append(gpu_allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computeShape": compute_shape,
                "totalAvailableGpuUnits": total_available_gpu_units,
                "totalUsedGpuUnits": total_used_gpu_units,
                "maxAllocatableGpuUnits": max_allocatable_gpu_units,
                "gpuAllocations": gpu_allocations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        compute_shape = d.pop("computeShape")

        total_available_gpu_units = d.pop("totalAvailableGpuUnits")

        total_used_gpu_units = d.pop("totalUsedGpuUnits")

        max_allocatable_gpu_units = d.pop("maxAllocatableGpuUnits")

        gpu_allocations = []
        _gpu_allocations = d.pop("gpuAllocations")
        for gpu_allocations_item_data in _gpu_allocations:
            gpu_allocations_item = GpuAllocation.from_dict(gpu_allocations_item_data)

            gpu_allocations.append(gpu_allocations_item)

        allocatable_gpu_summary = cls(
            compute_shape=compute_shape,
            total_available_gpu_units=total_available_gpu_units,
            total_used_gpu_units=total_used_gpu_units,
            max_allocatable_gpu_units=max_allocatable_gpu_units,
            gpu_allocations=gpu_allocations,
        )

        allocatable_gpu_summary.additional_properties = d
        return allocatable_gpu_summary

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
