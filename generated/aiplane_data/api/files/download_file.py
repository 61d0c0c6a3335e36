from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    bucket: str,
    path: str,
    *,
    range_: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/{bucket}/{path}".format(
            bucket=quote(str(bucket), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if response.status_code == 416:
        response_416 = Error.from_dict(response.json())

        return response_416

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
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a file

     Returns the bytes of the file. With a single-range `Range: bytes=START-END` header the
    server answers 206 with that slice and a `Content-Range` header; a range that starts past
    the end of the file answers 416 with `Content-Range: bytes */SIZE`. `accept-ranges: bytes`
    tells the client that resuming with `Range` is possible. With `If-Match` the download
    fails with 412 unless the current etag matches, which lets a resumed download prove it is
    reading the same version.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        range_ (str | Unset):  Example: bytes=1048576-.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        range_=range_,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | File | None:
    """Download a file

     Returns the bytes of the file. With a single-range `Range: bytes=START-END` header the
    server answers 206 with that slice and a `Content-Range` header; a range that starts past
    the end of the file answers 416 with `Content-Range: bytes */SIZE`. `accept-ranges: bytes`
    tells the client that resuming with `Range` is possible. With `If-Match` the download
    fails with 412 unless the current etag matches, which lets a resumed download prove it is
    reading the same version.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        range_ (str | Unset):  Example: bytes=1048576-.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        bucket=bucket,
        path=path,
        client=client,
        range_=range_,
        if_match=if_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a file

     Returns the bytes of the file. With a single-range `Range: bytes=START-END` header the
    server answers 206 with that slice and a `Content-Range` header; a range that starts past
    the end of the file answers 416 with `Content-Range: bytes */SIZE`. `accept-ranges: bytes`
    tells the client that resuming with `Range` is possible. With `If-Match` the download
    fails with 412 unless the current etag matches, which lets a resumed download prove it is
    reading the same version.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        range_ (str | Unset):  Example: bytes=1048576-.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        range_=range_,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | File | None:
    """Download a file

     Returns the bytes of the file. With a single-range `Range: bytes=START-END` header the
    server answers 206 with that slice and a `Content-Range` header; a range that starts past
    the end of the file answers 416 with `Content-Range: bytes */SIZE`. `accept-ranges: bytes`
    tells the client that resuming with `Range` is possible. With `If-Match` the download
    fails with 412 unless the current etag matches, which lets a resumed download prove it is
    reading the same version.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        range_ (str | Unset):  Example: bytes=1048576-.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            path=path,
            client=client,
            range_=range_,
            if_match=if_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
