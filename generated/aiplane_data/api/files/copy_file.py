from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.resource_operation import ResourceOperation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ResourceOperation,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ops/resource/copy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResourceOperation,
    opc_request_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Copy a file

     Copies the file at `sourceUrl` to `destinationUrl` (both `files/{bucket}/{path}`, in the
    caller's own bucket; missing parent folders are created). An existing destination is
    replaced only with `overwrite: true`, else 412 and nothing changes. The copy gets its own
    etag and times.

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (ResourceOperation): A copy or a move of one file, as AI DIAL clients send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ResourceOperation,
    opc_request_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Copy a file

     Copies the file at `sourceUrl` to `destinationUrl` (both `files/{bucket}/{path}`, in the
    caller's own bucket; missing parent folders are created). An existing destination is
    replaced only with `overwrite: true`, else 412 and nothing changes. The copy gets its own
    etag and times.

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (ResourceOperation): A copy or a move of one file, as AI DIAL clients send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResourceOperation,
    opc_request_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Copy a file

     Copies the file at `sourceUrl` to `destinationUrl` (both `files/{bucket}/{path}`, in the
    caller's own bucket; missing parent folders are created). An existing destination is
    replaced only with `overwrite: true`, else 412 and nothing changes. The copy gets its own
    etag and times.

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (ResourceOperation): A copy or a move of one file, as AI DIAL clients send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResourceOperation,
    opc_request_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Copy a file

     Copies the file at `sourceUrl` to `destinationUrl` (both `files/{bucket}/{path}`, in the
    caller's own bucket; missing parent folders are created). An existing destination is
    replaced only with `overwrite: true`, else 412 and nothing changes. The copy gets its own
    etag and times.

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (ResourceOperation): A copy or a move of one file, as AI DIAL clients send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
        )
    ).parsed
