from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_details_schema import (
        ResponseFormatJsonSchemaDetailsSchema,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.response_format_json_schema_details_schema import (
        ResponseFormatJsonSchemaDetailsSchema,  # noqa: PLC0415
    )

    globals().update(
        ResponseFormatJsonSchemaDetailsSchema=ResponseFormatJsonSchemaDetailsSchema,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ResponseFormatJsonSchemaDetails")

_FIELD_TYPES = _checks.Fields(
    "ResponseFormatJsonSchemaDetails",
    {
        "name": _checks.STRING,
        "description": _checks.STRING,
        "schema": _checks.OBJECT,
        "strict": _checks.any_of(_checks.BOOLEAN, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ResponseFormatJsonSchemaDetails:
    """The JSON Schema the answer must follow.

    Attributes:
        name (str): The schema's name (letters, digits, `_` and `-`, at most 64). Example: complaint.
        description (str | Unset): What the answer is for. Example: An order complaint..
        schema (ResponseFormatJsonSchemaDetailsSchema | Unset): The JSON Schema object. Example: {'type': 'object',
            'properties': {'order': {'type': 'string'}}, 'required': ['order']}.
        strict (bool | None | Unset): Enforce the schema exactly; false when omitted. Example: True.
    """

    name: str
    description: str | Unset = UNSET
    schema: ResponseFormatJsonSchemaDetailsSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ResponseFormatJsonSchemaDetailsSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ResponseFormatJsonSchemaDetailsSchema.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        response_format_json_schema_details = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        response_format_json_schema_details.additional_properties = d
        return response_format_json_schema_details

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
