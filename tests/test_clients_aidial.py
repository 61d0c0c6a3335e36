"""The real aidial-client (pinned in constraints.txt) against the mock's data plane.

Every call the client makes for deployments, applications, the bucket, files (upload,
download, metadata, copy, move, delete) and chat (plain and streamed) must succeed and parse
into the client's own models; its errors must carry the message, the code and the request id.
Each test runs through ``Dial`` and ``AsyncDial`` (the ``mode`` fixture).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aidial_client import AsyncDial, Dial
from aidial_client._exception import DialException

from aiplane_mock import MockServer
from tests.conftest import maybe_await
from tests.mock_helpers import API_KEY, serving

pytestmark = pytest.mark.anyio

DAY_2020 = 1_577_836_800  # 2020-01-01, in seconds: mock times are later than this


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture(autouse=True)
def _quiet_openai() -> Iterator[None]:
    # openai's DEBUG "Request options" record prints aidial-client's extra_headers, which hold
    # the api-key: the client's own leak, not ours; the suite-wide secret check stays on for
    # every other logger.
    logger = logging.getLogger("openai")
    old = logger.level
    logger.setLevel(logging.INFO)
    yield
    logger.setLevel(old)


@pytest.fixture
async def dial(server: MockServer, mode: str) -> AsyncIterator[Any]:
    server.control.reset()
    if mode == "sync":
        with Dial(base_url=server.data_url, api_key=API_KEY, max_retries=0) as client:
            yield client
    else:
        async with AsyncDial(base_url=server.data_url, api_key=API_KEY, max_retries=0) as aclient:
            yield aclient


@pytest.fixture
def deployment(server: MockServer, dial: Any) -> str:
    return server.control.create_deployment(display_name="bot")


async def _home(dial: Any) -> str:
    return str(await maybe_await(dial.my_files_home()))


async def _upload(dial: Any, url: str, data: bytes = b"hello world") -> Any:
    return await maybe_await(dial.files.upload(url, ("notes.txt", data, "text/plain")))


async def test_deployments_list_parses(dial: Any, deployment: str) -> None:
    """deployments.list() parses: snake_case fields, created_at in epoch seconds."""
    found = await maybe_await(dial.deployments.list())
    assert [d.id for d in found] == [deployment]
    assert found[0].model == "meta.llama-3.3-70b-instruct"
    assert found[0].object == "deployment"
    assert found[0].display_name == "bot"
    assert isinstance(found[0].created_at, int)
    assert found[0].created_at > DAY_2020


async def test_deployments_get_parses(dial: Any, deployment: str) -> None:
    """deployments.get(id) answers the one deployment."""
    found = await maybe_await(dial.deployments.get(deployment))
    assert (found.id, found.status) == (deployment, "ACTIVE")


async def test_applications_list_and_get(dial: Any, deployment: str) -> None:
    """application.list() and application.get(id) parse into the client's Application."""
    apps = await maybe_await(dial.application.list())
    assert [a.id for a in apps] == [deployment]
    assert apps[0].object == "application"
    one = await maybe_await(dial.application.get(deployment))
    assert (one.id, one.application) == (deployment, apps[0].application)


async def test_bucket_and_home(dial: Any) -> None:
    """bucket.get_bucket() and my_files_home() name the caller's bucket."""
    bucket = await maybe_await(dial.bucket.get_bucket())
    assert bucket
    assert await _home(dial) == f"files/{bucket}"


async def test_upload_answers_a_file_item(dial: Any) -> None:
    """files.upload() parses: nodeType ITEM, times in epoch milliseconds, the etag."""
    item = await _upload(dial, f"{await _home(dial)}/docs/notes.txt")
    assert (item.name, item.node_type, item.resource_type) == ("notes.txt", "ITEM", "FILE")
    assert item.content_length == 11
    assert item.created_at is not None
    assert item.created_at > DAY_2020 * 1000
    assert item.updated_at == item.created_at
    assert item.etag


async def test_download_returns_the_bytes(dial: Any) -> None:
    """files.download() returns the uploaded bytes and the file name."""
    url = f"{await _home(dial)}/docs/notes.txt"
    await _upload(dial, url)
    download = await maybe_await(dial.files.download(url))
    content = await maybe_await(
        download.get_content() if isinstance(dial, Dial) else download.aget_content()
    )
    assert (content, download.filename) == (b"hello world", "notes.txt")


async def test_file_metadata_parses(dial: Any) -> None:
    """files.get_metadata() of a file: ITEM, its size and content type."""
    url = f"{await _home(dial)}/docs/notes.txt"
    await _upload(dial, url)
    meta = await maybe_await(dial.files.get_metadata(url))
    assert (meta.node_type, meta.content_length, meta.content_type) == ("ITEM", 11, "text/plain")


