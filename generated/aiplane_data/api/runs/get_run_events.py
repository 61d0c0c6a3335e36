from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    last_event_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{run_id}/events".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Error | str]:
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
    last_event_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a run's events

     A `text/event-stream` of the run's events. Each event has `id:` (a decimal sequence number,
    increasing from 1 within the run), `event:` (`status`, `progress`, `output` or `done`;
    clients must skip types they do not know) and `data:` (one RunEvent as JSON on one line).
    The stream replays the run's events from the start, or from the event after
    `Last-Event-ID` when that header is sent, then follows the run live. After the `done` event
    (sent once the run is SUCCEEDED, FAILED or CANCELED) the server closes the stream. Comment
    lines starting with `:` are keep-alives and must be ignored. A client whose connection
    drops reconnects with `Last-Event-ID` set to the last `id:` it received.

    Generated clients return the whole stream as one string after it closes; the SDK runtime
    parses it incrementally (the data schema is `RunEvent`, also named by the
    `x-aiplane-event-data-schema` extension on the media type).

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        last_event_id (str | Unset):  Example: 2.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        last_event_id=last_event_id,
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
    last_event_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a run's events

     A `text/event-stream` of the run's events. Each event has `id:` (a decimal sequence number,
    increasing from 1 within the run), `event:` (`status`, `progress`, `output` or `done`;
    clients must skip types they do not know) and `data:` (one RunEvent as JSON on one line).
    The stream replays the run's events from the start, or from the event after
    `Last-Event-ID` when that header is sent, then follows the run live. After the `done` event
    (sent once the run is SUCCEEDED, FAILED or CANCELED) the server closes the stream. Comment
    lines starting with `:` are keep-alives and must be ignored. A client whose connection
    drops reconnects with `Last-Event-ID` set to the last `id:` it received.

    Generated clients return the whole stream as one string after it closes; the SDK runtime
    parses it incrementally (the data schema is `RunEvent`, also named by the
    `x-aiplane-event-data-schema` extension on the media type).

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        last_event_id (str | Unset):  Example: 2.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        last_event_id=last_event_id,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a run's events

     A `text/event-stream` of the run's events. Each event has `id:` (a decimal sequence number,
    increasing from 1 within the run), `event:` (`status`, `progress`, `output` or `done`;
    clients must skip types they do not know) and `data:` (one RunEvent as JSON on one line).
    The stream replays the run's events from the start, or from the event after
    `Last-Event-ID` when that header is sent, then follows the run live. After the `done` event
    (sent once the run is SUCCEEDED, FAILED or CANCELED) the server closes the stream. Comment
    lines starting with `:` are keep-alives and must be ignored. A client whose connection
    drops reconnects with `Last-Event-ID` set to the last `id:` it received.

    Generated clients return the whole stream as one string after it closes; the SDK runtime
    parses it incrementally (the data schema is `RunEvent`, also named by the
    `x-aiplane-event-data-schema` extension on the media type).

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        last_event_id (str | Unset):  Example: 2.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        last_event_id=last_event_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a run's events

     A `text/event-stream` of the run's events. Each event has `id:` (a decimal sequence number,
    increasing from 1 within the run), `event:` (`status`, `progress`, `output` or `done`;
    clients must skip types they do not know) and `data:` (one RunEvent as JSON on one line).
    The stream replays the run's events from the start, or from the event after
    `Last-Event-ID` when that header is sent, then follows the run live. After the `done` event
    (sent once the run is SUCCEEDED, FAILED or CANCELED) the server closes the stream. Comment
    lines starting with `:` are keep-alives and must be ignored. A client whose connection
    drops reconnects with `Last-Event-ID` set to the last `id:` it received.

    Generated clients return the whole stream as one string after it closes; the SDK runtime
    parses it incrementally (the data schema is `RunEvent`, also named by the
    `x-aiplane-event-data-schema` extension on the media type).

    Args:
        run_id (str):  Example: ocid1.generativeairun.oc1.us-
            chicago-1.amaaaaaabnqp43iaq7v3cw2gyzqyoivfhxeq5pzkebwt4s6ml6gqcbzpz3xa.
        last_event_id (str | Unset):  Example: 2.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            last_event_id=last_event_id,
            opc_request_id=opc_request_id,
        )
    ).parsed
