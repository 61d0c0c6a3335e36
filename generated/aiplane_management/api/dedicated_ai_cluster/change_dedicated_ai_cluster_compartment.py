from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.change_dedicated_ai_cluster_compartment_details import (
    ChangeDedicatedAiClusterCompartmentDetails,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dedicated_ai_cluster_id: str,
    *,
    body: ChangeDedicatedAiClusterCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20231130/dedicatedAiClusters/{dedicated_ai_cluster_id}/actions/changeCompartment".format(
            dedicated_ai_cluster_id=quote(str(dedicated_ai_cluster_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeDedicatedAiClusterCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Move a dedicated AI cluster to another compartment

     Moves a dedicated AI cluster into a different compartment within the same tenancy. For information
    about moving resources between compartments, see
    [Moving Resources to a Different
    Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
    The response is `202 Accepted` without a body.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeDedicatedAiClusterCompartmentDetails): The details to move a dedicated AI
            cluster to another compartment. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeDedicatedAiClusterCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Any | Error | None:
    """Move a dedicated AI cluster to another compartment

     Moves a dedicated AI cluster into a different compartment within the same tenancy. For information
    about moving resources between compartments, see
    [Moving Resources to a Different
    Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
    The response is `202 Accepted` without a body.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeDedicatedAiClusterCompartmentDetails): The details to move a dedicated AI
            cluster to another compartment. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeDedicatedAiClusterCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Move a dedicated AI cluster to another compartment

     Moves a dedicated AI cluster into a different compartment within the same tenancy. For information
    about moving resources between compartments, see
    [Moving Resources to a Different
    Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
    The response is `202 Accepted` without a body.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeDedicatedAiClusterCompartmentDetails): The details to move a dedicated AI
            cluster to another compartment. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dedicated_ai_cluster_id=dedicated_ai_cluster_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_ai_cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeDedicatedAiClusterCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Any | Error | None:
    """Move a dedicated AI cluster to another compartment

     Moves a dedicated AI cluster into a different compartment within the same tenancy. For information
    about moving resources between compartments, see
    [Moving Resources to a Different
    Compartment](https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcompartments.htm#moveRes).
    The response is `202 Accepted` without a body.

    Args:
        dedicated_ai_cluster_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeDedicatedAiClusterCompartmentDetails): The details to move a dedicated AI
            cluster to another compartment. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaqfgk7rbwuhhm3pjvc6rp5ue5k3yv6lxnsgycq7oxmuhcnb7y2ooa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            dedicated_ai_cluster_id=dedicated_ai_cluster_id,
            client=client,
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