async def test_folder_metadata_lists_children(dial: Any) -> None:
    """get_metadata("…/docs/") (sent without the slash) lists the folder's children."""
    home = await _home(dial)
    await _upload(dial, f"{home}/docs/notes.txt")
    await _upload(dial, f"{home}/docs/sub/deep.txt")
    meta = await maybe_await(dial.files.get_metadata(f"{home}/docs/"))
    assert meta.node_type == "FOLDER"
    assert [(i.name, i.node_type) for i in meta.items] == [("notes.txt", "ITEM"), ("sub", "FOLDER")]


async def test_copy_keeps_the_source(dial: Any) -> None:
    """files.copy_to() copies: both files then hold the bytes."""
    home = await _home(dial)
    await _upload(dial, f"{home}/a.txt")
    await maybe_await(dial.files.copy_to(f"{home}/a.txt", f"{home}/b.txt"))
    for name in ("a.txt", "b.txt"):
        meta = await maybe_await(dial.files.get_metadata(f"{home}/{name}"))
        assert meta.content_length == 11


async def test_move_removes_the_source(dial: Any) -> None:
    """files.move_to() moves: the source is gone (404 ResourceNotFoundError)."""
    home = await _home(dial)
    await _upload(dial, f"{home}/a.txt")
    await maybe_await(dial.files.move_to(f"{home}/a.txt", f"{home}/moved/b.txt"))
    meta = await maybe_await(dial.files.get_metadata(f"{home}/moved/b.txt"))
    assert meta.content_length == 11
    with pytest.raises(DialException) as info:
        await maybe_await(dial.files.get_metadata(f"{home}/a.txt"))
    assert info.value.status_code == 404


async def test_copy_refuses_to_overwrite(dial: Any) -> None:
    """copy_to() onto an existing file without overwrite fails; with overwrite it replaces."""
    home = await _home(dial)
    await _upload(dial, f"{home}/a.txt")
    await _upload(dial, f"{home}/b.txt", b"other")
    with pytest.raises(DialException) as info:
        await maybe_await(dial.files.copy_to(f"{home}/a.txt", f"{home}/b.txt"))
    assert info.value.status_code == 412
    await maybe_await(dial.files.copy_to(f"{home}/a.txt", f"{home}/b.txt", overwrite=True))
    meta = await maybe_await(dial.files.get_metadata(f"{home}/b.txt"))
    assert meta.content_length == 11


async def test_delete_removes_the_file(dial: Any) -> None:
    """files.delete() removes the file."""
    url = f"{await _home(dial)}/a.txt"
    await _upload(dial, url)
    await maybe_await(dial.files.delete(url))
    with pytest.raises(DialException) as info:
        await maybe_await(dial.files.delete(url))
    assert info.value.status_code == 404


async def test_chat_plain(dial: Any, deployment: str) -> None:
    """chat.completions.create() answers a completion with usage."""
    answer = await maybe_await(
        dial.chat.completions.create(
            deployment_name=deployment,
            messages=[{"role": "user", "content": "Hello"}],
            max_completion_tokens=50,
        )
    )
    assert answer.choices[0].message.content
    assert answer.usage.total_tokens > 0


async def test_chat_streamed(dial: Any, deployment: str) -> None:
    """chat.completions.create(stream=True) yields chunks whose text is the plain answer."""
    messages = [{"role": "user", "content": "Hello"}]
    plain = await maybe_await(
        dial.chat.completions.create(deployment_name=deployment, messages=messages)
    )
    stream = await maybe_await(
        dial.chat.completions.create(
            deployment_name=deployment,
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    chunks = list(stream) if isinstance(dial, Dial) else [chunk async for chunk in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content
    assert chunks[-1].usage is not None


async def test_error_carries_message_code_and_request_id(dial: Any) -> None:
    """A data-plane error parses into DialException with message, type, code and request id."""
    with pytest.raises(DialException) as info:
        await maybe_await(dial.deployments.get("ocid1.generativeaiendpoint.oc1..missing"))
    error = info.value
    assert (error.status_code, error.code) == (404, "NotAuthorizedOrNotFound")
    assert error.type == "not_found_error"
    assert error.message.startswith("Authorization failed")
    cause: Any = error.__cause__
    assert cause.response.headers["x-request-id"] == cause.response.headers["opc-request-id"]


async def test_chat_error_carries_code(dial: Any) -> None:
    """A chat error (unknown deployment) keeps its code through the embedded openai client."""
    with pytest.raises(DialException) as info:
        await maybe_await(
            dial.chat.completions.create(
                deployment_name="missing", messages=[{"role": "user", "content": "Hi"}]
            )
        )
    assert (info.value.status_code, info.value.code) == (404, "NotAuthorizedOrNotFound")
    assert "missing" in info.value.message
