from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.t_few_training_config_training_config_type import (
    TFewTrainingConfigTrainingConfigType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TFewTrainingConfig")

_FIELD_TYPES = _checks.Fields(
    "TFewTrainingConfig",
    {
        "trainingConfigType": _checks.STRING,
        "totalTrainingEpochs": _checks.INTEGER,
        "learningRate": _checks.NUMBER,
        "trainingBatchSize": _checks.INTEGER,
        "earlyStoppingPatience": _checks.INTEGER,
        "earlyStoppingThreshold": _checks.NUMBER,
        "logModelMetricsIntervalInSteps": _checks.INTEGER,
    },
)


@_attrs_define(repr=False)
class TFewTrainingConfig:
    """The TFew training method hyperparameters (`trainingConfigType` = `TFEW_TRAINING_CONFIG`).

    Example:
        {'trainingConfigType': 'TFEW_TRAINING_CONFIG', 'totalTrainingEpochs': 3, 'learningRate': 0.01,
            'trainingBatchSize': 16}

    Attributes:
        training_config_type (TFewTrainingConfigTrainingConfigType): The fine-tuning method for training a custom model.
            Always `TFEW_TRAINING_CONFIG` for this subtype. Default:
            TFewTrainingConfigTrainingConfigType.TFEW_TRAINING_CONFIG. Example: TFEW_TRAINING_CONFIG.
        total_training_epochs (int | Unset): The maximum number of training epochs to run for. Example: 3.
        learning_rate (float | Unset): The initial learning rate to be used during training. Example: 0.0002.
        training_batch_size (int | Unset): The batch size used during training. Example: 8.
        early_stopping_patience (int | Unset): Stop training if the loss metric does not improve beyond
            `earlyStoppingThreshold` for this many times of evaluation. Example: 15.
        early_stopping_threshold (float | Unset): How much the loss must improve to prevent early stopping. Example:
            0.0001.
        log_model_metrics_interval_in_steps (int | Unset): Determines how frequently to log model metrics. Every step is
            logged for the first 20 steps and
            then follows this parameter for log frequency. Set to 0 to disable logging the model metrics.
             Example: 10.
    """

    training_config_type: TFewTrainingConfigTrainingConfigType = (
        TFewTrainingConfigTrainingConfigType.TFEW_TRAINING_CONFIG
    )
    total_training_epochs: int | Unset = UNSET
    learning_rate: float | Unset = UNSET
    training_batch_size: int | Unset = UNSET
    early_stopping_patience: int | Unset = UNSET
    early_stopping_threshold: float | Unset = UNSET
    log_model_metrics_interval_in_steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        training_config_type = self.training_config_type.value

        total_training_epochs = self.total_training_epochs

        learning_rate = self.learning_rate

        training_batch_size = self.training_batch_size

        early_stopping_patience = self.early_stopping_patience

        early_stopping_threshold = self.early_stopping_threshold

        log_model_metrics_interval_in_steps = self.log_model_metrics_interval_in_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trainingConfigType": training_config_type,
            }
        )
        if total_training_epochs is not UNSET:
            field_dict["totalTrainingEpochs"] = total_training_epochs
        if learning_rate is not UNSET:
            field_dict["learningRate"] = learning_rate
        if training_batch_size is not UNSET:
            field_dict["trainingBatchSize"] = training_batch_size
        if early_stopping_patience is not UNSET:
            field_dict["earlyStoppingPatience"] = early_stopping_patience
        if early_stopping_threshold is not UNSET:
            field_dict["earlyStoppingThreshold"] = early_stopping_threshold
        if log_model_metrics_interval_in_steps is not UNSET:
            field_dict["logModelMetricsIntervalInSteps"] = (
                log_model_metrics_interval_in_steps
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        training_config_type = TFewTrainingConfigTrainingConfigType(
            d.pop("trainingConfigType")
        )

        total_training_epochs = d.pop("totalTrainingEpochs", UNSET)

        learning_rate = d.pop("learningRate", UNSET)

        training_batch_size = d.pop("trainingBatchSize", UNSET)

        early_stopping_patience = d.pop("earlyStoppingPatience", UNSET)

        early_stopping_threshold = d.pop("earlyStoppingThreshold", UNSET)

        log_model_metrics_interval_in_steps = d.pop(
            "logModelMetricsIntervalInSteps", UNSET
        )

        t_few_training_config = cls(
            training_config_type=training_config_type,
            total_training_epochs=total_training_epochs,
            learning_rate=learning_rate,
            training_batch_size=training_batch_size,
            early_stopping_patience=early_stopping_patience,
            early_stopping_threshold=early_stopping_threshold,
            log_model_metrics_interval_in_steps=log_model_metrics_interval_in_steps,
        )

        t_few_training_config.additional_properties = d
        return t_few_training_config

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
