from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.application_collection import ApplicationCollection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/applications",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationCollection | Error:
    if response.status_code == 200:
        response_200 = ApplicationCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[ApplicationCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[ApplicationCollection | Error]:
    """List applications

     Lists the applications the caller may use, as AI DIAL lists them. Every deployment is also
    an application (it accepts runs): one entry per ACTIVE endpoint, with the endpoint OCID as
    the id and `application` naming what it runs (the endpoint's display name, else its model).

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationCollection | Error]
    """

    kwargs = _get_kwargs(
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> ApplicationCollection | Error | None:
    """List applications

     Lists the applications the caller may use, as AI DIAL lists them. Every deployment is also
    an application (it accepts runs): one entry per ACTIVE endpoint, with the endpoint OCID as
    the id and `application` naming what it runs (the endpoint's display name, else its model).

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationCollection | Error
    """

    return sync_detailed(
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[ApplicationCollection | Error]:
    """List applications

     Lists the applications the caller may use, as AI DIAL lists them. Every deployment is also
    an application (it accepts runs): one entry per ACTIVE endpoint, with the endpoint OCID as
    the id and `application` naming what it runs (the endpoint's display name, else its model).

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationCollection | Error]
    """

    kwargs = _get_kwargs(
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> ApplicationCollection | Error | None:
    """List applications

     Lists the applications the caller may use, as AI DIAL lists them. Every deployment is also
    an application (it accepts runs): one entry per ACTIVE endpoint, with the endpoint OCID as
    the id and `application` naming what it runs (the endpoint's display name, else its model).

    Args:
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
