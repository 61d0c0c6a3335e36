from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.response_format_json_schema_type import ResponseFormatJsonSchemaType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_details import (
        ResponseFormatJsonSchemaDetails,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.response_format_json_schema_details import (
        ResponseFormatJsonSchemaDetails,  # noqa: PLC0415
    )

    globals().update(
        ResponseFormatJsonSchemaDetails=ResponseFormatJsonSchemaDetails,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ResponseFormatJsonSchema")

_FIELD_TYPES = _checks.Fields(
    "ResponseFormatJsonSchema",
    {
        "type": _checks.STRING,
        "json_schema": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ResponseFormatJsonSchema:
    """Answer with JSON that follows the given JSON Schema (structured outputs).

    Attributes:
        type_ (ResponseFormatJsonSchemaType): Always `json_schema`. Default: ResponseFormatJsonSchemaType.JSON_SCHEMA.
        json_schema (ResponseFormatJsonSchemaDetails): The JSON Schema the answer must follow.
    """

    json_schema: ResponseFormatJsonSchemaDetails
    type_: ResponseFormatJsonSchemaType = ResponseFormatJsonSchemaType.JSON_SCHEMA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ResponseFormatJsonSchemaType(d.pop("type"))

        json_schema = ResponseFormatJsonSchemaDetails.from_dict(d.pop("json_schema"))

        response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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
