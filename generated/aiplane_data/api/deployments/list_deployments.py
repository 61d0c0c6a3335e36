from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deployment_collection import DeploymentCollection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/deployments",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentCollection | Error:
    if response.status_code == 200:
        response_200 = DeploymentCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[DeploymentCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[DeploymentCollection | Error]:
    """List deployments

     Lists the deployments the caller may use, as AI DIAL lists them: one entry per ACTIVE
    management-plane endpoint, with the endpoint OCID as the deployment id, the served model,
    the endpoint's display name and epoch-second times (`created_at`, `updated_at`).
    Results are paginated with `limit` and `page`; when more results exist the response carries
    the `opc-next-page` header, whose value is passed as `page` to get the next page.

    Args:
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentCollection | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> DeploymentCollection | Error | None:
    """List deployments

     Lists the deployments the caller may use, as AI DIAL lists them: one entry per ACTIVE
    management-plane endpoint, with the endpoint OCID as the deployment id, the served model,
    the endpoint's display name and epoch-second times (`created_at`, `updated_at`).
    Results are paginated with `limit` and `page`; when more results exist the response carries
    the `opc-next-page` header, whose value is passed as `page` to get the next page.

    Args:
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentCollection | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[DeploymentCollection | Error]:
    """List deployments

     Lists the deployments the caller may use, as AI DIAL lists them: one entry per ACTIVE
    management-plane endpoint, with the endpoint OCID as the deployment id, the served model,
    the endpoint's display name and epoch-second times (`created_at`, `updated_at`).
    Results are paginated with `limit` and `page`; when more results exist the response carries
    the `opc-next-page` header, whose value is passed as `page` to get the next page.

    Args:
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentCollection | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> DeploymentCollection | Error | None:
    """List deployments

     Lists the deployments the caller may use, as AI DIAL lists them: one entry per ACTIVE
    management-plane endpoint, with the endpoint OCID as the deployment id, the served model,
    the endpoint's display name and epoch-second times (`created_at`, `updated_at`).
    Results are paginated with `limit` and `page`; when more results exist the response carries
    the `opc-next-page` header, whose value is passed as `page` to get the next page.

    Args:
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            opc_request_id=opc_request_id,
        )
    ).parsed
