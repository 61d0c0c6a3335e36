from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_assistant_message import (
        ChatCompletionAssistantMessage,
    )
    from ..models.chat_completion_developer_message import (
        ChatCompletionDeveloperMessage,
    )
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.chat_completion_system_message import ChatCompletionSystemMessage
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.chat_completion_tool_message import ChatCompletionToolMessage
    from ..models.chat_completion_user_message import ChatCompletionUserMessage
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


T = TypeVar("T", bound="CreateChatCompletionRequest")

_FIELD_TYPES = _checks.Fields(
    "CreateChatCompletionRequest",
    {
        "messages": _checks.array(_checks.OBJECT),
        "model": _checks.STRING,
        "tools": _checks.array(_checks.OBJECT),
        "tool_choice": _checks.any_of(_checks.OBJECT, _checks.STRING),
        "temperature": _checks.NUMBER,
        "top_p": _checks.NUMBER,
        "max_tokens": _checks.INTEGER,
        "max_completion_tokens": _checks.INTEGER,
        "response_format": _checks.OBJECT,
        "seed": _checks.INTEGER,
        "stop": _checks.any_of(_checks.STRING, _checks.array(_checks.STRING)),
        "n": _checks.INTEGER,
        "user": _checks.STRING,
        "stream": _checks.BOOLEAN,
        "stream_options": _checks.OBJECT,
        "presence_penalty": _checks.NUMBER,
        "frequency_penalty": _checks.NUMBER,
        "logit_bias": _checks.OBJECT,
        "logprobs": _checks.BOOLEAN,
        "top_logprobs": _checks.INTEGER,
    },
)


@_attrs_define
class CreateChatCompletionRequest:
    """An OpenAI Chat Completions request.

    Attributes:
        messages (list[ChatCompletionAssistantMessage | ChatCompletionDeveloperMessage | ChatCompletionSystemMessage |
            ChatCompletionToolMessage | ChatCompletionUserMessage]): The conversation so far, oldest first.
        model (str | Unset): Optional; the deployment determines the model. If given it must name the deployment's
            model. Example: meta.llama-3.3-70b-instruct.
        tools (list[ChatCompletionTool] | Unset): Tools the model may call.
        tool_choice (ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset): Whether and which tool the
            model must call. `auto` when tools are given, else `none`.
        temperature (float | Unset): Sampling temperature; higher is more random. The deployment's default when omitted.
            Example: 0.2.
        top_p (float | Unset): Nucleus sampling probability mass. The deployment's default when omitted. Example: 0.9.
        max_tokens (int | Unset): Maximum number of tokens to generate (legacy name of max_completion_tokens). Example:
            512.
        max_completion_tokens (int | Unset): Maximum number of tokens to generate, including reasoning tokens. Example:
            512.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): The format
            of the answer; `text` by default.
        seed (int | Unset): Best-effort deterministic sampling seed. Example: 42.
        stop (list[str] | str | Unset): Up to 4 sequences where generation stops.
        n (int | Unset): Number of choices to generate; 1 when omitted. Example: 1.
        user (str | Unset): A stable id of the end user, for abuse monitoring. Example: user-8431.
        stream (bool | Unset): Stream the answer as server-sent ChatCompletionChunk events; false when omitted. Example:
            False.
        stream_options (ChatCompletionStreamOptions | Unset): Options for a streamed answer; only with `stream` true.
        presence_penalty (float | Unset): Penalizes tokens that already appeared, encouraging new topics; 0 when
            omitted. Example: 0.
        frequency_penalty (float | Unset): Penalizes tokens by how often they appeared, reducing repetition; 0 when
            omitted. Example: 0.5.
        logit_bias (CreateChatCompletionRequestLogitBias | Unset): Maps token ids (as strings) to a bias from -100 to
            100 added to their logits. Example: {'50256': -100}.
        logprobs (bool | Unset): Return the log probabilities of the output tokens; false when omitted. Example: False.
        top_logprobs (int | Unset): With logprobs, the number of most likely alternatives to return per token. Example:
            3.
    """

    messages: list[
        ChatCompletionAssistantMessage
        | ChatCompletionDeveloperMessage
        | ChatCompletionSystemMessage
        | ChatCompletionToolMessage
        | ChatCompletionUserMessage
    ]
    model: str | Unset = UNSET
    tools: list[ChatCompletionTool] | Unset = UNSET
    tool_choice: (
        ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset
    ) = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    n: int | Unset = UNSET
    user: str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: ChatCompletionStreamOptions | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    logit_bias: CreateChatCompletionRequestLogitBias | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_assistant_message import (
            ChatCompletionAssistantMessage,  # noqa: PLC0415
        )
        from ..models.chat_completion_named_tool_choice import (
            ChatCompletionNamedToolChoice,  # noqa: PLC0415
        )
        from ..models.chat_completion_system_message import ChatCompletionSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_tool_message import ChatCompletionToolMessage  # noqa: PLC0415
        from ..models.chat_completion_user_message import ChatCompletionUserMessage  # noqa: PLC0415
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionToolMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionSystemMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.value

        temperature = self.temperature

        top_p = self.top_p

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        n = self.n

        user = self.user

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if n is not UNSET:
            field_dict["n"] = n
        if user is not UNSET:
            field_dict["user"] = user
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_assistant_message import (
            ChatCompletionAssistantMessage,  # noqa: PLC0415
        )
        from ..models.chat_completion_developer_message import (
            ChatCompletionDeveloperMessage,  # noqa: PLC0415
        )
        from ..models.chat_completion_named_tool_choice import (
            ChatCompletionNamedToolChoice,  # noqa: PLC0415
        )
        from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: PLC0415
        from ..models.chat_completion_system_message import ChatCompletionSystemMessage  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.chat_completion_tool_message import ChatCompletionToolMessage  # noqa: PLC0415
        from ..models.chat_completion_user_message import ChatCompletionUserMessage  # noqa: PLC0415
        from ..models.create_chat_completion_request_logit_bias import (
            CreateChatCompletionRequestLogitBias,  # noqa: PLC0415
        )
        from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
        from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionAssistantMessage
                | ChatCompletionDeveloperMessage
                | ChatCompletionSystemMessage
                | ChatCompletionToolMessage
                | ChatCompletionUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionToolMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionUserMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_4 = (
                    ChatCompletionDeveloperMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = ChatCompletionNamedToolChoice.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            tool_choice_type_1 = ChatCompletionToolChoiceMode(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        def _parse_response_format(
            data: object,
        ) -> (
            ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = ResponseFormatJsonSchema.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_format_type_2 = ResponseFormatText.from_dict(data)

            return response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        seed = d.pop("seed", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        n = d.pop("n", UNSET)

        user = d.pop("user", UNSET)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatCompletionStreamOptions.from_dict(_stream_options)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: CreateChatCompletionRequestLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = CreateChatCompletionRequestLogitBias.from_dict(_logit_bias)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        create_chat_completion_request = cls(
            messages=messages,
            model=model,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            response_format=response_format,
            seed=seed,
            stop=stop,
            n=n,
            user=user,
            stream=stream,
            stream_options=stream_options,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

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
