from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
from ..types import Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionAllowedToolsToolsItem=ChatCompletionAllowedToolsToolsItem,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionAllowedTools")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionAllowedTools",
    {
        "mode": _checks.STRING,
        "tools": _checks.array(_checks.OBJECT),
    },
)


@_attrs_define(repr=False)
class ChatCompletionAllowedTools:
    """The tools the model may call, and whether it must call one.

    Attributes:
        mode (ChatCompletionAllowedToolsMode): `auto`: the model may call one of them; `required`: it must. Example:
            auto.
        tools (list[ChatCompletionAllowedToolsToolsItem]): The allowed tools, e.g. `{"type": "function", "function":
            {"name": "get_weather"}}`.
    """

    mode: ChatCompletionAllowedToolsMode
    tools: list[ChatCompletionAllowedToolsToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        mode = self.mode.value

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        mode = ChatCompletionAllowedToolsMode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        chat_completion_allowed_tools = cls(
            mode=mode,
            tools=tools,
        )

        chat_completion_allowed_tools.additional_properties = d
        return chat_completion_allowed_tools

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
