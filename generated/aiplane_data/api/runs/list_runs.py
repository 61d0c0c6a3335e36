from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.run_collection import RunCollection
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    deployment_id: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["deploymentId"] = deployment_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RunCollection:
    if response.status_code == 200:
        response_200 = RunCollection.from_dict(response.json())

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
) -> Response[Error | RunCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    deployment_id: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | RunCollection]:
    """List runs

     Lists the caller's runs, newest first, optionally filtered by deployment, status and id.
    Paginated with `limit` and `page`; the `opc-next-page` response header holds the token of
    the next page and is absent on the last page.

    With `ids` it is a batch status read: one request answers for up to 100 known runs (ids
    that name no run of the caller are left out, without an error), and while a listed run is
    not finished the response carries `retry-after`, the seconds until the next listed run
    may change state. A client waiting for many runs polls this instead of each run.

    Args:
        deployment_id (str | Unset):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        status (RunStatus | Unset): The state of a run: QUEUED -> RUNNING -> SUCCEEDED | FAILED |
            CANCELED (QUEUED may go to
            CANCELED directly). SUCCEEDED, FAILED and CANCELED are final. Open enum in responses.
             Example: RUNNING.
        ids (list[str] | Unset):
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RunCollection]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        status=status,
        ids=ids,
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
    deployment_id: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | RunCollection | None:
    """List runs

     Lists the caller's runs, newest first, optionally filtered by deployment, status and id.
    Paginated with `limit` and `page`; the `opc-next-page` response header holds the token of
    the next page and is absent on the last page.

    With `ids` it is a batch status read: one request answers for up to 100 known runs (ids
    that name no run of the caller are left out, without an error), and while a listed run is
    not finished the response carries `retry-after`, the seconds until the next listed run
    may change state. A client waiting for many runs polls this instead of each run.

    Args:
        deployment_id (str | Unset):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        status (RunStatus | Unset): The state of a run: QUEUED -> RUNNING -> SUCCEEDED | FAILED |
            CANCELED (QUEUED may go to
            CANCELED directly). SUCCEEDED, FAILED and CANCELED are final. Open enum in responses.
             Example: RUNNING.
        ids (list[str] | Unset):
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RunCollection
    """

    return sync_detailed(
        client=client,
        deployment_id=deployment_id,
        status=status,
        ids=ids,
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    deployment_id: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | RunCollection]:
    """List runs

     Lists the caller's runs, newest first, optionally filtered by deployment, status and id.
    Paginated with `limit` and `page`; the `opc-next-page` response header holds the token of
    the next page and is absent on the last page.

    With `ids` it is a batch status read: one request answers for up to 100 known runs (ids
    that name no run of the caller are left out, without an error), and while a listed run is
    not finished the response carries `retry-after`, the seconds until the next listed run
    may change state. A client waiting for many runs polls this instead of each run.

    Args:
        deployment_id (str | Unset):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        status (RunStatus | Unset): The state of a run: QUEUED -> RUNNING -> SUCCEEDED | FAILED |
            CANCELED (QUEUED may go to
            CANCELED directly). SUCCEEDED, FAILED and CANCELED are final. Open enum in responses.
             Example: RUNNING.
        ids (list[str] | Unset):
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RunCollection]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        status=status,
        ids=ids,
        limit=limit,
        page=page,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    deployment_id: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | RunCollection | None:
    """List runs

     Lists the caller's runs, newest first, optionally filtered by deployment, status and id.
    Paginated with `limit` and `page`; the `opc-next-page` response header holds the token of
    the next page and is absent on the last page.

    With `ids` it is a batch status read: one request answers for up to 100 known runs (ids
    that name no run of the caller are left out, without an error), and while a listed run is
    not finished the response carries `retry-after`, the seconds until the next listed run
    may change state. A client waiting for many runs polls this instead of each run.

    Args:
        deployment_id (str | Unset):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        status (RunStatus | Unset): The state of a run: QUEUED -> RUNNING -> SUCCEEDED | FAILED |
            CANCELED (QUEUED may go to
            CANCELED directly). SUCCEEDED, FAILED and CANCELED are final. Open enum in responses.
             Example: RUNNING.
        ids (list[str] | Unset):
        limit (int | Unset):  Example: 50.
        page (str | Unset):  Example: AAAAAAAAAAAAAAAAAAAAAAEAAAAx.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RunCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            deployment_id=deployment_id,
            status=status,
            ids=ids,
            limit=limit,
            page=page,
            opc_request_id=opc_request_id,
        )
    ).parsed
