from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_metadata import FileMetadata
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    path: str,
    *,
    limit: int | Unset = UNSET,
    token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metadata/files/{bucket}/{path}".format(
            bucket=quote(str(bucket), safe=""),
            path=quote(str(path), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileMetadata:
    if response.status_code == 200:
        response_200 = FileMetadata.from_dict(response.json())

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
) -> Response[Error | FileMetadata]:
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
    limit: int | Unset = UNSET,
    token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | FileMetadata]:
    """Get file or folder metadata

     For a file path, returns the file's metadata. For a folder path, which ends with `/`
    (for example `reports/2025/`), returns the folder's metadata with its direct children in
    `items`, paginated with `limit` and `token` (`nextToken` is set when more children exist).
    A path without the trailing `/` that names no file but a folder is that folder (AI DIAL
    clients strip the slash). `limit` and `token` are ignored for files. The bucket root is
    listed with listBucketRoot.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/.
        limit (int | Unset):  Example: 100.
        token (str | Unset):  Example: eyJhZnRlciI6InExLXJlcG9ydC5wZGYifQ.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileMetadata]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        limit=limit,
        token=token,
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
    limit: int | Unset = UNSET,
    token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | FileMetadata | None:
    """Get file or folder metadata

     For a file path, returns the file's metadata. For a folder path, which ends with `/`
    (for example `reports/2025/`), returns the folder's metadata with its direct children in
    `items`, paginated with `limit` and `token` (`nextToken` is set when more children exist).
    A path without the trailing `/` that names no file but a folder is that folder (AI DIAL
    clients strip the slash). `limit` and `token` are ignored for files. The bucket root is
    listed with listBucketRoot.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/.
        limit (int | Unset):  Example: 100.
        token (str | Unset):  Example: eyJhZnRlciI6InExLXJlcG9ydC5wZGYifQ.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileMetadata
    """

    return sync_detailed(
        bucket=bucket,
        path=path,
        client=client,
        limit=limit,
        token=token,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | FileMetadata]:
    """Get file or folder metadata

     For a file path, returns the file's metadata. For a folder path, which ends with `/`
    (for example `reports/2025/`), returns the folder's metadata with its direct children in
    `items`, paginated with `limit` and `token` (`nextToken` is set when more children exist).
    A path without the trailing `/` that names no file but a folder is that folder (AI DIAL
    clients strip the slash). `limit` and `token` are ignored for files. The bucket root is
    listed with listBucketRoot.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/.
        limit (int | Unset):  Example: 100.
        token (str | Unset):  Example: eyJhZnRlciI6InExLXJlcG9ydC5wZGYifQ.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileMetadata]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        limit=limit,
        token=token,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    token: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | FileMetadata | None:
    """Get file or folder metadata

     For a file path, returns the file's metadata. For a folder path, which ends with `/`
    (for example `reports/2025/`), returns the folder's metadata with its direct children in
    `items`, paginated with `limit` and `token` (`nextToken` is set when more children exist).
    A path without the trailing `/` that names no file but a folder is that folder (AI DIAL
    clients strip the slash). `limit` and `token` are ignored for files. The bucket root is
    listed with listBucketRoot.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/.
        limit (int | Unset):  Example: 100.
        token (str | Unset):  Example: eyJhZnRlciI6InExLXJlcG9ydC5wZGYifQ.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileMetadata
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            path=path,
            client=client,
            limit=limit,
            token=token,
            opc_request_id=opc_request_id,
        )
    ).parsed
