from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkCustomToolCall")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionChunkCustomToolCall",
    {
        "name": _checks.STRING,
        "input": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionChunkCustomToolCall:
    """A piece of a called custom tool.

    Attributes:
        name (str | Unset): The tool's name (first piece only). Example: run_sql.
        input_ (str | Unset): The next piece of the input. Example: SELECT.
    """

    name: str | Unset = UNSET
    input_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        input_ = d.pop("input", UNSET)

        chat_completion_chunk_custom_tool_call = cls(
            name=name,
            input_=input_,
        )

        chat_completion_chunk_custom_tool_call.additional_properties = d
        return chat_completion_chunk_custom_tool_call

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
