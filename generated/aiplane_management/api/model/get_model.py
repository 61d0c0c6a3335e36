from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model import Model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Model:
    if response.status_code == 200:
        response_200 = Model.from_dict(response.json())

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
) -> Response[Error | Model]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Get a model

     Gets information about a base or custom model. The `etag` response header can be passed back as `if-
    match` on update, delete and changeCompartment.

    Args:
        model_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Get a model

     Gets information about a base or custom model. The `etag` response header can be passed back as `if-
    match` on update, delete and changeCompartment.

    Args:
        model_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Get a model

     Gets information about a base or custom model. The `etag` response header can be passed back as `if-
    match` on update, delete and changeCompartment.

    Args:
        model_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Get a model

     Gets information about a base or custom model. The `etag` response header can be passed back as `if-
    match` on update, delete and changeCompartment.

    Args:
        model_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
