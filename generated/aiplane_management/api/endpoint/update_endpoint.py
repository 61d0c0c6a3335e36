from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.endpoint import Endpoint
from ...models.error import Error
from ...models.update_endpoint_details import UpdateEndpointDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    body: UpdateEndpointDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/20231130/endpoints/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Endpoint | Error:
    if response.status_code == 200:
        response_200 = Endpoint.from_dict(response.json())

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
) -> Response[Endpoint | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEndpointDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Update an endpoint

     Updates the properties of an endpoint. The endpoint moves to the `UPDATING` lifecycle state; the
    `opc-work-request-id` response header identifies the work request that tracks the update.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateEndpointDetails): The data to update an endpoint. Only the fields that are
            present are changed. Example: {'description': 'Chat endpoint for the support assistant.',
            'contentModerationConfig': {'mode': 'INFORM', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEndpointDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Update an endpoint

     Updates the properties of an endpoint. The endpoint moves to the `UPDATING` lifecycle state; the
    `opc-work-request-id` response header identifies the work request that tracks the update.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateEndpointDetails): The data to update an endpoint. Only the fields that are
            present are changed. Example: {'description': 'Chat endpoint for the support assistant.',
            'contentModerationConfig': {'mode': 'INFORM', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | Error
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEndpointDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Update an endpoint

     Updates the properties of an endpoint. The endpoint moves to the `UPDATING` lifecycle state; the
    `opc-work-request-id` response header identifies the work request that tracks the update.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateEndpointDetails): The data to update an endpoint. Only the fields that are
            present are changed. Example: {'description': 'Chat endpoint for the support assistant.',
            'contentModerationConfig': {'mode': 'INFORM', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEndpointDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Update an endpoint

     Updates the properties of an endpoint. The endpoint moves to the `UPDATING` lifecycle state; the
    `opc-work-request-id` response header identifies the work request that tracks the update.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateEndpointDetails): The data to update an endpoint. Only the fields that are
            present are changed. Example: {'description': 'Chat endpoint for the support assistant.',
            'contentModerationConfig': {'mode': 'INFORM', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | Error
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
