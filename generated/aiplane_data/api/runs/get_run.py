from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.run import Run
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Run:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

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
) -> Response[Error | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Run]:
    """Get a run

     Returns the run: its status and progress, and once finished its `result` (SUCCEEDED) or
    `error` (FAILED). While the run is not finished the response may carry `retry-after`, the
    number of seconds the server suggests waiting before polling again.

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | Run | None:
    """Get a run

     Returns the run: its status and progress, and once finished its `result` (SUCCEEDED) or
    `error` (FAILED). While the run is not finished the response may carry `retry-after`, the
    number of seconds the server suggests waiting before polling again.

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Run]:
    """Get a run

     Returns the run: its status and progress, and once finished its `result` (SUCCEEDED) or
    `error` (FAILED). While the run is not finished the response may carry `retry-after`, the
    number of seconds the server suggests waiting before polling again.

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    opc_request_id: str | Unset = UNSET,
) -> Error | Run | None:
    """Get a run

     Returns the run: its status and progress, and once finished its `result` (SUCCEEDED) or
    `error` (FAILED). While the run is not finished the response may carry `retry-after`, the
    number of seconds the server suggests waiting before polling again.

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
