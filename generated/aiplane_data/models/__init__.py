"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .application import Application
    from .application_collection import ApplicationCollection
    from .basic_callback_auth import BasicCallbackAuth
    from .basic_callback_auth_kind import BasicCallbackAuthKind
    from .bucket import Bucket
    from .callback_auth_kind import CallbackAuthKind
    from .callback_auth_summary import CallbackAuthSummary
    from .chat_completion import ChatCompletion
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools
    from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .chat_completion_allowed_tools_choice_type import (
        ChatCompletionAllowedToolsChoiceType,
    )
    from .chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
    from .chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )
    from .chat_completion_assistant_audio import ChatCompletionAssistantAudio
    from .chat_completion_assistant_message import ChatCompletionAssistantMessage
    from .chat_completion_assistant_message_role import (
        ChatCompletionAssistantMessageRole,
    )
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_custom_tool_call import (
        ChatCompletionChunkCustomToolCall,
    )
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from .chat_completion_chunk_tool_call_function import (
        ChatCompletionChunkToolCallFunction,
    )
    from .chat_completion_custom_tool import ChatCompletionCustomTool
    from .chat_completion_custom_tool_call_input import (
        ChatCompletionCustomToolCallInput,
    )
    from .chat_completion_custom_tool_type import ChatCompletionCustomToolType
    from .chat_completion_developer_message import ChatCompletionDeveloperMessage
    from .chat_completion_developer_message_role import (
        ChatCompletionDeveloperMessageRole,
    )
    from .chat_completion_file_content_part import ChatCompletionFileContentPart
    from .chat_completion_file_content_part_type import (
        ChatCompletionFileContentPartType,
    )
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_function_message import ChatCompletionFunctionMessage
    from .chat_completion_function_message_role import ChatCompletionFunctionMessageRole
    from .chat_completion_function_tool import ChatCompletionFunctionTool
    from .chat_completion_function_tool_type import ChatCompletionFunctionToolType
    from .chat_completion_image_url_content_part import (
        ChatCompletionImageUrlContentPart,
    )
    from .chat_completion_image_url_content_part_type import (
        ChatCompletionImageUrlContentPartType,
    )
    from .chat_completion_input_audio_content_part import (
        ChatCompletionInputAudioContentPart,
    )
    from .chat_completion_input_audio_content_part_type import (
        ChatCompletionInputAudioContentPartType,
    )
    from .chat_completion_logprobs import ChatCompletionLogprobs
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from .chat_completion_message_custom_tool_call_type import (
        ChatCompletionMessageCustomToolCallType,
    )
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall,
    )
    from .chat_completion_named_custom_tool_choice import (
        ChatCompletionNamedCustomToolChoice,
    )
    from .chat_completion_named_custom_tool_choice_type import (
        ChatCompletionNamedCustomToolChoiceType,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )
    from .chat_completion_named_tool_choice_type import (
        ChatCompletionNamedToolChoiceType,
    )
    from .chat_completion_prediction import ChatCompletionPrediction
    from .chat_completion_prediction_type import ChatCompletionPredictionType
    from .chat_completion_refusal_content_part import ChatCompletionRefusalContentPart
    from .chat_completion_refusal_content_part_type import (
        ChatCompletionRefusalContentPartType,
    )
    from .chat_completion_request_custom_tool_call import (
        ChatCompletionRequestCustomToolCall,
    )
    from .chat_completion_request_custom_tool_call_type import (
        ChatCompletionRequestCustomToolCallType,
    )
    from .chat_completion_request_function_tool_call import (
        ChatCompletionRequestFunctionToolCall,
    )
    from .chat_completion_request_function_tool_call_type import (
        ChatCompletionRequestFunctionToolCallType,
    )
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_system_message import ChatCompletionSystemMessage
    from .chat_completion_system_message_role import ChatCompletionSystemMessageRole
    from .chat_completion_text_content_part import ChatCompletionTextContentPart
    from .chat_completion_text_content_part_type import (
        ChatCompletionTextContentPartType,
    )
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool_call_function import ChatCompletionToolCallFunction
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_tool_message import ChatCompletionToolMessage
    from .chat_completion_tool_message_role import ChatCompletionToolMessageRole
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_user_message import ChatCompletionUserMessage
    from .chat_completion_user_message_role import ChatCompletionUserMessageRole
    from .chat_role import ChatRole
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from .create_chat_completion_request_custom_fields import (
        CreateChatCompletionRequestCustomFields,
    )
    from .create_chat_completion_request_function_call_type_1 import (
        CreateChatCompletionRequestFunctionCallType1,
    )
    from .create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from .create_chat_completion_request_max_prompt_tokens_type_1 import (
        CreateChatCompletionRequestMaxPromptTokensType1,
    )
    from .create_chat_completion_request_metadata_type_0 import (
        CreateChatCompletionRequestMetadataType0,
    )
    from .create_chat_completion_request_moderation_type_0 import (
        CreateChatCompletionRequestModerationType0,
    )
    from .create_chat_completion_request_prompt_cache_options_type_0 import (
        CreateChatCompletionRequestPromptCacheOptionsType0,
    )
    from .create_chat_completion_request_web_search_options_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsType0,
    )
    from .create_run_with_args_details import CreateRunWithArgsDetails
    from .create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
    from .create_run_with_url_details import CreateRunWithUrlDetails
    from .custom_tool_definition import CustomToolDefinition
    from .custom_tool_definition_format import CustomToolDefinitionFormat
    from .deployment import Deployment
    from .deployment_collection import DeploymentCollection
    from .deployment_features import DeploymentFeatures
    from .deployment_status import DeploymentStatus
    from .error import Error
    from .error_details import ErrorDetails
    from .file_metadata import FileMetadata
    from .finish_reason import FinishReason
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .input_audio import InputAudio
    from .input_file import InputFile
    from .mtls_callback_auth import MtlsCallbackAuth
    from .mtls_callback_auth_kind import MtlsCallbackAuthKind
    from .node_type import NodeType
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_tokens_details import PromptTokensDetails
    from .resource_operation import ResourceOperation
    from .resource_type import ResourceType
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_object_type import ResponseFormatJsonObjectType
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_details import ResponseFormatJsonSchemaDetails
    from .response_format_json_schema_details_schema import (
        ResponseFormatJsonSchemaDetailsSchema,
    )
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .response_format_text import ResponseFormatText
    from .response_format_text_type import ResponseFormatTextType
    from .run import Run
    from .run_collection import RunCollection
    from .run_error import RunError
    from .run_event import RunEvent
    from .run_event_type import RunEventType
    from .run_input import RunInput
    from .run_input_args import RunInputArgs
    from .run_metadata import RunMetadata
    from .run_status import RunStatus
    from .run_summary import RunSummary
    from .scale_settings import ScaleSettings
    from .tool_call_type import ToolCallType
    from .upload_file_form import UploadFileForm
    from .upload_file_if_none_match import UploadFileIfNoneMatch

