from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dedicated_ai_cluster_collection import DedicatedAiClusterCollection
from ...models.dedicated_ai_cluster_lifecycle_state import (
    DedicatedAiClusterLifecycleState,
)
from ...models.dedicated_ai_cluster_sort_by import DedicatedAiClusterSortBy
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compartment_id: str,
    lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
    capacity_reservation_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    json_lifecycle_state: str | Unset = UNSET
    if not isinstance(lifecycle_state, Unset):
        json_lifecycle_state = lifecycle_state.value

    params["lifecycleState"] = json_lifecycle_state

    params["displayName"] = display_name

    params["id"] = id

    params["limit"] = limit

    params["page"] = page

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params["capacityReservationId"] = capacity_reservation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/dedicatedAiClusters",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedAiClusterCollection | Error:
    if response.status_code == 200:
        response_200 = DedicatedAiClusterCollection.from_dict(response.json())

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
) -> Response[DedicatedAiClusterCollection | Error]:
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
    lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
    capacity_reservation_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[DedicatedAiClusterCollection | Error]:
    """List dedicated AI clusters

     Lists the dedicated AI clusters in a specific compartment. Results are paginated with `limit`,
    `page` and the `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (DedicatedAiClusterLifecycleState | Unset): The lifecycle state of a
            dedicated AI cluster. In responses this enumeration is open: clients must
            accept values that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (DedicatedAiClusterSortBy | Unset): The field to sort dedicated AI clusters by.
            Example: timeCreated.
        capacity_reservation_id (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedAiClusterCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        capacity_reservation_id=capacity_reservation_id,
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
    lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
    capacity_reservation_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> DedicatedAiClusterCollection | Error | None:
    """List dedicated AI clusters

     Lists the dedicated AI clusters in a specific compartment. Results are paginated with `limit`,
    `page` and the `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (DedicatedAiClusterLifecycleState | Unset): The lifecycle state of a
            dedicated AI cluster. In responses this enumeration is open: clients must
            accept values that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (DedicatedAiClusterSortBy | Unset): The field to sort dedicated AI clusters by.
            Example: timeCreated.
        capacity_reservation_id (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedAiClusterCollection | Error
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        capacity_reservation_id=capacity_reservation_id,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
    capacity_reservation_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[DedicatedAiClusterCollection | Error]:
    """List dedicated AI clusters

     Lists the dedicated AI clusters in a specific compartment. Results are paginated with `limit`,
    `page` and the `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (DedicatedAiClusterLifecycleState | Unset): The lifecycle state of a
            dedicated AI cluster. In responses this enumeration is open: clients must
            accept values that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (DedicatedAiClusterSortBy | Unset): The field to sort dedicated AI clusters by.
            Example: timeCreated.
        capacity_reservation_id (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedAiClusterCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        capacity_reservation_id=capacity_reservation_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
    capacity_reservation_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> DedicatedAiClusterCollection | Error | None:
    """List dedicated AI clusters

     Lists the dedicated AI clusters in a specific compartment. Results are paginated with `limit`,
    `page` and the `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (DedicatedAiClusterLifecycleState | Unset): The lifecycle state of a
            dedicated AI cluster. In responses this enumeration is open: clients must
            accept values that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (DedicatedAiClusterSortBy | Unset): The field to sort dedicated AI clusters by.
            Example: timeCreated.
        capacity_reservation_id (str | Unset):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedAiClusterCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            lifecycle_state=lifecycle_state,
            display_name=display_name,
            id=id,
            limit=limit,
            page=page,
            sort_order=sort_order,
            sort_by=sort_by,
            capacity_reservation_id=capacity_reservation_id,
            opc_request_id=opc_request_id,
        )
    ).parsed
