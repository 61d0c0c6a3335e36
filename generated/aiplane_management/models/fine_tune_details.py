from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset import Dataset
    from ..models.lora_training_config import LoraTrainingConfig
    from ..models.object_storage_dataset import ObjectStorageDataset
    from ..models.t_few_training_config import TFewTrainingConfig
    from ..models.training_config import TrainingConfig
    from ..models.vanilla_training_config import VanillaTrainingConfig

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.dataset import Dataset  # noqa: PLC0415
    from ..models.lora_training_config import LoraTrainingConfig  # noqa: PLC0415
    from ..models.object_storage_dataset import ObjectStorageDataset  # noqa: PLC0415
    from ..models.t_few_training_config import TFewTrainingConfig  # noqa: PLC0415
    from ..models.training_config import TrainingConfig  # noqa: PLC0415
    from ..models.vanilla_training_config import VanillaTrainingConfig  # noqa: PLC0415

    globals().update(
        Dataset=Dataset,
        LoraTrainingConfig=LoraTrainingConfig,
        ObjectStorageDataset=ObjectStorageDataset,
        TFewTrainingConfig=TFewTrainingConfig,
        TrainingConfig=TrainingConfig,
        VanillaTrainingConfig=VanillaTrainingConfig,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="FineTuneDetails")

_FIELD_TYPES = _checks.Fields(
    "FineTuneDetails",
    {
        "trainingDataset": _checks.OBJECT,
        "dedicatedAiClusterId": _checks.STRING,
        "trainingConfig": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class FineTuneDetails:
    """Details about fine-tuning a custom model.

    Example:
        {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz', 'bucketName': 'fine-
            tuning-data', 'objectName': 'train.jsonl'}, 'dedicatedAiClusterId':
            'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'TFEW_TRAINING_CONFIG', 'totalTrainingEpochs': 3, 'learningRate': 0.01,
            'trainingBatchSize': 16}}

    Attributes:
        training_dataset (Dataset | ObjectStorageDataset): The dataset used to fine-tune the model, polymorphic on
            `datasetType` (`OBJECT_STORAGE` ->
            ObjectStorageDataset). Unknown dataset types parse as the base Dataset.
             Example: {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data',
            'objectName': 'train.jsonl'}.
        dedicated_ai_cluster_id (str): The OCID of the dedicated AI cluster this fine-tuning runs on. Example:
            ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka.
        training_config (LoraTrainingConfig | TFewTrainingConfig | TrainingConfig | Unset | VanillaTrainingConfig): The
            fine-tuning method and hyperparameters, polymorphic on `trainingConfigType`
            (`LORA_TRAINING_CONFIG` -> LoraTrainingConfig, `VANILLA_TRAINING_CONFIG` -> VanillaTrainingConfig,
            `TFEW_TRAINING_CONFIG` -> TFewTrainingConfig). Unknown types parse as the base TrainingConfig.
             Example: {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate': 0.0002,
            'loraR': 8, 'loraAlpha': 8, 'loraDropout': 0.1}.
    """

    training_dataset: Dataset | ObjectStorageDataset
    dedicated_ai_cluster_id: str
    training_config: (
        LoraTrainingConfig
        | TFewTrainingConfig
        | TrainingConfig
        | Unset
        | VanillaTrainingConfig
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        training_dataset: dict[str, Any]
        if isinstance(self.training_dataset, ObjectStorageDataset):
            training_dataset = self.training_dataset.to_dict()
        else:
            training_dataset = self.training_dataset.to_dict()

        dedicated_ai_cluster_id = self.dedicated_ai_cluster_id

        training_config: dict[str, Any] | Unset
        if isinstance(self.training_config, Unset):
            training_config = UNSET
        elif isinstance(self.training_config, LoraTrainingConfig):
            training_config = self.training_config.to_dict()
        elif isinstance(self.training_config, VanillaTrainingConfig):
            training_config = self.training_config.to_dict()
        elif isinstance(self.training_config, TFewTrainingConfig):
            training_config = self.training_config.to_dict()
        else:
            training_config = self.training_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trainingDataset": training_dataset,
                "dedicatedAiClusterId": dedicated_ai_cluster_id,
            }
        )
        if training_config is not UNSET:
            field_dict["trainingConfig"] = training_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)

        def _parse_training_dataset(data: object) -> Dataset | ObjectStorageDataset:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_dataset_type_0 = ObjectStorageDataset.from_dict(data)

                return training_dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            training_dataset_type_1 = Dataset.from_dict(data)

            return training_dataset_type_1

        training_dataset = _parse_training_dataset(d.pop("trainingDataset"))

        dedicated_ai_cluster_id = d.pop("dedicatedAiClusterId")

        def _parse_training_config(
            data: object,
        ) -> (
            LoraTrainingConfig
            | TFewTrainingConfig
            | TrainingConfig
            | Unset
            | VanillaTrainingConfig
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_config_type_0 = LoraTrainingConfig.from_dict(data)

                return training_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_config_type_1 = VanillaTrainingConfig.from_dict(data)

                return training_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_config_type_2 = TFewTrainingConfig.from_dict(data)

                return training_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            training_config_type_3 = TrainingConfig.from_dict(data)

            return training_config_type_3

        training_config = _parse_training_config(d.pop("trainingConfig", UNSET))

        fine_tune_details = cls(
            training_dataset=training_dataset,
            dedicated_ai_cluster_id=dedicated_ai_cluster_id,
            training_config=training_config,
        )

        fine_tune_details.additional_properties = d
        return fine_tune_details

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
