"""aiplane.call over generated operations: typed results, typed errors, and every
generator defect of GENERATOR_NOTES.md made harmless."""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_management.api.dedicated_ai_cluster import create_dedicated_ai_cluster
from aiplane_management.api.model import delete_model, get_model, list_models
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.lora_training_config import LoraTrainingConfig
from aiplane_management.models.model import Model
from aiplane_management.models.model_lifecycle_state import ModelLifecycleState
from aiplane_management.models.t_few_training_config import TFewTrainingConfig
from aiplane_management.models.training_config import TrainingConfig
from aiplane_management.models.vanilla_training_config import VanillaTrainingConfig
from tests.conftest import FakeTime

pytestmark = pytest.mark.anyio

MODEL = {
    "id": "ocid1.generativeaimodel.oc1.us-chicago-1.m1",
    "compartmentId": "ocid1.compartment.oc1..c1",
    "capabilities": ["CHAT"],
    "lifecycleState": "ACTIVE",
    "timeCreated": "2024-01-02T10:00:00.000Z",
    "type": "CUSTOM",
}


def with_training(kind: str) -> dict[str, Any]:
    return {
        **MODEL,
        "fineTuneDetails": {
            "trainingDataset": {
                "datasetType": "OBJECT_STORAGE",
                "namespaceName": "n",
                "bucketName": "b",
                "objectName": "o",
            },
            "dedicatedAiClusterId": "ocid1.generativeaidedicatedaicluster.oc1..x",
            "trainingConfig": {"trainingConfigType": kind, "totalTrainingEpochs": 1},
        },
    }


def client_for(
    handler: Callable[[httpx.Request], httpx.Response], fake: FakeTime, **kw: Any
) -> aiplane.Client:
    mock = httpx.MockTransport(handler)
    return aiplane.Client(
        management_url="http://mgmt.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
        **kw,
    )


def answer(
    status: int, body: Any = None, **headers: str
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


async def do_call(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call(op, client, *args, **kw)
    return await aiplane.acall(op, client, *args, **kw)


async def do_detailed(mode: str, op: Any, client: Any, *args: Any, **kw: Any) -> Any:
    if mode == "sync":
        return aiplane.call_detailed(op, client, *args, **kw)
    return await aiplane.acall_detailed(op, client, *args, **kw)


async def test_call_returns_typed_model(mode: str, fake_time: FakeTime) -> None:
    """call() returns the generated attrs model with enums parsed."""
    client = client_for(answer(200, MODEL), fake_time)
    model = await do_call(mode, get_model, client, MODEL["id"])
    assert isinstance(model, Model)
    assert model.lifecycle_state is ModelLifecycleState.ACTIVE


async def test_call_accepts_a_plane_as_client(mode: str, fake_time: FakeTime) -> None:
    """The generated client itself (client.management) works as the client argument."""
    client = client_for(answer(200, MODEL), fake_time)
    model = await do_call(mode, get_model, client.management, MODEL["id"])
    assert model.id == MODEL["id"]


async def test_unknown_enum_value_is_preserved(mode: str, fake_time: FakeTime) -> None:
    """A lifecycle state the client does not know is kept as a str; the call succeeds."""
    body = {**MODEL, "lifecycleState": "HIBERNATING", "capabilities": ["CHAT", "TELEPATHY"]}
    model = await do_call(mode, get_model, client_for(answer(200, body), fake_time), "m")
    assert model.lifecycle_state == "HIBERNATING"
    assert model.capabilities[1] == "TELEPATHY"


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        ("LORA_TRAINING_CONFIG", LoraTrainingConfig),
        ("TFEW_TRAINING_CONFIG", TFewTrainingConfig),
        ("VANILLA_TRAINING_CONFIG", VanillaTrainingConfig),
        ("FUTURE_CONFIG", TrainingConfig),
    ],
)
async def test_discriminated_subtype_parses_to_right_class(
    mode: str, fake_time: FakeTime, kind: str, cls: type
) -> None:
    """trainingConfigType picks the subtype; an unknown one falls back to the base class."""
    client = client_for(answer(200, with_training(kind)), fake_time)
    model = await do_call(mode, get_model, client, "m")
    assert type(model.fine_tune_details.training_config) is cls


async def test_bad_datetime_raises_response_validation_error(
    mode: str, fake_time: FakeTime
) -> None:
    """An unparsable date-time is a ResponseValidationError naming the operation."""
    client = client_for(
        answer(200, {**MODEL, "timeCreated": "yesterday"}, **{"opc-request-id": "R1"}), fake_time
    )
    with pytest.raises(errors.ResponseValidationError) as info:
        await do_call(mode, get_model, client, "m")
    assert info.value.operation == "get_model" and info.value.opc_request_id == "R1"


async def test_missing_required_field_raises_response_validation_error(
    mode: str, fake_time: FakeTime
) -> None:
    """A 2xx body missing a required field is a ResponseValidationError, not a KeyError."""
    body = {k: v for k, v in MODEL.items() if k != "lifecycleState"}
    with pytest.raises(errors.ResponseValidationError):
        await do_call(mode, get_model, client_for(answer(200, body), fake_time), "m")


