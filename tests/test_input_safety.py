"""Input that would change a request is refused before any request, with a typed error
(issue 13, point 6): every test counts the requests that reached the network (0)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import aiplane
from aiplane import errors, files
from aiplane_data.api.files import download_file
from aiplane_management.api.dedicated_ai_cluster import get_dedicated_ai_cluster
from aiplane_management.api.model import list_models
from tests.conftest import FakeTime, maybe_await
from tests.test_hardening_inputs import call, refusing_client

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("value", ["/", "a/b", "../x", "a/../b", "x/", "/x"])
async def test_a_slash_in_an_id_is_refused(mode: str, fake_time: FakeTime, value: str) -> None:
    """An id holding '/' (a different path once a server decodes %2F) is refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="'/'") as info:
        await call(mode, get_dedicated_ai_cluster, client, value)
    assert sent == [] and info.value.parameter == "dedicatedAiClusterId"


@pytest.mark.parametrize("value", ["a/../b", "a/./b", "/a", "a//b", "..", "a/.."])
async def test_dot_or_empty_segments_in_a_file_path_are_refused(
    mode: str, fake_time: FakeTime, value: str
) -> None:
    """A file path parameter (segments allowed) with an empty, '.' or '..' segment is refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match=r"'\.\.'") as info:
        await call(mode, download_file, client, "bucket", value)
    assert sent == [] and info.value.parameter == "path"


async def test_a_file_path_with_segments_is_sent(mode: str, fake_time: FakeTime) -> None:
    """The control: a file path of several segments reaches the network (as one value)."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.ServerError):
        await call(mode, download_file, client, "bucket", "reports/2025/q1.pdf")
    assert sent and sent[0].url.raw_path.endswith(b"/bucket/reports%2F2025%2Fq1.pdf")


@pytest.mark.parametrize("value", ["a\x00b", "a\rb", "a\nb", "a\r\nb", "\x7f"])
async def test_control_characters_in_ids_are_refused(
    mode: str, fake_time: FakeTime, value: str
) -> None:
    """NUL, CR, LF and DEL in a path id are refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="control characters"):
        await call(mode, get_dedicated_ai_cluster, client, value)
    assert sent == []


@pytest.mark.parametrize("value", ["a\x00b", "a\r\nb", "a\nb"])
async def test_control_characters_in_query_values_are_refused(
    mode: str, fake_time: FakeTime, value: str
) -> None:
    """NUL, CR and LF in a query value (an id such as compartmentId) are refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="control characters") as info:
        await call(mode, list_models, client, compartment_id=value)
    assert sent == [] and info.value.parameter == "compartmentId"


@pytest.mark.parametrize("value", ["a\x00b", "a\rb", "a\nb", "caf\u00e9", "x" * 9000])
async def test_bad_header_parameter_values_are_refused(
    mode: str, fake_time: FakeTime, value: str
) -> None:
    """NUL, CR, LF, non-ASCII and oversized values of a declared header are refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter) as info:
        await call(mode, get_dedicated_ai_cluster, client, "ocid1.x", opc_request_id=value)
    assert sent == [] and info.value.parameter == "opc-request-id"


@pytest.mark.parametrize("value", [b"ocid1.c", bytearray(b"ocid1.c")])
async def test_bytes_where_a_str_is_expected_are_refused(
    mode: str, fake_time: FakeTime, value: Any
) -> None:
    """bytes for a query value is refused, not sent as the text "b'...'"."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="must be a str") as info:
        await call(mode, list_models, client, compartment_id=value)
    assert sent == [] and info.value.parameter == "compartmentId"


async def test_oversized_query_values_are_refused(mode: str, fake_time: FakeTime) -> None:
    """A query value longer than the bound is refused."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="characters long"):
        await call(mode, list_models, client, compartment_id="c" * 9000)
    assert sent == []


async def test_non_ascii_ids_stay_in_their_segment(mode: str, fake_time: FakeTime) -> None:
    """A non-ASCII id is sent percent-encoded inside its own segment (file names need it)."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.ServerError):
        await call(mode, get_dedicated_ai_cluster, client, "caf\u00e9")
    assert sent[0].url.raw_path.endswith(b"/dedicatedAiClusters/caf%C3%A9")


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"x-extra": "a\r\nInjected: 1"}, "printable ASCII"),
        ({"x-extra": "a\x00b"}, "printable ASCII"),
        ({"x-extra": "caf\u00e9"}, "printable ASCII"),
        ({"x-extra": b"v"}, "must be a str"),
        ({"x-extra": "v" * 9000}, "characters long"),
        ({"x extra": "v"}, "header name"),
        ({"x-extra\r\nInjected": "v"}, "header name"),
        ({"": "v"}, "header name"),
    ],
    ids=["crlf", "nul", "non-ascii", "bytes", "huge", "space-name", "crlf-name", "empty-name"],
)
async def test_bad_extra_headers_are_refused(
    mode: str, fake_time: FakeTime, headers: dict[str, Any], problem: str
) -> None:
    """call_options(headers=...) with a value or name that cannot be sent is refused."""
    client, sent = refusing_client(fake_time)
    with (
        pytest.raises(errors.InvalidParameter, match=problem),
        aiplane.call_options(headers=headers),
    ):
        await call(mode, get_dedicated_ai_cluster, client, "ocid1.x")
    assert sent == []


ESCAPES = [
    "files/b/../other/x",
    "files/b/%2e%2e/other/x",
    "files/b/a%2Fb",
    "files/b/x%00",
    "files/../x",
    "files/b//x",
    "/v1/files/b/x",
    "v1/files/b/x",
    "http://evil.test/v1/files/b/x",
    "http://data.test/other/v1/files/b/x",
    "http://data.test/v1/files/b/x?y=1",
]


@pytest.mark.parametrize("url", ESCAPES)
async def test_file_urls_escaping_their_bucket_are_refused(
    mode: str, fake_time: FakeTime, url: str, tmp_path: Path
) -> None:
    """Downloads, uploads, metadata and deletes of a URL leaving its bucket send nothing."""
    client, sent = refusing_client(fake_time)
    async_client = aiplane.AsyncClient(
        data_url="http://data.test", pool=client.pool, sleep=fake_time.sleep
    )
    actions: list[Any]
    if mode == "sync":
        actions = [
            lambda: files.download(client, url, tmp_path / "out"),
            lambda: files.upload(client, url, b"data"),
            lambda: files.metadata(client, url),
            lambda: files.delete(client, url),
        ]
    else:
        actions = [
            lambda: files.adownload(async_client, url, tmp_path / "out"),
            lambda: files.aupload(async_client, url, b"data"),
            lambda: files.ametadata(async_client, url),
            lambda: files.adelete(async_client, url),
        ]
    for action in actions:
        with pytest.raises(errors.InvalidFileURL):
            await maybe_await(action())
    assert sent == [] and not (tmp_path / "out").exists()


async def test_bytes_file_url_is_refused(mode: str, fake_time: FakeTime) -> None:
    """A file URL given as bytes is refused with InvalidFileURL."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidFileURL, match="must be a str"):
        files.metadata(client, b"files/b/x")  # type: ignore[arg-type]
    assert sent == []
