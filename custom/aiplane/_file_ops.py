"""File metadata, folder listing, copy, move and delete (see :mod:`aiplane.files`).

Metadata and listing run the generated operations (``getFileMetadata``, ``listBucketRoot``,
paged with :func:`aiplane.paginate` by the token pagination they declare); copy and move are
raw requests (``POST /v1/ops/resource/copy|move`` with ``{sourceUrl, destinationUrl,
overwrite}``, AI DIAL's wire) until the spec describes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from . import errors
from ._call import acall, call
from ._file_urls import FileURL, file_path, file_url
from ._raw import araw_request, raw_request
from .descriptors import describe
from .pagination import AsyncPaginator, Paginator, apaginate, paginate

if TYPE_CHECKING:
    from aiplane_data.models.file_metadata import FileMetadata

__all__ = [
    "acopy",
    "adelete",
    "alist_folder",
    "ametadata",
    "amove",
    "copy",
    "delete",
    "list_folder",
    "metadata",
    "move",
]

Timeout = float | httpx.Timeout | None
URL = str | FileURL


# --------------------------------------------------------------------------- metadata


def _metadata_call(client: Any, url: URL) -> tuple[Any, tuple[str, ...]]:
    from aiplane_data.api.files import get_file_metadata, list_bucket_root

    target = file_url(client, url)
    if target.path == "":
        return list_bucket_root, (target.bucket,)
    return get_file_metadata, (target.bucket, target.path)


def metadata(client: Any, url: URL, *, timeout: Timeout = None) -> FileMetadata:
    """A file's metadata, or a folder's (URL ending with ``/``) with its first children."""
    op, args = _metadata_call(client, url)
    result: FileMetadata = call(op, client, *args, timeout=timeout)
    return result


async def ametadata(client: Any, url: URL, *, timeout: Timeout = None) -> FileMetadata:
    """The async twin of :func:`metadata`."""
    op, args = _metadata_call(client, url)
    result: FileMetadata = await acall(op, client, *args, timeout=timeout)
    return result


def _folder(client: Any, url: URL) -> tuple[Any, tuple[str, ...]]:
    target = file_url(client, url)
    if not target.is_folder:
        target = FileURL(target.bucket, target.path + "/")
    return _metadata_call(client, target)


def list_folder(client: Any, url: URL, *, limit: int | None = None) -> Paginator[Any]:
    """A folder's children (files and folders), fetched lazily page by page."""
    op, args = _folder(client, url)
    return paginate(op, client, *args, limit=limit)


def alist_folder(client: Any, url: URL, *, limit: int | None = None) -> AsyncPaginator[Any]:
    """The async twin of :func:`list_folder`."""
    op, args = _folder(client, url)
    return apaginate(op, client, *args, limit=limit)


# --------------------------------------------------------------------------- copy, move, delete

_OPS = "/v1/ops/resource/"


def _transfer_body(client: Any, source: URL, destination: URL, overwrite: bool) -> dict[str, Any]:
    if not isinstance(overwrite, bool):
        raise errors.InvalidParameter("overwrite", "must be True or False")
    src, dst = file_path(client, source, "a copy"), file_path(client, destination, "a copy")
    return {"sourceUrl": str(src), "destinationUrl": str(dst), "overwrite": overwrite}


def copy(client: Any, source: URL, destination: URL, *, overwrite: bool = False) -> None:
    """Copy a file (``POST /v1/ops/resource/copy``); 412/409 if it exists and not overwrite."""
    raw_request(
        client, "POST", _OPS + "copy", json=_transfer_body(client, source, destination, overwrite)
    )


async def acopy(client: Any, source: URL, destination: URL, *, overwrite: bool = False) -> None:
    """The async twin of :func:`copy`."""
    await araw_request(
        client, "POST", _OPS + "copy", json=_transfer_body(client, source, destination, overwrite)
    )


def move(client: Any, source: URL, destination: URL, *, overwrite: bool = False) -> None:
    """Move a file (``POST /v1/ops/resource/move``)."""
    raw_request(
        client, "POST", _OPS + "move", json=_transfer_body(client, source, destination, overwrite)
    )


async def amove(client: Any, source: URL, destination: URL, *, overwrite: bool = False) -> None:
    """The async twin of :func:`move`."""
    await araw_request(
        client, "POST", _OPS + "move", json=_transfer_body(client, source, destination, overwrite)
    )


def _delete_args(
    client: Any, url: URL, if_match: str | None
) -> tuple[Any, tuple[str, str], dict[str, Any]]:
    from aiplane_data.api.files import delete_file

    target = file_path(client, url, "a delete")
    descriptor, _ = describe(delete_file)
    param = descriptor.header("If-Match")
    params = {param.python_name: if_match} if if_match is not None and param is not None else {}
    return delete_file, (target.bucket, target.path), params


def delete(client: Any, url: URL, *, if_match: str | None = None) -> None:
    """Delete a file (only that version with ``if_match``)."""
    op, args, params = _delete_args(client, url, if_match)
    call(op, client, *args, **params)


async def adelete(client: Any, url: URL, *, if_match: str | None = None) -> None:
    """The async twin of :func:`delete`."""
    op, args, params = _delete_args(client, url, if_match)
    await acall(op, client, *args, **params)
