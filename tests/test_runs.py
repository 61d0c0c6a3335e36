"""Run futures against the mock: submit, status, result, failure, cancel, re-creation, faults."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest

import aiplane
from aiplane import errors
from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, sdk_client, serving

pytestmark = pytest.mark.anyio

FAST = aiplane.PollSchedule(initial=0.02, max_interval=0.1, timeout=20.0)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
async def client(server: MockServer, mode: str) -> AsyncIterator[Any]:
    server.control.reset()
    async with sdk_client(mode, server) as sdk:
        yield sdk


@pytest.fixture
def deployment(server: MockServer) -> str:
    return server.control.create_deployment(display_name="runs")


async def submit(mode: str, client: Any, deployment: str, **options: Any) -> Any:
    """submit_run or asubmit_run, with the fast schedule unless told otherwise."""
    options.setdefault("schedule", FAST)
    if "url" not in options:
        options.setdefault("args", {"prompt": "hello"})
    fn = aiplane.submit_run if mode == "sync" else aiplane.asubmit_run
    return await maybe_await(fn(client, deployment, **options))


def calls(server: MockServer, operation: str) -> list[int]:
    """The statuses of the requests of ``operation`` the server answered."""
    return [r.status for r in server.control.requests() if r.operation_id == operation]


async def test_result_returns_the_runs_result(mode: str, client: Any, deployment: str) -> None:
    """submit_run -> future.result() is the finished run's result."""
    future = await submit(mode, client, deployment)
    result = await maybe_await(future.result())
    assert result["text"].startswith("Processed 1 argument(s)")
    assert future.done() and str(future.last.status.value) == "SUCCEEDED"


async def test_the_future_has_the_server_id(mode: str, client: Any, deployment: str) -> None:
    """The future's id is the created run's id, and its status right after submit is known."""
    future = await submit(mode, client, deployment)
    assert future.id == future.last.id and future.id.startswith("ocid1.")
    assert str(future.last.status.value) == "QUEUED"


