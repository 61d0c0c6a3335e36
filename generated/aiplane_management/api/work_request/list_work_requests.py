from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...models.work_request_sort_by import WorkRequestSortBy
from ...models.work_request_status import WorkRequestStatus
from ...models.work_request_summary_collection import WorkRequestSummaryCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compartment_id: str,
    work_request_id: str | Unset = UNSET,
    status: WorkRequestStatus | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: WorkRequestSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    params["workRequestId"] = work_request_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["resourceId"] = resource_id

    params["page"] = page

    params["limit"] = limit

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
        "url": "/20231130/workRequests",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkRequestSummaryCollection:
    if response.status_code == 200:
        response_200 = WorkRequestSummaryCollection.from_dict(response.json())

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
) -> Response[Error | WorkRequestSummaryCollection]:
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
    work_request_id: str | Unset = UNSET,
    status: WorkRequestStatus | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: WorkRequestSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequestSummaryCollection]:
    """List work requests

     Lists the work requests in a compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        work_request_id (str | Unset):
        status (WorkRequestStatus | Unset): The status of a work request. `SUCCEEDED`, `FAILED`
            and `CANCELED` are terminal. In responses this
            enumeration is open: clients must accept values that are not listed here.
             Example: SUCCEEDED.
        resource_id (str | Unset):
        page (str | Unset):
        limit (int | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (WorkRequestSortBy | Unset): The field to sort work requests by. Example:
            timeAccepted.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequestSummaryCollection]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        work_request_id=work_request_id,
        status=status,
        resource_id=resource_id,
        page=page,
        limit=limit,
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
    work_request_id: str | Unset = UNSET,
    status: WorkRequestStatus | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: WorkRequestSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequestSummaryCollection | None:
    """List work requests

     Lists the work requests in a compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        work_request_id (str | Unset):
        status (WorkRequestStatus | Unset): The status of a work request. `SUCCEEDED`, `FAILED`
            and `CANCELED` are terminal. In responses this
            enumeration is open: clients must accept values that are not listed here.
             Example: SUCCEEDED.
        resource_id (str | Unset):
        page (str | Unset):
        limit (int | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (WorkRequestSortBy | Unset): The field to sort work requests by. Example:
            timeAccepted.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequestSummaryCollection
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        work_request_id=work_request_id,
        status=status,
        resource_id=resource_id,
        page=page,
        limit=limit,
        sort_order=sort_order,
        sort_by=sort_by,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    compartment_id: str,
    work_request_id: str | Unset = UNSET,
    status: WorkRequestStatus | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: WorkRequestSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequestSummaryCollection]:
    """List work requests

     Lists the work requests in a compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        work_request_id (str | Unset):
        status (WorkRequestStatus | Unset): The status of a work request. `SUCCEEDED`, `FAILED`
            and `CANCELED` are terminal. In responses this
            enumeration is open: clients must accept values that are not listed here.
             Example: SUCCEEDED.
        resource_id (str | Unset):
        page (str | Unset):
        limit (int | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (WorkRequestSortBy | Unset): The field to sort work requests by. Example:
            timeAccepted.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequestSummaryCollection]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        work_request_id=work_request_id,
        status=status,
        resource_id=resource_id,
        page=page,
        limit=limit,
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
    work_request_id: str | Unset = UNSET,
    status: WorkRequestStatus | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: WorkRequestSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequestSummaryCollection | None:
    """List work requests

     Lists the work requests in a compartment. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        compartment_id (str):
        work_request_id (str | Unset):
        status (WorkRequestStatus | Unset): The status of a work request. `SUCCEEDED`, `FAILED`
            and `CANCELED` are terminal. In responses this
            enumeration is open: clients must accept values that are not listed here.
             Example: SUCCEEDED.
        resource_id (str | Unset):
        page (str | Unset):
        limit (int | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (WorkRequestSortBy | Unset): The field to sort work requests by. Example:
            timeAccepted.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequestSummaryCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            work_request_id=work_request_id,
            status=status,
            resource_id=resource_id,
            page=page,
            limit=limit,
            sort_order=sort_order,
            sort_by=sort_by,
            opc_request_id=opc_request_id,
        )
    ).parsed
