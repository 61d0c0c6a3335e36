from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dedicated_ai_cluster_id: str,
    *,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/20231130/dedicatedAiClusters/{dedicated_ai_cluster_id}".format(
            dedicated_ai_cluster_id=quote(str(dedicated_ai_cluster_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a dedicated AI cluster

     Deletes a dedicated AI cluster. You can only delete clusters without attached resources: before you
    delete a hosting cluster, delete the endpoints associated with it; before you delete a fine-tuning
    cluster, delete the custom models trained on it. The deletion is permanent. The response is
    `202 Accepted` without a body; track progress with the `opc-work-request-id` response header.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a dedicated AI cluster

     Deletes a dedicated AI cluster. You can only delete clusters without attached resources: before you
    delete a hosting cluster, delete the endpoints associated with it; before you delete a fine-tuning
    cluster, delete the custom models trained on it. The deletion is permanent. The response is
    `202 Accepted` without a body; track progress with the `opc-work-request-id` response header.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        client=client,
        if_match=if_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a dedicated AI cluster

     Deletes a dedicated AI cluster. You can only delete clusters without attached resources: before you
    delete a hosting cluster, delete the endpoints associated with it; before you delete a fine-tuning
    cluster, delete the custom models trained on it. The deletion is permanent. The response is
    `202 Accepted` without a body; track progress with the `opc-work-request-id` response header.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a dedicated AI cluster

     Deletes a dedicated AI cluster. You can only delete clusters without attached resources: before you
    delete a hosting cluster, delete the endpoints associated with it; before you delete a fine-tuning
    cluster, delete the custom models trained on it. The deletion is permanent. The response is
    `202 Accepted` without a body; track progress with the `opc-work-request-id` response header.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            dedicated_ai_cluster_id=dedicated_ai_cluster_id,
            client=client,
            if_match=if_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
