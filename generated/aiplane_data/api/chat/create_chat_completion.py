from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    body: CreateChatCompletionRequest,
    api_version: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openai/deployments/{deployment_id}/chat/completions".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | Error:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletion | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    api_version: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[ChatCompletion | Error]:
    """Create a chat completion

     Generates the next assistant message for a conversation, in the OpenAI Chat Completions wire
    format, on the given deployment.

    With `"stream": false` (the default) the response is one `application/json` ChatCompletion.

    With `"stream": true` the response is `text/event-stream`: each event is one line
    `data: {ChatCompletionChunk as JSON}` followed by a blank line, and the stream ends with the
    event `data: [DONE]`. Comment lines starting with `:` may be sent as keep-alives and must be
    ignored. When `stream_options.include_usage` is true, the last chunk before `[DONE]` has an
    empty `choices` array and a `usage` object; every other chunk has `"usage": null`.
    An error detected before the first chunk is returned as a normal JSON error response; an
    error after streaming started is sent as `data: {"error": {"message", "type", "param", "code"}}`
    and the stream is closed without `[DONE]`.

    Generated clients parse only the JSON form; the SDK runtime streams the event-stream form
    itself (the chunk schema is `ChatCompletionChunk`, also named by the
    `x-aiplane-event-data-schema` extension on the event-stream media type;
    `x-aiplane-stream-field` names the body field that turns streaming on).

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        api_version (str | Unset):  Example: 2024-10-21.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateChatCompletionRequest): An OpenAI Chat Completions request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | Error]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        api_version=api_version,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    api_version: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> ChatCompletion | Error | None:
    """Create a chat completion

     Generates the next assistant message for a conversation, in the OpenAI Chat Completions wire
    format, on the given deployment.

    With `"stream": false` (the default) the response is one `application/json` ChatCompletion.

    With `"stream": true` the response is `text/event-stream`: each event is one line
    `data: {ChatCompletionChunk as JSON}` followed by a blank line, and the stream ends with the
    event `data: [DONE]`. Comment lines starting with `:` may be sent as keep-alives and must be
    ignored. When `stream_options.include_usage` is true, the last chunk before `[DONE]` has an
    empty `choices` array and a `usage` object; every other chunk has `"usage": null`.
    An error detected before the first chunk is returned as a normal JSON error response; an
    error after streaming started is sent as `data: {"error": {"message", "type", "param", "code"}}`
    and the stream is closed without `[DONE]`.

    Generated clients parse only the JSON form; the SDK runtime streams the event-stream form
    itself (the chunk schema is `ChatCompletionChunk`, also named by the
    `x-aiplane-event-data-schema` extension on the event-stream media type;
    `x-aiplane-stream-field` names the body field that turns streaming on).

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        api_version (str | Unset):  Example: 2024-10-21.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateChatCompletionRequest): An OpenAI Chat Completions request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | Error
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        api_version=api_version,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    api_version: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[ChatCompletion | Error]:
    """Create a chat completion

     Generates the next assistant message for a conversation, in the OpenAI Chat Completions wire
    format, on the given deployment.

    With `"stream": false` (the default) the response is one `application/json` ChatCompletion.

    With `"stream": true` the response is `text/event-stream`: each event is one line
    `data: {ChatCompletionChunk as JSON}` followed by a blank line, and the stream ends with the
    event `data: [DONE]`. Comment lines starting with `:` may be sent as keep-alives and must be
    ignored. When `stream_options.include_usage` is true, the last chunk before `[DONE]` has an
    empty `choices` array and a `usage` object; every other chunk has `"usage": null`.
    An error detected before the first chunk is returned as a normal JSON error response; an
    error after streaming started is sent as `data: {"error": {"message", "type", "param", "code"}}`
    and the stream is closed without `[DONE]`.

    Generated clients parse only the JSON form; the SDK runtime streams the event-stream form
    itself (the chunk schema is `ChatCompletionChunk`, also named by the
    `x-aiplane-event-data-schema` extension on the event-stream media type;
    `x-aiplane-stream-field` names the body field that turns streaming on).

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        api_version (str | Unset):  Example: 2024-10-21.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateChatCompletionRequest): An OpenAI Chat Completions request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | Error]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        api_version=api_version,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    api_version: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> ChatCompletion | Error | None:
    """Create a chat completion

     Generates the next assistant message for a conversation, in the OpenAI Chat Completions wire
    format, on the given deployment.

    With `"stream": false` (the default) the response is one `application/json` ChatCompletion.

    With `"stream": true` the response is `text/event-stream`: each event is one line
    `data: {ChatCompletionChunk as JSON}` followed by a blank line, and the stream ends with the
    event `data: [DONE]`. Comment lines starting with `:` may be sent as keep-alives and must be
    ignored. When `stream_options.include_usage` is true, the last chunk before `[DONE]` has an
    empty `choices` array and a `usage` object; every other chunk has `"usage": null`.
    An error detected before the first chunk is returned as a normal JSON error response; an
    error after streaming started is sent as `data: {"error": {"message", "type", "param", "code"}}`
    and the stream is closed without `[DONE]`.

    Generated clients parse only the JSON form; the SDK runtime streams the event-stream form
    itself (the chunk schema is `ChatCompletionChunk`, also named by the
    `x-aiplane-event-data-schema` extension on the event-stream media type;
    `x-aiplane-stream-field` names the body field that turns streaming on).

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        api_version (str | Unset):  Example: 2024-10-21.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateChatCompletionRequest): An OpenAI Chat Completions request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | Error
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            api_version=api_version,
            opc_request_id=opc_request_id,
        )
    ).parsed
