"""Files on the data plane: URLs, streamed uploads, resumable downloads, metadata, listing,
copy, move and delete, each with an async twin (``aupload``, ``adownload``, ...).

A file is addressed by a URL, ``files/<bucket>/<path>`` or the same URL made absolute on the
client's data host, or by a :class:`FileURL` (``my_files_home(client) / "reports/q1.pdf"``);
every URL is checked before any request (:class:`aiplane.errors.InvalidFileURL`).

::

    home = aiplane.files.my_files_home(client)
    aiplane.files.upload(client, home / "data/input.jsonl", Path("input.jsonl"))
    aiplane.files.download(client, home / "data/input.jsonl", Path("copy.jsonl"))
    for item in aiplane.files.list_folder(client, home / "data/"):
        print(item.name)

Uploads and downloads keep memory bounded by a few 64 KiB chunks whatever the size; see
:mod:`aiplane._upload` and :mod:`aiplane._download`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._call import acall, call
from ._download import (
    Downloaded,
    Plan,
    adownload_to,
    aiter_chunks,
    download_to,
    iter_chunks,
    raw_plan,
)
from ._file_ops import (
    acopy,
    adelete,
    alist_folder,
    ametadata,
    amove,
    copy,
    delete,
    list_folder,
    metadata,
    move,
)
from ._file_urls import FileURL, file_path, file_url, home_flow
from ._flow import AsyncEnv, SyncEnv, arun, run
from ._op_download import aresume_to, operation_plan, resume_to
from ._raw import asend
from ._transfer import ProgressArg, TransferProgress, progress_callback
from ._upload import UploadJob, prepare
from .descriptors import describe
from .retry import RetryPolicy

if TYPE_CHECKING:
    from aiplane_data.models.file_metadata import FileMetadata

__all__ = [
    "Downloaded",
    "araw_download",
    "raw_download",
    "FileURL",
    "TransferProgress",
    "acopy",
    "adelete",
    "adownload",
    "aiter_download",
    "alist_folder",
    "ametadata",
    "amove",
    "amy_files_home",
    "aresume_download",
    "aupload",
    "copy",
    "delete",
    "download",
    "file_url",
    "iter_download",
    "list_folder",
    "metadata",
    "move",
    "my_files_home",
    "resume_download",
    "upload",
]

Timeout = float | httpx.Timeout | None
URL = str | FileURL


def my_files_home(client: Any) -> FileURL:
    """The caller's files home ``files/<bucket>/`` (``GET /v1/bucket`` once per client)."""
    return run(home_flow(client), SyncEnv(client, lambda _: None))


async def amy_files_home(client: Any) -> FileURL:
    """The async twin of :func:`my_files_home`."""
    return await arun(home_flow(client), AsyncEnv(client, _no_sleep))


async def _no_sleep(_: float) -> None:
    return None


# --------------------------------------------------------------------------- upload


def _prepare(
    client: Any, url: URL, source: Any, options: dict[str, Any], asynchronous: bool
) -> UploadJob:
    return prepare(client, url, source, asynchronous=asynchronous, **options)


def upload(
    client: Any,
    url: URL,
    source: Any,
    *,
    content_type: str | None = None,
    if_match: str | None = None,
    if_none_match: str | None = None,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
) -> FileMetadata:
    """Upload ``source`` (a path, bytes or a binary file) to ``url``; its new metadata.

    ``content_type`` defaults to a guess from the name; ``if_match=etag`` replaces only that
    version, ``if_none_match="*"`` only creates. A seekable source is retried on 429/5xx/drops.
    """
    from aiplane_data.api.files import upload_file

    options = {"content_type": content_type, "if_match": if_match, "if_none_match": if_none_match}
    job = _prepare(client, url, source, options, asynchronous=False)
    try:
        with progress_callback(progress, f"upload {job.url.name}") as on_read:
            form = job.form(on_read)
            args = (job.url.bucket, job.url.path)
            return call(
                upload_file,
                client,
                *args,
                body=form,
                timeout=timeout,
                retry=retry,
                **job.preconditions,
            )
    finally:
        job.close()


async def aupload(
    client: Any,
    url: URL,
    source: Any,
    *,
    content_type: str | None = None,
    if_match: str | None = None,
    if_none_match: str | None = None,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
) -> FileMetadata:
    """The async twin of :func:`upload`; ``source`` may also be an async file or an async
    iterator of bytes (streamed; sent once, not retried)."""
    from aiplane_data.api.files import upload_file

    options = {"content_type": content_type, "if_match": if_match, "if_none_match": if_none_match}
    job = _prepare(client, url, source, options, asynchronous=True)
    try:
        with progress_callback(progress, f"upload {job.url.name}") as on_read:
            args = (job.url.bucket, job.url.path)
            if job.handle is not None:
                form = job.form(on_read)
                return await acall(
                    upload_file,
                    client,
                    *args,
                    body=form,
                    timeout=timeout,
                    retry=retry,
                    **job.preconditions,
                )
            return await _upload_stream(client, job, on_read, timeout, retry)
    finally:
        job.close()


