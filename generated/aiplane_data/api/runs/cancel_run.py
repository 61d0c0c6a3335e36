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
        "method": "post",
        "url": "/v1/runs/{run_id}/actions/cancel".format(
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    """Cancel a run

     Cancels a QUEUED or RUNNING run; it becomes CANCELED and keeps no result. Canceling a run
    that is already CANCELED returns it unchanged (so a retried cancel is harmless). Canceling a
    SUCCEEDED or FAILED run returns 409.

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
    """Cancel a run

     Cancels a QUEUED or RUNNING run; it becomes CANCELED and keeps no result. Canceling a run
    that is already CANCELED returns it unchanged (so a retried cancel is harmless). Canceling a
    SUCCEEDED or FAILED run returns 409.

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
    """Cancel a run

     Cancels a QUEUED or RUNNING run; it becomes CANCELED and keeps no result. Canceling a run
    that is already CANCELED returns it unchanged (so a retried cancel is harmless). Canceling a
    SUCCEEDED or FAILED run returns 409.

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
    """Cancel a run

     Cancels a QUEUED or RUNNING run; it becomes CANCELED and keeps no result. Canceling a run
    that is already CANCELED returns it unchanged (so a retried cancel is harmless). Canceling a
    SUCCEEDED or FAILED run returns 409.

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
