"""Typed methods for every operation of this package, by `make generate` from data.yaml.

Do not edit: regenerate instead. aiplane.Client mixes DataMethods into the plane that serves
these operations, aiplane.AsyncClient AsyncDataMethods (see aiplane._plane_methods).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from aiplane._plane_methods import AsyncMethods, SyncMethods

from .types import UNSET

if TYPE_CHECKING:
    from aiplane._options import OnRetry
    from aiplane._plane_methods import AsyncDownload, Download, Timeout
    from aiplane.pagination import AsyncPaginator, Paginator
    from aiplane.retry import RetryPolicy
    from aiplane.runs import AsyncRunFuture, RunFuture
    from aiplane.streams import AsyncEventStream, EventStream

    from .models.application import Application
    from .models.application_collection import ApplicationCollection
    from .models.basic_callback_auth import BasicCallbackAuth
    from .models.bucket import Bucket
    from .models.chat_completion import ChatCompletion
    from .models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,
    )
    from .models.chat_completion_assistant_message import ChatCompletionAssistantMessage
    from .models.chat_completion_chunk import ChatCompletionChunk
    from .models.chat_completion_custom_tool import ChatCompletionCustomTool
    from .models.chat_completion_developer_message import ChatCompletionDeveloperMessage
    from .models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
    )
    from .models.chat_completion_function_message import ChatCompletionFunctionMessage
    from .models.chat_completion_function_tool import ChatCompletionFunctionTool
    from .models.chat_completion_named_custom_tool_choice import (
        ChatCompletionNamedCustomToolChoice,
    )
    from .models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .models.chat_completion_prediction import ChatCompletionPrediction
    from .models.chat_completion_stream_options import ChatCompletionStreamOptions
    from .models.chat_completion_system_message import ChatCompletionSystemMessage
    from .models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .models.chat_completion_tool_message import ChatCompletionToolMessage
    from .models.chat_completion_user_message import ChatCompletionUserMessage
    from .models.create_chat_completion_request import CreateChatCompletionRequest
    from .models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from .models.create_chat_completion_request_custom_fields import (
        CreateChatCompletionRequestCustomFields,
    )
    from .models.create_chat_completion_request_function_call_type_1 import (
        CreateChatCompletionRequestFunctionCallType1,
    )
    from .models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from .models.create_chat_completion_request_max_prompt_tokens_type_1 import (
        CreateChatCompletionRequestMaxPromptTokensType1,
    )
    from .models.create_chat_completion_request_metadata_type_0 import (
        CreateChatCompletionRequestMetadataType0,
    )
    from .models.create_chat_completion_request_moderation_type_0 import (
        CreateChatCompletionRequestModerationType0,
    )
    from .models.create_chat_completion_request_prompt_cache_options_type_0 import (
        CreateChatCompletionRequestPromptCacheOptionsType0,
    )
    from .models.create_chat_completion_request_web_search_options_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsType0,
    )
    from .models.create_run_with_args_details import CreateRunWithArgsDetails
    from .models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
    from .models.create_run_with_url_details import CreateRunWithUrlDetails
    from .models.deployment import Deployment
    from .models.file_metadata import FileMetadata
    from .models.function_definition import FunctionDefinition
    from .models.mtls_callback_auth import MtlsCallbackAuth
    from .models.resource_operation import ResourceOperation
    from .models.response_format_json_object import ResponseFormatJsonObject
    from .models.response_format_json_schema import ResponseFormatJsonSchema
    from .models.response_format_text import ResponseFormatText
    from .models.run import Run
    from .models.run_event import RunEvent
    from .models.run_metadata import RunMetadata
    from .models.run_status import RunStatus
    from .models.run_summary import RunSummary
    from .models.upload_file_form import UploadFileForm
    from .models.upload_file_if_none_match import UploadFileIfNoneMatch
    from .types import File, Unset

__all__ = ["DataMethods", "AsyncDataMethods"]


class DataMethods(SyncMethods):
    """The data plane's operations as methods."""

    @overload
    def create_chat_completion(
        self,
        deployment_id: str,
        *,
        body: CreateChatCompletionRequest,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ChatCompletion: ...
    @overload
    def create_chat_completion(
        self,
        deployment_id: str,
        *,
        messages: list[
            ChatCompletionAssistantMessage
            | ChatCompletionDeveloperMessage
            | ChatCompletionFunctionMessage
            | ChatCompletionSystemMessage
            | ChatCompletionToolMessage
            | ChatCompletionUserMessage
        ],
        model: str | Unset = ...,
        tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool]
        | Unset = ...,
        tool_choice: ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedCustomToolChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionToolChoiceMode
        | Unset = ...,
        parallel_tool_calls: bool | None | Unset = ...,
        functions: list[FunctionDefinition] | Unset = ...,
        function_call: ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType1
        | Unset = ...,
        temperature: float | None | Unset = ...,
        top_p: float | None | Unset = ...,
        max_tokens: int | None | Unset = ...,
        max_completion_tokens: int | None | Unset = ...,
        response_format: ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset = ...,
        seed: int | None | Unset = ...,
        stop: list[str] | None | str | Unset = ...,
        n: int | None | Unset = ...,
        user: str | Unset = ...,
        safety_identifier: None | str | Unset = ...,
        prompt_cache_key: None | str | Unset = ...,
        prompt_cache_options: CreateChatCompletionRequestPromptCacheOptionsType0
        | None
        | Unset = ...,
        prompt_cache_retention: None | str | Unset = ...,
        metadata: CreateChatCompletionRequestMetadataType0 | None | Unset = ...,
        store: bool | None | Unset = ...,
        service_tier: None | str | Unset = ...,
        reasoning_effort: None | str | Unset = ...,
        verbosity: None | str | Unset = ...,
        modalities: list[str] | None | Unset = ...,
        audio: CreateChatCompletionRequestAudioType0 | None | Unset = ...,
        prediction: ChatCompletionPrediction | None | Unset = ...,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsType0
        | None
        | Unset = ...,
        moderation: CreateChatCompletionRequestModerationType0 | None | Unset = ...,
        max_prompt_tokens: CreateChatCompletionRequestMaxPromptTokensType1
        | int
        | Unset = ...,
        custom_fields: CreateChatCompletionRequestCustomFields | Unset = ...,
        stream: bool | None | Unset = ...,
        stream_options: ChatCompletionStreamOptions | None | Unset = ...,
        presence_penalty: float | None | Unset = ...,
        frequency_penalty: float | None | Unset = ...,
        logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = ...,
        logprobs: bool | None | Unset = ...,
        top_logprobs: int | None | Unset = ...,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ChatCompletion: ...
    def create_chat_completion(self, *args: Any, **kwargs: Any) -> Any:
        """Create a chat completion (:mod:`aiplane_data.api.chat.create_chat_completion`)."""
        return self._call(
            "aiplane_data.api.chat.create_chat_completion",
            args,
            kwargs,
            "aiplane_data.models.create_chat_completion_request:CreateChatCompletionRequest",
        )

    @overload
    def create_chat_completion_stream(
        self,
        deployment_id: str,
        *,
        body: CreateChatCompletionRequest,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> EventStream[ChatCompletionChunk]: ...
    @overload
    def create_chat_completion_stream(
        self,
        deployment_id: str,
        *,
        messages: list[
            ChatCompletionAssistantMessage
            | ChatCompletionDeveloperMessage
            | ChatCompletionFunctionMessage
            | ChatCompletionSystemMessage
            | ChatCompletionToolMessage
            | ChatCompletionUserMessage
        ],
        model: str | Unset = ...,
        tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool]
        | Unset = ...,
        tool_choice: ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedCustomToolChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionToolChoiceMode
        | Unset = ...,
        parallel_tool_calls: bool | None | Unset = ...,
        functions: list[FunctionDefinition] | Unset = ...,
        function_call: ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType1
        | Unset = ...,
        temperature: float | None | Unset = ...,
        top_p: float | None | Unset = ...,
        max_tokens: int | None | Unset = ...,
        max_completion_tokens: int | None | Unset = ...,
        response_format: ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset = ...,
        seed: int | None | Unset = ...,
        stop: list[str] | None | str | Unset = ...,
        n: int | None | Unset = ...,
        user: str | Unset = ...,
        safety_identifier: None | str | Unset = ...,
        prompt_cache_key: None | str | Unset = ...,
        prompt_cache_options: CreateChatCompletionRequestPromptCacheOptionsType0
        | None
        | Unset = ...,
        prompt_cache_retention: None | str | Unset = ...,
        metadata: CreateChatCompletionRequestMetadataType0 | None | Unset = ...,
        store: bool | None | Unset = ...,
        service_tier: None | str | Unset = ...,
        reasoning_effort: None | str | Unset = ...,
        verbosity: None | str | Unset = ...,
        modalities: list[str] | None | Unset = ...,
        audio: CreateChatCompletionRequestAudioType0 | None | Unset = ...,
        prediction: ChatCompletionPrediction | None | Unset = ...,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsType0
        | None
        | Unset = ...,
        moderation: CreateChatCompletionRequestModerationType0 | None | Unset = ...,
        max_prompt_tokens: CreateChatCompletionRequestMaxPromptTokensType1
        | int
        | Unset = ...,
        custom_fields: CreateChatCompletionRequestCustomFields | Unset = ...,
        stream: bool | None | Unset = ...,
        stream_options: ChatCompletionStreamOptions | None | Unset = ...,
        presence_penalty: float | None | Unset = ...,
        frequency_penalty: float | None | Unset = ...,
        logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = ...,
        logprobs: bool | None | Unset = ...,
        top_logprobs: int | None | Unset = ...,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> EventStream[ChatCompletionChunk]: ...
    def create_chat_completion_stream(self, *args: Any, **kwargs: Any) -> Any:
        """Create a chat completion (:mod:`aiplane_data.api.chat.create_chat_completion`)."""
        return self._stream(
            "aiplane_data.api.chat.create_chat_completion",
            args,
            kwargs,
            "aiplane_data.models.create_chat_completion_request:CreateChatCompletionRequest",
        )

    def get_application(
        self,
        application_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Application:
        """Get an application (:mod:`aiplane_data.api.deployments.get_application`)."""
        result: Application = self._call(
            "aiplane_data.api.deployments.get_application",
            (application_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_deployment(
        self,
        deployment_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Deployment:
        """Get a deployment (:mod:`aiplane_data.api.deployments.get_deployment`)."""
        result: Deployment = self._call(
            "aiplane_data.api.deployments.get_deployment",
            (deployment_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_applications(
        self,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ApplicationCollection:
        """List applications (:mod:`aiplane_data.api.deployments.list_applications`)."""
        result: ApplicationCollection = self._call(
            "aiplane_data.api.deployments.list_applications",
            (),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_deployments(
        self,
        *,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[Deployment]:
        """List deployments (:mod:`aiplane_data.api.deployments.list_deployments`)."""
        result: Paginator[Deployment] = self._paginate(
            "aiplane_data.api.deployments.list_deployments",
            (),
            {
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    def copy_file(
        self,
        *,
        body: ResourceOperation,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    def copy_file(
        self,
        *,
        source_url: str,
        destination_url: str,
        overwrite: bool | Unset = ...,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    def copy_file(self, *args: Any, **kwargs: Any) -> Any:
        """Copy a file (:mod:`aiplane_data.api.files.copy_file`)."""
        return self._call(
            "aiplane_data.api.files.copy_file",
            args,
            kwargs,
            "aiplane_data.models.resource_operation:ResourceOperation",
        )

    def delete_file(
        self,
        bucket: str,
        path: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a file (:mod:`aiplane_data.api.files.delete_file`)."""
        result: None = self._call(
            "aiplane_data.api.files.delete_file",
            (
                bucket,
                path,
            ),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def download_file(
        self,
        bucket: str,
        path: str,
        *,
        range_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Download:
        """Download a file (:mod:`aiplane_data.api.files.download_file`)."""
        result: Download = self._download(
            "aiplane_data.api.files.download_file",
            (
                bucket,
                path,
            ),
            {
                "range_": range_,
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_bucket(
        self,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Bucket:
        """Get the caller's bucket (:mod:`aiplane_data.api.files.get_bucket`)."""
        result: Bucket = self._call(
            "aiplane_data.api.files.get_bucket",
            (),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_file_metadata(
        self,
        bucket: str,
        path: str,
        *,
        limit: int | Unset = UNSET,
        token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[FileMetadata]:
        """Get file or folder metadata (:mod:`aiplane_data.api.files.get_file_metadata`)."""
        result: Paginator[FileMetadata] = self._paginate(
            "aiplane_data.api.files.get_file_metadata",
            (
                bucket,
                path,
            ),
            {
                "limit": limit,
                "token": token,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_bucket_root(
        self,
        bucket: str,
        *,
        limit: int | Unset = UNSET,
        token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[FileMetadata]:
        """List the bucket root (:mod:`aiplane_data.api.files.list_bucket_root`)."""
        result: Paginator[FileMetadata] = self._paginate(
            "aiplane_data.api.files.list_bucket_root",
            (bucket,),
            {
                "limit": limit,
                "token": token,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    def move_file(
        self,
        *,
        body: ResourceOperation,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    def move_file(
        self,
        *,
        source_url: str,
        destination_url: str,
        overwrite: bool | Unset = ...,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    def move_file(self, *args: Any, **kwargs: Any) -> Any:
        """Move a file (:mod:`aiplane_data.api.files.move_file`)."""
        return self._call(
            "aiplane_data.api.files.move_file",
            args,
            kwargs,
            "aiplane_data.models.resource_operation:ResourceOperation",
        )

    @overload
    def upload_file(
        self,
        bucket: str,
        path: str,
        *,
        body: UploadFileForm,
        if_match: str | Unset = UNSET,
        if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> FileMetadata: ...
    @overload
    def upload_file(
        self,
        bucket: str,
        path: str,
        *,
        file: File,
        if_match: str | Unset = UNSET,
        if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> FileMetadata: ...
    def upload_file(self, *args: Any, **kwargs: Any) -> Any:
        """Upload a file (:mod:`aiplane_data.api.files.upload_file`)."""
        return self._call(
            "aiplane_data.api.files.upload_file",
            args,
            kwargs,
            "aiplane_data.models.upload_file_form:UploadFileForm",
        )

    def cancel_run(
        self,
        run_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Run:
        """Cancel a run (:mod:`aiplane_data.api.runs.cancel_run`)."""
        result: Run = self._call(
            "aiplane_data.api.runs.cancel_run",
            (run_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    @overload
    def create_run(
        self,
        deployment_id: str,
        *,
        body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> RunFuture: ...
    @overload
    def create_run(
        self,
        deployment_id: str,
        *,
        args: CreateRunWithArgsDetailsArgs,
        callback_url: str | Unset = ...,
        callback_auth: BasicCallbackAuth | MtlsCallbackAuth | Unset = ...,
        metadata: RunMetadata | Unset = ...,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> RunFuture: ...
    @overload
    def create_run(
        self,
        deployment_id: str,
        *,
        url: str,
        callback_url: str | Unset = ...,
        callback_auth: BasicCallbackAuth | MtlsCallbackAuth | Unset = ...,
        metadata: RunMetadata | Unset = ...,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> RunFuture: ...
    def create_run(self, *args: Any, **kwargs: Any) -> Any:
        """Create a run (:mod:`aiplane_data.api.runs.create_run`)."""
        return self._submit(
            "aiplane_data.api.runs.create_run",
            args,
            kwargs,
            "aiplane_data.models.create_run_with_args_details:CreateRunWithArgsDetails,aiplane_data.models.create_run_with_url_details:CreateRunWithUrlDetails",
        )

    def get_run(
        self,
        run_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Run:
        """Get a run (:mod:`aiplane_data.api.runs.get_run`)."""
        result: Run = self._call(
            "aiplane_data.api.runs.get_run",
            (run_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_run_events(
        self,
        run_id: str,
        *,
        last_event_id: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> EventStream[RunEvent]:
        """Stream a run's events (:mod:`aiplane_data.api.runs.get_run_events`)."""
        result: EventStream[RunEvent] = self._stream(
            "aiplane_data.api.runs.get_run_events",
            (run_id,),
            {
                "last_event_id": last_event_id,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "idle_timeout": idle_timeout,
                "keep_events": keep_events,
            },
        )
        return result

    def list_runs(
        self,
        *,
        deployment_id: str | Unset = UNSET,
        status: RunStatus | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[RunSummary]:
        """List runs (:mod:`aiplane_data.api.runs.list_runs`)."""
        result: Paginator[RunSummary] = self._paginate(
            "aiplane_data.api.runs.list_runs",
            (),
            {
                "deployment_id": deployment_id,
                "status": status,
                "ids": ids,
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result


class AsyncDataMethods(AsyncMethods):
    """The data plane's operations as methods."""

    @overload
    async def create_chat_completion(
        self,
        deployment_id: str,
        *,
        body: CreateChatCompletionRequest,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ChatCompletion: ...
    @overload
    async def create_chat_completion(
        self,
        deployment_id: str,
        *,
        messages: list[
            ChatCompletionAssistantMessage
            | ChatCompletionDeveloperMessage
            | ChatCompletionFunctionMessage
            | ChatCompletionSystemMessage
            | ChatCompletionToolMessage
            | ChatCompletionUserMessage
        ],
        model: str | Unset = ...,
        tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool]
        | Unset = ...,
        tool_choice: ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedCustomToolChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionToolChoiceMode
        | Unset = ...,
        parallel_tool_calls: bool | None | Unset = ...,
        functions: list[FunctionDefinition] | Unset = ...,
        function_call: ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType1
        | Unset = ...,
        temperature: float | None | Unset = ...,
        top_p: float | None | Unset = ...,
        max_tokens: int | None | Unset = ...,
        max_completion_tokens: int | None | Unset = ...,
        response_format: ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset = ...,
        seed: int | None | Unset = ...,
        stop: list[str] | None | str | Unset = ...,
        n: int | None | Unset = ...,
        user: str | Unset = ...,
        safety_identifier: None | str | Unset = ...,
        prompt_cache_key: None | str | Unset = ...,
        prompt_cache_options: CreateChatCompletionRequestPromptCacheOptionsType0
        | None
        | Unset = ...,
        prompt_cache_retention: None | str | Unset = ...,
        metadata: CreateChatCompletionRequestMetadataType0 | None | Unset = ...,
        store: bool | None | Unset = ...,
        service_tier: None | str | Unset = ...,
        reasoning_effort: None | str | Unset = ...,
        verbosity: None | str | Unset = ...,
        modalities: list[str] | None | Unset = ...,
        audio: CreateChatCompletionRequestAudioType0 | None | Unset = ...,
        prediction: ChatCompletionPrediction | None | Unset = ...,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsType0
        | None
        | Unset = ...,
        moderation: CreateChatCompletionRequestModerationType0 | None | Unset = ...,
        max_prompt_tokens: CreateChatCompletionRequestMaxPromptTokensType1
        | int
        | Unset = ...,
        custom_fields: CreateChatCompletionRequestCustomFields | Unset = ...,
        stream: bool | None | Unset = ...,
        stream_options: ChatCompletionStreamOptions | None | Unset = ...,
        presence_penalty: float | None | Unset = ...,
        frequency_penalty: float | None | Unset = ...,
        logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = ...,
        logprobs: bool | None | Unset = ...,
        top_logprobs: int | None | Unset = ...,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ChatCompletion: ...
    async def create_chat_completion(self, *args: Any, **kwargs: Any) -> Any:
        """Create a chat completion (:mod:`aiplane_data.api.chat.create_chat_completion`)."""
        return await self._call(
            "aiplane_data.api.chat.create_chat_completion",
            args,
            kwargs,
            "aiplane_data.models.create_chat_completion_request:CreateChatCompletionRequest",
        )

    @overload
    def create_chat_completion_stream(
        self,
        deployment_id: str,
        *,
        body: CreateChatCompletionRequest,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncEventStream[ChatCompletionChunk]: ...
    @overload
    def create_chat_completion_stream(
        self,
        deployment_id: str,
        *,
        messages: list[
            ChatCompletionAssistantMessage
            | ChatCompletionDeveloperMessage
            | ChatCompletionFunctionMessage
            | ChatCompletionSystemMessage
            | ChatCompletionToolMessage
            | ChatCompletionUserMessage
        ],
        model: str | Unset = ...,
        tools: list[ChatCompletionCustomTool | ChatCompletionFunctionTool]
        | Unset = ...,
        tool_choice: ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedCustomToolChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionToolChoiceMode
        | Unset = ...,
        parallel_tool_calls: bool | None | Unset = ...,
        functions: list[FunctionDefinition] | Unset = ...,
        function_call: ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType1
        | Unset = ...,
        temperature: float | None | Unset = ...,
        top_p: float | None | Unset = ...,
        max_tokens: int | None | Unset = ...,
        max_completion_tokens: int | None | Unset = ...,
        response_format: ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset = ...,
        seed: int | None | Unset = ...,
        stop: list[str] | None | str | Unset = ...,
        n: int | None | Unset = ...,
        user: str | Unset = ...,
        safety_identifier: None | str | Unset = ...,
        prompt_cache_key: None | str | Unset = ...,
        prompt_cache_options: CreateChatCompletionRequestPromptCacheOptionsType0
        | None
        | Unset = ...,
        prompt_cache_retention: None | str | Unset = ...,
        metadata: CreateChatCompletionRequestMetadataType0 | None | Unset = ...,
        store: bool | None | Unset = ...,
        service_tier: None | str | Unset = ...,
        reasoning_effort: None | str | Unset = ...,
        verbosity: None | str | Unset = ...,
        modalities: list[str] | None | Unset = ...,
        audio: CreateChatCompletionRequestAudioType0 | None | Unset = ...,
        prediction: ChatCompletionPrediction | None | Unset = ...,
        web_search_options: CreateChatCompletionRequestWebSearchOptionsType0
        | None
        | Unset = ...,
        moderation: CreateChatCompletionRequestModerationType0 | None | Unset = ...,
        max_prompt_tokens: CreateChatCompletionRequestMaxPromptTokensType1
        | int
        | Unset = ...,
        custom_fields: CreateChatCompletionRequestCustomFields | Unset = ...,
        stream: bool | None | Unset = ...,
        stream_options: ChatCompletionStreamOptions | None | Unset = ...,
        presence_penalty: float | None | Unset = ...,
        frequency_penalty: float | None | Unset = ...,
        logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = ...,
        logprobs: bool | None | Unset = ...,
        top_logprobs: int | None | Unset = ...,
        api_version: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncEventStream[ChatCompletionChunk]: ...
    def create_chat_completion_stream(self, *args: Any, **kwargs: Any) -> Any:
        """Create a chat completion (:mod:`aiplane_data.api.chat.create_chat_completion`)."""
        return self._stream(
            "aiplane_data.api.chat.create_chat_completion",
            args,
            kwargs,
            "aiplane_data.models.create_chat_completion_request:CreateChatCompletionRequest",
        )

    async def get_application(
        self,
        application_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Application:
        """Get an application (:mod:`aiplane_data.api.deployments.get_application`)."""
        result: Application = await self._call(
            "aiplane_data.api.deployments.get_application",
            (application_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def get_deployment(
        self,
        deployment_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Deployment:
        """Get a deployment (:mod:`aiplane_data.api.deployments.get_deployment`)."""
        result: Deployment = await self._call(
            "aiplane_data.api.deployments.get_deployment",
            (deployment_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def list_applications(
        self,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> ApplicationCollection:
        """List applications (:mod:`aiplane_data.api.deployments.list_applications`)."""
        result: ApplicationCollection = await self._call(
            "aiplane_data.api.deployments.list_applications",
            (),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_deployments(
        self,
        *,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[Deployment]:
        """List deployments (:mod:`aiplane_data.api.deployments.list_deployments`)."""
        result: AsyncPaginator[Deployment] = self._paginate(
            "aiplane_data.api.deployments.list_deployments",
            (),
            {
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    async def copy_file(
        self,
        *,
        body: ResourceOperation,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    async def copy_file(
        self,
        *,
        source_url: str,
        destination_url: str,
        overwrite: bool | Unset = ...,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    async def copy_file(self, *args: Any, **kwargs: Any) -> Any:
        """Copy a file (:mod:`aiplane_data.api.files.copy_file`)."""
        return await self._call(
            "aiplane_data.api.files.copy_file",
            args,
            kwargs,
            "aiplane_data.models.resource_operation:ResourceOperation",
        )

    async def delete_file(
        self,
        bucket: str,
        path: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a file (:mod:`aiplane_data.api.files.delete_file`)."""
        result: None = await self._call(
            "aiplane_data.api.files.delete_file",
            (
                bucket,
                path,
            ),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def download_file(
        self,
        bucket: str,
        path: str,
        *,
        range_: str | Unset = UNSET,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncDownload:
        """Download a file (:mod:`aiplane_data.api.files.download_file`)."""
        result: AsyncDownload = self._download(
            "aiplane_data.api.files.download_file",
            (
                bucket,
                path,
            ),
            {
                "range_": range_,
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def get_bucket(
        self,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Bucket:
        """Get the caller's bucket (:mod:`aiplane_data.api.files.get_bucket`)."""
        result: Bucket = await self._call(
            "aiplane_data.api.files.get_bucket",
            (),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_file_metadata(
        self,
        bucket: str,
        path: str,
        *,
        limit: int | Unset = UNSET,
        token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[FileMetadata]:
        """Get file or folder metadata (:mod:`aiplane_data.api.files.get_file_metadata`)."""
        result: AsyncPaginator[FileMetadata] = self._paginate(
            "aiplane_data.api.files.get_file_metadata",
            (
                bucket,
                path,
            ),
            {
                "limit": limit,
                "token": token,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_bucket_root(
        self,
        bucket: str,
        *,
        limit: int | Unset = UNSET,
        token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[FileMetadata]:
        """List the bucket root (:mod:`aiplane_data.api.files.list_bucket_root`)."""
        result: AsyncPaginator[FileMetadata] = self._paginate(
            "aiplane_data.api.files.list_bucket_root",
            (bucket,),
            {
                "limit": limit,
                "token": token,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    async def move_file(
        self,
        *,
        body: ResourceOperation,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    async def move_file(
        self,
        *,
        source_url: str,
        destination_url: str,
        overwrite: bool | Unset = ...,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    async def move_file(self, *args: Any, **kwargs: Any) -> Any:
        """Move a file (:mod:`aiplane_data.api.files.move_file`)."""
        return await self._call(
            "aiplane_data.api.files.move_file",
            args,
            kwargs,
            "aiplane_data.models.resource_operation:ResourceOperation",
        )

    @overload
    async def upload_file(
        self,
        bucket: str,
        path: str,
        *,
        body: UploadFileForm,
        if_match: str | Unset = UNSET,
        if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> FileMetadata: ...
    @overload
    async def upload_file(
        self,
        bucket: str,
        path: str,
        *,
        file: File,
        if_match: str | Unset = UNSET,
        if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> FileMetadata: ...
    async def upload_file(self, *args: Any, **kwargs: Any) -> Any:
        """Upload a file (:mod:`aiplane_data.api.files.upload_file`)."""
        return await self._call(
            "aiplane_data.api.files.upload_file",
            args,
            kwargs,
            "aiplane_data.models.upload_file_form:UploadFileForm",
        )

    async def cancel_run(
        self,
        run_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Run:
        """Cancel a run (:mod:`aiplane_data.api.runs.cancel_run`)."""
        result: Run = await self._call(
            "aiplane_data.api.runs.cancel_run",
            (run_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    @overload
    async def create_run(
        self,
        deployment_id: str,
        *,
        body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncRunFuture: ...
    @overload
    async def create_run(
        self,
        deployment_id: str,
        *,
        args: CreateRunWithArgsDetailsArgs,
        callback_url: str | Unset = ...,
        callback_auth: BasicCallbackAuth | MtlsCallbackAuth | Unset = ...,
        metadata: RunMetadata | Unset = ...,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncRunFuture: ...
    @overload
    async def create_run(
        self,
        deployment_id: str,
        *,
        url: str,
        callback_url: str | Unset = ...,
        callback_auth: BasicCallbackAuth | MtlsCallbackAuth | Unset = ...,
        metadata: RunMetadata | Unset = ...,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncRunFuture: ...
    async def create_run(self, *args: Any, **kwargs: Any) -> Any:
        """Create a run (:mod:`aiplane_data.api.runs.create_run`)."""
        return await self._submit(
            "aiplane_data.api.runs.create_run",
            args,
            kwargs,
            "aiplane_data.models.create_run_with_args_details:CreateRunWithArgsDetails,aiplane_data.models.create_run_with_url_details:CreateRunWithUrlDetails",
        )

    async def get_run(
        self,
        run_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Run:
        """Get a run (:mod:`aiplane_data.api.runs.get_run`)."""
        result: Run = await self._call(
            "aiplane_data.api.runs.get_run",
            (run_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def get_run_events(
        self,
        run_id: str,
        *,
        last_event_id: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        idle_timeout: float | None = None,
        keep_events: bool = False,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncEventStream[RunEvent]:
        """Stream a run's events (:mod:`aiplane_data.api.runs.get_run_events`)."""
        result: AsyncEventStream[RunEvent] = self._stream(
            "aiplane_data.api.runs.get_run_events",
            (run_id,),
            {
                "last_event_id": last_event_id,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "idle_timeout": idle_timeout,
                "keep_events": keep_events,
            },
        )
        return result

    def list_runs(
        self,
        *,
        deployment_id: str | Unset = UNSET,
        status: RunStatus | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[RunSummary]:
        """List runs (:mod:`aiplane_data.api.runs.list_runs`)."""
        result: AsyncPaginator[RunSummary] = self._paginate(
            "aiplane_data.api.runs.list_runs",
            (),
            {
                "deployment_id": deployment_id,
                "status": status,
                "ids": ids,
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result