async def test_status_is_one_fetch(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """status() makes exactly one getRun request and returns the status string."""
    future = await submit(mode, client, deployment)
    status = await maybe_await(future.status())
    assert status in ("QUEUED", "RUNNING", "SUCCEEDED")
    assert calls(server, "getRun") == [200]


async def test_a_finished_future_does_not_poll_again(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """A second result() of a finished run makes no request."""
    future = await submit(mode, client, deployment)
    first = await maybe_await(future.result())
    polls = len(calls(server, "getRun"))
    assert await maybe_await(future.result()) == first
    assert len(calls(server, "getRun")) == polls


async def test_submit_sends_a_retry_token(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """The createRun request carries an opc-retry-token."""
    await submit(mode, client, deployment)
    records = [r for r in server.control.requests() if r.operation_id == "createRun"]
    assert [r.retry_token for r in records] == [True]


async def test_a_failed_run_raises_run_failed_with_the_server_error(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """A FAILED run raises RunFailed carrying the server's code, message and traceback."""
    server.control.fail_next_run(code="ModelError", message="the model ran out of memory")
    future = await submit(mode, client, deployment)
    with pytest.raises(errors.RunFailed) as info:
        await maybe_await(future.result())
    failed = info.value
    assert (failed.code, failed.message) == ("ModelError", "the model ran out of memory")
    assert failed.traceback is not None and failed.traceback.startswith("Traceback")
    assert failed.last_state == "FAILED" and "ModelError" in str(failed)


async def test_cancel_cancels_the_run(mode: str, client: Any, deployment: str) -> None:
    """cancel() returns the CANCELED run; result() then raises RunFailed (CANCELED, no code)."""
    slow = aiplane.PollSchedule(initial=0.02, max_interval=0.05, timeout=5.0)
    future = await submit(mode, client, deployment, schedule=slow)
    canceled = await maybe_await(future.cancel())
    assert str(canceled.status.value) == "CANCELED"
    with pytest.raises(errors.RunFailed) as info:
        await maybe_await(future.result())
    assert info.value.last_state == "CANCELED" and info.value.code is None


async def test_a_future_is_recreated_from_its_id(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """RunFuture.from_id on a fresh client (no shared state) gets the same result."""
    future = await submit(mode, client, deployment)
    expected = await maybe_await(future.result())
    auth = aiplane.APIKeyAuth(API_KEY)
    with aiplane.Client(data_url=server.data_url, data_auth=auth) as other:
        again = aiplane.RunFuture.from_id(other, future.id, schedule=FAST)
        assert again.last is None and not again.done()
        assert again.result() == expected
    async with aiplane.AsyncClient(data_url=server.data_url, data_auth=auth) as aother:
        assert await aiplane.AsyncRunFuture.from_id(aother, future.id).result() == expected


async def test_a_submit_dropped_after_processing_starts_one_run(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """A dropped createRun response is retried with the same token: one run on the server."""
    fault = server.control.inject("drop_after", "createRun", count=1)
    future = await submit(mode, client, deployment)
    assert await maybe_await(future.result()) is not None
    assert fault.fired == 1
    assert [r.id for r in aiplane.call(_list_runs(), client).items] == [future.id]


def _list_runs() -> Any:
    from aiplane_data.api.runs import list_runs

    return list_runs


async def test_a_retry_token_resubmits_the_same_run(
    mode: str, client: Any, deployment: str
) -> None:
    """Two submits with the same retry_token (after an OutcomeUnknown) are one run."""
    token = aiplane.new_retry_token()
    first = await submit(mode, client, deployment, retry_token=token)
    second = await submit(mode, client, deployment, retry_token=token)
    assert first.id == second.id


async def test_503s_while_polling_are_retried(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """getRun answering 503 twice during the wait: retried, and the result still arrives."""
    future = await submit(mode, client, deployment)
    fault = server.control.inject("status", "getRun", status=503, count=2)
    assert (await maybe_await(future.result()))["text"]
    assert fault.fired == 2


async def test_the_deadline_raises_wait_timeout_with_the_last_state(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """result(timeout=...) on a run that stays QUEUED raises WaitTimeout(last_state=QUEUED)."""
    server.control.set_speed(0.0001)
    try:
        future = await submit(mode, client, deployment)
        with pytest.raises(errors.WaitTimeout) as info:
            await maybe_await(future.result(timeout=0.3))
    finally:
        server.control.set_speed(100.0)
    assert info.value.last_state == "QUEUED" and future.id in str(info.value)


async def test_on_progress_sees_every_poll(mode: str, client: Any, deployment: str) -> None:
    """on_progress receives each poll's status and percentage, ending with SUCCEEDED at 100."""
    seen: list[tuple[str | None, float | None]] = []
    future = await submit(mode, client, deployment, progress=True)
    await maybe_await(
        future.result(on_progress=lambda p: seen.append((p.status, p.percent_complete)))
    )
    assert seen[-1] == ("SUCCEEDED", 100.0)
    assert all(status in ("QUEUED", "RUNNING", "SUCCEEDED") for status, _ in seen)


async def test_a_file_input_is_read_by_the_run(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """url=files/<bucket>/<path> of an uploaded file: the run reads it."""
    from aiplane_data.api.files import get_bucket

    bucket = aiplane.call(get_bucket, client).bucket
    _upload(client, bucket, "in/batch.jsonl", b'{"a": 1}\n{"a": 2}\n')
    future = await submit(mode, client, deployment, url=f"files/{bucket}/in/batch.jsonl")
    assert (await maybe_await(future.result()))["lines"] == 2


async def test_a_file_url_object_is_a_run_input(
    mode: str, server: MockServer, client: Any, deployment: str
) -> None:
    """url= may be the FileURL the files API gives (home / path), not only its text."""
    from aiplane_data.api.files import get_bucket

    bucket = aiplane.call(get_bucket, client).bucket
    _upload(client, bucket, "in/object.jsonl", b'{"a": 1}\n')
    url = aiplane.files.file_url(client, f"files/{bucket}/in/object.jsonl")
    future = await submit(mode, client, deployment, url=url)
    assert (await maybe_await(future.result()))["lines"] == 1


def _upload(client: Any, bucket: str, path: str, data: bytes) -> None:
    import httpx

    response = client.data.get_httpx_client().put(
        f"/v1/files/{bucket}/{path}", files={"file": ("batch.jsonl", data)}
    )
    assert isinstance(response, httpx.Response) and response.is_success, response.text


async def test_events_follow_the_run_until_done(mode: str, client: Any, deployment: str) -> None:
    """future.events() streams the run's typed events, ending with its `done` event."""
    future = await submit(mode, client, deployment)
    if mode == "sync":
        with future.events() as events:
            kinds = [str(getattr(e.type_, "value", e.type_)) for e in events]
    else:
        async with future.events() as aevents:
            kinds = [str(getattr(e.type_, "value", e.type_)) async for e in aevents]
    assert kinds[-1] == "done" and len(kinds) >= 2


async def test_events_resume_after_a_given_id(mode: str, client: Any, deployment: str) -> None:
    """events(last_event_id=N) starts after event N: no event before it is repeated."""
    future = await submit(mode, client, deployment)
    await maybe_await(future.result())
    if mode == "sync":
        with future.events() as events:
            every = [e.sequence for e in events]
        with future.events(last_event_id=every[0]) as events:
            later = [e.sequence for e in events]
    else:
        async with future.events() as aevents:
            every = [e.sequence async for e in aevents]
        async with future.events(last_event_id=every[0]) as aevents:
            later = [e.sequence async for e in aevents]
    assert later == every[1:]


@pytest.mark.parametrize("keep", [False, True])
async def test_events_keep_their_events_only_when_asked(
    mode: str, client: Any, deployment: str, keep: bool
) -> None:
    """future.events(keep_events=True) keeps every event read; by default only the count."""
    future = await submit(mode, client, deployment)
    await maybe_await(future.result())
    opened: Any = future.events(keep_events=keep)
    if mode == "sync":
        with opened:
            read = [e.sequence for e in opened]
    else:
        async with opened:
            read = [e.sequence async for e in opened]
    assert read and opened.received == len(read)
    kept = None if opened.events is None else [e.sequence for e in opened.events]
    assert kept == (read if keep else None)


async def test_a_fast_mock_hints_polls_finer_than_a_second(
    mode: str, client: Any, deployment: str
) -> None:
    """The mock's retry-after-ms lets a fast mock's waits poll below Retry-After's 1 s floor."""
    slept: list[float] = []

    def record(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    async def arecord(seconds: float) -> None:
        slept.append(seconds)
        await anyio.sleep(seconds)

    sleep = record if mode == "sync" else arecord
    schedule = aiplane.PollSchedule(initial=0.02, max_interval=30.0, timeout=20.0)
    future = await submit(mode, client, deployment, sleep=sleep, schedule=schedule)
    await maybe_await(future.result())
    assert slept and max(slept) < 1.0
