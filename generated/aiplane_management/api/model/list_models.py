from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model_capability import ModelCapability
from ...models.model_collection import ModelCollection
from ...models.model_lifecycle_state import ModelLifecycleState
from ...models.model_sort_by import ModelSortBy
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vendor: str | Unset = UNSET,
    capability: list[ModelCapability] | Unset = UNSET,
    compartment_id: str,
    lifecycle_state: ModelLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: ModelSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["vendor"] = vendor

    json_capability: list[str] | Unset = UNSET
    if not isinstance(capability, Unset):
        json_capability = []
        for capability_item_data in capability:
            capability_item = capability_item_data.value
            json_capability.append(capability_item)

    params["capability"] = json_capability

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20231130/models",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ModelCollection:
    if response.status_code == 200:
        response_200 = ModelCollection.from_dict(response.json())

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
) -> Response[Error | ModelCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vendor: str | Unset = UNSET,
    capability: list[ModelCapability] | Unset = UNSET,
    compartment_id: str,
    lifecycle_state: ModelLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: ModelSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | ModelCollection]:
    """List models

     Lists the models in a specific compartment. Includes pretrained base models and fine-tuned custom
    models. Results are paginated with `limit`, `page` and the `opc-next-page` response header.

    Args:
        vendor (str | Unset):
        capability (list[ModelCapability] | Unset):
        compartment_id (str):
        lifecycle_state (ModelLifecycleState | Unset): The lifecycle state of a model. In
            responses this enumeration is open: clients must accept values that
            are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (ModelSortBy | Unset): The field to sort models by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelCollection]
    """

    kwargs = _get_kwargs(
        vendor=vendor,
        capability=capability,
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
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
    vendor: str | Unset = UNSET,
    capability: list[ModelCapability] | Unset = UNSET,
    compartment_id: str,
    lifecycle_state: ModelLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: ModelSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | ModelCollection | None:
    """List models

     Lists the models in a specific compartment. Includes pretrained base models and fine-tuned custom
    models. Results are paginated with `limit`, `page` and the `opc-next-page` response header.

    Args:
        vendor (str | Unset):
        capability (list[ModelCapability] | Unset):
        compartment_id (str):
        lifecycle_state (ModelLifecycleState | Unset): The lifecycle state of a model. In
            responses this enumeration is open: clients must accept values that
            are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (ModelSortBy | Unset): The field to sort models by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelCollection
    """

    return sync_detailed(
        client=client,
        vendor=vendor,
        capability=capability,
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
        limit=limit,
        page=page,
        sort_order=sort_order,
        sort_by=sort_by,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vendor: str | Unset = UNSET,
    capability: list[ModelCapability] | Unset = UNSET,
    compartment_id: str,
    lifecycle_state: ModelLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: ModelSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | ModelCollection]:
    """List models

     Lists the models in a specific compartment. Includes pretrained base models and fine-tuned custom
    models. Results are paginated with `limit`, `page` and the `opc-next-page` response header.

    Args:
        vendor (str | Unset):
        capability (list[ModelCapability] | Unset):
        compartment_id (str):
        lifecycle_state (ModelLifecycleState | Unset): The lifecycle state of a model. In
            responses this enumeration is open: clients must accept values that
            are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (ModelSortBy | Unset): The field to sort models by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelCollection]
    """

    kwargs = _get_kwargs(
        vendor=vendor,
        capability=capability,
        compartment_id=compartment_id,
        lifecycle_state=lifecycle_state,
        display_name=display_name,
        id=id,
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
    vendor: str | Unset = UNSET,
    capability: list[ModelCapability] | Unset = UNSET,
    compartment_id: str,
    lifecycle_state: ModelLifecycleState | Unset = UNSET,
    display_name: str | Unset = UNSET,
    id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    sort_by: ModelSortBy | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | ModelCollection | None:
    """List models

     Lists the models in a specific compartment. Includes pretrained base models and fine-tuned custom
    models. Results are paginated with `limit`, `page` and the `opc-next-page` response header.

    Args:
        vendor (str | Unset):
        capability (list[ModelCapability] | Unset):
        compartment_id (str):
        lifecycle_state (ModelLifecycleState | Unset): The lifecycle state of a model. In
            responses this enumeration is open: clients must accept values that
            are not listed here.
             Example: ACTIVE.
        display_name (str | Unset):
        id (str | Unset):
        limit (int | Unset):
        page (str | Unset):
        sort_order (SortOrder | Unset): The sort order, either ascending (`ASC`) or descending
            (`DESC`). Example: DESC.
        sort_by (ModelSortBy | Unset): The field to sort models by. Example: timeCreated.
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            vendor=vendor,
            capability=capability,
            compartment_id=compartment_id,
            lifecycle_state=lifecycle_state,
            display_name=display_name,
            id=id,
            limit=limit,
            page=page,
            sort_order=sort_order,
            sort_by=sort_by,
            opc_request_id=opc_request_id,
        )
    ).parsed
