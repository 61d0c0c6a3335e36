from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model import Model
from ...models.update_model_details import UpdateModelDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    body: UpdateModelDetails,
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
        "url": "/20231130/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: UpdateModelDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Update a custom model

     Updates the properties of a custom model such as name, description, version, freeform tags and
    defined tags. This operation is synchronous: no work request is created.

    Args:
        model_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateModelDetails): The data to update a custom model. Only the fields that are
            present are changed. Example: {'displayName': 'my-custom-model-v2', 'version': '2.0'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        if_match=if_match,
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
    body: UpdateModelDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Update a custom model

     Updates the properties of a custom model such as name, description, version, freeform tags and
    defined tags. This operation is synchronous: no work request is created.

    Args:
        model_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateModelDetails): The data to update a custom model. Only the fields that are
            present are changed. Example: {'displayName': 'my-custom-model-v2', 'version': '2.0'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateModelDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Update a custom model

     Updates the properties of a custom model such as name, description, version, freeform tags and
    defined tags. This operation is synchronous: no work request is created.

    Args:
        model_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateModelDetails): The data to update a custom model. Only the fields that are
            present are changed. Example: {'displayName': 'my-custom-model-v2', 'version': '2.0'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateModelDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Model | None:
    """Update a custom model

     Updates the properties of a custom model such as name, description, version, freeform tags and
    defined tags. This operation is synchronous: no work request is created.

    Args:
        model_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateModelDetails): The data to update a custom model. Only the fields that are
            present are changed. Example: {'displayName': 'my-custom-model-v2', 'version': '2.0'}.

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
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
