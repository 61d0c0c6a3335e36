from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="PiiDetectionConfig")

_FIELD_TYPES = _checks.Fields(
    "PiiDetectionConfig",
    {
        "isEnabled": _checks.BOOLEAN,
        "mode": _checks.STRING,
        "modelId": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class PiiDetectionConfig:
    """The configuration details for personally identifiable information (PII) detection.

    Example:
        {'mode': 'BLOCK', 'isEnabled': False}

    Attributes:
        is_enabled (bool): Whether to enable the PII detection feature. Example: False.
        mode (str | Unset): The mode of operation for PII detection (for example `INFORM` or `BLOCK`). Example: BLOCK.
        model_id (str | Unset): The OCID of the model used for the feature. Example: ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyafy6ag4ndkkgqkjlc4f3ckqlnxq4bwlnlhxrwyr3fqs5q.
    """

    is_enabled: bool
    mode: str | Unset = UNSET
    model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        mode = self.mode

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isEnabled": is_enabled,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model_id is not UNSET:
            field_dict["modelId"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        is_enabled = d.pop("isEnabled")

        mode = d.pop("mode", UNSET)

        model_id = d.pop("modelId", UNSET)

        pii_detection_config = cls(
            is_enabled=is_enabled,
            mode=mode,
            model_id=model_id,
        )

        pii_detection_config.additional_properties = d
        return pii_detection_config

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
