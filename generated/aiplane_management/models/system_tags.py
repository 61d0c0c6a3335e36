from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.system_tags_additional_property import SystemTagsAdditionalProperty

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.system_tags_additional_property import SystemTagsAdditionalProperty  # noqa: PLC0415

    globals().update(
        SystemTagsAdditionalProperty=SystemTagsAdditionalProperty,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="SystemTags")

_FIELD_TYPES = _checks.Fields(
    "SystemTags",
    {},
    extra=_checks.OBJECT,
)


@_attrs_define(repr=False)
class SystemTags:
    """System tags for this resource. Each key is predefined and scoped to a namespace.
    Example: `{"orcl-cloud": {"free-tier-retained": "true"}}`

        Example:
            {'orcl-cloud': {'free-tier-retained': 'true'}}

    """

    additional_properties: dict[str, SystemTagsAdditionalProperty] = _attrs_field(
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
        system_tags = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SystemTagsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        system_tags.additional_properties = additional_properties
        return system_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SystemTagsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SystemTagsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
