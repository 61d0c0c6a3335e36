from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_endpoint_details import CreateEndpointDetails
from ...models.endpoint import Endpoint
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateEndpointDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20231130/endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Endpoint | Error:
    if response.status_code == 200:
        response_200 = Endpoint.from_dict(response.json())

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
) -> Response[Endpoint | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Create an endpoint

     Creates an endpoint that serves a model on a hosting dedicated AI cluster. The endpoint is returned
    in the `CREATING` lifecycle state; the `opc-work-request-id` response header identifies the work
    request that tracks the endpoint creation progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateEndpointDetails): The data to create an endpoint. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'modelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq',
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla',
            'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Create an endpoint

     Creates an endpoint that serves a model on a hosting dedicated AI cluster. The endpoint is returned
    in the `CREATING` lifecycle state; the `opc-work-request-id` response header identifies the work
    request that tracks the endpoint creation progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateEndpointDetails): The data to create an endpoint. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'modelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq',
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla',
            'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Endpoint | Error]:
    """Create an endpoint

     Creates an endpoint that serves a model on a hosting dedicated AI cluster. The endpoint is returned
    in the `CREATING` lifecycle state; the `opc-work-request-id` response header identifies the work
    request that tracks the endpoint creation progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateEndpointDetails): The data to create an endpoint. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'modelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq',
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla',
            'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Endpoint | Error | None:
    """Create an endpoint

     Creates an endpoint that serves a model on a hosting dedicated AI cluster. The endpoint is returned
    in the `CREATING` lifecycle state; the `opc-work-request-id` response header identifies the work
    request that tracks the endpoint creation progress.

    Args:
        opc_retry_token (str | Unset):
        opc_request_id (str | Unset):
        body (CreateEndpointDetails): The data to create an endpoint. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq',
            'modelId': 'ocid1.generativeaimodel.oc1.us-
            chicago-1.amaaaaaa74akfsaaj6o4xwx4uolkdqcn4xzeb3fdnivhhsrwm6d6kcbjzvfq',
            'dedicatedAiClusterId': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla',
            'contentModerationConfig': {'mode': 'BLOCK', 'isEnabled': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_retry_token=opc_retry_token,
            opc_request_id=opc_request_id,
        )
    ).parsed
