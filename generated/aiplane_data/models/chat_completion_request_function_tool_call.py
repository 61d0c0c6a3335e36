from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_request_function_tool_call_type import (
    ChatCompletionRequestFunctionToolCallType,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.chat_completion_tool_call_function import (
        ChatCompletionToolCallFunction,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_tool_call_function import (
        ChatCompletionToolCallFunction,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionToolCallFunction=ChatCompletionToolCallFunction,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionRequestFunctionToolCall")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionRequestFunctionToolCall",
    {
        "id": _checks.STRING,
        "type": _checks.STRING,
        "function": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionRequestFunctionToolCall:
    """A function tool call made by the model, sent back in an assistant message.

    Attributes:
        id (str): The tool call's id; tool messages answer it with `tool_call_id`. Example: call_8b2c1e6f.
        type_ (ChatCompletionRequestFunctionToolCallType): Always `function`. Default:
            ChatCompletionRequestFunctionToolCallType.FUNCTION.
        function (ChatCompletionToolCallFunction): The function the model called, and its arguments.
    """

    id: str
    function: ChatCompletionToolCallFunction
    type_: ChatCompletionRequestFunctionToolCallType = (
        ChatCompletionRequestFunctionToolCallType.FUNCTION
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        type_ = self.type_.value

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        type_ = ChatCompletionRequestFunctionToolCallType(d.pop("type"))

        function = ChatCompletionToolCallFunction.from_dict(d.pop("function"))

        chat_completion_request_function_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_request_function_tool_call.additional_properties = d
        return chat_completion_request_function_tool_call

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
