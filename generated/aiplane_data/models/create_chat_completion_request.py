from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from ..models.create_chat_completion_request_function_call_type_1 import (
    CreateChatCompletionRequestFunctionCallType1,
)
from ..models.create_chat_completion_request_max_prompt_tokens_type_1 import (
    CreateChatCompletionRequestMaxPromptTokensType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,
    )
    from ..models.chat_completion_assistant_message import (
        ChatCompletionAssistantMessage,
    )
    from ..models.chat_completion_custom_tool import ChatCompletionCustomTool
    from ..models.chat_completion_developer_message import (
        ChatCompletionDeveloperMessage,
    )
    from ..models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
    )
    from ..models.chat_completion_function_message import ChatCompletionFunctionMessage
    from ..models.chat_completion_function_tool import ChatCompletionFunctionTool
    from ..models.chat_completion_named_custom_tool_choice import (
        ChatCompletionNamedCustomToolChoice,
    )
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_prediction import ChatCompletionPrediction
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.chat_completion_system_message import ChatCompletionSystemMessage
    from ..models.chat_completion_tool_message import ChatCompletionToolMessage
    from ..models.chat_completion_user_message import ChatCompletionUserMessage
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from ..models.create_chat_completion_request_custom_fields import (
        CreateChatCompletionRequestCustomFields,
    )
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from ..models.create_chat_completion_request_metadata_type_0 import (
        CreateChatCompletionRequestMetadataType0,
    )
    from ..models.create_chat_completion_request_moderation_type_0 import (
        CreateChatCompletionRequestModerationType0,
    )
    from ..models.create_chat_completion_request_prompt_cache_options_type_0 import (
        CreateChatCompletionRequestPromptCacheOptionsType0,
    )
    from ..models.create_chat_completion_request_web_search_options_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsType0,
    )
    from ..models.function_definition import FunctionDefinition
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,  # noqa: PLC0415
    )
    from ..models.chat_completion_assistant_message import (
        ChatCompletionAssistantMessage,  # noqa: PLC0415
    )
    from ..models.chat_completion_custom_tool import ChatCompletionCustomTool  # noqa: PLC0415
    from ..models.chat_completion_developer_message import (
        ChatCompletionDeveloperMessage,  # noqa: PLC0415
    )
    from ..models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,  # noqa: PLC0415
    )
    from ..models.chat_completion_function_message import ChatCompletionFunctionMessage  # noqa: PLC0415
    from ..models.chat_completion_function_tool import ChatCompletionFunctionTool  # noqa: PLC0415
    from ..models.chat_completion_named_custom_tool_choice import (
        ChatCompletionNamedCustomToolChoice,  # noqa: PLC0415
    )
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
    from ..models.chat_completion_prediction import ChatCompletionPrediction  # noqa: PLC0415
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: PLC0415
    from ..models.chat_completion_system_message import ChatCompletionSystemMessage  # noqa: PLC0415
    from ..models.chat_completion_tool_message import ChatCompletionToolMessage  # noqa: PLC0415
    from ..models.chat_completion_user_message import ChatCompletionUserMessage  # noqa: PLC0415
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_custom_fields import (
        CreateChatCompletionRequestCustomFields,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_metadata_type_0 import (
        CreateChatCompletionRequestMetadataType0,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_moderation_type_0 import (
        CreateChatCompletionRequestModerationType0,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_prompt_cache_options_type_0 import (
        CreateChatCompletionRequestPromptCacheOptionsType0,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_web_search_options_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsType0,  # noqa: PLC0415
    )
    from ..models.function_definition import FunctionDefinition  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

    globals().update(
        ChatCompletionAllowedToolsChoice=ChatCompletionAllowedToolsChoice,
        ChatCompletionAssistantMessage=ChatCompletionAssistantMessage,
        ChatCompletionCustomTool=ChatCompletionCustomTool,
        ChatCompletionDeveloperMessage=ChatCompletionDeveloperMessage,
        ChatCompletionFunctionCallOption=ChatCompletionFunctionCallOption,
        ChatCompletionFunctionMessage=ChatCompletionFunctionMessage,
        ChatCompletionFunctionTool=ChatCompletionFunctionTool,
        ChatCompletionNamedCustomToolChoice=ChatCompletionNamedCustomToolChoice,
        ChatCompletionNamedToolChoice=ChatCompletionNamedToolChoice,
        ChatCompletionPrediction=ChatCompletionPrediction,
        ChatCompletionStreamOptions=ChatCompletionStreamOptions,
        ChatCompletionSystemMessage=ChatCompletionSystemMessage,
        ChatCompletionToolMessage=ChatCompletionToolMessage,
        ChatCompletionUserMessage=ChatCompletionUserMessage,
        CreateChatCompletionRequestAudioType0=CreateChatCompletionRequestAudioType0,
        CreateChatCompletionRequestCustomFields=CreateChatCompletionRequestCustomFields,
        CreateChatCompletionRequestLogitBiasType0=CreateChatCompletionRequestLogitBiasType0,
        CreateChatCompletionRequestMetadataType0=CreateChatCompletionRequestMetadataType0,
        CreateChatCompletionRequestModerationType0=CreateChatCompletionRequestModerationType0,
        CreateChatCompletionRequestPromptCacheOptionsType0=CreateChatCompletionRequestPromptCacheOptionsType0,
        CreateChatCompletionRequestWebSearchOptionsType0=CreateChatCompletionRequestWebSearchOptionsType0,
        FunctionDefinition=FunctionDefinition,
        ResponseFormatJsonObject=ResponseFormatJsonObject,
        ResponseFormatJsonSchema=ResponseFormatJsonSchema,
        ResponseFormatText=ResponseFormatText,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="CreateChatCompletionRequest")

_FIELD_TYPES = _checks.Fields(
    "CreateChatCompletionRequest",
    {
        "messages": _checks.array(_checks.OBJECT),
        "model": _checks.STRING,
        "tools": _checks.array(_checks.OBJECT),
        "tool_choice": _checks.any_of(_checks.OBJECT, _checks.STRING),
        "parallel_tool_calls": _checks.any_of(_checks.BOOLEAN, _checks.NULL),
        "functions": _checks.array(_checks.OBJECT),
        "function_call": _checks.any_of(_checks.OBJECT, _checks.STRING),
        "temperature": _checks.any_of(_checks.NUMBER, _checks.NULL),
        "top_p": _checks.any_of(_checks.NUMBER, _checks.NULL),
        "max_tokens": _checks.any_of(_checks.INTEGER, _checks.NULL),
        "max_completion_tokens": _checks.any_of(_checks.INTEGER, _checks.NULL),
        "response_format": _checks.OBJECT,
        "seed": _checks.any_of(_checks.INTEGER, _checks.NULL),
        "stop": _checks.any_of(
            _checks.NULL, _checks.STRING, _checks.array(_checks.STRING)
        ),
        "n": _checks.any_of(_checks.INTEGER, _checks.NULL),
        "user": _checks.STRING,
        "safety_identifier": _checks.any_of(_checks.STRING, _checks.NULL),
        "prompt_cache_key": _checks.any_of(_checks.STRING, _checks.NULL),
        "prompt_cache_options": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "prompt_cache_retention": _checks.any_of(_checks.STRING, _checks.NULL),
        "metadata": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "store": _checks.any_of(_checks.BOOLEAN, _checks.NULL),
        "service_tier": _checks.any_of(_checks.STRING, _checks.NULL),
        "reasoning_effort": _checks.any_of(_checks.STRING, _checks.NULL),
        "verbosity": _checks.any_of(_checks.STRING, _checks.NULL),
        "modalities": _checks.any_of(_checks.array(_checks.STRING), _checks.NULL),
        "audio": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "prediction": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "web_search_options": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "moderation": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "max_prompt_tokens": _checks.any_of(_checks.INTEGER, _checks.STRING),
        "custom_fields": _checks.OBJECT,
        "stream": _checks.any_of(_checks.BOOLEAN, _checks.NULL),
        "stream_options": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "presence_penalty": _checks.any_of(_checks.NUMBER, _checks.NULL),
        "frequency_penalty": _checks.any_of(_checks.NUMBER, _checks.NULL),
        "logit_bias": _checks.any_of(_checks.OBJECT, _checks.NULL),
        "logprobs": _checks.any_of(_checks.BOOLEAN, _checks.NULL),
        "top_logprobs": _checks.any_of(_checks.INTEGER, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class CreateChatCompletionRequest:
    """An OpenAI Chat Completions request.

    Attributes:
        messages (list[ChatCompletionAssistantMessage | ChatCompletionDeveloperMessage | ChatCompletionFunctionMessage |
            ChatCompletionSystemMessage | ChatCompletionToolMessage | ChatCompletionUserMessage]): The conversation so far,
            oldest first.
        model (str | Unset): Optional; the deployment determines the model. If given it must name the deployment's
            model. Example: meta.llama-3.3-70b-instruct.
        tools (list[ChatCompletionCustomTool | ChatCompletionFunctionTool] | Unset): Tools the model may call (function
            tools, and custom tools with free-form input).
        tool_choice (ChatCompletionAllowedToolsChoice | ChatCompletionNamedCustomToolChoice |
            ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset): Whether and which tool the model must
            call: a mode, one named function or custom tool,
            or a subset of the tools (`allowed_tools`). `auto` when tools are given, else `none`.
        parallel_tool_calls (bool | None | Unset): Whether the model may call several tools in one answer; true when
            omitted. Example: True.
        functions (list[FunctionDefinition] | Unset): Deprecated in favour of `tools`; the functions the model may call.
        function_call (ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType1 | Unset):
            Deprecated in favour of `tool_choice`: `none`, `auto` or a function name object.
        temperature (float | None | Unset): Sampling temperature; higher is more random. The deployment's default when
            omitted. Example: 0.2.
        top_p (float | None | Unset): Nucleus sampling probability mass. The deployment's default when omitted. Example:
            0.9.
        max_tokens (int | None | Unset): Maximum number of tokens to generate (legacy name of max_completion_tokens).
            Example: 512.
        max_completion_tokens (int | None | Unset): Maximum number of tokens to generate, including reasoning tokens.
            Example: 512.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): The format
            of the answer; `text` by default.
        seed (int | None | Unset): Best-effort deterministic sampling seed. Example: 42.
        stop (list[str] | None | str | Unset): Up to 4 sequences where generation stops; null for none.
        n (int | None | Unset): Number of choices to generate; 1 when omitted. Example: 1.
        user (str | Unset): A stable id of the end user, for abuse monitoring (superseded by `safety_identifier` and
            `prompt_cache_key`). Example: user-8431.
        safety_identifier (None | str | Unset): A stable, hashed id of the end user, for abuse monitoring. Example:
            3f79bb7b435b05321651daefd374cd21.
        prompt_cache_key (None | str | Unset): A key grouping requests that share a prompt prefix, for prompt caching.
            Example: support-bot-v3.
        prompt_cache_options (CreateChatCompletionRequestPromptCacheOptionsType0 | None | Unset): Prompt caching options
            (`mode` implicit or explicit, `ttl`); accepted and ignored. Example: {'mode': 'implicit', 'ttl': '30m'}.
        prompt_cache_retention (None | str | Unset): Deprecated prompt cache retention (`in_memory` or `24h`); accepted
            and ignored. Example: 24h.
        metadata (CreateChatCompletionRequestMetadataType0 | None | Unset): Up to 16 key-value pairs stored with the
            completion. Example: {'ticket': 'T-4711'}.
        store (bool | None | Unset): Whether to store the completion; accepted and ignored. Example: False.
        service_tier (None | str | Unset): The processing tier (`auto`, `default`, `flex`, `scale`, `priority`, ...);
            echoed in the response. Open enum. Example: auto.
        reasoning_effort (None | str | Unset): Effort on reasoning for reasoning models (`none`, `minimal`, `low`,
            `medium`, `high`, ...). Open enum. Example: low.
        verbosity (None | str | Unset): How verbose the answer should be (`low`, `medium`, `high`). Open enum. Example:
            medium.
        modalities (list[str] | None | Unset): The output types wanted, e.g. `["text"]` or `["text", "audio"]`.
        audio (CreateChatCompletionRequestAudioType0 | None | Unset): Audio output parameters (`voice`, `format`), with
            `modalities` including `audio`; accepted and ignored. Example: {'voice': 'alloy', 'format': 'mp3'}.
        prediction (ChatCompletionPrediction | None | Unset): Predicted output (a `content` object with the predicted
            text); accepted and ignored.
        web_search_options (CreateChatCompletionRequestWebSearchOptionsType0 | None | Unset): Web search options
            (`search_context_size`, `user_location`); accepted and ignored. Example: {'search_context_size': 'low'}.
        moderation (CreateChatCompletionRequestModerationType0 | None | Unset): Moderation of input and output (`model`,
            `policy`); accepted and ignored. Example: {'model': 'omni-moderation-latest'}.
        max_prompt_tokens (CreateChatCompletionRequestMaxPromptTokensType1 | int | Unset): AI DIAL extension; the
            maximum number of prompt tokens (`infinity` or a count).
        custom_fields (CreateChatCompletionRequestCustomFields | Unset): AI DIAL extension; application-specific fields;
            accepted and ignored. Example: {'configuration': {}}.
        stream (bool | None | Unset): Stream the answer as server-sent ChatCompletionChunk events; false when omitted.
            Example: False.
        stream_options (ChatCompletionStreamOptions | None | Unset): Options for streaming; only with `stream` true;
            null for none.
        presence_penalty (float | None | Unset): Penalizes tokens that already appeared, encouraging new topics; 0 when
            omitted. Example: 0.
        frequency_penalty (float | None | Unset): Penalizes tokens by how often they appeared, reducing repetition; 0
            when omitted. Example: 0.5.
        logit_bias (CreateChatCompletionRequestLogitBiasType0 | None | Unset): Maps token ids (as strings) to a bias
            from -100 to 100 added to their logits. Example: {'50256': -100}.
        logprobs (bool | None | Unset): Return the log probabilities of the output tokens; false when omitted. Example:
            False.
        top_logprobs (int | None | Unset): With logprobs, the number of most likely alternatives to return per token.
            Example: 3.
    """

    messages: list[
        ChatCompletionAssistantMessage
        | ChatCompletionDeveloperMessage
        | ChatCompletionFunctionMessage
        | ChatCompletionSystemMessage
        | ChatCompletionToolMessage
        | ChatCompletionUserMessage
    ]
    model: str | Unset = UNSET
    tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool] | Unset = UNSET
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedCustomToolChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionToolChoiceMode
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    functions: list[FunctionDefinition] | Unset = UNSET
    function_call: (
        ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType1
        | Unset
    ) = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    n: int | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: (
        CreateChatCompletionRequestPromptCacheOptionsType0 | None | Unset
    ) = UNSET
    prompt_cache_retention: None | str | Unset = UNSET
    metadata: CreateChatCompletionRequestMetadataType0 | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    reasoning_effort: None | str | Unset = UNSET
    verbosity: None | str | Unset = UNSET
    modalities: list[str] | None | Unset = UNSET
    audio: CreateChatCompletionRequestAudioType0 | None | Unset = UNSET
    prediction: ChatCompletionPrediction | None | Unset = UNSET
    web_search_options: (
        CreateChatCompletionRequestWebSearchOptionsType0 | None | Unset
    ) = UNSET
    moderation: CreateChatCompletionRequestModerationType0 | None | Unset = UNSET
    max_prompt_tokens: CreateChatCompletionRequestMaxPromptTokensType1 | int | Unset = (
        UNSET
    )
    custom_fields: CreateChatCompletionRequestCustomFields | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: ChatCompletionStreamOptions | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
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
            elif isinstance(messages_item_data, ChatCompletionDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionFunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionNamedCustomToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.value

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionFunctionCallOption):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call.value

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
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

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(
            self.prompt_cache_options,
            CreateChatCompletionRequestPromptCacheOptionsType0,
        ):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateChatCompletionRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = self.reasoning_effort

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = self.verbosity

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = self.modalities

        else:
            modalities = self.modalities

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, CreateChatCompletionRequestAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, ChatCompletionPrediction):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        web_search_options: dict[str, Any] | None | Unset
        if isinstance(self.web_search_options, Unset):
            web_search_options = UNSET
        elif isinstance(
            self.web_search_options, CreateChatCompletionRequestWebSearchOptionsType0
        ):
            web_search_options = self.web_search_options.to_dict()
        else:
            web_search_options = self.web_search_options

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, CreateChatCompletionRequestModerationType0):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        max_prompt_tokens: int | str | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        elif isinstance(
            self.max_prompt_tokens, CreateChatCompletionRequestMaxPromptTokensType1
        ):
            max_prompt_tokens = self.max_prompt_tokens.value
        else:
            max_prompt_tokens = self.max_prompt_tokens

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateChatCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
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
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if functions is not UNSET:
            field_dict["functions"] = functions
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
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
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if store is not UNSET:
            field_dict["store"] = store
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if audio is not UNSET:
            field_dict["audio"] = audio
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
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
        if _IMPORTS_PENDING:
            _import_lazily()
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
                | ChatCompletionFunctionMessage
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
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_4 = (
                        ChatCompletionDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_5 = (
                    ChatCompletionFunctionMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool] | Unset = (
            UNSET
        )
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> ChatCompletionCustomTool | ChatCompletionFunctionTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_tool_type_0 = (
                            ChatCompletionFunctionTool.from_dict(data)
                        )

                        return componentsschemas_chat_completion_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_type_1 = (
                        ChatCompletionCustomTool.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatCompletionAllowedToolsChoice
            | ChatCompletionNamedCustomToolChoice
            | ChatCompletionNamedToolChoice
            | ChatCompletionToolChoiceMode
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = ChatCompletionNamedToolChoice.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ChatCompletionNamedCustomToolChoice.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_2 = ChatCompletionAllowedToolsChoice.from_dict(data)

                return tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            tool_choice_type_3 = ChatCompletionToolChoiceMode(data)

            return tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(
            d.pop("parallel_tool_calls", UNSET)
        )

        _functions = d.pop("functions", UNSET)
        functions: list[FunctionDefinition] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionDefinition.from_dict(functions_item_data)

                functions.append(functions_item)

        def _parse_function_call(
            data: object,
        ) -> (
            ChatCompletionFunctionCallOption
            | CreateChatCompletionRequestFunctionCallType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionFunctionCallOption.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            function_call_type_1 = CreateChatCompletionRequestFunctionCallType1(data)

            return function_call_type_1

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(
            d.pop("max_completion_tokens", UNSET)
        )

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

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_2 = cast(list[str], data)

                return stop_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        user = d.pop("user", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        def _parse_prompt_cache_options(
            data: object,
        ) -> CreateChatCompletionRequestPromptCacheOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = (
                    CreateChatCompletionRequestPromptCacheOptionsType0.from_dict(data)
                )

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionRequestPromptCacheOptionsType0 | None | Unset, data
            )

        prompt_cache_options = _parse_prompt_cache_options(
            d.pop("prompt_cache_options", UNSET)
        )

        def _parse_prompt_cache_retention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.pop("prompt_cache_retention", UNSET)
        )

        def _parse_metadata(
            data: object,
        ) -> CreateChatCompletionRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateChatCompletionRequestMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_reasoning_effort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_verbosity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        def _parse_modalities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                modalities_type_0 = cast(list[str], data)

                return modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        def _parse_audio(
            data: object,
        ) -> CreateChatCompletionRequestAudioType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = CreateChatCompletionRequestAudioType0.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestAudioType0 | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_prediction(data: object) -> ChatCompletionPrediction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = ChatCompletionPrediction.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionPrediction | None | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_web_search_options(
            data: object,
        ) -> CreateChatCompletionRequestWebSearchOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                web_search_options_type_0 = (
                    CreateChatCompletionRequestWebSearchOptionsType0.from_dict(data)
                )

                return web_search_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionRequestWebSearchOptionsType0 | None | Unset, data
            )

        web_search_options = _parse_web_search_options(
            d.pop("web_search_options", UNSET)
        )

        def _parse_moderation(
            data: object,
        ) -> CreateChatCompletionRequestModerationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = (
                    CreateChatCompletionRequestModerationType0.from_dict(data)
                )

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestModerationType0 | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_max_prompt_tokens(
            data: object,
        ) -> CreateChatCompletionRequestMaxPromptTokensType1 | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_prompt_tokens_type_1 = (
                    CreateChatCompletionRequestMaxPromptTokensType1(data)
                )

                return max_prompt_tokens_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionRequestMaxPromptTokensType1 | int | Unset, data
            )

        max_prompt_tokens = _parse_max_prompt_tokens(d.pop("max_prompt_tokens", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CreateChatCompletionRequestCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CreateChatCompletionRequestCustomFields.from_dict(
                _custom_fields
            )

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(
            data: object,
        ) -> ChatCompletionStreamOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ChatCompletionStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionStreamOptions | None | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_logit_bias(
            data: object,
        ) -> CreateChatCompletionRequestLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = CreateChatCompletionRequestLogitBiasType0.from_dict(
                    data
                )

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestLogitBiasType0 | None | Unset, data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        create_chat_completion_request = cls(
            messages=messages,
            model=model,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            functions=functions,
            function_call=function_call,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            response_format=response_format,
            seed=seed,
            stop=stop,
            n=n,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            prompt_cache_retention=prompt_cache_retention,
            metadata=metadata,
            store=store,
            service_tier=service_tier,
            reasoning_effort=reasoning_effort,
            verbosity=verbosity,
            modalities=modalities,
            audio=audio,
            prediction=prediction,
            web_search_options=web_search_options,
            moderation=moderation,
            max_prompt_tokens=max_prompt_tokens,
            custom_fields=custom_fields,
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
