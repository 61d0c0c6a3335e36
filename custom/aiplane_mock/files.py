"""Data plane files: a bucket per caller, stored on disk, streamed both ways.

Uploads are ``multipart/form-data`` with one part named ``file``; the part is streamed into a
new blob and swapped in atomically (readers see the old or the new content). Downloads stream
the blob, with single ``Range`` requests (206/416), etags and ``If-Match`` preconditions.
Buckets are not access-controlled (like OCIDs on the management plane, any bucket id works);
``GET /v1/bucket`` tells each caller its own.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response, StreamingResponse

from . import multipart
from .context import Call, Handler, empty, json_response
from .errors import MockError, bad_request, conflict, not_found, precondition_failed
from .state import Store, iso, paginate

__all__ = ["HANDLERS", "FileEntry", "FileStore"]

CHUNK = 64 * 1024


@dataclass
class FileEntry:
    """Metadata of one stored file; its bytes are in ``blob`` under the store's directory."""

    bucket: str
    path: str
    blob: str
    size: int
    etag: str
    content_type: str
    created: float
    updated: float

    def metadata(self) -> dict[str, Any]:
        """FileMetadata JSON."""
        parent, _, name = self.path.rpartition("/")
        return {
            "name": name,
            "parentPath": parent or None,
            "bucket": self.bucket,
            "url": f"files/{self.bucket}/{quote(self.path)}",
            "nodeType": "FILE",
            "resourceType": "FILE",
            "contentLength": self.size,
            "contentType": self.content_type,
            "etag": self.etag,
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
        }


class FileStore:
    """Files of every bucket (metadata in memory under the store lock, bytes on disk)."""

    def __init__(self, directory: Path, store: Store) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.store = store
        self.entries: dict[tuple[str, str], FileEntry] = {}

    def blob_path(self, entry: FileEntry) -> Path:
        """Where the bytes of ``entry`` are."""
        return self.directory / entry.blob

    def new_blob(self) -> tuple[str, IO[bytes]]:
        """A fresh blob file to write an upload into."""
        name = f"{uuid.uuid4().hex}.blob"
        return name, (self.directory / name).open("wb")

    def find(self, bucket: str, path: str) -> FileEntry:
        """The file at ``path``; 404 when there is none."""
        with self.store.lock:
            entry = self.entries.get((bucket, path))
        if entry is None:
            raise not_found(f"the file files/{bucket}/{path}")
        return entry

    def is_folder(self, bucket: str, folder: str) -> bool:
        """Whether any file lives under ``folder`` (ending with ``/``; ``""`` is the root)."""
        with self.store.lock:
            return any(b == bucket and p.startswith(folder) for b, p in self.entries)

    def commit(self, entry: FileEntry, if_match: str | None, if_none_match: str | None) -> None:
        """Make ``entry`` current, checking preconditions and file/folder clashes atomically."""
        with self.store.lock:
            key = (entry.bucket, entry.path)
            old = self.entries.get(key)
            if if_none_match == "*" and old is not None:
                raise precondition_failed(f"{entry.path} already exists.", old.etag)
            if if_match is not None and (old is None or not _etag_matches(old.etag, if_match)):
                raise precondition_failed(
                    f"The etag of {entry.path} does not match If-Match.", old.etag if old else None
                )
            if self.is_folder(entry.bucket, entry.path + "/"):
                raise conflict(f"{entry.path} is a folder.")
            parts = entry.path.split("/")
            for depth in range(1, len(parts)):
                if (entry.bucket, "/".join(parts[:depth])) in self.entries:
                    raise conflict(f"{'/'.join(parts[:depth])} is a file, not a folder.")
            if old is not None:
                entry.created = old.created
                self.blob_path(old).unlink(missing_ok=True)
            self.entries[key] = entry

    def delete(self, bucket: str, path: str, if_match: str | None) -> None:
        """Remove a file (412 if ``if_match`` does not match)."""
        with self.store.lock:
            entry = self.find(bucket, path)
            if if_match is not None and not _etag_matches(entry.etag, if_match):
                raise precondition_failed(
                    f"The etag of {path} does not match If-Match.", entry.etag
                )
            del self.entries[(bucket, path)]
            self.blob_path(entry).unlink(missing_ok=True)

    def children(self, bucket: str, folder: str) -> list[dict[str, Any]]:
        """Direct children (files and folders) of ``folder``, sorted by name."""
        found: dict[str, dict[str, Any]] = {}
        with self.store.lock:
            for (b, path), entry in self.entries.items():
                if b != bucket or not path.startswith(folder):
                    continue
                rest = path[len(folder) :]
                name, slash, _ = rest.partition("/")
                if slash:
                    found.setdefault(name + "/", _folder(bucket, folder + name + "/"))
                else:
                    found[name] = entry.metadata()
        return [found[key] for key in sorted(found)]

    def clear(self) -> None:
        """Delete every file."""
        with self.store.lock:
            for entry in self.entries.values():
                self.blob_path(entry).unlink(missing_ok=True)
            self.entries.clear()

    def snapshot(self) -> dict[str, Any]:
        """Metadata of every file (the blobs stay in :attr:`directory`)."""
        with self.store.lock:
            return {"entries": [asdict(e) for e in self.entries.values()]}

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Reload metadata saved by :meth:`snapshot` (entries whose blob is gone are dropped)."""
        with self.store.lock:
            self.entries.clear()
            for item in snapshot.get("entries", []):
                entry = FileEntry(**item)
                if self.blob_path(entry).is_file():
                    self.entries[(entry.bucket, entry.path)] = entry


def _etag_matches(etag: str, header: str) -> bool:
    candidates = [c.strip().removeprefix("W/").strip('"') for c in header.split(",")]
    return "*" in candidates or etag in candidates


def _folder(bucket: str, folder: str) -> dict[str, Any]:
    trimmed = folder.rstrip("/")
    parent, _, name = trimmed.rpartition("/")
    return {
        "name": name,
        "parentPath": parent or None,
        "bucket": bucket,
        "url": f"files/{bucket}/{quote(folder)}",
        "nodeType": "FOLDER",
        "resourceType": "FILE",
    }


def _files(call: Call) -> FileStore:
    files: FileStore = call.runtime.files
    return files


# --------------------------------------------------------------------------- handlers


def get_bucket(call: Call) -> Response:
    """GET /v1/bucket: the caller's own bucket."""
    return json_response({"bucket": call.caller.bucket})


