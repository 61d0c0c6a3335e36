from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.endpoint_lifecycle_state import EndpointLifecycleState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_moderation_config import ContentModerationConfig
    from ..models.defined_tags import DefinedTags
    from ..models.freeform_tags import FreeformTags
    from ..models.pii_detection_config import PiiDetectionConfig
    from ..models.prompt_injection_config import PromptInjectionConfig
    from ..models.system_tags import SystemTags

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.content_moderation_config import ContentModerationConfig  # noqa: PLC0415
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415
    from ..models.pii_detection_config import PiiDetectionConfig  # noqa: PLC0415
    from ..models.prompt_injection_config import PromptInjectionConfig  # noqa: PLC0415
    from ..models.system_tags import SystemTags  # noqa: PLC0415

    globals().update(
        ContentModerationConfig=ContentModerationConfig,
        DefinedTags=DefinedTags,
        FreeformTags=FreeformTags,
        PiiDetectionConfig=PiiDetectionConfig,
        PromptInjectionConfig=PromptInjectionConfig,
        SystemTags=SystemTags,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="Endpoint")

_FIELD_TYPES = _checks.Fields(
    "Endpoint",
    {
        "id": _checks.STRING,
        "modelId": _checks.STRING,
        "compartmentId": _checks.STRING,
        "dedicatedAiClusterId": _checks.STRING,
        "timeCreated": _checks.STRING,
        "lifecycleState": _checks.STRING,
        "displayName": _checks.STRING,
        "description": _checks.STRING,
        "generativeAiPrivateEndpointId": _checks.STRING,
        "timeUpdated": _checks.STRING,
        "lifecycleDetails": _checks.STRING,
        "contentModerationConfig": _checks.OBJECT,
        "promptInjectionConfig": _checks.OBJECT,
        "piiDetectionConfig": _checks.OBJECT,
        "previousState": _checks.OBJECT,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
        "systemTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class Endpoint:
    """To host a custom model for inference, create an endpoint for that model on a dedicated AI cluster of
    type HOSTING.

        Example:
            {'id': 'ocid1.generativeaiendpoint.oc1.us-
                chicago-1.amaaaaaa74akfsaa5pztlqejzdqivhflorz5t7g7z2rxu6yvhrfgcdg3yqqa', 'displayName': 'my-chat-endpoint',
                'description': 'Chat endpoint for the support assistant.', 'modelId': 'ocid1.generativeaimodel.oc1.us-
                chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq', 'compartmentId':
                'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'dedicatedAiClusterId':
                'ocid1.generativeaidedicatedaicluster.oc1.us-
                chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla', 'timeCreated':
                '2024-01-04T09:00:00.000Z', 'timeUpdated': '2024-01-04T09:20:00.000Z', 'lifecycleState': 'ACTIVE',
                'lifecycleDetails': 'The endpoint is active.', 'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True},
                'freeformTags': {'Department': 'Finance'}, 'definedTags': {}, 'systemTags': {}}

        Attributes:
            id (str): An OCID that uniquely identifies this endpoint resource. Example: ocid1.generativeaiendpoint.oc1.us-
                chicago-1.amaaaaaa74akfsaa5pztlqejzdqivhflorz5t7g7z2rxu6yvhrfgcdg3yqqa.
            model_id (str): The OCID of the model that's used to create this endpoint. Example:
                ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq.
            compartment_id (str): The compartment OCID to create the endpoint in. Example:
                ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
            dedicated_ai_cluster_id (str): The OCID of the dedicated AI cluster on which the model will be deployed to.
                Example: ocid1.generativeaidedicatedaicluster.oc1.us-
                chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla.
            time_created (datetime.datetime): The date and time that the endpoint was created in the format of an RFC3339
                datetime string. Example: 2024-01-04T09:00:00.000Z.
            lifecycle_state (EndpointLifecycleState | str): The current state of the endpoint. Example: ACTIVE.
            display_name (str | Unset): A user-friendly name. Does not have to be unique, and it's changeable. Example: my-
                chat-endpoint.
            description (str | Unset): An optional description of the endpoint. Example: Chat endpoint for the support
                assistant..
            generative_ai_private_endpoint_id (str | Unset): The OCID of the Generative AI private endpoint to which this
                endpoint is attached to. Example: ocid1.generativeaiprivateendpoint.oc1.us-
                chicago-1.amaaaaaa74akfsaaxoc7gn5bzm7xomn2bbtnqyx53a4gcq7xj3cn7vuf6yda.
            time_updated (datetime.datetime | Unset): The date and time that the endpoint was updated in the format of an
                RFC3339 datetime string. Example: 2024-01-04T09:20:00.000Z.
            lifecycle_details (str | Unset): A message describing the current state of the endpoint in more detail that can
                provide actionable information. Example: The endpoint is active..
            content_moderation_config (ContentModerationConfig | Unset): The configuration details, whether to add the
                content moderation feature to the model. Content moderation removes toxic and biased content from responses.
                Example: {'mode': 'BLOCK', 'isEnabled': True}.
            prompt_injection_config (PromptInjectionConfig | Unset): The configuration details for prompt injection
                detection. Example: {'mode': 'INFORM', 'isEnabled': True}.
            pii_detection_config (PiiDetectionConfig | Unset): The configuration details for personally identifiable
                information (PII) detection. Example: {'mode': 'BLOCK', 'isEnabled': False}.
            previous_state (Endpoint | Unset): To host a custom model for inference, create an endpoint for that model on a
                dedicated AI cluster of
                type HOSTING.
                 Example: {'id': 'ocid1.generativeaiendpoint.oc1.us-
                chicago-1.amaaaaaa74akfsaa5pztlqejzdqivhflorz5t7g7z2rxu6yvhrfgcdg3yqqa', 'displayName': 'my-chat-endpoint',
                'description': 'Chat endpoint for the support assistant.', 'modelId': 'ocid1.generativeaimodel.oc1.us-
                chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq', 'compartmentId':
                'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'dedicatedAiClusterId':
                'ocid1.generativeaidedicatedaicluster.oc1.us-
                chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla', 'timeCreated':
                '2024-01-04T09:00:00.000Z', 'timeUpdated': '2024-01-04T09:20:00.000Z', 'lifecycleState': 'ACTIVE',
                'lifecycleDetails': 'The endpoint is active.', 'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True},
                'freeformTags': {'Department': 'Finance'}, 'definedTags': {}, 'systemTags': {}}.
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
    model_id: str
    compartment_id: str
    dedicated_ai_cluster_id: str
    time_created: datetime.datetime
    lifecycle_state: EndpointLifecycleState | str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    generative_ai_private_endpoint_id: str | Unset = UNSET
    time_updated: datetime.datetime | Unset = UNSET
    lifecycle_details: str | Unset = UNSET
    content_moderation_config: ContentModerationConfig | Unset = UNSET
    prompt_injection_config: PromptInjectionConfig | Unset = UNSET
    pii_detection_config: PiiDetectionConfig | Unset = UNSET
    previous_state: Endpoint | Unset = UNSET
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

        model_id = self.model_id

        compartment_id = self.compartment_id

        dedicated_ai_cluster_id = self.dedicated_ai_cluster_id

        time_created = self.time_created.isoformat()

        lifecycle_state: str
        if isinstance(self.lifecycle_state, EndpointLifecycleState):
            lifecycle_state = self.lifecycle_state.value
        else:
            lifecycle_state = self.lifecycle_state

        display_name = self.display_name

        description = self.description

        generative_ai_private_endpoint_id = self.generative_ai_private_endpoint_id

        time_updated: str | Unset = UNSET
        if not isinstance(self.time_updated, Unset):
            time_updated = self.time_updated.isoformat()

        lifecycle_details = self.lifecycle_details

        content_moderation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_moderation_config, Unset):
            content_moderation_config = self.content_moderation_config.to_dict()

        prompt_injection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_injection_config, Unset):
            prompt_injection_config = self.prompt_injection_config.to_dict()

        pii_detection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pii_detection_config, Unset):
            pii_detection_config = self.pii_detection_config.to_dict()

        previous_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_state, Unset):
            previous_state = self.previous_state.to_dict()

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
                "modelId": model_id,
                "compartmentId": compartment_id,
                "dedicatedAiClusterId": dedicated_ai_cluster_id,
                "timeCreated": time_created,
                "lifecycleState": lifecycle_state,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if generative_ai_private_endpoint_id is not UNSET:
            field_dict["generativeAiPrivateEndpointId"] = (
                generative_ai_private_endpoint_id
            )
        if time_updated is not UNSET:
            field_dict["timeUpdated"] = time_updated
        if lifecycle_details is not UNSET:
            field_dict["lifecycleDetails"] = lifecycle_details
        if content_moderation_config is not UNSET:
            field_dict["contentModerationConfig"] = content_moderation_config
        if prompt_injection_config is not UNSET:
            field_dict["promptInjectionConfig"] = prompt_injection_config
        if pii_detection_config is not UNSET:
            field_dict["piiDetectionConfig"] = pii_detection_config
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
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

        model_id = d.pop("modelId")

        compartment_id = d.pop("compartmentId")

        dedicated_ai_cluster_id = d.pop("dedicatedAiClusterId")

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        def _parse_lifecycle_state(data: object) -> EndpointLifecycleState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifecycle_state_type_0 = EndpointLifecycleState(data)

                return lifecycle_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointLifecycleState | str, data)

        lifecycle_state = _parse_lifecycle_state(d.pop("lifecycleState"))

        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        generative_ai_private_endpoint_id = d.pop(
            "generativeAiPrivateEndpointId", UNSET
        )

        _time_updated = d.pop("timeUpdated", UNSET)
        time_updated: datetime.datetime | Unset
        if isinstance(_time_updated, Unset):
            time_updated = UNSET
        else:
            time_updated = datetime.datetime.fromisoformat(_time_updated)

        lifecycle_details = d.pop("lifecycleDetails", UNSET)

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

        _previous_state = d.pop("previousState", UNSET)
        previous_state: Endpoint | Unset
        if isinstance(_previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = Endpoint.from_dict(_previous_state)

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

        endpoint = cls(
            id=id,
            model_id=model_id,
            compartment_id=compartment_id,
            dedicated_ai_cluster_id=dedicated_ai_cluster_id,
            time_created=time_created,
            lifecycle_state=lifecycle_state,
            display_name=display_name,
            description=description,
            generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
            time_updated=time_updated,
            lifecycle_details=lifecycle_details,
            content_moderation_config=content_moderation_config,
            prompt_injection_config=prompt_injection_config,
            pii_detection_config=pii_detection_config,
            previous_state=previous_state,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
            system_tags=system_tags,
        )

        endpoint.additional_properties = d
        return endpoint

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
