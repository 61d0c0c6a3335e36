from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.dedicated_ai_cluster_lifecycle_state import (
    DedicatedAiClusterLifecycleState,
)
from ..models.dedicated_ai_cluster_type import DedicatedAiClusterType
from ..models.dedicated_ai_cluster_unit_shape import DedicatedAiClusterUnitShape
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_ai_cluster_capacity import DedicatedAiClusterCapacity
    from ..models.dedicated_ai_cluster_hosting_capacity import (
        DedicatedAiClusterHostingCapacity,
    )
    from ..models.defined_tags import DefinedTags
    from ..models.freeform_tags import FreeformTags
    from ..models.system_tags import SystemTags

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.dedicated_ai_cluster_capacity import DedicatedAiClusterCapacity  # noqa: PLC0415
    from ..models.dedicated_ai_cluster_hosting_capacity import (
        DedicatedAiClusterHostingCapacity,  # noqa: PLC0415
    )
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415
    from ..models.system_tags import SystemTags  # noqa: PLC0415

    globals().update(
        DedicatedAiClusterCapacity=DedicatedAiClusterCapacity,
        DedicatedAiClusterHostingCapacity=DedicatedAiClusterHostingCapacity,
        DefinedTags=DefinedTags,
        FreeformTags=FreeformTags,
        SystemTags=SystemTags,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="DedicatedAiClusterSummary")

