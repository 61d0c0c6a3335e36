"""Contains all the data models used in inputs/outputs"""

from .basic_callback_auth import BasicCallbackAuth
from .basic_callback_auth_kind import BasicCallbackAuthKind
from .bucket import Bucket
from .callback_auth_kind import CallbackAuthKind
from .callback_auth_summary import CallbackAuthSummary
from .chat_completion import ChatCompletion
from .chat_completion_assistant_message import ChatCompletionAssistantMessage
from .chat_completion_assistant_message_role import ChatCompletionAssistantMessageRole
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_chunk_delta import ChatCompletionChunkDelta
from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
from .chat_completion_chunk_tool_call_function import (
    ChatCompletionChunkToolCallFunction,
)
from .chat_completion_developer_message import ChatCompletionDeveloperMessage
from .chat_completion_developer_message_role import ChatCompletionDeveloperMessageRole
from .chat_completion_image_url_content_part import ChatCompletionImageUrlContentPart
from .chat_completion_image_url_content_part_type import (
    ChatCompletionImageUrlContentPartType,
)
from .chat_completion_logprobs import ChatCompletionLogprobs
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
)
from .chat_completion_named_tool_choice_type import ChatCompletionNamedToolChoiceType
from .chat_completion_request_tool_call import ChatCompletionRequestToolCall
from .chat_completion_request_tool_call_type import ChatCompletionRequestToolCallType
from .chat_completion_response_message import ChatCompletionResponseMessage
from .chat_completion_stream_options import ChatCompletionStreamOptions
from .chat_completion_system_message import ChatCompletionSystemMessage
from .chat_completion_system_message_role import ChatCompletionSystemMessageRole
from .chat_completion_text_content_part import ChatCompletionTextContentPart
from .chat_completion_text_content_part_type import ChatCompletionTextContentPartType
from .chat_completion_token_logprob import ChatCompletionTokenLogprob
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_call_function import ChatCompletionToolCallFunction
from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from .chat_completion_tool_message import ChatCompletionToolMessage
from .chat_completion_tool_message_role import ChatCompletionToolMessageRole
from .chat_completion_tool_type import ChatCompletionToolType
from .chat_completion_top_logprob import ChatCompletionTopLogprob
from .chat_completion_user_message import ChatCompletionUserMessage
from .chat_completion_user_message_role import ChatCompletionUserMessageRole
from .chat_role import ChatRole
from .completion_usage import CompletionUsage
from .create_chat_completion_request import CreateChatCompletionRequest
from .create_chat_completion_request_logit_bias import (
    CreateChatCompletionRequestLogitBias,
)
from .create_run_with_args_details import CreateRunWithArgsDetails
from .create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
from .create_run_with_url_details import CreateRunWithUrlDetails
from .deployment import Deployment
from .deployment_collection import DeploymentCollection
from .deployment_status import DeploymentStatus
from .error import Error
from .file_metadata import FileMetadata
from .finish_reason import FinishReason
from .function_definition import FunctionDefinition
from .function_definition_parameters import FunctionDefinitionParameters
from .image_url import ImageUrl
from .image_url_detail import ImageUrlDetail
from .mtls_callback_auth import MtlsCallbackAuth
from .mtls_callback_auth_kind import MtlsCallbackAuthKind
from .node_type import NodeType
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
from .tool_call_type import ToolCallType
from .upload_file_form import UploadFileForm
from .upload_file_if_none_match import UploadFileIfNoneMatch

__all__ = (
    "BasicCallbackAuth",
    "BasicCallbackAuthKind",
    "Bucket",
    "CallbackAuthKind",
    "CallbackAuthSummary",
    "ChatCompletion",
    "ChatCompletionAssistantMessage",
    "ChatCompletionAssistantMessageRole",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkToolCall",
    "ChatCompletionChunkToolCallFunction",
    "ChatCompletionDeveloperMessage",
    "ChatCompletionDeveloperMessageRole",
    "ChatCompletionImageUrlContentPart",
    "ChatCompletionImageUrlContentPartType",
    "ChatCompletionLogprobs",
    "ChatCompletionMessageToolCall",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceType",
    "ChatCompletionRequestToolCall",
    "ChatCompletionRequestToolCallType",
    "ChatCompletionResponseMessage",
    "ChatCompletionStreamOptions",
    "ChatCompletionSystemMessage",
    "ChatCompletionSystemMessageRole",
    "ChatCompletionTextContentPart",
    "ChatCompletionTextContentPartType",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolCallFunction",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionToolMessage",
    "ChatCompletionToolMessageRole",
    "ChatCompletionToolType",
    "ChatCompletionTopLogprob",
    "ChatCompletionUserMessage",
    "ChatCompletionUserMessageRole",
    "ChatRole",
    "CompletionUsage",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestLogitBias",
    "CreateRunWithArgsDetails",
    "CreateRunWithArgsDetailsArgs",
    "CreateRunWithUrlDetails",
    "Deployment",
    "DeploymentCollection",
    "DeploymentStatus",
    "Error",
    "FileMetadata",
    "FinishReason",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "ImageUrl",
    "ImageUrlDetail",
    "MtlsCallbackAuth",
    "MtlsCallbackAuthKind",
    "NodeType",
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
    "ToolCallType",
    "UploadFileForm",
    "UploadFileIfNoneMatch",
)