@pytest.mark.parametrize("status", [499, 520, 599])
async def test_status_outside_httpstatus_is_typed(
    mode: str, fake_time: FakeTime, status: int
) -> None:
    """Statuses http.HTTPStatus does not know raise typed APIErrors, not ValueError."""
    client = client_for(
        answer(status, {"code": "Weird", "message": "odd"}),
        fake_time,
        retry=aiplane.RetryPolicy.none(),
    )
    with pytest.raises(errors.APIError) as info:
        await do_call(mode, get_model, client, "m")
    assert info.value.status == status


async def test_html_error_body_is_typed(mode: str, fake_time: FakeTime) -> None:
    """An HTML 502 from a gateway raises ServerError, not JSONDecodeError."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad Gateway</html>")

    client = client_for(handler, fake_time, retry=aiplane.RetryPolicy.none())
    with pytest.raises(errors.ServerError, match="Bad Gateway"):
        await do_call(mode, get_model, client, "m")


async def test_error_body_missing_fields_is_typed(mode: str, fake_time: FakeTime) -> None:
    """An error body without code/message still raises the status's class, not KeyError."""
    client = client_for(answer(404, {"unexpected": True}), fake_time)
    with pytest.raises(errors.NotFound):
        await do_call(mode, get_model, client, "m")


async def test_detailed_exposes_headers(mode: str, fake_time: FakeTime) -> None:
    """call_detailed returns status, headers and the etag / work-request shortcuts."""
    client = client_for(answer(200, MODEL, etag="E1", **{"opc-work-request-id": "WR1"}), fake_time)
    d = await do_detailed(mode, get_model, client, "m")
    assert (d.status_code, d.etag, d.opc_work_request_id) == (200, "E1", "WR1")


async def test_bodiless_202_returns_none(mode: str, fake_time: FakeTime) -> None:
    """delete_model's 202 without body returns None."""
    client = client_for(answer(202), fake_time)
    assert await do_call(mode, delete_model, client, "m") is None


def _cluster_details() -> CreateDedicatedAiClusterDetails:
    return CreateDedicatedAiClusterDetails(
        type_="HOSTING",
        compartment_id="ocid1.compartment.oc1..c1",
        unit_count=1,
        unit_shape="LARGE_COHERE",
    )


CLUSTER = {
    "id": "ocid1.generativeaidedicatedaicluster.oc1..h",
    "type": "HOSTING",
    "compartmentId": "c",
    "timeCreated": "2024-01-01T00:00:00.000Z",
    "lifecycleState": "CREATING",
    "unitCount": 1,
    "unitShape": "LARGE_COHERE",
}


async def test_retry_token_is_added_and_reused(mode: str, fake_time: FakeTime) -> None:
    """A create gets a generated opc-retry-token, identical on every attempt, so it is retried."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"})
        return httpx.Response(200, json=CLUSTER)

    client = client_for(handler, fake_time)
    await do_call(mode, create_dedicated_ai_cluster, client, body=_cluster_details())
    tokens = [r.headers.get("opc-retry-token") for r in seen]
    assert len(seen) == 2 and tokens[0] == tokens[1]
    assert tokens[0] is not None and len(tokens[0]) == 30 and tokens[0].isalnum()


def test_retry_tokens_use_every_character_of_their_alphabet() -> None:
    """New retry tokens are 30 of [A-Za-z0-9], all different, and 1,000 of them use each of
    the 62 characters (none is left out by the byte-to-character mapping)."""
    tokens = [aiplane.new_retry_token() for _ in range(1000)]
    assert all(len(t) == 30 and t.isascii() and t.isalnum() for t in tokens)
    assert len(set(tokens)) == 1000
    assert set("".join(tokens)) == set(string.ascii_letters + string.digits)


async def test_caller_retry_token_is_kept(mode: str, fake_time: FakeTime) -> None:
    """A retry token the caller passes is sent as-is."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=CLUSTER)

    await do_call(
        mode,
        create_dedicated_ai_cluster,
        client_for(handler, fake_time),
        body=_cluster_details(),
        opc_retry_token="my-token",
    )
    assert seen[0].headers["opc-retry-token"] == "my-token"


async def test_get_has_no_retry_token(mode: str, fake_time: FakeTime) -> None:
    """Operations that do not declare opc-retry-token do not get one."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODEL)

    await do_call(mode, get_model, client_for(handler, fake_time), "m")
    assert "opc-retry-token" not in seen[0].headers


async def test_default_timeout_is_set(fake_time: FakeTime) -> None:
    """The generated client's no-timeout default is replaced: connect 10 s, read 60 s."""
    client = client_for(answer(200, MODEL), fake_time)
    for http in (client.management.get_httpx_client(), client.management.get_async_httpx_client()):
        assert (http.timeout.connect, http.timeout.read) == (10.0, 60.0)


