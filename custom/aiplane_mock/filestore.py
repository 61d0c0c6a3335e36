"""Stored files: metadata in memory (under the store lock), bytes in blobs on disk.

A bucket per caller; a file is one blob under the store's directory, swapped in atomically on
upload (readers see the old or the new content); folders are implied by the paths of files.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from .errors import conflict, not_found, precondition_failed
from .state import Store

__all__ = ["FileEntry", "FileStore", "etag_matches", "folder_metadata"]


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
        """FileMetadata JSON, as AI DIAL sends it: nodeType ITEM, epoch-millisecond times."""
        parent, _, name = self.path.rpartition("/")
        return {
            "name": name,
            "parentPath": parent or None,
            "bucket": self.bucket,
            "url": f"files/{self.bucket}/{quote(self.path)}",
            "nodeType": "ITEM",
            "resourceType": "FILE",
            "contentLength": self.size,
            "contentType": self.content_type,
            "etag": self.etag,
            "createdAt": round(self.created * 1000),
            "updatedAt": round(self.updated * 1000),
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
            if if_match is not None and (old is None or not etag_matches(old.etag, if_match)):
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

    def copy(self, source: FileEntry, bucket: str, path: str, overwrite: bool, now: float) -> None:
        """Copy ``source`` to ``path`` (412 if it exists and not ``overwrite``)."""
        blob, handle = self.new_blob()
        with handle, self.blob_path(source).open("rb") as src:
            shutil.copyfileobj(src, handle)
        copied = replace(source, bucket=bucket, path=path, blob=blob, created=now, updated=now)
        try:
            self.commit(copied, None, None if overwrite else "*")
        except Exception:
            (self.directory / blob).unlink(missing_ok=True)
            raise

    def move(self, source: FileEntry, bucket: str, path: str, overwrite: bool) -> None:
        """Move ``source`` to ``path``, keeping its bytes, etag and times (412 if ``path``
        exists and not ``overwrite``); atomic."""
        with self.store.lock:
            if self.entries.get((source.bucket, source.path)) is not source:
                raise not_found(f"the file files/{source.bucket}/{source.path}")
            if (source.bucket, source.path) == (bucket, path):
                return
            moved = replace(source, bucket=bucket, path=path)  # the same blob
            self.commit(moved, None, None if overwrite else "*")
            moved.created = source.created
            del self.entries[(source.bucket, source.path)]

    def delete(self, bucket: str, path: str, if_match: str | None) -> None:
        """Remove a file (412 if ``if_match`` does not match)."""
        with self.store.lock:
            entry = self.find(bucket, path)
            if if_match is not None and not etag_matches(entry.etag, if_match):
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
                    found.setdefault(name + "/", folder_metadata(bucket, folder + name + "/"))
                else:
                    found[name] = entry.metadata()
        return [found[key] for key in sorted(found)]

    def audit(self) -> dict[str, int]:
        """The files against the blobs on disk: ``orphan_blobs`` are blobs no file holds (a
        partial or abandoned upload), ``missing_blobs`` files whose blob is gone,
        ``size_mismatches`` files whose blob has another size than the file."""
        with self.store.lock:
            held = {entry.blob: entry.size for entry in self.entries.values()}
            on_disk = {p.name: p.stat().st_size for p in self.directory.iterdir() if p.is_file()}
        return {
            "files": len(held),
            "blobs": len(on_disk),
            "orphan_blobs": len(on_disk.keys() - held.keys()),
            "missing_blobs": len(held.keys() - on_disk.keys()),
            "size_mismatches": sum(on_disk[b] != n for b, n in held.items() if b in on_disk),
        }

    def clear(self) -> None:
        """Delete every file, and whatever else the store's directory holds (orphan blobs)."""
        with self.store.lock:
            for blob in self.directory.iterdir():
                if blob.is_file():
                    blob.unlink(missing_ok=True)
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


def etag_matches(etag: str, header: str) -> bool:
    """Whether an ``If-Match`` header names ``etag`` (or ``*``)."""
    candidates = [c.strip().removeprefix("W/").strip('"') for c in header.split(",")]
    return "*" in candidates or etag in candidates


def folder_metadata(bucket: str, folder: str) -> dict[str, Any]:
    """FileMetadata JSON of a folder (``folder`` ends with ``/``; ``""`` is the root)."""
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
