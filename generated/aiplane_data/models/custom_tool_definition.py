from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_definition_format import CustomToolDefinitionFormat

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.custom_tool_definition_format import CustomToolDefinitionFormat  # noqa: PLC0415

    globals().update(
        CustomToolDefinitionFormat=CustomToolDefinitionFormat,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="CustomToolDefinition")

_FIELD_TYPES = _checks.Fields(
    "CustomToolDefinition",
    {
        "name": _checks.STRING,
        "description": _checks.STRING,
        "format": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class CustomToolDefinition:
    """A custom tool the model may call.

    Attributes:
        name (str): The tool's name. Example: run_sql.
        description (str | Unset): What the tool does. Example: Runs a read-only SQL query..
        format_ (CustomToolDefinitionFormat | Unset): The input format, type `text` or type `grammar` (with a
            `definition` and a `syntax`); text when omitted. Example: {'type': 'text'}.
    """

    name: str
    description: str | Unset = UNSET
    format_: CustomToolDefinitionFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: CustomToolDefinitionFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = CustomToolDefinitionFormat.from_dict(_format_)

        custom_tool_definition = cls(
            name=name,
            description=description,
            format_=format_,
        )

        custom_tool_definition.additional_properties = d
        return custom_tool_definition

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
