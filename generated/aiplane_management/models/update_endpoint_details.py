from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_moderation_config import ContentModerationConfig
    from ..models.defined_tags import DefinedTags
    from ..models.freeform_tags import FreeformTags
    from ..models.pii_detection_config import PiiDetectionConfig
    from ..models.prompt_injection_config import PromptInjectionConfig

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.content_moderation_config import ContentModerationConfig  # noqa: PLC0415
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415
    from ..models.pii_detection_config import PiiDetectionConfig  # noqa: PLC0415
    from ..models.prompt_injection_config import PromptInjectionConfig  # noqa: PLC0415

    globals().update(
        ContentModerationConfig=ContentModerationConfig,
        DefinedTags=DefinedTags,
        FreeformTags=FreeformTags,
        PiiDetectionConfig=PiiDetectionConfig,
        PromptInjectionConfig=PromptInjectionConfig,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="UpdateEndpointDetails")

_FIELD_TYPES = _checks.Fields(
    "UpdateEndpointDetails",
    {
        "displayName": _checks.STRING,
        "description": _checks.STRING,
        "generativeAiPrivateEndpointId": _checks.STRING,
        "contentModerationConfig": _checks.OBJECT,
        "promptInjectionConfig": _checks.OBJECT,
        "piiDetectionConfig": _checks.OBJECT,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class UpdateEndpointDetails:
    """The data to update an endpoint. Only the fields that are present are changed.

    Example:
        {'description': 'Chat endpoint for the support assistant.', 'contentModerationConfig': {'mode': 'INFORM',
            'isEnabled': True}}

    Attributes:
        display_name (str | Unset): A user-friendly name. Does not have to be unique, and it's changeable. Example: my-
            chat-endpoint.
        description (str | Unset): An optional description of the endpoint. Example: Chat endpoint for the support
            assistant..
        generative_ai_private_endpoint_id (str | Unset): The OCID of the Generative AI private endpoint to which this
            endpoint will be attached. Example: ocid1.generativeaiprivateendpoint.oc1.us-
            chicago-1.amaaaaaa74akfsaaxoc7gn5bzm7xomn2bbtnqyx53a4gcq7xj3cn7vuf6yda.
        content_moderation_config (ContentModerationConfig | Unset): The configuration details, whether to add the
            content moderation feature to the model. Content moderation removes toxic and biased content from responses.
            Example: {'mode': 'BLOCK', 'isEnabled': True}.
        prompt_injection_config (PromptInjectionConfig | Unset): The configuration details for prompt injection
            detection. Example: {'mode': 'INFORM', 'isEnabled': True}.
        pii_detection_config (PiiDetectionConfig | Unset): The configuration details for personally identifiable
            information (PII) detection. Example: {'mode': 'BLOCK', 'isEnabled': False}.
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

    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    generative_ai_private_endpoint_id: str | Unset = UNSET
    content_moderation_config: ContentModerationConfig | Unset = UNSET
    prompt_injection_config: PromptInjectionConfig | Unset = UNSET
    pii_detection_config: PiiDetectionConfig | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        display_name = self.display_name

        description = self.description

        generative_ai_private_endpoint_id = self.generative_ai_private_endpoint_id

        content_moderation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_moderation_config, Unset):
            content_moderation_config = self.content_moderation_config.to_dict()

        prompt_injection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_injection_config, Unset):
            prompt_injection_config = self.prompt_injection_config.to_dict()

        pii_detection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pii_detection_config, Unset):
            pii_detection_config = self.pii_detection_config.to_dict()

        freeform_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freeform_tags, Unset):
            freeform_tags = self.freeform_tags.to_dict()

        defined_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defined_tags, Unset):
            defined_tags = self.defined_tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if generative_ai_private_endpoint_id is not UNSET:
            field_dict["generativeAiPrivateEndpointId"] = (
                generative_ai_private_endpoint_id
            )
        if content_moderation_config is not UNSET:
            field_dict["contentModerationConfig"] = content_moderation_config
        if prompt_injection_config is not UNSET:
            field_dict["promptInjectionConfig"] = prompt_injection_config
        if pii_detection_config is not UNSET:
            field_dict["piiDetectionConfig"] = pii_detection_config
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
        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        generative_ai_private_endpoint_id = d.pop(
            "generativeAiPrivateEndpointId", UNSET
        )

        _content_moderation_config = d.pop("contentModerationConfig", UNSET)
        content_moderation_config: ContentModerationConfig | Unset
        if isinstance(_content_moderation_config, Unset):
            content_moderation_config = UNSET
        else:
            content_moderation_config = ContentModerationConfig.from_dict(
                _content_moderation_config
            )

        _prompt_injection_config = d.pop("promptInjectionConfig", UNSET)
        prompt_injection_config: PromptInjectionConfig | Unset
        if isinstance(_prompt_injection_config, Unset):
            prompt_injection_config = UNSET
        else:
            prompt_injection_config = PromptInjectionConfig.from_dict(
                _prompt_injection_config
            )

        _pii_detection_config = d.pop("piiDetectionConfig", UNSET)
        pii_detection_config: PiiDetectionConfig | Unset
        if isinstance(_pii_detection_config, Unset):
            pii_detection_config = UNSET
        else:
            pii_detection_config = PiiDetectionConfig.from_dict(_pii_detection_config)

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

        update_endpoint_details = cls(
            display_name=display_name,
            description=description,
            generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
            content_moderation_config=content_moderation_config,
            prompt_injection_config=prompt_injection_config,
            pii_detection_config=pii_detection_config,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        update_endpoint_details.additional_properties = d
        return update_endpoint_details

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
