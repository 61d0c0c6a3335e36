"""Behaviour that the descriptors, the flow core and the one failure definition fixed."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane.retry import CircuitBreaker, RetryPolicy
from aiplane_data.api.files import get_file_metadata, list_bucket_root, upload_file
from aiplane_data.models.upload_file_form import UploadFileForm
from aiplane_data.types import File
from aiplane_mock import MockServer, running
from tests.conftest import FakeTime, send
from tests.mock_helpers import API_KEY, server_options
from tests.test_transport import URL, runtime, scripted
from tests.test_waiters import PROGRESSING, T0, Service, client_for

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with running(**server_options()) as server:
        yield server


@pytest.fixture
def data_client(mock: MockServer) -> Iterator[aiplane.Client]:
    with aiplane.Client(data_url=mock.data_url, data_auth=aiplane.APIKeyAuth(API_KEY)) as c:
        yield c


def _bucket(client: aiplane.Client) -> str:
    from aiplane_data.api.files import get_bucket

    return str(aiplane.call(get_bucket, client).bucket)


async def test_call_and_wait_on_upload_returns_the_metadata(
    mode: str, data_client: aiplane.Client
) -> None:
    """call_and_wait(upload_file) reads the file back with the declared getFileMetadata."""
    bucket = _bucket(data_client)
    body = UploadFileForm(
        file=File(payload=io.BytesIO(b"hello"), file_name="a.txt", mime_type="text/plain")
    )
    args = (upload_file, data_client, bucket, f"{mode}/a.txt")
    if mode == "sync":
        meta = aiplane.call_and_wait(*args, body=body)
    else:
        async with aiplane.AsyncClient(
            data_url=str(data_client.data.get_httpx_client().base_url),
            data_auth=aiplane.APIKeyAuth(API_KEY),
        ) as client:
            meta = await aiplane.acall_and_wait(upload_file, client, *args[2:], body=body)
    assert meta.name == "a.txt"
    assert aiplane.call(get_file_metadata, data_client, bucket, f"{mode}/a.txt").name == "a.txt"


def test_paginate_follows_a_body_token(data_client: aiplane.Client) -> None:
    """listBucketRoot pages by `token` and `nextToken` in the body, as its descriptor says."""
    bucket = _bucket(data_client)
    for i in range(5):
        body = UploadFileForm(
            file=File(payload=io.BytesIO(b"x"), file_name=f"p{i}", mime_type="text/plain")
        )
        aiplane.call(upload_file, data_client, bucket, f"p{i}.txt", body=body)
    # FileMetadata.items may be UNSET, so the typed signature cannot infer the item type
    pager: aiplane.Paginator[Any] = aiplane.paginate(
        cast(Any, list_bucket_root), data_client, bucket, limit=2
    )
    pages = list(pager.pages())
    names = [item.name for page in pages for item in page.items]
    assert {f"p{i}.txt" for i in range(5)} <= set(names)
    assert len(pages) >= 3 and len(names) == len(set(names))


async def test_breaker_counts_what_the_policy_counts(mode: str, fake_time: FakeTime) -> None:
    """A policy that does not retry 500 does not let 500s open the circuit either."""
    seen, transport = scripted(500)
    breaker = CircuitBreaker(failure_threshold=2, recovery_timeout=30, clock=fake_time.clock)
    policy = RetryPolicy(max_attempts=1, retry_statuses=frozenset({503}))
    rt = runtime(transport, fake_time, breaker=breaker, policy=policy)
    for _ in range(3):
        with pytest.raises(errors.ServerError):
            await send(mode, rt, "GET", URL)
    assert len(seen) == 3


class PagedLogs(Service):
    """Work-request logs in pages of two, counting log requests."""

    def __init__(self) -> None:
        super().__init__(PROGRESSING * 2)
        self.log_requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/logs"):
            return super().__call__(request)
        self.log_requests += 1
        n = min(self.polls, len(self.statuses)) * 2
        start = int(request.url.params.get("page") or 0)
        items = [{"message": f"log {i}", "timestamp": T0} for i in range(start, min(n, start + 2))]
        more = start + 2 < n
        headers = {"opc-next-page": str(start + 2)} if more else {}
        return httpx.Response(200, json={"items": items}, headers=headers)


async def test_progress_reads_only_new_log_pages(mode: str, fake_time: FakeTime) -> None:
    """on_progress gets each log entry once, without re-listing logs from page one."""
    svc = PagedLogs()
    svc.statuses = [("IN_PROGRESS", 10.0 * i) for i in range(9)] + [("SUCCEEDED", 100.0)]
    seen: list[str] = []

    def on_progress(p: Any) -> None:
        seen.extend(log.message for log in p.new_logs)

    kwargs: dict[str, Any] = {"on_progress": on_progress, "clock": fake_time.clock}
    client = client_for(svc)
    if mode == "sync":
        aiplane.wait_for_work_request(client, "wr1", sleep=fake_time.sleep, **kwargs)
    else:
        await aiplane.await_for_work_request(client, "wr1", sleep=fake_time.async_sleep, **kwargs)
    assert seen == [f"log {i}" for i in range(20)]
    assert svc.log_requests <= 2 * svc.polls  # re-listing from page 1 would need ~55
