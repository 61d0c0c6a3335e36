from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_assistant_message_role import (
    ChatCompletionAssistantMessageRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_tool_call import ChatCompletionRequestToolCall
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart


T = TypeVar("T", bound="ChatCompletionAssistantMessage")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionAssistantMessage",
    {
        "role": _checks.STRING,
        "content": _checks.any_of(
            _checks.STRING, _checks.NULL, _checks.array(_checks.OBJECT)
        ),
        "refusal": _checks.any_of(_checks.STRING, _checks.NULL),
        "tool_calls": _checks.array(_checks.OBJECT),
        "name": _checks.STRING,
    },
)


@_attrs_define
class ChatCompletionAssistantMessage:
    """A previous answer of the model, possibly with the tool calls it made.

    Example:
        {'role': 'assistant', 'tool_calls': [{'id': 'call_8b2c1e6f', 'type': 'function', 'function': {'name':
            'get_weather', 'arguments': '{"city": "Chicago"}'}}]}

    Attributes:
        role (ChatCompletionAssistantMessageRole): Always `assistant`. Default:
            ChatCompletionAssistantMessageRole.ASSISTANT.
        content (list[ChatCompletionTextContentPart] | None | str | Unset): The answer's text; may be omitted or null
            when `tool_calls` is given.
        refusal (None | str | Unset): The refusal message the model gave, if any.
        tool_calls (list[ChatCompletionRequestToolCall] | Unset): The tool calls the model made.
        name (str | Unset): An optional name for the participant. Example: shop-bot.
    """

    role: ChatCompletionAssistantMessageRole = (
        ChatCompletionAssistantMessageRole.ASSISTANT
    )
    content: list[ChatCompletionTextContentPart] | None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatCompletionRequestToolCall] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_request_tool_call import (
            ChatCompletionRequestToolCall,  # noqa: PLC0415
        )
        from ..models.chat_completion_text_content_part import (
            ChatCompletionTextContentPart,  # noqa: PLC0415
        )

        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        role = ChatCompletionAssistantMessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> list[ChatCompletionTextContentPart] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionTextContentPart.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionTextContentPart] | None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatCompletionRequestToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatCompletionRequestToolCall.from_dict(
                    tool_calls_item_data
                )

                tool_calls.append(tool_calls_item)

        name = d.pop("name", UNSET)

        chat_completion_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
            name=name,
        )

        chat_completion_assistant_message.additional_properties = d
        return chat_completion_assistant_message

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
