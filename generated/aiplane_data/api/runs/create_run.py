from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_run_with_args_details import CreateRunWithArgsDetails
from ...models.create_run_with_url_details import CreateRunWithUrlDetails
from ...models.error import Error
from ...models.run import Run
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
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
        "url": "/v1/deployments/{deployment_id}/runs".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    if isinstance(body, CreateRunWithArgsDetails):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Run:
    if response.status_code == 202:
        response_202 = Run.from_dict(response.json())

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
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Run]:
    """Create a run

     Submits an asynchronous inference run to the deployment. The body carries exactly one of
    `args` (a JSON object passed to the model) or `url` (an input file, `files/BUCKET/path`
    relative to the API root, or absolute); a body with both or neither is rejected with 400.

    The run starts QUEUED. Poll it with getRun (the `location` header), follow it with
    getRunEvents, or give a `callbackUrl`: when the run finishes the server POSTs the final Run
    JSON there (with HTTP basic auth or a TLS client certificate, as `callbackAuth` says) and
    retries on failure.

    Idempotency: a repeated request with the same `opc-retry-token` (kept for at least 24 hours)
    returns the run the first request created; the same token with a different body returns 409.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_retry_token (str | Unset):  Example: Xk3vQ9pT2mB7rL5nW8yZ1cD4fH6jK0sA.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateRunWithArgsDetails | CreateRunWithUrlDetails): The input of a new run: exactly
            one of `args` or `url`, plus the options. The two forms
            are CreateRunWithArgsDetails and CreateRunWithUrlDetails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Run | None:
    """Create a run

     Submits an asynchronous inference run to the deployment. The body carries exactly one of
    `args` (a JSON object passed to the model) or `url` (an input file, `files/BUCKET/path`
    relative to the API root, or absolute); a body with both or neither is rejected with 400.

    The run starts QUEUED. Poll it with getRun (the `location` header), follow it with
    getRunEvents, or give a `callbackUrl`: when the run finishes the server POSTs the final Run
    JSON there (with HTTP basic auth or a TLS client certificate, as `callbackAuth` says) and
    retries on failure.

    Idempotency: a repeated request with the same `opc-retry-token` (kept for at least 24 hours)
    returns the run the first request created; the same token with a different body returns 409.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_retry_token (str | Unset):  Example: Xk3vQ9pT2mB7rL5nW8yZ1cD4fH6jK0sA.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateRunWithArgsDetails | CreateRunWithUrlDetails): The input of a new run: exactly
            one of `args` or `url`, plus the options. The two forms
            are CreateRunWithArgsDetails and CreateRunWithUrlDetails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | Run]:
    """Create a run

     Submits an asynchronous inference run to the deployment. The body carries exactly one of
    `args` (a JSON object passed to the model) or `url` (an input file, `files/BUCKET/path`
    relative to the API root, or absolute); a body with both or neither is rejected with 400.

    The run starts QUEUED. Poll it with getRun (the `location` header), follow it with
    getRunEvents, or give a `callbackUrl`: when the run finishes the server POSTs the final Run
    JSON there (with HTTP basic auth or a TLS client certificate, as `callbackAuth` says) and
    retries on failure.

    Idempotency: a repeated request with the same `opc-retry-token` (kept for at least 24 hours)
    returns the run the first request created; the same token with a different body returns 409.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_retry_token (str | Unset):  Example: Xk3vQ9pT2mB7rL5nW8yZ1cD4fH6jK0sA.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateRunWithArgsDetails | CreateRunWithUrlDetails): The input of a new run: exactly
            one of `args` or `url`, plus the options. The two forms
            are CreateRunWithArgsDetails and CreateRunWithUrlDetails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        opc_retry_token=opc_retry_token,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateRunWithArgsDetails | CreateRunWithUrlDetails,
    opc_retry_token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | Run | None:
    """Create a run

     Submits an asynchronous inference run to the deployment. The body carries exactly one of
    `args` (a JSON object passed to the model) or `url` (an input file, `files/BUCKET/path`
    relative to the API root, or absolute); a body with both or neither is rejected with 400.

    The run starts QUEUED. Poll it with getRun (the `location` header), follow it with
    getRunEvents, or give a `callbackUrl`: when the run finishes the server POSTs the final Run
    JSON there (with HTTP basic auth or a TLS client certificate, as `callbackAuth` says) and
    retries on failure.

    Idempotency: a repeated request with the same `opc-retry-token` (kept for at least 24 hours)
    returns the run the first request created; the same token with a different body returns 409.

    Args:
        deployment_id (str):  Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        opc_retry_token (str | Unset):  Example: Xk3vQ9pT2mB7rL5nW8yZ1cD4fH6jK0sA.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (CreateRunWithArgsDetails | CreateRunWithUrlDetails): The input of a new run: exactly
            one of `args` or `url`, plus the options. The two forms
            are CreateRunWithArgsDetails and CreateRunWithUrlDetails.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Run
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            opc_retry_token=opc_retry_token,
            opc_request_id=opc_request_id,
        )
    ).parsed