_FIELD_TYPES = _checks.Fields(
    "DedicatedAiClusterSummary",
    {
        "id": _checks.STRING,
        "type": _checks.STRING,
        "compartmentId": _checks.STRING,
        "timeCreated": _checks.STRING,
        "lifecycleState": _checks.STRING,
        "unitCount": _checks.INTEGER,
        "unitShape": _checks.STRING,
        "displayName": _checks.STRING,
        "description": _checks.STRING,
        "timeUpdated": _checks.STRING,
        "lifecycleDetails": _checks.STRING,
        "capacityReservationId": _checks.STRING,
        "capacity": _checks.OBJECT,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
        "systemTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class DedicatedAiClusterSummary:
    """Summary information about a dedicated AI cluster, as returned by listDedicatedAiClusters.

    Example:
        {'id': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla', 'displayName': 'my-hosting-cluster',
            'type': 'HOSTING', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'timeCreated':
            '2024-01-01T00:00:00.000Z', 'lifecycleState': 'ACTIVE', 'unitCount': 1, 'unitShape': 'LARGE_COHERE_V2_2'}

    Attributes:
        id (str): The [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the dedicated AI
            cluster. Example: ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla.
        type_ (DedicatedAiClusterType | str): The dedicated AI cluster type indicating whether this is a fine-
            tuning/training processor or hosting/inference processor. Documented values are `HOSTING` and `FINE_TUNING`.
            Example: HOSTING.
        compartment_id (str): The compartment OCID to create the dedicated AI cluster in. Example:
            ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
        time_created (datetime.datetime): The date and time the dedicated AI cluster was created, in the format defined
            by RFC 3339. Example: 2024-01-01T00:00:00.000Z.
        lifecycle_state (DedicatedAiClusterLifecycleState | str): The current state of the dedicated AI cluster.
            Example: ACTIVE.
        unit_count (int): The number of dedicated units in this AI cluster. Example: 1.
        unit_shape (DedicatedAiClusterUnitShape | str): The shape of dedicated unit in this AI cluster. Example:
            LARGE_COHERE_V2_2.
        display_name (str | Unset): A user-friendly name. Does not have to be unique, and it's changeable. Example: my-
            hosting-cluster.
        description (str | Unset): An optional description of the dedicated AI cluster. Example: Hosting cluster for the
            chat endpoint..
        time_updated (datetime.datetime | Unset): The date and time the dedicated AI cluster was updated, in the format
            defined by RFC 3339. Example: 2024-01-01T00:12:00.000Z.
        lifecycle_details (str | Unset): A message describing the current state of the dedicated AI cluster in more
            detail that can provide actionable information. Example: The dedicated AI cluster is active..
        capacity_reservation_id (str | Unset): The
            [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the capacity reservation.
            Example: ocid1.capacityreservation.oc1.us-
            chicago-1.anxxeljr74akfsaabvx3wjm3gbnzzjo4ykgzvdlzpdp2fqmgz2oegdq4c6ja.
        capacity (DedicatedAiClusterCapacity | DedicatedAiClusterHostingCapacity | Unset): The capacity of the dedicated
            AI cluster, polymorphic on `capacityType` (`HOSTING_CAPACITY` ->
            DedicatedAiClusterHostingCapacity). Unknown capacity types parse as the base DedicatedAiClusterCapacity.
             Example: {'capacityType': 'HOSTING_CAPACITY', 'totalEndpointCapacity': 50, 'usedEndpointCapacity': 1}.
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
    type_: DedicatedAiClusterType | str
    compartment_id: str
    time_created: datetime.datetime
    lifecycle_state: DedicatedAiClusterLifecycleState | str
    unit_count: int
    unit_shape: DedicatedAiClusterUnitShape | str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    time_updated: datetime.datetime | Unset = UNSET
    lifecycle_details: str | Unset = UNSET
    capacity_reservation_id: str | Unset = UNSET
    capacity: DedicatedAiClusterCapacity | DedicatedAiClusterHostingCapacity | Unset = (
        UNSET
    )
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

        type_: str
        if isinstance(self.type_, DedicatedAiClusterType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        compartment_id = self.compartment_id

        time_created = self.time_created.isoformat()

        lifecycle_state: str
        if isinstance(self.lifecycle_state, DedicatedAiClusterLifecycleState):
            lifecycle_state = self.lifecycle_state.value
        else:
            lifecycle_state = self.lifecycle_state

        unit_count = self.unit_count

        unit_shape: str
        if isinstance(self.unit_shape, DedicatedAiClusterUnitShape):
            unit_shape = self.unit_shape.value
        else:
            unit_shape = self.unit_shape

        display_name = self.display_name

        description = self.description

        time_updated: str | Unset = UNSET
        if not isinstance(self.time_updated, Unset):
            time_updated = self.time_updated.isoformat()

        lifecycle_details = self.lifecycle_details

        capacity_reservation_id = self.capacity_reservation_id

        capacity: dict[str, Any] | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        elif isinstance(self.capacity, DedicatedAiClusterHostingCapacity):
            capacity = self.capacity.to_dict()
        else:
            capacity = self.capacity.to_dict()

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
                "type": type_,
                "compartmentId": compartment_id,
                "timeCreated": time_created,
                "lifecycleState": lifecycle_state,
                "unitCount": unit_count,
                "unitShape": unit_shape,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if time_updated is not UNSET:
            field_dict["timeUpdated"] = time_updated
        if lifecycle_details is not UNSET:
            field_dict["lifecycleDetails"] = lifecycle_details
        if capacity_reservation_id is not UNSET:
            field_dict["capacityReservationId"] = capacity_reservation_id
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
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

        def _parse_type_(data: object) -> DedicatedAiClusterType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DedicatedAiClusterType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DedicatedAiClusterType | str, data)

        type_ = _parse_type_(d.pop("type"))

        compartment_id = d.pop("compartmentId")

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        def _parse_lifecycle_state(
            data: object,
        ) -> DedicatedAiClusterLifecycleState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifecycle_state_type_0 = DedicatedAiClusterLifecycleState(data)

                return lifecycle_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DedicatedAiClusterLifecycleState | str, data)

        lifecycle_state = _parse_lifecycle_state(d.pop("lifecycleState"))

        unit_count = d.pop("unitCount")

        def _parse_unit_shape(data: object) -> DedicatedAiClusterUnitShape | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_shape_type_0 = DedicatedAiClusterUnitShape(data)

                return unit_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DedicatedAiClusterUnitShape | str, data)

        unit_shape = _parse_unit_shape(d.pop("unitShape"))

        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        _time_updated = d.pop("timeUpdated", UNSET)
        time_updated: datetime.datetime | Unset
        if isinstance(_time_updated, Unset):
            time_updated = UNSET
        else:
            time_updated = datetime.datetime.fromisoformat(_time_updated)

        lifecycle_details = d.pop("lifecycleDetails", UNSET)

        capacity_reservation_id = d.pop("capacityReservationId", UNSET)

        def _parse_capacity(
            data: object,
        ) -> DedicatedAiClusterCapacity | DedicatedAiClusterHostingCapacity | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capacity_type_0 = DedicatedAiClusterHostingCapacity.from_dict(data)

                return capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            capacity_type_1 = DedicatedAiClusterCapacity.from_dict(data)

            return capacity_type_1

        capacity = _parse_capacity(d.pop("capacity", UNSET))

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

        dedicated_ai_cluster_summary = cls(
            id=id,
            type_=type_,
            compartment_id=compartment_id,
            time_created=time_created,
            lifecycle_state=lifecycle_state,
            unit_count=unit_count,
            unit_shape=unit_shape,
            display_name=display_name,
            description=description,
            time_updated=time_updated,
            lifecycle_details=lifecycle_details,
            capacity_reservation_id=capacity_reservation_id,
            capacity=capacity,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
            system_tags=system_tags,
        )

        dedicated_ai_cluster_summary.additional_properties = d
        return dedicated_ai_cluster_summary

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
