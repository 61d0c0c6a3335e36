from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_function_message_role import (
    ChatCompletionFunctionMessageRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionFunctionMessage")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionFunctionMessage",
    {
        "role": _checks.STRING,
        "name": _checks.STRING,
        "content": _checks.any_of(_checks.STRING, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ChatCompletionFunctionMessage:
    """Deprecated in favour of tool messages; the result of a function call.

    Attributes:
        role (ChatCompletionFunctionMessageRole): Always `function`. Default:
            ChatCompletionFunctionMessageRole.FUNCTION.
        name (str): The name of the function that was called. Example: get_weather.
        content (None | str | Unset): The function's result. Example: {"temperature": 7}.
    """

    name: str
    role: ChatCompletionFunctionMessageRole = ChatCompletionFunctionMessageRole.FUNCTION
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "name": name,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        role = ChatCompletionFunctionMessageRole(d.pop("role"))

        name = d.pop("name")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        chat_completion_function_message = cls(
            role=role,
            name=name,
            content=content,
        )

        chat_completion_function_message.additional_properties = d
        return chat_completion_function_message

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
