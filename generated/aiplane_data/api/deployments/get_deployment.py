from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deployment import Deployment
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Deployment | Error:
    if response.status_code == 200:
        response_200 = Deployment.from_dict(response.json())

        return response_200

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
) -> Response[Deployment | Error]:
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
    opc_request_id: str | Unset = UNSET,
) -> Response[Deployment | Error]:
    """Get a deployment

     The deployment (an ACTIVE management-plane endpoint), as listDeployments lists it.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
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
    opc_request_id: str | Unset = UNSET,
) -> Deployment | Error | None:
    """Get a deployment

     The deployment (an ACTIVE management-plane endpoint), as listDeployments lists it.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | Error
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Deployment | Error]:
    """Get a deployment

     The deployment (an ACTIVE management-plane endpoint), as listDeployments lists it.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Deployment | Error | None:
    """Get a deployment

     The deployment (an ACTIVE management-plane endpoint), as listDeployments lists it.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | Error
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
