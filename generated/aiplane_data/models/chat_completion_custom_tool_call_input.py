from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="ChatCompletionCustomToolCallInput")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionCustomToolCallInput",
    {
        "name": _checks.STRING,
        "input": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionCustomToolCallInput:
    """The custom tool the model called, and the free-form input it generated.

    Attributes:
        name (str): The custom tool's name. Example: run_sql.
        input_ (str): The input the model generated for the tool. Example: SELECT 1.
    """

    name: str
    input_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        input_ = d.pop("input")

        chat_completion_custom_tool_call_input = cls(
            name=name,
            input_=input_,
        )

        chat_completion_custom_tool_call_input.additional_properties = d
        return chat_completion_custom_tool_call_input

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
