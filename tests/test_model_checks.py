"""Generated ``from_dict`` checks JSON types against the spec (GENERATOR_NOTES item 5 of the
punch list): a 2xx body with a wrong type is a ResponseValidationError naming the field,
not a model holding an int where the annotation says ``str``."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import aiplane
from aiplane import errors
from aiplane_data.api.runs import get_run
from aiplane_data.models.chat_completion import ChatCompletion
from aiplane_data.models.run import Run
from aiplane_management.api.dedicated_ai_cluster import get_dedicated_ai_cluster
from aiplane_management.api.model import get_model
from aiplane_management.models.chat_model_metrics import ChatModelMetrics
from aiplane_management.models.dedicated_ai_cluster import DedicatedAiCluster
from aiplane_management.models.dedicated_ai_cluster_hosting_capacity import (
    DedicatedAiClusterHostingCapacity,
)
from aiplane_management.models.model import Model
from aiplane_management.models.model_lifecycle_state import ModelLifecycleState
from aiplane_management.models.model_metrics import ModelMetrics
from aiplane_management.types import UNSET
from tests.test_call import do_call

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent


def _example(spec: str, schema: str) -> dict[str, Any]:
    doc = yaml.safe_load((ROOT / "openapi" / f"{spec}.yaml").read_text())
    return dict(doc["components"]["schemas"][schema]["example"])


MODEL = _example("management", "Model")
CLUSTER = _example("management", "DedicatedAiCluster")
RUN = {
    "id": "ocid1.generativeairun.oc1..r1",
    "deploymentId": "ocid1.generativeaiendpoint.oc1..e1",
    "status": "RUNNING",
    "percentComplete": 40,
    "timeCreated": "2025-04-01T10:00:00.000Z",
}


def changed(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``body`` with the value at ``a/b/0`` replaced."""
    out = copy.deepcopy(body)
    *parents, last = path.split("/")
    node: Any = out
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


