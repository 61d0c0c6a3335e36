from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_request_custom_tool_call_type import (
    ChatCompletionRequestCustomToolCallType,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_call_input import (
        ChatCompletionCustomToolCallInput,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_custom_tool_call_input import (
        ChatCompletionCustomToolCallInput,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionCustomToolCallInput=ChatCompletionCustomToolCallInput,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionRequestCustomToolCall")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionRequestCustomToolCall",
    {
        "id": _checks.STRING,
        "type": _checks.STRING,
        "custom": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionRequestCustomToolCall:
    """A call of a custom tool made by the model, sent back in an assistant message.

    Attributes:
        id (str): The tool call's id; tool messages answer it with `tool_call_id`. Example: call_5d0f9a1b.
        type_ (ChatCompletionRequestCustomToolCallType): Always `custom`. Default:
            ChatCompletionRequestCustomToolCallType.CUSTOM.
        custom (ChatCompletionCustomToolCallInput): The custom tool the model called, and the free-form input it
            generated.
    """

    id: str
    custom: ChatCompletionCustomToolCallInput
    type_: ChatCompletionRequestCustomToolCallType = (
        ChatCompletionRequestCustomToolCallType.CUSTOM
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        type_ = self.type_.value

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "custom": custom,
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

        type_ = ChatCompletionRequestCustomToolCallType(d.pop("type"))

        custom = ChatCompletionCustomToolCallInput.from_dict(d.pop("custom"))

        chat_completion_request_custom_tool_call = cls(
            id=id,
            type_=type_,
            custom=custom,
        )

        chat_completion_request_custom_tool_call.additional_properties = d
        return chat_completion_request_custom_tool_call

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
