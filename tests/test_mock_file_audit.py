"""The mock's file-store audit (files against the blobs on disk) and uploads dropped mid-body:
what the chaos tests read to prove that no partial file is left on the server's side."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aiplane_mock import MockServer
from aiplane_mock.app import runtime_of
from tests.mock_helpers import data_client, serving
from tests.test_mock_data import upload

CLEAN = {"orphan_blobs": 0, "missing_blobs": 0, "size_mismatches": 0}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    yield from data_client(server)


@pytest.fixture
def bucket(client: httpx.Client) -> str:
    return str(client.get("/v1/bucket").json()["bucket"])


def _faults(audit: dict[str, int]) -> dict[str, int]:
    return {name: audit[name] for name in CLEAN}


def test_audit_of_a_store_after_every_kind_of_write_is_clean(
    server: MockServer, client: httpx.Client, bucket: str
) -> None:
    """Uploads, an overwrite, a copy, a move and a delete leave one blob per file."""
    for name in ("a", "b", "c"):
        upload(client, bucket, f"d/{name}.txt", name.encode() * 10)
    upload(client, bucket, "d/a.txt", b"new")
    for op, target in (("copy", "d/copy.txt"), ("move", "d/moved.txt")):
        body = {
            "sourceUrl": f"files/{bucket}/d/b.txt",
            "destinationUrl": f"files/{bucket}/{target}",
        }
        assert client.post(f"/v1/ops/resource/{op}", json=body).is_success
    assert client.delete(f"/v1/files/{bucket}/d/c.txt").is_success
    audit = server.control.file_audit()
    assert (audit["files"], audit["blobs"], _faults(audit)) == (3, 3, CLEAN)


def test_audit_counts_orphan_missing_and_short_blobs(
    server: MockServer, client: httpx.Client, bucket: str
) -> None:
    """A blob no file holds, a file whose blob is gone, and a truncated blob are each counted
    (read over the admin route)."""
    for name in ("a", "b"):
        upload(client, bucket, f"{name}.txt", b"0123456789")
    store = runtime_of(server.app).files
    first, second = sorted(store.entries.values(), key=lambda e: e.path)
    store.blob_path(first).unlink()
    store.blob_path(second).write_bytes(b"0123")
    (store.directory / "stray.blob").write_bytes(b"partial")
    admin = {"x-aiplane-mock-admin": server.admin_token}
    audit = client.get("/_mock/files-audit", headers=admin).json()
    assert audit == {
        "files": 2,
        "blobs": 2,
        "orphan_blobs": 1,
        "missing_blobs": 1,
        "size_mismatches": 1,
    }


def test_upload_dropped_mid_body_stores_nothing(
    server: MockServer, client: httpx.Client, bucket: str
) -> None:
    """drop_before with after_bytes closes the connection once that much of the body came:
    the client sees a broken exchange, and the server holds neither a file nor a blob."""
    server.control.inject("drop_before", "uploadFile", after_bytes=4096)
    with pytest.raises(httpx.TransportError):
        upload(client, bucket, "dropped.bin", bytes(2_000_000))
    assert server.control.faults()[0].fired == 1
    assert client.get(f"/v1/files/{bucket}/dropped.bin").status_code == 404
    audit = server.control.file_audit()
    assert (audit["files"], audit["blobs"], _faults(audit)) == (0, 0, CLEAN)
