from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.work_request_resource_action_type import WorkRequestResourceActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_request_resource_metadata import WorkRequestResourceMetadata

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.work_request_resource_metadata import WorkRequestResourceMetadata  # noqa: PLC0415

    globals().update(
        WorkRequestResourceMetadata=WorkRequestResourceMetadata,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="WorkRequestResource")

_FIELD_TYPES = _checks.Fields(
    "WorkRequestResource",
    {
        "entityType": _checks.STRING,
        "actionType": _checks.STRING,
        "identifier": _checks.STRING,
        "entityUri": _checks.STRING,
        "metadata": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class WorkRequestResource:
    """A resource created or operated on by a work request.

    Example:
        {'entityType': 'DedicatedAiCluster', 'actionType': 'CREATED', 'identifier':
            'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla', 'entityUri':
            '/20231130/dedicatedAiClusters/ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla'}

    Attributes:
        entity_type (str): The resource type that the work request affects. Example: DedicatedAiCluster.
        action_type (str | WorkRequestResourceActionType): The way in which this resource is affected by the operation
            tracked in the work request. Example: CREATED.
        identifier (str): An [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) or other
            unique identifier for the resource. Example: ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla.
        entity_uri (str | Unset): The URI path that you can use for a GET request to access the resource metadata.
            Example: /20231130/dedicatedAiClusters/ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla.
        metadata (WorkRequestResourceMetadata | Unset): Additional information that helps to explain the resource.
            Example: {'displayName': 'my-hosting-cluster'}.
    """

    entity_type: str
    action_type: str | WorkRequestResourceActionType
    identifier: str
    entity_uri: str | Unset = UNSET
    metadata: WorkRequestResourceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        entity_type = self.entity_type

        action_type: str
        if isinstance(self.action_type, WorkRequestResourceActionType):
            action_type = self.action_type.value
        else:
            action_type = self.action_type

        identifier = self.identifier

        entity_uri = self.entity_uri

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityType": entity_type,
                "actionType": action_type,
                "identifier": identifier,
            }
        )
        if entity_uri is not UNSET:
            field_dict["entityUri"] = entity_uri
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        entity_type = d.pop("entityType")

        def _parse_action_type(data: object) -> str | WorkRequestResourceActionType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_type_0 = WorkRequestResourceActionType(data)

                return action_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkRequestResourceActionType, data)

        action_type = _parse_action_type(d.pop("actionType"))

        identifier = d.pop("identifier")

        entity_uri = d.pop("entityUri", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: WorkRequestResourceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkRequestResourceMetadata.from_dict(_metadata)

        work_request_resource = cls(
            entity_type=entity_type,
            action_type=action_type,
            identifier=identifier,
            entity_uri=entity_uri,
            metadata=metadata,
        )

        work_request_resource.additional_properties = d
        return work_request_resource

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
