"""Bad input is refused before any request, naming the parameter (issue 9, items 15-16)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.files import download_file
from aiplane_data.api.runs import cancel_run
from aiplane_management.api.dedicated_ai_cluster import get_dedicated_ai_cluster
from aiplane_management.api.model import update_model
from aiplane_management.models.update_model_details import UpdateModelDetails
from tests.conftest import FakeTime

pytestmark = pytest.mark.anyio


def refusing_client(fake: FakeTime) -> tuple[aiplane.Client, list[httpx.Request]]:
    """A client whose network records every request (none may arrive)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        management_url="http://mgmt.test",
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
    )
    return client, sent


async def call(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call(op, client, *args, **kw)
    return await aiplane.acall(op, client, *args, **kw)


@pytest.mark.parametrize("value", ["", ".", ".."])
@pytest.mark.parametrize(
    ("op", "args"),
    [
        (get_dedicated_ai_cluster, ()),
        (cancel_run, ()),
        (download_file, ("bucket",)),
    ],
    ids=["get_cluster", "cancel_run", "download_file"],
)
async def test_dot_segments_in_a_path_are_refused(
    mode: str, fake_time: FakeTime, op: Any, args: tuple[Any, ...], value: str
) -> None:
    """'', '.' and '..' as a path value are InvalidParameter, and nothing is sent."""
    client, sent = refusing_client(fake_time)
    call_args = (*args, value) if op is download_file else (value,)
    with pytest.raises(errors.InvalidParameter) as info:
        await call(mode, op, client, *call_args)
    assert sent == [] and info.value.parameter in ("dedicatedAiClusterId", "runId", "path")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("caf\u00e9", "printable ASCII"),
        ("a\ud800b", "lone surrogate"),
        ("x\r\nInjected: 1", "printable ASCII"),
        (b"\xff", "must be a str"),
        ("x" * 100_000, "characters long"),
    ],
    ids=["non-ascii", "surrogate", "crlf", "bytes", "huge"],
)
async def test_bad_header_values_are_refused(
    mode: str, fake_time: FakeTime, value: Any, problem: str
) -> None:
    """opc-request-id values that cannot be sent are InvalidParameter naming the header."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match=problem) as info:
        await call(mode, get_dedicated_ai_cluster, client, "ocid1.x", opc_request_id=value)
    assert sent == [] and info.value.parameter == "opc-request-id"


async def test_huge_and_bytes_path_ids_are_refused(mode: str, fake_time: FakeTime) -> None:
    """A 100 KB id and a bytes id are refused, not sent as an invalid URL or b'...' text."""
    client, sent = refusing_client(fake_time)
    for value in ("x" * 100_000, b"\xff"):
        with pytest.raises(errors.InvalidParameter):
            await call(mode, get_dedicated_ai_cluster, client, value)
    assert sent == []


async def test_refusal_never_echoes_the_value(mode: str, fake_time: FakeTime) -> None:
    """The message names the parameter but never repeats the value (it may be a secret)."""
    client, _ = refusing_client(fake_time)
    secret = "tok\u00e9n-value-that-must-not-appear"
    body = UpdateModelDetails(display_name="n")
    with pytest.raises(errors.InvalidParameter) as info:
        await call(mode, update_model, client, "ocid1.m", body=body, if_match=secret)
    assert secret not in str(info.value) and secret not in repr(info.value)
    assert "if-match" in str(info.value)


async def test_control_characters_in_a_path_id_are_refused(mode: str, fake_time: FakeTime) -> None:
    """A path id with a line break is refused (it would inject lines into logs and errors)."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="control characters"):
        await call(mode, get_dedicated_ai_cluster, client, "ocid1.x\nforged")
    assert sent == []


@pytest.mark.parametrize("value", ["ocid1.x\x00y", "ocid1.x\x7fy", "ocid1.x\ty", "\x1f"])
async def test_every_control_character_in_a_path_id_is_refused(
    mode: str, fake_time: FakeTime, value: str
) -> None:
    """NUL, DEL, tab and the other C0 controls in a path id are refused before sending."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="control characters"):
        await call(mode, get_dedicated_ai_cluster, client, value)
    assert sent == []


async def test_a_header_refuses_del(mode: str, fake_time: FakeTime) -> None:
    """DEL (0x7f) is not printable ASCII: a header holding it is refused before sending."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="printable ASCII"):
        await call(mode, get_dedicated_ai_cluster, client, "ocid1.x", opc_request_id="a\x7fb")
    assert sent == []


async def test_a_dict_body_is_refused_with_a_hint(mode: str, fake_time: FakeTime) -> None:
    """body= given as a dict is InvalidParameter naming the body, not an AttributeError."""
    client, sent = refusing_client(fake_time)
    with pytest.raises(errors.InvalidParameter, match="request model, got dict"):
        await call(mode, update_model, client, "ocid1.m", body={"displayName": "n"})
    assert sent == []
