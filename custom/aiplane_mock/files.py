"""Data plane files: a bucket per caller, stored on disk, streamed both ways.

Uploads are ``multipart/form-data`` with one part named ``file``; the part is streamed into a
new blob and swapped in atomically (readers see the old or the new content). Downloads stream
the blob, with single ``Range`` requests (206/416), etags and ``If-Match`` preconditions.
Buckets are per caller: ``GET /v1/bucket`` tells each caller its own, and another caller's
bucket answers 404 NotAuthorizedOrNotFound, like a file that does not exist (with auth turned
off every caller is anonymous and any bucket id works).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import quote, unquote

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response, StreamingResponse

from . import multipart
from .auth import ANONYMOUS
from .context import Call, empty, json_response
from .errors import MockError, bad_request, not_found, precondition_failed
from .filestore import FileEntry, FileStore, etag_matches, folder_metadata
from .paging import FILES, page_response

__all__ = [
    "copy_file",
    "delete_file",
    "download_file",
    "get_bucket",
    "get_metadata",
    "list_root",
    "may_use",
    "move_file",
    "upload_file",
]

CHUNK = 64 * 1024


def _files(call: Call) -> FileStore:
    files: FileStore = call.runtime.files
    return files


def may_use(call: Call, bucket: str) -> bool:
    """Whether the caller may use ``bucket``: its own, or any when auth is off."""
    return call.caller is ANONYMOUS or bucket == call.caller.bucket


def _bucket(call: Call) -> str:
    """The ``bucket`` path parameter, if the caller may use it; 404 otherwise."""
    bucket: str = call.param("bucket")
    if not may_use(call, bucket):
        raise not_found(f"the bucket {bucket}")
    return bucket


# --------------------------------------------------------------------------- handlers


def get_bucket(call: Call) -> Response:
    """GET /v1/bucket: the caller's own bucket."""
    return json_response({"bucket": call.caller.bucket})


async def upload_file(call: Call) -> Response:
    """PUT /v1/files/{bucket}/{path}: one multipart part named ``file``."""
    bucket, path = _bucket(call), call.param("path")
    store = _files(call)
    entry = await run_in_threadpool(_receive_upload, call, store, bucket, path)
    try:
        store.commit(entry, call.param("if-match"), call.param("if-none-match"))
    except MockError:
        store.blob_path(entry).unlink(missing_ok=True)
        raise
    return json_response(entry.metadata(), headers={"etag": entry.etag})


def _receive_upload(call: Call, store: FileStore, bucket: str, path: str) -> FileEntry:
    """Stream the ``file`` part of the spooled request body into a new blob."""
    assert call.raw_body is not None
    content_type = call.request.headers.get("content-type", "")
    blob, handle = store.new_blob()
    digest = hashlib.md5(usedforsecurity=False)

    class _Sink:
        def write(self, data: bytes) -> int:
            digest.update(data)
            return handle.write(data)

    sink: Any = _Sink()
    try:
        with handle:
            parts = multipart.parse(
                call.raw_body,
                multipart.boundary_of(content_type),
                lambda part: sink if part.name == "file" else None,
            )
    except ValueError as error:
        (store.directory / blob).unlink(missing_ok=True)
        raise bad_request(f"Invalid request body: {error}.") from None
    names = [p.name for p in parts]
    problem = None
    if names.count("file") != 1:
        problem = "Invalid request body field 'file': exactly one part named 'file' is required."
    elif len(names) > 1:
        extra = next(n for n in names if n != "file")
        problem = f"Invalid request body field '{extra}': only the part 'file' is allowed."
    if problem:
        (store.directory / blob).unlink(missing_ok=True)
        raise bad_request(problem)
    part = parts[0]
    now = call.store.clock.now()
    return FileEntry(
        bucket=bucket,
        path=path,
        blob=blob,
        size=part.size,
        etag=digest.hexdigest(),
        content_type=(part.content_type or "application/octet-stream").split(";")[0].strip()
        or "application/octet-stream",
        created=now,
        updated=now,
    )


def download_file(call: Call) -> Response:
    """GET /v1/files/{bucket}/{path}: the bytes, or one ``Range`` of them (206)."""
    store = _files(call)
    with call.store.lock:
        entry = store.find(_bucket(call), call.param("path"))
        if_match = call.param("if-match")
        if if_match is not None and not etag_matches(entry.etag, if_match):
            raise precondition_failed("The file's etag does not match If-Match.", entry.etag)
        handle = store.blob_path(entry).open("rb")
    start, end, status = 0, entry.size - 1, 200
    headers = {
        "etag": entry.etag,
        "accept-ranges": "bytes",
    }
    wanted = _range(call.param("range"), entry.size)
    if wanted is not None:
        start, end = wanted
        status = 206
        headers["content-range"] = f"bytes {start}-{end}/{entry.size}"
    else:
        headers["content-disposition"] = _disposition(entry.path.rpartition("/")[2])
    headers["content-length"] = str(max(0, end - start + 1))
    headers["content-type"] = entry.content_type
    return StreamingResponse(_stream(handle, start, end - start + 1), status, headers)


