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
    from ..models.chat_completion_assistant_audio import ChatCompletionAssistantAudio
    from ..models.chat_completion_refusal_content_part import (
        ChatCompletionRefusalContentPart,
    )
    from ..models.chat_completion_request_custom_tool_call import (
        ChatCompletionRequestCustomToolCall,
    )
    from ..models.chat_completion_request_function_tool_call import (
        ChatCompletionRequestFunctionToolCall,
    )
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart
    from ..models.chat_completion_tool_call_function import (
        ChatCompletionToolCallFunction,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_assistant_audio import ChatCompletionAssistantAudio  # noqa: PLC0415
    from ..models.chat_completion_refusal_content_part import (
        ChatCompletionRefusalContentPart,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_custom_tool_call import (
        ChatCompletionRequestCustomToolCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_function_tool_call import (
        ChatCompletionRequestFunctionToolCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart  # noqa: PLC0415
    from ..models.chat_completion_tool_call_function import (
        ChatCompletionToolCallFunction,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionAssistantAudio=ChatCompletionAssistantAudio,
        ChatCompletionRefusalContentPart=ChatCompletionRefusalContentPart,
        ChatCompletionRequestCustomToolCall=ChatCompletionRequestCustomToolCall,
        ChatCompletionRequestFunctionToolCall=ChatCompletionRequestFunctionToolCall,
        ChatCompletionTextContentPart=ChatCompletionTextContentPart,
        ChatCompletionToolCallFunction=ChatCompletionToolCallFunction,
    )
    _IMPORTS_PENDING = False


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
        "function_call": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "audio": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "name": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionAssistantMessage:
    """A previous answer of the model, possibly with the tool calls it made.

    Example:
        {'role': 'assistant', 'tool_calls': [{'id': 'call_8b2c1e6f', 'type': 'function', 'function': {'name':
            'get_weather', 'arguments': '{"city": "Chicago"}'}}]}

    Attributes:
        role (ChatCompletionAssistantMessageRole): Always `assistant`. Default:
            ChatCompletionAssistantMessageRole.ASSISTANT.
        content (list[ChatCompletionRefusalContentPart | ChatCompletionTextContentPart] | None | str | Unset): The
            answer's text; may be omitted or null when `tool_calls` is given.
        refusal (None | str | Unset): The refusal message the model gave, if any.
        tool_calls (list[ChatCompletionRequestCustomToolCall | ChatCompletionRequestFunctionToolCall] | Unset): The tool
            calls the model made (function and custom tool calls).
        function_call (ChatCompletionToolCallFunction | None | Unset): Deprecated in favour of `tool_calls`; the
            function the model called, or null.
        audio (ChatCompletionAssistantAudio | None | Unset): A previous audio answer of the model, by id, or null.
        name (str | Unset): An optional name for the participant. Example: shop-bot.
    """

    role: ChatCompletionAssistantMessageRole = (
        ChatCompletionAssistantMessageRole.ASSISTANT
    )
    content: (
        list[ChatCompletionRefusalContentPart | ChatCompletionTextContentPart]
        | None
        | str
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: (
        list[
            ChatCompletionRequestCustomToolCall | ChatCompletionRequestFunctionToolCall
        ]
        | Unset
    ) = UNSET
    function_call: ChatCompletionToolCallFunction | None | Unset = UNSET
    audio: ChatCompletionAssistantAudio | None | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        role = self.role.value

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionRefusalContentPart
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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
                tool_calls_item: dict[str, Any]
                if isinstance(
                    tool_calls_item_data, ChatCompletionRequestFunctionToolCall
                ):
                    tool_calls_item = tool_calls_item_data.to_dict()
                else:
                    tool_calls_item = tool_calls_item_data.to_dict()

                tool_calls.append(tool_calls_item)

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionToolCallFunction):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAssistantAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

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
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if audio is not UNSET:
            field_dict["audio"] = audio
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        role = ChatCompletionAssistantMessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[ChatCompletionRefusalContentPart | ChatCompletionTextContentPart]
            | None
            | str
            | Unset
        ):
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

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRefusalContentPart | ChatCompletionTextContentPart
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_assistant_content_part_type_0 = ChatCompletionRefusalContentPart.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_assistant_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_assistant_content_part_type_1 = ChatCompletionTextContentPart.from_dict(
                            data
                        )

                        return componentsschemas_chat_completion_assistant_content_part_type_1

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatCompletionRefusalContentPart | ChatCompletionTextContentPart]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: (
            list[
                ChatCompletionRequestCustomToolCall
                | ChatCompletionRequestFunctionToolCall
            ]
            | Unset
        ) = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:

                def _parse_tool_calls_item(
                    data: object,
                ) -> (
                    ChatCompletionRequestCustomToolCall
                    | ChatCompletionRequestFunctionToolCall
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_tool_call_type_0 = (
                            ChatCompletionRequestFunctionToolCall.from_dict(data)
                        )

                        return (
                            componentsschemas_chat_completion_request_tool_call_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_tool_call_type_1 = (
                        ChatCompletionRequestCustomToolCall.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_tool_call_type_1

                tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionToolCallFunction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionToolCallFunction.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionToolCallFunction | None | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_audio(data: object) -> ChatCompletionAssistantAudio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionAssistantAudio.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAssistantAudio | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        name = d.pop("name", UNSET)

        chat_completion_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
            function_call=function_call,
            audio=audio,
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
