from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_allowed_tools_choice_type import (
    ChatCompletionAllowedToolsChoiceType,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools  # noqa: PLC0415

    globals().update(
        ChatCompletionAllowedTools=ChatCompletionAllowedTools,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionAllowedToolsChoice")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionAllowedToolsChoice",
    {
        "type": _checks.STRING,
        "allowed_tools": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionAllowedToolsChoice:
    """Restricts the model to a subset of the tools.

    Attributes:
        type_ (ChatCompletionAllowedToolsChoiceType): Always `allowed_tools`. Default:
            ChatCompletionAllowedToolsChoiceType.ALLOWED_TOOLS.
        allowed_tools (ChatCompletionAllowedTools): The tools the model may call, and whether it must call one.
    """

    allowed_tools: ChatCompletionAllowedTools
    type_: ChatCompletionAllowedToolsChoiceType = (
        ChatCompletionAllowedToolsChoiceType.ALLOWED_TOOLS
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        allowed_tools = self.allowed_tools.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "allowed_tools": allowed_tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ChatCompletionAllowedToolsChoiceType(d.pop("type"))

        allowed_tools = ChatCompletionAllowedTools.from_dict(d.pop("allowed_tools"))

        chat_completion_allowed_tools_choice = cls(
            type_=type_,
            allowed_tools=allowed_tools,
        )

        chat_completion_allowed_tools_choice.additional_properties = d
        return chat_completion_allowed_tools_choice

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