# -- what from_dict refuses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "body", "path", "value", "message"),
    [
        (Model, MODEL, "id", 12345, "Model.id: expected string, got int"),
        (Model, MODEL, "displayName", True, "Model.displayName: expected string, got bool"),
        (Model, MODEL, "isLongTermSupported", "no", "Model.isLongTermSupported: expected boolean"),
        (Model, MODEL, "capabilities", "CHAT", "Model.capabilities: expected array"),
        (Model, MODEL, "capabilities/0", 7, "Model.capabilities[0]: expected string, got int"),
        (Model, MODEL, "lifecycleState", 3, "Model.lifecycleState: expected string, got int"),
        (Model, MODEL, "timeCreated", 1704189600, "Model.timeCreated: expected string, got int"),
        (Model, MODEL, "fineTuneDetails", [], "Model.fineTuneDetails: expected object, got list"),
        (Model, MODEL, "freeformTags", {"a": 1}, "FreeformTags.a: expected string, got int"),
        (
            Model,
            MODEL,
            "fineTuneDetails/dedicatedAiClusterId",
            5,
            "FineTuneDetails.dedicatedAiClusterId: expected string, got int",
        ),
        (
            Model,
            MODEL,
            "modelMetrics/modelMetricsType",
            5,
            "ModelMetrics.modelMetricsType: expected string, got int",
        ),
        (DedicatedAiCluster, CLUSTER, "unitCount", "lots", "unitCount: expected integer, got str"),
        (DedicatedAiCluster, CLUSTER, "unitCount", True, "unitCount: expected integer, got bool"),
        (DedicatedAiCluster, CLUSTER, "unitCount", 1.5, "unitCount: expected integer, got float"),
        (DedicatedAiCluster, CLUSTER, "capacity", "big", "capacity: expected object, got str"),
        (DedicatedAiCluster, CLUSTER, "definedTags/Operations", "x", "Operations: expected object"),
        (Run, RUN, "percentComplete", False, "Run.percentComplete: expected number, got bool"),
        (Run, RUN, "deploymentId", None, "Run.deploymentId: expected string, got null"),
    ],
)
def test_from_dict_refuses_a_wrong_json_type(
    cls: Any, body: dict[str, Any], path: str, value: Any, message: str
) -> None:
    """Each primitive, array, object, nested model and anyOf field is checked, named."""
    with pytest.raises(TypeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        cls.from_dict(changed(body, path, value))


def test_from_dict_refuses_a_body_that_is_not_an_object() -> None:
    """A list of pairs is not an object, even though dict() would accept it."""
    with pytest.raises(TypeError, match="Model: expected object, got list"):
        Model.from_dict([("id", "x")])  # type: ignore[arg-type]


# -- what from_dict still accepts -------------------------------------------------------------


def test_valid_examples_parse_unchanged() -> None:
    """The spec examples parse, with enums, dates, nested and discriminated models intact."""
    model = Model.from_dict(MODEL)
    assert model.lifecycle_state is ModelLifecycleState.ACTIVE
    assert type(model.model_metrics) is ChatModelMetrics
    assert model.to_dict()["capabilities"] == MODEL["capabilities"]
    cluster = DedicatedAiCluster.from_dict(CLUSTER)
    assert type(cluster.capacity) is DedicatedAiClusterHostingCapacity
    assert cluster.unit_count == 1


def test_absent_optional_fields_stay_unset() -> None:
    """Only the required fields: every optional one is UNSET, no check trips on absence."""
    required = {k: MODEL[k] for k in ("id", "compartmentId", "capabilities", "lifecycleState")}
    model = Model.from_dict({**required, "timeCreated": MODEL["timeCreated"], "type": "CUSTOM"})
    assert model.display_name is UNSET and model.model_metrics is UNSET


def test_open_enums_keep_unknown_strings() -> None:
    """anyOf [Enum, string]: an unknown string is still kept as a str."""
    model = Model.from_dict({**MODEL, "lifecycleState": "HIBERNATING"})
    assert model.lifecycle_state == "HIBERNATING"


def test_number_accepts_an_integer() -> None:
    """JSON has one number type: 40 is a valid `type: number`."""
    assert Run.from_dict(RUN).percent_complete == 40


def test_null_only_where_nullable() -> None:
    """`nullable: true` fields accept None; the others do not (checked above)."""
    completion = {
        "id": "c1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [],
        "system_fingerprint": None,
    }
    assert ChatCompletion.from_dict(completion).system_fingerprint is None


@pytest.mark.parametrize("value", [5, True, 1.5, ["fp"], {"a": "b"}])
def test_a_nullable_string_refuses_other_types(value: Any) -> None:
    """`string, nullable` (one isinstance test over both kinds) refuses every other type."""
    completion = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m"}
    body = {**completion, "choices": [], "system_fingerprint": value}
    with pytest.raises(TypeError, match="system_fingerprint: expected string or null"):
        ChatCompletion.from_dict(body)


def test_a_type_error_in_one_anyof_branch_lets_the_next_branch_parse() -> None:
    """modelMetrics tries TextGeneration, then Chat, then the base: a branch failing on a type
    does not stop the union, the fallback still parses what it can."""
    metrics = {"modelMetricsType": "CHAT_MODEL_METRICS", "finalAccuracy": "high"}
    model = Model.from_dict({**MODEL, "modelMetrics": metrics})
    assert type(model.model_metrics) is ModelMetrics


# -- end to end: a wrong type in a 2xx is a ResponseValidationError ---------------------------


def _client(body: dict[str, Any]) -> aiplane.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"opc-request-id": "R7"})

    mock = httpx.MockTransport(handler)
    return aiplane.Client(
        management_url="http://mgmt.test",
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )


CASES: list[tuple[Any, dict[str, Any], str, Callable[[], Any], str]] = [
    (get_model, MODEL, "id", lambda: 12345, "Model.id: expected string, got int"),
    (
        get_dedicated_ai_cluster,
        CLUSTER,
        "unitCount",
        lambda: "lots",
        "DedicatedAiCluster.unitCount: expected integer, got str",
    ),
    (get_run, RUN, "id", lambda: 12345, "Run.id: expected string, got int"),
]


@pytest.mark.parametrize(("op", "body", "path", "value", "message"), CASES)
async def test_wrong_type_in_a_2xx_is_a_response_validation_error(
    mode: str, op: Any, body: dict[str, Any], path: str, value: Callable[[], Any], message: str
) -> None:
    """Sync and async, management and data plane: the error names model and field."""
    client = _client(changed(body, path, value()))
    with pytest.raises(errors.ResponseValidationError, match=message) as info:
        await do_call(mode, op, client, "x")
    assert info.value.opc_request_id == "R7"
    assert isinstance(info.value.__cause__, TypeError)


@pytest.mark.parametrize(("op", "body", "path", "value", "message"), CASES)
async def test_the_same_bodies_with_right_types_parse(
    mode: str, op: Any, body: dict[str, Any], path: str, value: Callable[[], Any], message: str
) -> None:
    """The control: unchanged bodies come back as typed models."""
    parsed = await do_call(mode, op, _client(body), "x")
    assert parsed.to_dict()[path] == body[path]
