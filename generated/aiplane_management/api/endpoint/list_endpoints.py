from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.endpoint_collection import EndpointCollection
from ...models.endpoint_lifecycle_state import EndpointLifecycleState
from ...models.endpoint_sort_by import EndpointSortBy
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compartment_id: str,
    lifecycle_state: EndpointLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    generative_ai_private_endpoint_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: EndpointSortBy | Unset = UNSET,
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

    params["generativeAiPrivateEndpointId"] = generative_ai_private_endpoint_id

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/endpoints",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointCollection | Error:
    if response.status_code == 200:
        response_200 = EndpointCollection.from_dict(response.json())

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
) -> Response[EndpointCollection | Error]:
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
    lifecycle_state: EndpointLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    generative_ai_private_endpoint_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: EndpointSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[EndpointCollection | Error]:
    """List endpoints

     Lists the endpoints of a specific compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (EndpointLifecycleState | Unset): The lifecycle state of an endpoint. In
            responses this enumeration is open: clients must accept values
            that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        generative_ai_private_endpoint_id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (EndpointSortBy | Unset): The field to sort endpoints by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
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
    lifecycle_state: EndpointLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    generative_ai_private_endpoint_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: EndpointSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> EndpointCollection | Error | None:
    """List endpoints

     Lists the endpoints of a specific compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (EndpointLifecycleState | Unset): The lifecycle state of an endpoint. In
            responses this enumeration is open: clients must accept values
            that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        generative_ai_private_endpoint_id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (EndpointSortBy | Unset): The field to sort endpoints by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointCollection | Error
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    lifecycle_state: EndpointLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    generative_ai_private_endpoint_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: EndpointSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[EndpointCollection | Error]:
    """List endpoints

     Lists the endpoints of a specific compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (EndpointLifecycleState | Unset): The lifecycle state of an endpoint. In
            responses this enumeration is open: clients must accept values
            that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        generative_ai_private_endpoint_id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (EndpointSortBy | Unset): The field to sort endpoints by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointCollection | Error]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    lifecycle_state: EndpointLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    generative_ai_private_endpoint_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: EndpointSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> EndpointCollection | Error | None:
    """List endpoints

     Lists the endpoints of a specific compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        lifecycle_state (EndpointLifecycleState | Unset): The lifecycle state of an endpoint. In
            responses this enumeration is open: clients must accept values
            that are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        generative_ai_private_endpoint_id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (EndpointSortBy | Unset): The field to sort endpoints by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            lifecycle_state=lifecycle_state,
            display_name=display_name,
            id=id,
            generative_ai_private_endpoint_id=generative_ai_private_endpoint_id,
            limit=limit,
            page=page,
            sort_order=sort_order,
            sort_by=sort_by,
            opc_request_id=opc_request_id,
        )
    ).parsed
