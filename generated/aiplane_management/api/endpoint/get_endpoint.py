from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.endpoint import Endpoint
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/endpoints/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

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
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Get an endpoint

     Gets information about an endpoint. The `etag` response header can be passed back as `if-match` on
    update, delete and changeCompartment.

    Args:
        endpoint_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
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
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Get an endpoint

     Gets information about an endpoint. The `etag` response header can be passed back as `if-match` on
    update, delete and changeCompartment.

    Args:
        endpoint_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | Error
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Get an endpoint

     Gets information about an endpoint. The `etag` response header can be passed back as `if-match` on
    update, delete and changeCompartment.

    Args:
        endpoint_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Get an endpoint

     Gets information about an endpoint. The `etag` response header can be passed back as `if-match` on
    update, delete and changeCompartment.

    Args:
        endpoint_id (str):
        opc_request_id (str | Unset):

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
            opc_request_id=opc_request_id,
        )
    ).parsed
