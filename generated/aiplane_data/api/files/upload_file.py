from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_metadata import FileMetadata
from ...models.upload_file_form import UploadFileForm
from ...models.upload_file_if_none_match import UploadFileIfNoneMatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    path: str,
    *,
    body: UploadFileForm,
    if_match: str | Unset = UNSET,
    if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = str(if_none_match)

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/files/{bucket}/{path}".format(
            bucket=quote(str(bucket), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    body: UploadFileForm,
    if_match: str | Unset = UNSET,
    if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | FileMetadata]:
    """Upload a file

     Creates or replaces the file at `path` in `bucket` with the content of the single multipart
    part named `file`. Missing parent folders are created implicitly. The part's filename is
    ignored (the name is the last segment of `path`); the part's content type, or
    `application/octet-stream`, becomes the file's `contentType`.

    Preconditions: `If-None-Match: *` creates the file only if it does not exist yet;
    `If-Match: <etag>` replaces it only if its current etag matches. A failed precondition
    returns 412 and changes nothing. Upload is atomic: readers see the old or the new content,
    never a mix.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        if_none_match (UploadFileIfNoneMatch | Unset):  Example: *.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (UploadFileForm): The multipart form of an upload; exactly one part, named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileMetadata]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        body=body,
        if_match=if_match,
        if_none_match=if_none_match,
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
    body: UploadFileForm,
    if_match: str | Unset = UNSET,
    if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | FileMetadata | None:
    """Upload a file

     Creates or replaces the file at `path` in `bucket` with the content of the single multipart
    part named `file`. Missing parent folders are created implicitly. The part's filename is
    ignored (the name is the last segment of `path`); the part's content type, or
    `application/octet-stream`, becomes the file's `contentType`.

    Preconditions: `If-None-Match: *` creates the file only if it does not exist yet;
    `If-Match: <etag>` replaces it only if its current etag matches. A failed precondition
    returns 412 and changes nothing. Upload is atomic: readers see the old or the new content,
    never a mix.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        if_none_match (UploadFileIfNoneMatch | Unset):  Example: *.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (UploadFileForm): The multipart form of an upload; exactly one part, named `file`.

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
        body=body,
        if_match=if_match,
        if_none_match=if_none_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: UploadFileForm,
    if_match: str | Unset = UNSET,
    if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[Error | FileMetadata]:
    """Upload a file

     Creates or replaces the file at `path` in `bucket` with the content of the single multipart
    part named `file`. Missing parent folders are created implicitly. The part's filename is
    ignored (the name is the last segment of `path`); the part's content type, or
    `application/octet-stream`, becomes the file's `contentType`.

    Preconditions: `If-None-Match: *` creates the file only if it does not exist yet;
    `If-Match: <etag>` replaces it only if its current etag matches. A failed precondition
    returns 412 and changes nothing. Upload is atomic: readers see the old or the new content,
    never a mix.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        if_none_match (UploadFileIfNoneMatch | Unset):  Example: *.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (UploadFileForm): The multipart form of an upload; exactly one part, named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileMetadata]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        path=path,
        body=body,
        if_match=if_match,
        if_none_match=if_none_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: UploadFileForm,
    if_match: str | Unset = UNSET,
    if_none_match: UploadFileIfNoneMatch | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Error | FileMetadata | None:
    """Upload a file

     Creates or replaces the file at `path` in `bucket` with the content of the single multipart
    part named `file`. Missing parent folders are created implicitly. The part's filename is
    ignored (the name is the last segment of `path`); the part's content type, or
    `application/octet-stream`, becomes the file's `contentType`.

    Preconditions: `If-None-Match: *` creates the file only if it does not exist yet;
    `If-Match: <etag>` replaces it only if its current etag matches. A failed precondition
    returns 412 and changes nothing. Upload is atomic: readers see the old or the new content,
    never a mix.

    Args:
        bucket (str):  Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        path (str):  Example: reports/2025/q1-report.pdf.
        if_match (str | Unset):  Example: 8f14e45fceea167a5a36dedd4bea2543.
        if_none_match (UploadFileIfNoneMatch | Unset):  Example: *.
        opc_request_id (str | Unset):  Example: 8C5E1B2A9F0D4E7A8B6C3D2E1F0A9B8C.
        body (UploadFileForm): The multipart form of an upload; exactly one part, named `file`.

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
            body=body,
            if_match=if_match,
            if_none_match=if_none_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