async def test_per_call_timeout_reaches_the_request(mode: str, fake_time: FakeTime) -> None:
    """call(..., timeout=) sets that call's timeout only."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODEL)

    client = client_for(handler, fake_time)
    await do_call(mode, get_model, client, "m", timeout=3.0)
    await do_call(mode, get_model, client, "m")
    assert seen[0].extensions["timeout"]["read"] == 3.0
    assert seen[1].extensions["timeout"]["read"] == 60.0


async def test_with_headers_does_not_mutate_the_original(mode: str, fake_time: FakeTime) -> None:
    """The generated with_headers() leaves the original untouched; the copy still goes
    through the runtime (auth, retries)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODEL)

    client = client_for(handler, fake_time, auth=aiplane.BearerAuth("tok-" + "x" * 10))
    client.management.get_httpx_client()  # make sure live httpx clients exist
    tagged = client.management.with_headers({"x-tag": "copy"})
    await do_call(mode, get_model, tagged, "m")
    await do_call(mode, get_model, client, "m")
    assert seen[0].headers.get("x-tag") == "copy"
    assert "x-tag" not in seen[1].headers
    assert seen[0].headers["authorization"] == seen[1].headers["authorization"]


async def test_with_timeout_does_not_mutate_the_original(fake_time: FakeTime) -> None:
    """The generated with_timeout() leaves the original client's timeout alone."""
    client = client_for(answer(200, MODEL), fake_time)
    client.management.with_timeout(httpx.Timeout(1.0))
    assert client.management.get_httpx_client().timeout.read == 60.0


async def test_user_agent(mode: str, fake_time: FakeTime) -> None:
    """Requests carry aiplane/<version> python/<version> and the optional suffix."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODEL)

    client = client_for(handler, fake_time, user_agent_suffix="myapp/2")
    await do_call(mode, get_model, client, "m")
    ua = seen[0].headers["user-agent"]
    assert ua.startswith(f"aiplane/{aiplane.__version__} python/") and ua.endswith(" myapp/2")


async def test_list_query_parameters_on_the_wire(mode: str, fake_time: FakeTime) -> None:
    """List filters go out with OCI's wire names; capability repeats its key."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"items": []})

    from aiplane_management.models.model_capability import ModelCapability

    await do_call(
        mode,
        list_models,
        client_for(handler, fake_time),
        compartment_id="c1",
        capability=[ModelCapability.CHAT, ModelCapability.FINE_TUNE],
        limit=5,
    )
    q = seen[0].url.params
    assert q["compartmentId"] == "c1" and q.get_list("capability") == ["CHAT", "FINE_TUNE"]
    assert q["limit"] == "5"


async def test_typeerror_before_request_is_not_masked(mode: str, fake_time: FakeTime) -> None:
    """A wrong argument is the caller's TypeError, not a ResponseValidationError."""
    with pytest.raises(TypeError):
        await do_call(mode, get_model, client_for(answer(200, MODEL), fake_time), "m", bogus=1)


def test_client_repr_has_no_secret(fake_time: FakeTime) -> None:
    """repr(Client) shows URLs only."""
    client = client_for(
        answer(200, MODEL), fake_time, auth=aiplane.APIKeyAuth("sk-test-api-key-0123456789abcdef")
    )
    assert "sk-test" not in repr(client) and "mgmt.test" in repr(client)


def test_body_json_is_what_oci_expects(fake_time: FakeTime) -> None:
    """A create body goes out with camelCase wire names."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=CLUSTER)

    aiplane.call(
        create_dedicated_ai_cluster, client_for(handler, fake_time), body=_cluster_details()
    )
    assert json.loads(seen[0].content) == {
        "type": "HOSTING",
        "compartmentId": "ocid1.compartment.oc1..c1",
        "unitCount": 1,
        "unitShape": "LARGE_COHERE",
    }


async def test_generated_upload_survives_boundary_lookalike_bytes(
    mode: str, fake_time: FakeTime
) -> None:
    """upload_file with bytes containing the generator's '--+++' boundary arrives intact."""
    import email.parser
    import io

    from aiplane_data.api.files import upload_file
    from aiplane_data.models.upload_file_form import UploadFileForm
    from aiplane_data.types import File

    payload = (
        b'head\r\n--+++\r\nContent-Disposition: form-data; name="x"\r\n\r\nevil\r\n--+++--\r\ntail'
    )
    received: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        raw = (
            b"Content-Type: "
            + request.headers["content-type"].encode()
            + b"\r\n\r\n"
            + request.read()
        )
        parts: Any = email.parser.BytesParser().parsebytes(raw).get_payload()
        assert isinstance(parts, list) and len(parts) == 1
        received.append(parts[0].get_payload(decode=True))
        return httpx.Response(
            200,
            json={
                "name": "f.bin",
                "nodeType": "FILE",
                "resourceType": "FILE",
                "bucket": "b",
                "url": "files/b/f.bin",
                "parentPath": "",
            },
        )

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )
    body = UploadFileForm(file=File(payload=io.BytesIO(payload), file_name="f.bin"))
    await do_call(mode, upload_file, client, "b", "f.bin", body=body)
    assert received == [payload]
