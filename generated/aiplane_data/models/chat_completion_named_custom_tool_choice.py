from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_named_custom_tool_choice_type import (
    ChatCompletionNamedCustomToolChoiceType,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionNamedToolChoiceFunction=ChatCompletionNamedToolChoiceFunction,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionNamedCustomToolChoice")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionNamedCustomToolChoice",
    {
        "type": _checks.STRING,
        "custom": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionNamedCustomToolChoice:
    """Forces the model to call one specific custom tool.

    Attributes:
        type_ (ChatCompletionNamedCustomToolChoiceType): Always `custom`. Default:
            ChatCompletionNamedCustomToolChoiceType.CUSTOM.
        custom (ChatCompletionNamedToolChoiceFunction): The function to call.
    """

    custom: ChatCompletionNamedToolChoiceFunction
    type_: ChatCompletionNamedCustomToolChoiceType = (
        ChatCompletionNamedCustomToolChoiceType.CUSTOM
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        type_ = ChatCompletionNamedCustomToolChoiceType(d.pop("type"))

        custom = ChatCompletionNamedToolChoiceFunction.from_dict(d.pop("custom"))

        chat_completion_named_custom_tool_choice = cls(
            type_=type_,
            custom=custom,
        )

        chat_completion_named_custom_tool_choice.additional_properties = d
        return chat_completion_named_custom_tool_choice

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