async def upload_file(call: Call) -> Response:
    """PUT /v1/files/{bucket}/{path}: one multipart part named ``file``."""
    bucket, path = call.param("bucket"), call.param("path")
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
        entry = store.find(call.param("bucket"), call.param("path"))
        if_match = call.param("if-match")
        if if_match is not None and not _etag_matches(entry.etag, if_match):
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
    _files(call).delete(call.param("bucket"), call.param("path"), call.param("if-match"))
    return empty(204)


def list_root(call: Call) -> Response:
    """GET /v1/metadata/files/{bucket}/: the root folder and a page of its children."""
    return _folder_page(call, call.param("bucket"), "")


def get_metadata(call: Call) -> Response:
    """GET /v1/metadata/files/{bucket}/{path}: a file's metadata, or a folder listing."""
    bucket, path = call.param("bucket"), call.param("path")
    if path.endswith("/"):
        if not _files(call).is_folder(bucket, path):
            raise not_found(f"the folder files/{bucket}/{path}")
        return _folder_page(call, bucket, path)
    return json_response(_files(call).find(bucket, path).metadata())


def _folder_page(call: Call, bucket: str, folder: str) -> Response:
    children = _files(call).children(bucket, folder)
    page, token = paginate(children, call.param("limit"), call.param("token"))
    data: dict[str, Any] = (
        _folder(bucket, folder)
        if folder
        else {
            "name": "",
            "parentPath": None,
            "bucket": bucket,
            "url": f"files/{bucket}/",
            "nodeType": "FOLDER",
            "resourceType": "FILE",
        }
    )
    data["items"] = page
    if token:
        data["nextToken"] = token
    return json_response(data)


HANDLERS: dict[str, Handler] = {
    "getBucket": get_bucket,
    "uploadFile": upload_file,
    "downloadFile": download_file,
    "deleteFile": delete_file,
    "listBucketRoot": list_root,
    "getFileMetadata": get_metadata,
}
