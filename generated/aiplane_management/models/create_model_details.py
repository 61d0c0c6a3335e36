from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.defined_tags import DefinedTags
    from ..models.fine_tune_details import FineTuneDetails
    from ..models.freeform_tags import FreeformTags

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.fine_tune_details import FineTuneDetails  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415

    globals().update(
        DefinedTags=DefinedTags,
        FineTuneDetails=FineTuneDetails,
        FreeformTags=FreeformTags,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="CreateModelDetails")

_FIELD_TYPES = _checks.Fields(
    "CreateModelDetails",
    {
        "compartmentId": _checks.STRING,
        "baseModelId": _checks.STRING,
        "fineTuneDetails": _checks.OBJECT,
        "displayName": _checks.STRING,
        "vendor": _checks.STRING,
        "version": _checks.STRING,
        "description": _checks.STRING,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class CreateModelDetails:
    """The data to create a custom model by fine-tuning a base model.

    Example:
        {'displayName': 'my-custom-model', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'baseModelId':
            'ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya',
            'fineTuneDetails': {'trainingDataset': {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz',
            'bucketName': 'fine-tuning-data', 'objectName': 'train.jsonl'}, 'dedicatedAiClusterId':
            'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'LORA_TRAINING_CONFIG', 'totalTrainingEpochs': 1, 'learningRate': 0.0002, 'loraR': 8,
            'loraAlpha': 8, 'loraDropout': 0.1}}}

    Attributes:
        compartment_id (str): The compartment OCID for fine-tuned models. For pretrained models, this value is null.
            Example: ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
        base_model_id (str): The OCID of the base model that's used for fine-tuning. Example:
            ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceyaeamxpkvjhthrqorbgbwwjpvhadmnoaumcpstnaqaybya.
        fine_tune_details (FineTuneDetails): Details about fine-tuning a custom model. Example: {'trainingDataset':
            {'datasetType': 'OBJECT_STORAGE', 'namespaceName': 'axk2qjtrpxyz', 'bucketName': 'fine-tuning-data',
            'objectName': 'train.jsonl'}, 'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaa2jt6gktf3cr5mxynsl3x6anbtdeqlvmwxiyvaxuxmkka', 'trainingConfig':
            {'trainingConfigType': 'TFEW_TRAINING_CONFIG', 'totalTrainingEpochs': 3, 'learningRate': 0.01,
            'trainingBatchSize': 16}}.
        display_name (str | Unset): A user-friendly name. Example: my-custom-model.
        vendor (str | Unset): The provider of the model. Example: cohere.
        version (str | Unset): The version of the model. Example: 1.0.
        description (str | Unset): An optional description of the model. Example: Support assistant fine-tuned on the
            2023 ticket archive..
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
    """

    compartment_id: str
    base_model_id: str
    fine_tune_details: FineTuneDetails
    display_name: str | Unset = UNSET
    vendor: str | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        compartment_id = self.compartment_id

        base_model_id = self.base_model_id

        fine_tune_details = self.fine_tune_details.to_dict()

        display_name = self.display_name

        vendor = self.vendor

        version = self.version

        description = self.description

        freeform_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freeform_tags, Unset):
            freeform_tags = self.freeform_tags.to_dict()

        defined_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defined_tags, Unset):
            defined_tags = self.defined_tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compartmentId": compartment_id,
                "baseModelId": base_model_id,
                "fineTuneDetails": fine_tune_details,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        compartment_id = d.pop("compartmentId")

        base_model_id = d.pop("baseModelId")

        fine_tune_details = FineTuneDetails.from_dict(d.pop("fineTuneDetails"))

        display_name = d.pop("displayName", UNSET)

        vendor = d.pop("vendor", UNSET)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

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

        create_model_details = cls(
            compartment_id=compartment_id,
            base_model_id=base_model_id,
            fine_tune_details=fine_tune_details,
            display_name=display_name,
            vendor=vendor,
            version=version,
            description=description,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        create_model_details.additional_properties = d
        return create_model_details

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
