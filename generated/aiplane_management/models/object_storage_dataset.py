from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.object_storage_dataset_dataset_type import ObjectStorageDatasetDatasetType
from ..types import Unset

T = TypeVar("T", bound="ObjectStorageDataset")

_FIELD_TYPES = _checks.Fields(
    "ObjectStorageDataset",
    {
        "datasetType": _checks.STRING,
        "namespaceName": _checks.STRING,
        "bucketName": _checks.STRING,
        "objectName": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ObjectStorageDataset:
    """The dataset is stored in an OCI Object Storage bucket (`datasetType` = `OBJECT_STORAGE`).

    Example:
        {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data',
            'objectName': 'train.jsonl'}

    Attributes:
        dataset_type (ObjectStorageDatasetDatasetType): The type of the data asset. Always `OBJECT_STORAGE` for this
            subtype. Default: ObjectStorageDatasetDatasetType.OBJECT_STORAGE. Example: OBJECT_STORAGE.
        namespace_name (str): The Object Storage namespace. Example: axk2qjtrpxyz.
        bucket_name (str): The Object Storage bucket name. Example: fine-tuning-data.
        object_name (str): The Object Storage object name. Example: train.jsonl.
    """

    namespace_name: str
    bucket_name: str
    object_name: str
    dataset_type: ObjectStorageDatasetDatasetType = (
        ObjectStorageDatasetDatasetType.OBJECT_STORAGE
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        dataset_type = self.dataset_type.value

        namespace_name = self.namespace_name

        bucket_name = self.bucket_name

        object_name = self.object_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetType": dataset_type,
                "namespaceName": namespace_name,
                "bucketName": bucket_name,
                "objectName": object_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        dataset_type = ObjectStorageDatasetDatasetType(d.pop("datasetType"))

        namespace_name = d.pop("namespaceName")

        bucket_name = d.pop("bucketName")

        object_name = d.pop("objectName")

        object_storage_dataset = cls(
            dataset_type=dataset_type,
            namespace_name=namespace_name,
            bucket_name=bucket_name,
            object_name=object_name,
        )

        object_storage_dataset.additional_properties = d
        return object_storage_dataset

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