def _range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (start, end) of a single byte range; None to send everything; 416 if unsatisfiable."""
    if header is None:
        return None
    first, _, last = header.removeprefix("bytes=").partition("-")
    if first == "":
        count = int(last)
        if count == 0 or size == 0:
            raise _unsatisfiable(header, size)
        return max(0, size - count), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        raise _unsatisfiable(header, size)
    return start, min(end, size - 1)


def _unsatisfiable(header: str, size: int) -> MockError:
    return MockError(
        416,
        "RangeNotSatisfiable",
        f"Range {header} is outside the file ({size} bytes).",
        {"content-range": f"bytes */{size}"},
    )


def _stream(handle: IO[bytes], start: int, length: int) -> Iterator[bytes]:
    with handle:
        handle.seek(start)
        remaining = length
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


def _disposition(name: str) -> str:
    if name.isascii() and name.isprintable():
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'attachment; filename="{escaped}"'
    fallback = name.encode("ascii", "replace").decode().replace('"', "_").replace("\\", "_")
    fallback = "".join(c if c.isprintable() else "_" for c in fallback)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def delete_file(call: Call) -> Response:
    """DELETE /v1/files/{bucket}/{path}."""
    _files(call).delete(_bucket(call), call.param("path"), call.param("if-match"))
    return empty(204)


def list_root(call: Call) -> Response:
    """GET /v1/metadata/files/{bucket}/: the root folder and a page of its children."""
    return _folder_page(call, _bucket(call), "")


def get_metadata(call: Call) -> Response:
    """GET /v1/metadata/files/{bucket}/{path}: a file's metadata, or a folder listing (a folder
    may be named without its trailing slash: AI DIAL clients strip it)."""
    bucket, path = _bucket(call), call.param("path")
    store = _files(call)
    if path.endswith("/"):
        if not store.is_folder(bucket, path):
            raise not_found(f"the folder files/{bucket}/{path}")
        return _folder_page(call, bucket, path)
    try:
        return json_response(store.find(bucket, path).metadata())
    except MockError:
        if not store.is_folder(bucket, path + "/"):
            raise
    return _folder_page(call, bucket, path + "/")


# as the spec: any character but a control character (encoded, %0A, it is a name)
_FILE_URL = re.compile(r"files/([A-Za-z0-9_-]{1,128})/([^\x00-\x1f\x7f]+)")


def _file_url(call: Call, field: str) -> tuple[str, str]:
    """(bucket, path) of a ``files/{bucket}/{path}`` URL in the body; 400 if malformed, 404 if
    the caller may not use the bucket."""
    url: str = call.body[field]
    match = _FILE_URL.fullmatch(url)
    segments = [unquote(s) for s in match.group(2).split("/")] if match else []
    if not match or any(s in ("", ".", "..") or "/" in s for s in segments):
        raise bad_request(
            f"Invalid request body field '{field}': must be a file URL files/{{bucket}}/{{path}}.",
            field,
        )
    if not may_use(call, match.group(1)):
        raise not_found(f"the bucket {match.group(1)}")
    return match.group(1), "/".join(segments)


def _transfer(call: Call, move: bool) -> Response:
    source = _file_url(call, "sourceUrl")
    bucket, path = _file_url(call, "destinationUrl")
    overwrite = bool(call.body.get("overwrite"))
    store = _files(call)
    entry = store.find(*source)
    if move:
        store.move(entry, bucket, path, overwrite)
    else:
        store.copy(entry, bucket, path, overwrite, call.store.clock.now())
    return empty(200)


def copy_file(call: Call) -> Response:
    """POST /v1/ops/resource/copy: copy a file (412 onto an existing one without overwrite)."""
    return _transfer(call, move=False)


def move_file(call: Call) -> Response:
    """POST /v1/ops/resource/move: move a file (412 onto an existing one without overwrite)."""
    return _transfer(call, move=True)


def _folder_page(call: Call, bucket: str, folder: str) -> Response:
    children = _files(call).children(bucket, folder)
    return page_response(call, children, FILES, folder_metadata(bucket, folder))
