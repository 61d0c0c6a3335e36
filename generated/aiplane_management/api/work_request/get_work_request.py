from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.work_request import WorkRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    work_request_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/workRequests/{work_request_id}".format(
            work_request_id=quote(str(work_request_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkRequest:
    if response.status_code == 200:
        response_200 = WorkRequest.from_dict(response.json())

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
) -> Response[Error | WorkRequest]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequest]:
    """Get a work request

     Gets the details of a work request. Poll this operation until `status` is `SUCCEEDED`, `FAILED` or
    `CANCELED`; the optional `retry-after` response header suggests how many seconds to wait before the
    next poll.

    Args:
        work_request_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequest]
    """

    kwargs = _get_kwargs(
        work_request_id=work_request_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequest | None:
    """Get a work request

     Gets the details of a work request. Poll this operation until `status` is `SUCCEEDED`, `FAILED` or
    `CANCELED`; the optional `retry-after` response header suggests how many seconds to wait before the
    next poll.

    Args:
        work_request_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequest
    """

    return sync_detailed(
        work_request_id=work_request_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequest]:
    """Get a work request

     Gets the details of a work request. Poll this operation until `status` is `SUCCEEDED`, `FAILED` or
    `CANCELED`; the optional `retry-after` response header suggests how many seconds to wait before the
    next poll.

    Args:
        work_request_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequest]
    """

    kwargs = _get_kwargs(
        work_request_id=work_request_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequest | None:
    """Get a work request

     Gets the details of a work request. Poll this operation until `status` is `SUCCEEDED`, `FAILED` or
    `CANCELED`; the optional `retry-after` response header suggests how many seconds to wait before the
    next poll.

    Args:
        work_request_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequest
    """

    return (
        await asyncio_detailed(
            work_request_id=work_request_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
