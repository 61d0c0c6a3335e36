from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.text_generation_model_metrics_model_metrics_type import (
    TextGenerationModelMetricsModelMetricsType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextGenerationModelMetrics")

_FIELD_TYPES = _checks.Fields(
    "TextGenerationModelMetrics",
    {
        "modelMetricsType": _checks.STRING,
        "finalAccuracy": _checks.NUMBER,
        "finalLoss": _checks.NUMBER,
    },
)


@_attrs_define(repr=False)
class TextGenerationModelMetrics:
    """The model metrics for a fine-tuned text generation model (`modelMetricsType` = `TEXT_GENERATION_MODEL_METRICS`).

    Example:
        {'modelMetricsType': 'TEXT_GENERATION_MODEL_METRICS', 'finalAccuracy': 0.88, 'finalLoss': 0.42}

    Attributes:
        model_metrics_type (TextGenerationModelMetricsModelMetricsType): The type of the model metrics. Always
            `TEXT_GENERATION_MODEL_METRICS` for this subtype. Default:
            TextGenerationModelMetricsModelMetricsType.TEXT_GENERATION_MODEL_METRICS. Example:
            TEXT_GENERATION_MODEL_METRICS.
        final_accuracy (float | Unset): Fine-tuned model accuracy. Example: 0.88.
        final_loss (float | Unset): Fine-tuned model loss. Example: 0.42.
    """

    model_metrics_type: TextGenerationModelMetricsModelMetricsType = (
        TextGenerationModelMetricsModelMetricsType.TEXT_GENERATION_MODEL_METRICS
    )
    final_accuracy: float | Unset = UNSET
    final_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        model_metrics_type = self.model_metrics_type.value

        final_accuracy = self.final_accuracy

        final_loss = self.final_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelMetricsType": model_metrics_type,
            }
        )
        if final_accuracy is not UNSET:
            field_dict["finalAccuracy"] = final_accuracy
        if final_loss is not UNSET:
            field_dict["finalLoss"] = final_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        model_metrics_type = TextGenerationModelMetricsModelMetricsType(
            d.pop("modelMetricsType")
        )

        final_accuracy = d.pop("finalAccuracy", UNSET)

        final_loss = d.pop("finalLoss", UNSET)

        text_generation_model_metrics = cls(
            model_metrics_type=model_metrics_type,
            final_accuracy=final_accuracy,
            final_loss=final_loss,
        )

        text_generation_model_metrics.additional_properties = d
        return text_generation_model_metrics

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
