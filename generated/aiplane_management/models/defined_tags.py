from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.defined_tags_additional_property import DefinedTagsAdditionalProperty

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.defined_tags_additional_property import DefinedTagsAdditionalProperty  # noqa: PLC0415

    globals().update(
        DefinedTagsAdditionalProperty=DefinedTagsAdditionalProperty,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="DefinedTags")

_FIELD_TYPES = _checks.Fields(
    "DefinedTags",
    {},
    extra=_checks.OBJECT,
)


@_attrs_define(repr=False)
class DefinedTags:
    """Defined tags for this resource. Each key is predefined and scoped to a namespace. For more
    information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm).
    Example: `{"Operations": {"CostCenter": "42"}}`

        Example:
            {'Operations': {'CostCenter': '42'}}

    """

    additional_properties: dict[str, DefinedTagsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        defined_tags = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DefinedTagsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        defined_tags.additional_properties = additional_properties
        return defined_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DefinedTagsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DefinedTagsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
