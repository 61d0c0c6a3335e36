from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.dedicated_ai_cluster_type import DedicatedAiClusterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.defined_tags import DefinedTags
    from ..models.freeform_tags import FreeformTags

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.defined_tags import DefinedTags  # noqa: PLC0415
    from ..models.freeform_tags import FreeformTags  # noqa: PLC0415

    globals().update(
        DefinedTags=DefinedTags,
        FreeformTags=FreeformTags,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="CreateDedicatedAiClusterDetails")

_FIELD_TYPES = _checks.Fields(
    "CreateDedicatedAiClusterDetails",
    {
        "type": _checks.STRING,
        "compartmentId": _checks.STRING,
        "unitCount": _checks.INTEGER,
        "unitShape": _checks.STRING,
        "displayName": _checks.STRING,
        "description": _checks.STRING,
        "capacityReservationId": _checks.STRING,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class CreateDedicatedAiClusterDetails:
    """The data to create a dedicated AI cluster.

    Example:
        {'displayName': 'my-hosting-cluster', 'type': 'HOSTING', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'unitCount': 1,
            'unitShape': 'LARGE_COHERE_V2_2'}

    Attributes:
        type_ (DedicatedAiClusterType | str): The dedicated AI cluster type indicating whether this is a fine-
            tuning/training processor or
            hosting/inference processor. Allowed values are `HOSTING` and `FINE_TUNING`.
             Example: HOSTING.
        compartment_id (str): The compartment OCID to create the dedicated AI cluster in. Example:
            ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq.
        unit_count (int): The number of dedicated units in this AI cluster. Example: 1.
        unit_shape (str): The shape of dedicated unit in this AI cluster. Allowed values are: LARGE_COHERE,
            LARGE_COHERE_V2,
            SMALL_COHERE, SMALL_COHERE_V2, SMALL_COHERE_4, EMBED_COHERE, LLAMA2_70, LARGE_GENERIC,
            LARGE_COHERE_V2_2, LARGE_GENERIC_4, SMALL_GENERIC_V2, LARGE_GENERIC_2, LARGE_GENERIC_V3,
            LARGE_COHERE_V3, RERANK_COHERE, SMALL_GENERIC_V1, MEDIUM_GENERIC_V1, LARGE_GENERIC_V1, A10_X1,
            A10_X2, A10_X4, A100_40G_X1, A100_40G_X2, A100_40G_X4, A100_40G_X8, A100_80G_X1, A100_80G_X2,
            A100_80G_X4, A100_80G_X8, H100_X1, H100_X2, H100_X4, H100_X8, H100_X16, H100_X32, H200_X1,
            H200_X2, H200_X4, H200_X8. The value is not validated client-side; the service may accept more.
             Example: LARGE_COHERE_V2_2.
        display_name (str | Unset): A user-friendly name. Does not have to be unique, and it's changeable. Example: my-
            hosting-cluster.
        description (str | Unset): An optional description of the dedicated AI cluster. Example: Hosting cluster for the
            chat endpoint..
        capacity_reservation_id (str | Unset): The
            [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the capacity reservation.
            Example: ocid1.capacityreservation.oc1.us-
            chicago-1.anxxeljr74akfsaabvx3wjm3gbnzzjo4ykgzvdlzpdp2fqmgz2oegdq4c6ja.
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

    type_: DedicatedAiClusterType | str
    compartment_id: str
    unit_count: int
    unit_shape: str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    capacity_reservation_id: str | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_: str
        if isinstance(self.type_, DedicatedAiClusterType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        compartment_id = self.compartment_id

        unit_count = self.unit_count

        unit_shape = self.unit_shape

        display_name = self.display_name

        description = self.description

        capacity_reservation_id = self.capacity_reservation_id

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
                "type": type_,
                "compartmentId": compartment_id,
                "unitCount": unit_count,
                "unitShape": unit_shape,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if capacity_reservation_id is not UNSET:
            field_dict["capacityReservationId"] = capacity_reservation_id
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

        unit_count = d.pop("unitCount")

        unit_shape = d.pop("unitShape")

        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        capacity_reservation_id = d.pop("capacityReservationId", UNSET)

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

        create_dedicated_ai_cluster_details = cls(
            type_=type_,
            compartment_id=compartment_id,
            unit_count=unit_count,
            unit_shape=unit_shape,
            display_name=display_name,
            description=description,
            capacity_reservation_id=capacity_reservation_id,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        create_dedicated_ai_cluster_details.additional_properties = d
        return create_dedicated_ai_cluster_details

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
