"""File URL and flow-core edges the mutation run showed unpinned: the path length bound,
a bucket URL without its slash, the files-home cache dropped with its client, step errors
thrown into emitting flows, async callbacks awaited."""

from __future__ import annotations

import gc
from collections.abc import Generator
from typing import Any

import pytest

from aiplane import _file_urls, errors
from aiplane._file_urls import FileURL, parse_file_url
from aiplane._flow import AsyncEnv, Emit, Notify, Sleep, SyncEnv, adrive, arun, drive
from aiplane.files import my_files_home
from tests.conftest import FakeTime
from tests.test_files_urls import counting_client

pytestmark = pytest.mark.anyio


def test_a_path_of_exactly_the_bound_is_accepted() -> None:
    """A decoded path of MAX_PATH characters is accepted; one more is refused."""
    limit = _file_urls.MAX_PATH
    assert limit == 1024
    assert parse_file_url("files/b/" + "p" * limit).path == "p" * limit
    with pytest.raises(errors.InvalidFileURL, match="longer than 1024"):
        parse_file_url("files/b/" + "p" * (limit + 1))


def test_a_bucket_without_its_slash_is_the_bucket_root() -> None:
    """files/<bucket> and files/<bucket>/ both name the bucket's root folder."""
    assert parse_file_url("files/b1") == parse_file_url("files/b1/") == FileURL("b1", "")


def test_the_files_home_cache_is_dropped_with_its_client(fake_time: FakeTime) -> None:
    """The bucket cached for a client is forgotten once the client is collected."""
    client = counting_client(fake_time, [])("sync")
    plane = _file_urls.data_plane(client)
    key = id(plane)
    assert my_files_home(client) == FileURL("b1", "")
    assert key in _file_urls._BUCKETS
    del client, plane
    gc.collect()
    assert key not in _file_urls._BUCKETS


class Boom(errors.AiplaneError):
    """A step error."""


def emitting() -> Generator[Any, Any, None]:
    """Emits, then a failing step whose error it catches, then emits twice more."""
    yield Emit("first")
    try:
        yield Sleep(1)
    except Boom:
        yield Emit("caught")
    yield Emit("after")


def fail_sleeps(step: Any) -> None:
    raise Boom("step failed")


async def afail_sleeps(step: Any) -> None:
    raise Boom("step failed")


def test_drive_throws_step_errors_in_and_resumes_after_emits() -> None:
    """A step's error is thrown into the flow; emits after it resume it normally."""
    assert list(drive(emitting(), fail_sleeps)) == ["first", "caught", "after"]


async def test_adrive_throws_step_errors_in_and_resumes_after_emits() -> None:
    """The async twin: the same order, the error thrown in once."""
    assert [v async for v in adrive(emitting(), afail_sleeps)] == ["first", "caught", "after"]


async def test_async_callbacks_are_awaited(fake_time: FakeTime) -> None:
    """A coroutine callback of a Notify step runs to completion in the async driver."""
    done: list[int] = []

    async def callback(value: int) -> None:
        done.append(value)

    def flow() -> Generator[Any, Any, str]:
        yield Notify(callback, 7)
        return "ok"

    assert await arun(flow(), AsyncEnv(None, fake_time.async_sleep)) == "ok"
    assert done == [7]


def test_sync_driver_refuses_async_callbacks(fake_time: FakeTime) -> None:
    """The sync driver raises TypeError for a coroutine callback and closes the coroutine
    (no 'never awaited' warning is left behind)."""
    made: list[Any] = []

    async def callback(value: int) -> None:
        return None

    def calling(value: int) -> Any:
        made.append(callback(value))
        return made[-1]

    with pytest.raises(TypeError, match="async API"):
        Notify(calling, 1).do(SyncEnv(None, fake_time.sleep))
    assert made[0].cr_frame is None  # closed
