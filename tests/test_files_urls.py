"""File URLs: parsed and checked before any request; the files home found once per client."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane.files import FileURL
from tests.conftest import FakeTime, maybe_await

pytestmark = pytest.mark.anyio

DATA_URL = "http://data.test/api"
BUCKET = "b1"


def counting_client(
    fake: FakeTime, seen: list[httpx.Request]
) -> Callable[[str], aiplane.Client | aiplane.AsyncClient]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"bucket": BUCKET})

    mock = httpx.MockTransport(handler)

    def make(mode: str) -> aiplane.Client | aiplane.AsyncClient:
        cls = aiplane.Client if mode == "sync" else aiplane.AsyncClient
        return cls(
            data_url=DATA_URL,
            pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
            sleep=fake.sleep,
            async_sleep=fake.async_sleep,
        )

    return make


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(
    mode: str, fake_time: FakeTime, seen: list[httpx.Request]
) -> aiplane.Client | aiplane.AsyncClient:
    return counting_client(fake_time, seen)(mode)


def test_relative_url_is_split_and_decoded() -> None:
    """files/<bucket>/<path> splits into the bucket and the decoded path."""
    url = aiplane.files.file_url(object.__new__(_Fake), "files/b1/a%20b/c.txt")
    assert (url.bucket, url.path, url.name) == ("b1", "a b/c.txt", "c.txt")


def test_str_percent_encodes_each_segment() -> None:
    """A FileURL renders back with its segments percent-encoded."""
    assert str(FileURL("b1", "r é/x?#.txt")) == "files/b1/r%20%C3%A9/x%3F%23.txt"


def test_absolute_url_on_the_data_host_is_accepted() -> None:
    """An absolute URL below the client's data URL and /v1/ names the same file."""
    url = aiplane.files.file_url(_Fake(), f"{DATA_URL}/v1/files/b1/dir/f.bin")
    assert url == FileURL("b1", "dir/f.bin")


def test_folder_urls_end_with_a_slash() -> None:
    """A trailing slash (or the bare bucket) is a folder; a child joins below it."""
    home = aiplane.files.file_url(_Fake(), "files/b1/")
    assert home.is_folder and str(home / "x y/z.txt") == "files/b1/x%20y/z.txt"
    assert aiplane.files.file_url(_Fake(), "files/b1/d/").is_folder


@pytest.mark.parametrize(
    "url",
    [
        "files/b1/a/../etc",
        "files/b1/./a",
        "files/b1/a//b",
        "files/b1/a%2Fb",
        "files/b1/%2e%2e/x",
        "files/b1/%2E",
        "files/b1/%2e%2e",
        "files/b1/a\x00b",
        "files/b1/a\nb",
        "files/b1/a%0Ab",
        "/files/b1/a",
        "v1/files/b1/a",
        "other/b1/a",
        "files/b!d/a",
        "http://evil.test/api/v1/files/b1/a",
        "http://data.test:8080/api/v1/files/b1/a",
        "https://data.test/api/v1/files/b1/a",
        f"{DATA_URL}/files/b1/a",
        f"{DATA_URL}/v1/files/b1/a?x=1",
        "files/b1/%ff",
    ],
)
def test_bad_urls_are_refused(url: str) -> None:
    """Dot segments, empty segments, control characters and other hosts are refused."""
    with pytest.raises(errors.InvalidFileURL) as info:
        aiplane.files.file_url(_Fake(), url)
    assert isinstance(info.value, errors.InvalidParameter)
    assert "\x00" not in str(info.value) and "evil" not in str(info.value)


async def test_bad_url_is_refused_before_any_request(
    mode: str, client: aiplane.Client | aiplane.AsyncClient, seen: list[httpx.Request]
) -> None:
    """Every helper checks its URL before sending anything."""
    calls = (
        (aiplane.files.metadata, aiplane.files.ametadata),
        (aiplane.files.delete, aiplane.files.adelete),
        (aiplane.files.iter_download, aiplane.files.aiter_download),
    )
    for sync_fn, async_fn in calls:
        with pytest.raises(errors.InvalidFileURL):
            await maybe_await((sync_fn if mode == "sync" else async_fn)(client, "files/b1/../x"))
    assert seen == []


async def test_files_home_is_fetched_once_per_client(
    mode: str, client: aiplane.Client | aiplane.AsyncClient, seen: list[httpx.Request]
) -> None:
    """my_files_home reads GET /v1/bucket once, then answers from the client's cache."""
    home = aiplane.files.my_files_home if mode == "sync" else aiplane.files.amy_files_home
    first = await maybe_await(home(client))
    second = await maybe_await(home(client))
    assert first == second == FileURL(BUCKET, "")
    assert [r.url.path for r in seen] == ["/api/v1/bucket"]


class _Fake:
    """A stand-in generated client: only the base URL is read."""

    _base_url = DATA_URL

    def get_httpx_client(self) -> None:  # marks it as a generated client
        return None