async def _upload_stream(
    client: Any, job: UploadJob, on_read: Any, timeout: Timeout, retry: RetryPolicy | None
) -> FileMetadata:
    """An async source: the operation's request with a multipart body framed as it streams."""
    from aiplane_data.api.files import upload_file
    from aiplane_data.models.file_metadata import FileMetadata
    from aiplane_data.models.upload_file_form import UploadFileForm
    from aiplane_data.types import File

    descriptor, _ = describe(upload_file)
    placeholder = UploadFileForm(file=File(payload=_EMPTY))
    kwargs = upload_file._get_kwargs(
        job.url.bucket, job.url.path, body=placeholder, **job.preconditions
    )
    kwargs.pop("files", None)
    body = job.stream(on_read)
    kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Type": body.content_type}
    kwargs["content"] = body
    response = await asend(
        client,
        kwargs=kwargs,
        plane=descriptor.plane,
        operation=descriptor.name,
        timeout=timeout,
        retry=retry,
    )
    return FileMetadata.from_dict(response.json())


class _Empty:
    def read(self, size: int = -1) -> bytes:
        return b""


_EMPTY: Any = _Empty()

# --------------------------------------------------------------------------- download


def _download_plan(client: Any, url: URL, timeout: Timeout, retry: RetryPolicy | None) -> Plan:
    """The download operation's request for a file (see :func:`operation_plan`)."""
    from aiplane_data.api.files import download_file

    target = file_path(client, url, "a download")
    args = (target.bucket, target.path)
    return operation_plan(client, download_file, args, {}, timeout=timeout, retry=retry)


def download(
    client: Any,
    url: URL,
    dest: str | os.PathLike[str],
    *,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    time_limit: float | None = None,
) -> Downloaded:
    """Download ``url`` to ``dest``: written beside it, renamed into place once complete and
    checked; resumed with ``Range`` after an interruption, restarted if the file changed;
    within ``time_limit`` seconds if given. Each progress report's ``resume_token`` lets
    :func:`resume_download` go on in another process if this one dies."""
    plan = _download_plan(client, url, timeout, retry)
    with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
        return download_to(plan, dest, on_progress, time_limit)


async def adownload(
    client: Any,
    url: URL,
    dest: str | os.PathLike[str],
    *,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
    time_limit: float | None = None,
) -> Downloaded:
    """The async twin of :func:`download`."""
    plan = _download_plan(client, url, timeout, retry)
    with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
        return await adownload_to(plan, dest, on_progress, time_limit)


def resume_download(
    client: Any,
    resume_token: str,
    *,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
) -> Downloaded:
    """Go on with a download (:func:`download` or a ``Download.save``) from the resume token
    of a process that died: its ``.part`` file is checked against the token (CannotResume if
    it is gone or does not fit), then only the rest is requested (``Range`` + ``If-Match``)
    within the same deadline; a file changed on the server is downloaded again from byte 0."""
    with progress_callback(progress, "download (resumed)") as on_progress:
        return resume_to(client, resume_token, on_progress, timeout=timeout, retry=retry)


async def aresume_download(
    client: Any,
    resume_token: str,
    *,
    progress: ProgressArg = None,
    timeout: Timeout = None,
    retry: RetryPolicy | None = None,
) -> Downloaded:
    """The async twin of :func:`resume_download`."""
    with progress_callback(progress, "download (resumed)") as on_progress:
        return await aresume_to(client, resume_token, on_progress, timeout=timeout, retry=retry)


def iter_download(
    client: Any, url: URL, *, timeout: Timeout = None, retry: RetryPolicy | None = None
) -> Iterator[bytes]:
    """The file's bytes in chunks of at most 64 KiB, resumed after interruptions; raises
    FileChanged if the file changed after bytes were handed out."""
    return iter_chunks(_download_plan(client, url, timeout, retry), None)


def aiter_download(
    client: Any, url: URL, *, timeout: Timeout = None, retry: RetryPolicy | None = None
) -> AsyncIterator[bytes]:
    """The async twin of :func:`iter_download`."""
    return aiter_chunks(_download_plan(client, url, timeout, retry), None)


def raw_download(
    client: Any,
    path: str,
    dest: str | os.PathLike[str],
    *,
    headers: dict[str, str] | None = None,
    plane: str = "data",
    progress: ProgressArg = None,
) -> Downloaded:
    """``GET path`` (a path no spec describes yet) to ``dest``, like :func:`download`."""
    plan = raw_plan(client, path, plane, headers)
    with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
        return download_to(plan, dest, on_progress)


async def araw_download(
    client: Any,
    path: str,
    dest: str | os.PathLike[str],
    *,
    headers: dict[str, str] | None = None,
    plane: str = "data",
    progress: ProgressArg = None,
) -> Downloaded:
    """The async twin of :func:`raw_download`."""
    plan = raw_plan(client, path, plane, headers)
    with progress_callback(progress, f"download {os.fspath(dest)}") as on_progress:
        return await adownload_to(plan, dest, on_progress)
