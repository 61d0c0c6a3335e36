from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.allocatable_gpu_collection import AllocatableGpuCollection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compartment_id: str,
    capacity_reservation_id: str,
    compute_shape: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    params["capacityReservationId"] = capacity_reservation_id

    params["computeShape"] = compute_shape

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/dedicatedAiClusters/allocatableGpus",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllocatableGpuCollection | Error:
    if response.status_code == 200:
        response_200 = AllocatableGpuCollection.from_dict(response.json())

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
) -> Response[AllocatableGpuCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    capacity_reservation_id: str,
    compute_shape: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[AllocatableGpuCollection | Error]:
    """List allocatable GPUs of a capacity reservation

     Lists the allocatable GPUs for launching dedicated AI clusters tied to a specific capacity
    reservation. Note for routers: the literal segment `allocatableGpus` must be matched before
    `/20231130/dedicatedAiClusters/{dedicatedAiClusterId}`.

    Args:
        compartment_id (str):
        capacity_reservation_id (str):
        compute_shape (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatableGpuCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        capacity_reservation_id=capacity_reservation_id,
        compute_shape=compute_shape,
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
    compartment_id: str,
    capacity_reservation_id: str,
    compute_shape: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> AllocatableGpuCollection | Error | None:
    """List allocatable GPUs of a capacity reservation

     Lists the allocatable GPUs for launching dedicated AI clusters tied to a specific capacity
    reservation. Note for routers: the literal segment `allocatableGpus` must be matched before
    `/20231130/dedicatedAiClusters/{dedicatedAiClusterId}`.

    Args:
        compartment_id (str):
        capacity_reservation_id (str):
        compute_shape (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatableGpuCollection | Error
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        capacity_reservation_id=capacity_reservation_id,
        compute_shape=compute_shape,
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    capacity_reservation_id: str,
    compute_shape: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[AllocatableGpuCollection | Error]:
    """List allocatable GPUs of a capacity reservation

     Lists the allocatable GPUs for launching dedicated AI clusters tied to a specific capacity
    reservation. Note for routers: the literal segment `allocatableGpus` must be matched before
    `/20231130/dedicatedAiClusters/{dedicatedAiClusterId}`.

    Args:
        compartment_id (str):
        capacity_reservation_id (str):
        compute_shape (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatableGpuCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        capacity_reservation_id=capacity_reservation_id,
        compute_shape=compute_shape,
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    capacity_reservation_id: str,
    compute_shape: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> AllocatableGpuCollection | Error | None:
    """List allocatable GPUs of a capacity reservation

     Lists the allocatable GPUs for launching dedicated AI clusters tied to a specific capacity
    reservation. Note for routers: the literal segment `allocatableGpus` must be matched before
    `/20231130/dedicatedAiClusters/{dedicatedAiClusterId}`.

    Args:
        compartment_id (str):
        capacity_reservation_id (str):
        compute_shape (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatableGpuCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            capacity_reservation_id=capacity_reservation_id,
            compute_shape=compute_shape,
            limit=limit,
            page=page,
            opc_request_id=opc_request_id,
        )
    ).parsed
