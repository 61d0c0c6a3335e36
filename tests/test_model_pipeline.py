"""The generation pipeline, not a hand edit, gives models their JSON type checks and secret
redaction: a model and an operation added to a spec copy get both after regenerating."""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

import aiplane
from aiplane import errors
from tests.conftest import add_secret, generated_package
from tests.test_call import do_call

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import model_support  # noqa: E402  (tools/model_support.py)

TOKEN = "gadget-Token-0123456789"
PIN = "gadget-Pin-9876543210"
add_secret(TOKEN)
add_secret(PIN)

GADGET_SCHEMAS: dict[str, Any] = {
    "Gadget": {
        "type": "object",
        "required": ["name", "count", "part"],
        "properties": {
            "name": {"type": "string"},
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "enabled": {"type": "boolean"},
            "labels": {"type": "array", "items": {"type": "string"}},
            "note": {"type": "string", "nullable": True},
            "state": {"anyOf": [{"$ref": "#/components/schemas/GadgetState"}, {"type": "string"}]},
            "part": {"$ref": "#/components/schemas/GadgetPart"},
            "token": {"type": "string", "format": "password"},
            "pin": {"$ref": "#/components/schemas/GadgetPin"},
        },
    },
    "GadgetPart": {
        "type": "object",
        "required": ["size"],
        "properties": {"size": {"type": "integer"}},
    },
    "GadgetState": {"type": "string", "enum": ["ON", "OFF"]},
    "GadgetPin": {"type": "string", "format": "password", "minLength": 4},
}
GADGET = {"name": "g", "count": 2, "part": {"size": 3}, "state": "ON", "token": TOKEN, "pin": PIN}


def _spec_with_gadgets(tmp: Path) -> Path:
    doc = yaml.safe_load((ROOT / "openapi" / "data.yaml").read_text())
    get_run = doc["paths"]["/v1/runs/{runId}"]["get"]
    operation = copy.deepcopy(get_run)
    operation.update(operationId="getGadget", tags=["Gadgets"])
    operation.pop("x-aiplane-lifecycle", None)
    ok = operation["responses"]["200"]
    ok["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}},
    }
    doc["paths"]["/v1/gadgets/{runId}"] = {"get": operation}
    doc["components"]["schemas"].update(GADGET_SCHEMAS)
    spec = tmp / "gadgets.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    return spec


@pytest.fixture(scope="module")
def gadgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The data spec plus getGadget/Gadget, generated into a temp dir and imported."""
    tmp = tmp_path_factory.mktemp("gadgets")
    with generated_package(tmp, "gadgets_api", _spec_with_gadgets(tmp)):
        yield importlib.import_module("gadgets_api.api.gadgets.get_gadget")


def _gadget_class() -> Any:
    return importlib.import_module("gadgets_api.models.gadget").Gadget


def test_the_secret_names_come_from_the_spec_through_refs(tmp_path: Path) -> None:
    """`format: password` inline and behind a $ref both count; the data spec's own too."""
    names = model_support.secret_names(_spec_with_gadgets(tmp_path))
    assert names == ["key", "password", "pin", "token"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", 1, "Gadget.name: expected string, got int"),
        ("count", "2", "Gadget.count: expected integer, got str"),
        ("count", False, "Gadget.count: expected integer, got bool"),
        ("ratio", "0.5", "Gadget.ratio: expected number, got str"),
        ("enabled", 1, "Gadget.enabled: expected boolean, got int"),
        ("labels", ["a", 2], r"Gadget.labels\[1\]: expected string, got int"),
        ("note", 5, "Gadget.note: expected string or null, got int"),
        ("state", 0, "Gadget.state: expected string, got int"),
        ("part", {"size": "L"}, "GadgetPart.size: expected integer, got str"),
        ("token", None, "Gadget.token: expected string, got null"),
    ],
)
def test_a_new_model_checks_its_json_types(
    gadgets: ModuleType, field: str, value: Any, message: str
) -> None:
    """Every kind of field of the new model is checked, by name."""
    with pytest.raises(TypeError, match=message):
        _gadget_class().from_dict({**GADGET, field: value})


def test_a_new_model_accepts_valid_values(gadgets: ModuleType) -> None:
    """Nullable None, an int for a number, an unknown open-enum value, absent optionals."""
    gadget = _gadget_class().from_dict({**GADGET, "note": None, "ratio": 1, "state": "DIMMED"})
    assert (gadget.note, gadget.ratio, gadget.state) == (None, 1, "DIMMED")
    assert gadget.to_dict()["part"] == {"size": 3}


def test_a_new_model_redacts_its_secrets(gadgets: ModuleType) -> None:
    """Inline and $ref'd password fields are '***' in repr/str; to_dict keeps them."""
    gadget = _gadget_class().from_dict(GADGET)
    for text in (repr(gadget), str(gadget)):
        assert TOKEN not in text and PIN not in text
        assert "token='***'" in text and "pin='***'" in text and "name='g'" in text
    assert (gadget.to_dict()["token"], gadget.to_dict()["pin"]) == (TOKEN, PIN)


async def test_a_new_operation_raises_response_validation_error(
    gadgets: ModuleType, mode: str
) -> None:
    """Through aiplane.call, sync and async: the new operation's bad body is typed."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**GADGET, "count": "many"})

    mock = httpx.MockTransport(handler)
    client = aiplane.Client(
        data_url="http://data.test",
        pool=aiplane.ConnectionPool(transport=mock, async_transport=mock),
    )
    with pytest.raises(errors.ResponseValidationError, match=r"Gadget\.count: expected integer"):
        await do_call(mode, gadgets, client, "g1")


def test_the_template_copy_refuses_another_generator_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """tools/templates/ is a whole-file copy of one generator version's template."""
    monkeypatch.setattr(model_support, "GENERATOR_VERSION", "0.0.0")
    with pytest.raises(ValueError, match=r"re-copy it"):
        model_support.check_generator_version()
