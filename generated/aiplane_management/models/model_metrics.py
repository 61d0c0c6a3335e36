from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="ModelMetrics")

_FIELD_TYPES = _checks.Fields(
    "ModelMetrics",
    {
        "modelMetricsType": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ModelMetrics:
    """Model metrics during the creation of a new model (base type). The `modelMetricsType` discriminator
    selects the subtype: `TEXT_GENERATION_MODEL_METRICS` -> TextGenerationModelMetrics,
    `CHAT_MODEL_METRICS` -> ChatModelMetrics. Values unknown to this client parse as this base type.

        Example:
            {'modelMetricsType': 'CHAT_MODEL_METRICS'}

        Attributes:
            model_metrics_type (str): The type of the model metrics. Each type of model can expect a different set of model
                metrics.
                Known values are `TEXT_GENERATION_MODEL_METRICS` and `CHAT_MODEL_METRICS`; clients must accept other
                values.
                 Example: CHAT_MODEL_METRICS.
    """

    model_metrics_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        model_metrics_type = self.model_metrics_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelMetricsType": model_metrics_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        model_metrics_type = d.pop("modelMetricsType")

        model_metrics = cls(
            model_metrics_type=model_metrics_type,
        )

        model_metrics.additional_properties = d
        return model_metrics

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
