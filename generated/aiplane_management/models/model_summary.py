from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.model_capability import ModelCapability
from ..models.model_lifecycle_state import ModelLifecycleState
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_model_metrics import ChatModelMetrics
    from ..models.defined_tags import DefinedTags
    from ..models.fine_tune_details import FineTuneDetails
    from ..models.freeform_tags import FreeformTags
    from ..models.model_metrics import ModelMetrics
    from ..models.system_tags import SystemTags
    from ..models.text_generation_model_metrics import TextGenerationModelMetrics

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_model_metrics import ChatModelMetrics  # noqa: PLC0415
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.fine_tune_details import FineTuneDetails  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415
    from ..models.model_metrics import ModelMetrics  # noqa: PLC0415
    from ..models.system_tags import SystemTags  # noqa: PLC0415
    from ..models.text_generation_model_metrics import TextGenerationModelMetrics  # noqa: PLC0415

    globals().update(
        ChatModelMetrics=ChatModelMetrics,
        DefinedTags=DefinedTags,
        FineTuneDetails=FineTuneDetails,
        FreeformTags=FreeformTags,
        ModelMetrics=ModelMetrics,
        SystemTags=SystemTags,
        TextGenerationModelMetrics=TextGenerationModelMetrics,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ModelSummary")

_FIELD_TYPES = _checks.Fields(
    "ModelSummary",
    {
        "id": _checks.STRING,
        "compartmentId": _checks.STRING,
        "capabilities": _checks.array(_checks.STRING),
        "lifecycleState": _checks.STRING,
        "timeCreated": _checks.STRING,
        "type": _checks.STRING,
        "lifecycleDetails": _checks.STRING,
        "displayName": _checks.STRING,
        "vendor": _checks.STRING,
        "version": _checks.STRING,
        "baseModelId": _checks.STRING,
        "fineTuneDetails": _checks.OBJECT,
        "modelMetrics": _checks.OBJECT,
        "isLongTermSupported": _checks.BOOLEAN,
        "timeDeprecated": _checks.STRING,
        "timeOnDemandRetired": _checks.STRING,
        "timeDedicatedRetired": _checks.STRING,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
        "systemTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ModelSummary:
    """Summary of the model, as returned by listModels.

    Example:
        {'id': 'ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'compartmentId': 'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'capabilities': ['CHAT', 'FINE_TUNE'], 'lifecycleState': 'ACTIVE', 'displayName': 'cohere.command-r-08-2024',
            'vendor': 'cohere', 'version': '1.7', 'timeCreated': '2024-08-30T00:00:00.000Z', 'type': 'BASE'}

    Attributes:
        id (str): An ID that uniquely identifies a pretrained or a fine-tuned model. Example:
            ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq.
        compartment_id (str): The compartment OCID for fine-tuned models. For pretrained models, this value is null.
            Example: ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
        capabilities (list[ModelCapability | str]): Describes what this model can be used for. Example: ['CHAT'].
        lifecycle_state (ModelLifecycleState | str): The lifecycle state of the model. Documented values are ACTIVE,
            CREATING, DELETING, DELETED and FAILED. Example: ACTIVE.
        time_created (datetime.datetime): The date and time that the model was created in the format of an RFC3339
            datetime string. Example: 2024-01-02T10:00:00.000Z.
        type_ (ModelType | str): The model type indicating whether this is a pretrained/base model or a custom/fine-
            tuned model. Documented values are BASE and CUSTOM. Example: CUSTOM.
        lifecycle_details (str | Unset): A message describing the current state of the model with detail that can
            provide actionable information. Example: Fine-tuning completed..
        display_name (str | Unset): A user-friendly name. Example: my-custom-model.
        vendor (str | Unset): The provider of the model. Example: cohere.
        version (str | Unset): The version of the model. Example: 1.0.
        base_model_id (str | Unset): The OCID of the base model that's used for fine-tuning. For pretrained models, the
            value is null. Example: ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya.
        fine_tune_details (FineTuneDetails | Unset): Details about fine-tuning a custom model. Example:
            {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz', 'bucketName': 'fine-
            tuning-data', 'objectName': 'train.jsonl'}, 'dedicatedAiClusterId':
            'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'TFEW_TRAINING_CONFIG', 'totalTrainingEpochs': 3, 'learningRate': 0.01,
            'trainingBatchSize': 16}}.
        model_metrics (ChatModelMetrics | ModelMetrics | TextGenerationModelMetrics | Unset): Metrics of the fine-tuned
            model, polymorphic on `modelMetricsType` (`TEXT_GENERATION_MODEL_METRICS`
            -> TextGenerationModelMetrics, `CHAT_MODEL_METRICS` -> ChatModelMetrics). Unknown types parse as the
            base ModelMetrics.
             Example: {'modelMetricsType': 'CHAT_MODEL_METRICS', 'finalAccuracy': 0.92, 'finalLoss': 0.31}.
        is_long_term_supported (bool | Unset): Whether a model is supported long-term. Only applicable to base models.
            Example: False.
        time_deprecated (datetime.datetime | Unset): Corresponds to the time when the custom model and its associated
            foundation model will be deprecated. Example: 2025-09-01T00:00:00.000Z.
        time_on_demand_retired (datetime.datetime | Unset): The timestamp indicating when the base model will no longer
            be available for on-demand usage. Example: 2026-01-01T00:00:00.000Z.
        time_dedicated_retired (datetime.datetime | Unset): The timestamp indicating when the custom model and its
            associated foundation model will be fully retired. Example: 2026-06-01T00:00:00.000Z.
        freeform_tags (FreeformTags | Unset): Free-form tags for this resource. Each tag is a simple key-value pair with
            no predefined name, type,
            or namespace. For more information, see
            [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm).
            Example: `{"Department": "Finance"}`
             Example: {'Department': 'Finance'}.
        defined_tags (DefinedTags | Unset): Defined tags for this resource. Each key is predefined and scoped to a
            namespace. For more
            information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm).
            Example: `{"Operations": {"CostCenter": "42"}}`
             Example: {'Operations': {'CostCenter': '42'}}.
        system_tags (SystemTags | Unset): System tags for this resource. Each key is predefined and scoped to a
            namespace.
            Example: `{"orcl-cloud": {"free-tier-retained": "true"}}`
             Example: {'orcl-cloud': {'free-tier-retained': 'true'}}.
    """

    id: str
    compartment_id: str
    capabilities: list[ModelCapability | str]
    lifecycle_state: ModelLifecycleState | str
    time_created: datetime.datetime
    type_: ModelType | str
    lifecycle_details: str | Unset = UNSET
    display_name: str | Unset = UNSET
    vendor: str | Unset = UNSET
    version: str | Unset = UNSET
    base_model_id: str | Unset = UNSET
    fine_tune_details: FineTuneDetails | Unset = UNSET
    model_metrics: (
        ChatModelMetrics | ModelMetrics | TextGenerationModelMetrics | Unset
    ) = UNSET
    is_long_term_supported: bool | Unset = UNSET
    time_deprecated: datetime.datetime | Unset = UNSET
    time_on_demand_retired: datetime.datetime | Unset = UNSET
    time_dedicated_retired: datetime.datetime | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    system_tags: SystemTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        compartment_id = self.compartment_id

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item: str
            if isinstance(capabilities_item_data, ModelCapability):
                capabilities_item = capabilities_item_data.value
            else:
                capabilities_item = capabilities_item_data
            capabilities.append(capabilities_item)

        lifecycle_state: str
        if isinstance(self.lifecycle_state, ModelLifecycleState):
            lifecycle_state = self.lifecycle_state.value
        else:
            lifecycle_state = self.lifecycle_state

        time_created = self.time_created.isoformat()

        type_: str
        if isinstance(self.type_, ModelType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        lifecycle_details = self.lifecycle_details

        display_name = self.display_name

        vendor = self.vendor

        version = self.version

        base_model_id = self.base_model_id

        fine_tune_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fine_tune_details, Unset):
            fine_tune_details = self.fine_tune_details.to_dict()

        model_metrics: dict[str, Any] | Unset
        if isinstance(self.model_metrics, Unset):
            model_metrics = UNSET
        elif isinstance(self.model_metrics, TextGenerationModelMetrics):
            model_metrics = self.model_metrics.to_dict()
        elif isinstance(self.model_metrics, ChatModelMetrics):
            model_metrics = self.model_metrics.to_dict()
        else:
            model_metrics = self.model_metrics.to_dict()

        is_long_term_supported = self.is_long_term_supported

        time_deprecated: str | Unset = UNSET
        if not isinstance(self.time_deprecated, Unset):
            time_deprecated = self.time_deprecated.isoformat()

        time_on_demand_retired: str | Unset = UNSET
        if not isinstance(self.time_on_demand_retired, Unset):
            time_on_demand_retired = self.time_on_demand_retired.isoformat()

        time_dedicated_retired: str | Unset = UNSET
        if not isinstance(self.time_dedicated_retired, Unset):
            time_dedicated_retired = self.time_dedicated_retired.isoformat()

        freeform_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freeform_tags, Unset):
            freeform_tags = self.freeform_tags.to_dict()

        defined_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defined_tags, Unset):
            defined_tags = self.defined_tags.to_dict()

        system_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_tags, Unset):
            system_tags = self.system_tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "compartmentId": compartment_id,
                "capabilities": capabilities,
                "lifecycleState": lifecycle_state,
                "timeCreated": time_created,
                "type": type_,
            }
        )
        if lifecycle_details is not UNSET:
            field_dict["lifecycleDetails"] = lifecycle_details
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if version is not UNSET:
            field_dict["version"] = version
        if base_model_id is not UNSET:
            field_dict["baseModelId"] = base_model_id
        if fine_tune_details is not UNSET:
            field_dict["fineTuneDetails"] = fine_tune_details
        if model_metrics is not UNSET:
            field_dict["modelMetrics"] = model_metrics
        if is_long_term_supported is not UNSET:
            field_dict["isLongTermSupported"] = is_long_term_supported
        if time_deprecated is not UNSET:
            field_dict["timeDeprecated"] = time_deprecated
        if time_on_demand_retired is not UNSET:
            field_dict["timeOnDemandRetired"] = time_on_demand_retired
        if time_dedicated_retired is not UNSET:
            field_dict["timeDedicatedRetired"] = time_dedicated_retired
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags
        if system_tags is not UNSET:
            field_dict["systemTags"] = system_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:

            def _parse_capabilities_item(data: object) -> ModelCapability | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    capabilities_item_type_0 = ModelCapability(data)

                    return capabilities_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ModelCapability | str, data)

            capabilities_item = _parse_capabilities_item(capabilities_item_data)

            capabilities.append(capabilities_item)

        def _parse_lifecycle_state(data: object) -> ModelLifecycleState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifecycle_state_type_0 = ModelLifecycleState(data)

                return lifecycle_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLifecycleState | str, data)

        lifecycle_state = _parse_lifecycle_state(d.pop("lifecycleState"))

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        def _parse_type_(data: object) -> ModelType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ModelType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelType | str, data)

        type_ = _parse_type_(d.pop("type"))

        lifecycle_details = d.pop("lifecycleDetails", UNSET)

        display_name = d.pop("displayName", UNSET)

        vendor = d.pop("vendor", UNSET)

        version = d.pop("version", UNSET)

        base_model_id = d.pop("baseModelId", UNSET)

        _fine_tune_details = d.pop("fineTuneDetails", UNSET)
        fine_tune_details: FineTuneDetails | Unset
        if isinstance(_fine_tune_details, Unset):
            fine_tune_details = UNSET
        else:
            fine_tune_details = FineTuneDetails.from_dict(_fine_tune_details)

        def _parse_model_metrics(
            data: object,
        ) -> ChatModelMetrics | ModelMetrics | TextGenerationModelMetrics | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_metrics_type_0 = TextGenerationModelMetrics.from_dict(data)

                return model_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_metrics_type_1 = ChatModelMetrics.from_dict(data)

                return model_metrics_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            model_metrics_type_2 = ModelMetrics.from_dict(data)

            return model_metrics_type_2

        model_metrics = _parse_model_metrics(d.pop("modelMetrics", UNSET))

        is_long_term_supported = d.pop("isLongTermSupported", UNSET)

        _time_deprecated = d.pop("timeDeprecated", UNSET)
        time_deprecated: datetime.datetime | Unset
        if isinstance(_time_deprecated, Unset):
            time_deprecated = UNSET
        else:
            time_deprecated = datetime.datetime.fromisoformat(_time_deprecated)

        _time_on_demand_retired = d.pop("timeOnDemandRetired", UNSET)
        time_on_demand_retired: datetime.datetime | Unset
        if isinstance(_time_on_demand_retired, Unset):
            time_on_demand_retired = UNSET
        else:
            time_on_demand_retired = datetime.datetime.fromisoformat(
                _time_on_demand_retired
            )

        _time_dedicated_retired = d.pop("timeDedicatedRetired", UNSET)
        time_dedicated_retired: datetime.datetime | Unset
        if isinstance(_time_dedicated_retired, Unset):
            time_dedicated_retired = UNSET
        else:
            time_dedicated_retired = datetime.datetime.fromisoformat(
                _time_dedicated_retired
            )

        _freeform_tags = d.pop("freeformTags", UNSET)
        freeform_tags: FreeformTags | Unset
        if isinstance(_freeform_tags, Unset):
            freeform_tags = UNSET
        else:
            freeform_tags = FreeformTags.from_dict(_freeform_tags)

        _defined_tags = d.pop("definedTags", UNSET)
        defined_tags: DefinedTags | Unset
        if isinstance(_defined_tags, Unset):
            defined_tags = UNSET
        else:
            defined_tags = DefinedTags.from_dict(_defined_tags)

        _system_tags = d.pop("systemTags", UNSET)
        system_tags: SystemTags | Unset
        if isinstance(_system_tags, Unset):
            system_tags = UNSET
        else:
            system_tags = SystemTags.from_dict(_system_tags)

        model_summary = cls(
            id=id,
            compartment_id=compartment_id,
            capabilities=capabilities,
            lifecycle_state=lifecycle_state,
            time_created=time_created,
            type_=type_,
            lifecycle_details=lifecycle_details,
            display_name=display_name,
            vendor=vendor,
            version=version,
            base_model_id=base_model_id,
            fine_tune_details=fine_tune_details,
            model_metrics=model_metrics,
            is_long_term_supported=is_long_term_supported,
            time_deprecated=time_deprecated,
            time_on_demand_retired=time_on_demand_retired,
            time_dedicated_retired=time_dedicated_retired,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
            system_tags=system_tags,
        )

        model_summary.additional_properties = d
        return model_summary

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
