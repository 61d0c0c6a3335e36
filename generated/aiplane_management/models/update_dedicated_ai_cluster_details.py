from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
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


T = TypeVar("T", bound="UpdateDedicatedAiClusterDetails")

_FIELD_TYPES = _checks.Fields(
    "UpdateDedicatedAiClusterDetails",
    {
        "displayName": _checks.STRING,
        "description": _checks.STRING,
        "unitCount": _checks.INTEGER,
        "freeformTags": _checks.OBJECT,
        "definedTags": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class UpdateDedicatedAiClusterDetails:
    """The data to update a dedicated AI cluster. Only the fields that are present are changed.

    Example:
        {'displayName': 'my-hosting-cluster-2', 'unitCount': 2}

    Attributes:
        display_name (str | Unset): A user-friendly name. Does not have to be unique, and it's changeable. Example: my-
            hosting-cluster-2.
        description (str | Unset): An optional description of the dedicated AI cluster. Example: Hosting cluster for the
            chat endpoint..
        unit_count (int | Unset): The number of dedicated units in this AI cluster. Example: 2.
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
    unit_count: int | Unset = UNSET
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

        unit_count = self.unit_count

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
        if unit_count is not UNSET:
            field_dict["unitCount"] = unit_count
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

        unit_count = d.pop("unitCount", UNSET)

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

        update_dedicated_ai_cluster_details = cls(
            display_name=display_name,
            description=description,
            unit_count=unit_count,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        update_dedicated_ai_cluster_details.additional_properties = d
        return update_dedicated_ai_cluster_details

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
