from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="Dataset")

_FIELD_TYPES = _checks.Fields(
    "Dataset",
    {
        "datasetType": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class Dataset:
    """The dataset used to fine-tune the model (base type). The `datasetType` discriminator selects the
    subtype: `OBJECT_STORAGE` -> ObjectStorageDataset. Values unknown to this client parse as this base type.

        Example:
            {'datasetType': 'OBJECT_STORAGE'}

        Attributes:
            dataset_type (str): The type of the data asset. Known value `OBJECT_STORAGE`; clients must accept other values.
                Example: OBJECT_STORAGE.
    """

    dataset_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        dataset_type = self.dataset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetType": dataset_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        dataset_type = d.pop("datasetType")

        dataset = cls(
            dataset_type=dataset_type,
        )

        dataset.additional_properties = d
        return dataset

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