# name -> module of this package that defines it
_MODULES = {
    "Application": ".application",
    "ApplicationCollection": ".application_collection",
    "BasicCallbackAuth": ".basic_callback_auth",
    "BasicCallbackAuthKind": ".basic_callback_auth_kind",
    "Bucket": ".bucket",
    "CallbackAuthKind": ".callback_auth_kind",
    "CallbackAuthSummary": ".callback_auth_summary",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAllowedTools": ".chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": ".chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceType": ".chat_completion_allowed_tools_choice_type",
    "ChatCompletionAllowedToolsMode": ".chat_completion_allowed_tools_mode",
    "ChatCompletionAllowedToolsToolsItem": ".chat_completion_allowed_tools_tools_item",
    "ChatCompletionAssistantAudio": ".chat_completion_assistant_audio",
    "ChatCompletionAssistantMessage": ".chat_completion_assistant_message",
    "ChatCompletionAssistantMessageRole": ".chat_completion_assistant_message_role",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkCustomToolCall": ".chat_completion_chunk_custom_tool_call",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionChunkToolCall": ".chat_completion_chunk_tool_call",
    "ChatCompletionChunkToolCallFunction": ".chat_completion_chunk_tool_call_function",
    "ChatCompletionCustomTool": ".chat_completion_custom_tool",
    "ChatCompletionCustomToolCallInput": ".chat_completion_custom_tool_call_input",
    "ChatCompletionCustomToolType": ".chat_completion_custom_tool_type",
    "ChatCompletionDeveloperMessage": ".chat_completion_developer_message",
    "ChatCompletionDeveloperMessageRole": ".chat_completion_developer_message_role",
    "ChatCompletionFileContentPart": ".chat_completion_file_content_part",
    "ChatCompletionFileContentPartType": ".chat_completion_file_content_part_type",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctionMessage": ".chat_completion_function_message",
    "ChatCompletionFunctionMessageRole": ".chat_completion_function_message_role",
    "ChatCompletionFunctionTool": ".chat_completion_function_tool",
    "ChatCompletionFunctionToolType": ".chat_completion_function_tool_type",
    "ChatCompletionImageUrlContentPart": ".chat_completion_image_url_content_part",
    "ChatCompletionImageUrlContentPartType": ".chat_completion_image_url_content_part_type",
    "ChatCompletionInputAudioContentPart": ".chat_completion_input_audio_content_part",
    "ChatCompletionInputAudioContentPartType": ".chat_completion_input_audio_content_part_type",
    "ChatCompletionLogprobs": ".chat_completion_logprobs",
    "ChatCompletionMessageCustomToolCall": ".chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallType": ".chat_completion_message_custom_tool_call_type",
    "ChatCompletionMessageFunctionToolCall": ".chat_completion_message_function_tool_call",
    "ChatCompletionNamedCustomToolChoice": ".chat_completion_named_custom_tool_choice",
    "ChatCompletionNamedCustomToolChoiceType": ".chat_completion_named_custom_tool_choice_type",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": ".chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceType": ".chat_completion_named_tool_choice_type",
    "ChatCompletionPrediction": ".chat_completion_prediction",
    "ChatCompletionPredictionType": ".chat_completion_prediction_type",
    "ChatCompletionRefusalContentPart": ".chat_completion_refusal_content_part",
    "ChatCompletionRefusalContentPartType": ".chat_completion_refusal_content_part_type",
    "ChatCompletionRequestCustomToolCall": ".chat_completion_request_custom_tool_call",
    "ChatCompletionRequestCustomToolCallType": ".chat_completion_request_custom_tool_call_type",
    "ChatCompletionRequestFunctionToolCall": ".chat_completion_request_function_tool_call",
    "ChatCompletionRequestFunctionToolCallType": ".chat_completion_request_function_tool_call_type",
    "ChatCompletionResponseMessage": ".chat_completion_response_message",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionSystemMessage": ".chat_completion_system_message",
    "ChatCompletionSystemMessageRole": ".chat_completion_system_message_role",
    "ChatCompletionTextContentPart": ".chat_completion_text_content_part",
    "ChatCompletionTextContentPartType": ".chat_completion_text_content_part_type",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionToolCallFunction": ".chat_completion_tool_call_function",
    "ChatCompletionToolChoiceMode": ".chat_completion_tool_choice_mode",
    "ChatCompletionToolMessage": ".chat_completion_tool_message",
    "ChatCompletionToolMessageRole": ".chat_completion_tool_message_role",
    "ChatCompletionTopLogprob": ".chat_completion_top_logprob",
    "ChatCompletionUserMessage": ".chat_completion_user_message",
    "ChatCompletionUserMessageRole": ".chat_completion_user_message_role",
    "ChatRole": ".chat_role",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionUsage": ".completion_usage",
    "CreateChatCompletionRequest": ".create_chat_completion_request",
    "CreateChatCompletionRequestAudioType0": ".create_chat_completion_request_audio_type_0",
    "CreateChatCompletionRequestCustomFields": ".create_chat_completion_request_custom_fields",
    "CreateChatCompletionRequestFunctionCallType1": ".create_chat_completion_request_function_call_type_1",
    "CreateChatCompletionRequestLogitBiasType0": ".create_chat_completion_request_logit_bias_type_0",
    "CreateChatCompletionRequestMaxPromptTokensType1": ".create_chat_completion_request_max_prompt_tokens_type_1",
    "CreateChatCompletionRequestMetadataType0": ".create_chat_completion_request_metadata_type_0",
    "CreateChatCompletionRequestModerationType0": ".create_chat_completion_request_moderation_type_0",
    "CreateChatCompletionRequestPromptCacheOptionsType0": ".create_chat_completion_request_prompt_cache_options_type_0",
    "CreateChatCompletionRequestWebSearchOptionsType0": ".create_chat_completion_request_web_search_options_type_0",
    "CreateRunWithArgsDetails": ".create_run_with_args_details",
    "CreateRunWithArgsDetailsArgs": ".create_run_with_args_details_args",
    "CreateRunWithUrlDetails": ".create_run_with_url_details",
    "CustomToolDefinition": ".custom_tool_definition",
    "CustomToolDefinitionFormat": ".custom_tool_definition_format",
    "Deployment": ".deployment",
    "DeploymentCollection": ".deployment_collection",
    "DeploymentFeatures": ".deployment_features",
    "DeploymentStatus": ".deployment_status",
    "Error": ".error",
    "ErrorDetails": ".error_details",
    "FileMetadata": ".file_metadata",
    "FinishReason": ".finish_reason",
    "FunctionDefinition": ".function_definition",
    "FunctionDefinitionParameters": ".function_definition_parameters",
    "ImageUrl": ".image_url",
    "ImageUrlDetail": ".image_url_detail",
    "InputAudio": ".input_audio",
    "InputFile": ".input_file",
    "MtlsCallbackAuth": ".mtls_callback_auth",
    "MtlsCallbackAuthKind": ".mtls_callback_auth_kind",
    "NodeType": ".node_type",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ResourceOperation": ".resource_operation",
    "ResourceType": ".resource_type",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonObjectType": ".response_format_json_object_type",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaDetails": ".response_format_json_schema_details",
    "ResponseFormatJsonSchemaDetailsSchema": ".response_format_json_schema_details_schema",
    "ResponseFormatJsonSchemaType": ".response_format_json_schema_type",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextType": ".response_format_text_type",
    "Run": ".run",
    "RunCollection": ".run_collection",
    "RunError": ".run_error",
    "RunEvent": ".run_event",
    "RunEventType": ".run_event_type",
    "RunInput": ".run_input",
    "RunInputArgs": ".run_input_args",
    "RunMetadata": ".run_metadata",
    "RunStatus": ".run_status",
    "RunSummary": ".run_summary",
    "ScaleSettings": ".scale_settings",
    "ToolCallType": ".tool_call_type",
    "UploadFileForm": ".upload_file_form",
    "UploadFileIfNoneMatch": ".upload_file_if_none_match",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "Application",
    "ApplicationCollection",
    "BasicCallbackAuth",
    "BasicCallbackAuthKind",
    "Bucket",
    "CallbackAuthKind",
    "CallbackAuthSummary",
    "ChatCompletion",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceType",
    "ChatCompletionAllowedToolsMode",
    "ChatCompletionAllowedToolsToolsItem",
    "ChatCompletionAssistantAudio",
    "ChatCompletionAssistantMessage",
    "ChatCompletionAssistantMessageRole",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkCustomToolCall",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkToolCall",
    "ChatCompletionChunkToolCallFunction",
    "ChatCompletionCustomTool",
    "ChatCompletionCustomToolCallInput",
    "ChatCompletionCustomToolType",
    "ChatCompletionDeveloperMessage",
    "ChatCompletionDeveloperMessageRole",
    "ChatCompletionFileContentPart",
    "ChatCompletionFileContentPartType",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionMessage",
    "ChatCompletionFunctionMessageRole",
    "ChatCompletionFunctionTool",
    "ChatCompletionFunctionToolType",
    "ChatCompletionImageUrlContentPart",
    "ChatCompletionImageUrlContentPartType",
    "ChatCompletionInputAudioContentPart",
    "ChatCompletionInputAudioContentPartType",
    "ChatCompletionLogprobs",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallType",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionNamedCustomToolChoice",
    "ChatCompletionNamedCustomToolChoiceType",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceType",
    "ChatCompletionPrediction",
    "ChatCompletionPredictionType",
    "ChatCompletionRefusalContentPart",
    "ChatCompletionRefusalContentPartType",
    "ChatCompletionRequestCustomToolCall",
    "ChatCompletionRequestCustomToolCallType",
    "ChatCompletionRequestFunctionToolCall",
    "ChatCompletionRequestFunctionToolCallType",
    "ChatCompletionResponseMessage",
    "ChatCompletionStreamOptions",
    "ChatCompletionSystemMessage",
    "ChatCompletionSystemMessageRole",
    "ChatCompletionTextContentPart",
    "ChatCompletionTextContentPartType",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolCallFunction",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionToolMessage",
    "ChatCompletionToolMessageRole",
    "ChatCompletionTopLogprob",
    "ChatCompletionUserMessage",
    "ChatCompletionUserMessageRole",
    "ChatRole",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudioType0",
    "CreateChatCompletionRequestCustomFields",
    "CreateChatCompletionRequestFunctionCallType1",
    "CreateChatCompletionRequestLogitBiasType0",
    "CreateChatCompletionRequestMaxPromptTokensType1",
    "CreateChatCompletionRequestMetadataType0",
    "CreateChatCompletionRequestModerationType0",
    "CreateChatCompletionRequestPromptCacheOptionsType0",
    "CreateChatCompletionRequestWebSearchOptionsType0",
    "CreateRunWithArgsDetails",
    "CreateRunWithArgsDetailsArgs",
    "CreateRunWithUrlDetails",
    "CustomToolDefinition",
    "CustomToolDefinitionFormat",
    "Deployment",
    "DeploymentCollection",
    "DeploymentFeatures",
    "DeploymentStatus",
    "Error",
    "ErrorDetails",
    "FileMetadata",
    "FinishReason",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "ImageUrl",
    "ImageUrlDetail",
    "InputAudio",
    "InputFile",
    "MtlsCallbackAuth",
    "MtlsCallbackAuthKind",
    "NodeType",
    "PromptCacheBreakpoint",
    "PromptTokensDetails",
    "ResourceOperation",
    "ResourceType",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaDetails",
    "ResponseFormatJsonSchemaDetailsSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "Run",
    "RunCollection",
    "RunError",
    "RunEvent",
    "RunEventType",
    "RunInput",
    "RunInputArgs",
    "RunMetadata",
    "RunStatus",
    "RunSummary",
    "ScaleSettings",
    "ToolCallType",
    "UploadFileForm",
    "UploadFileIfNoneMatch",
)
