from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...models.work_request_entry_sort_by import WorkRequestEntrySortBy
from ...models.work_request_error_collection import WorkRequestErrorCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    work_request_id: str,
    *,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: WorkRequestEntrySortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/workRequests/{work_request_id}/errors".format(
            work_request_id=quote(str(work_request_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkRequestErrorCollection:
    if response.status_code == 200:
        response_200 = WorkRequestErrorCollection.from_dict(response.json())

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
) -> Response[Error | WorkRequestErrorCollection]:
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
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: WorkRequestEntrySortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequestErrorCollection]:
    """List the errors of a work request

     Lists the errors for a work request. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        work_request_id (str):
        page (str | Unset):
        limit (int | Unset):
        sort_by (WorkRequestEntrySortBy | Unset): The field to sort work request errors and log
            entries by. Example: timestamp.
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequestErrorCollection]
    """

    kwargs = _get_kwargs(
        work_request_id=work_request_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
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
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: WorkRequestEntrySortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequestErrorCollection | None:
    """List the errors of a work request

     Lists the errors for a work request. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        work_request_id (str):
        page (str | Unset):
        limit (int | Unset):
        sort_by (WorkRequestEntrySortBy | Unset): The field to sort work request errors and log
            entries by. Example: timestamp.
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequestErrorCollection
    """

    return sync_detailed(
        work_request_id=work_request_id,
        client=client,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: WorkRequestEntrySortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | WorkRequestErrorCollection]:
    """List the errors of a work request

     Lists the errors for a work request. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        work_request_id (str):
        page (str | Unset):
        limit (int | Unset):
        sort_by (WorkRequestEntrySortBy | Unset): The field to sort work request errors and log
            entries by. Example: timestamp.
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkRequestErrorCollection]
    """

    kwargs = _get_kwargs(
        work_request_id=work_request_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    work_request_id: str,
    *,
    client: AuthenticatedClient,
    page: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: WorkRequestEntrySortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | WorkRequestErrorCollection | None:
    """List the errors of a work request

     Lists the errors for a work request. Results are paginated with `limit`, `page` and the
    `opc-next-page` response header.

    Args:
        work_request_id (str):
        page (str | Unset):
        limit (int | Unset):
        sort_by (WorkRequestEntrySortBy | Unset): The field to sort work request errors and log
            entries by. Example: timestamp.
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkRequestErrorCollection
    """

    return (
        await asyncio_detailed(
            work_request_id=work_request_id,
            client=client,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            opc_request_id=opc_request_id,
        )
    ).parsed
