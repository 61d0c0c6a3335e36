"""Operation descriptors: generated from the specs, agreeing with the generated code, and
the only source of operation facts the runtime uses."""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import aiplane
from aiplane.descriptors import OperationDescriptor, describe, table_of
from tests.conftest import generated_package

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import descriptors as writer  # noqa: E402  (tools/descriptors.py)

ALL = sorted(
    {
        **table_of("aiplane_management.api").operations,
        **table_of("aiplane_data.api").operations,
    }.values(),
    key=lambda d: d.module,
)


@pytest.mark.parametrize("descriptor", ALL, ids=lambda d: d.operation_id)
def test_descriptor_matches_the_generated_signature(descriptor: OperationDescriptor) -> None:
    """Path parameters (in order) and keywords in a descriptor are the generated op's own."""
    op = importlib.import_module(descriptor.module)
    params = inspect.signature(op.sync_detailed).parameters
    positional = [n for n, p in params.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    path = [p.python_name for p in descriptor.params if p.location == "path"]
    assert positional == path
    assert {p.python_name for p in descriptor.params} <= set(params)


def test_every_operation_of_both_specs_has_a_descriptor() -> None:
    """Each operationId of each spec has exactly one descriptor."""
    ids = []
    for spec in ("management", "data"):
        doc = yaml.safe_load((ROOT / "openapi" / f"{spec}.yaml").read_text())
        ids += [
            op["operationId"]
            for item in doc["paths"].values()
            for method, op in item.items()
            if method in writer.METHODS
        ]
    assert sorted(ids) == sorted(d.operation_id for d in ALL)


def test_descriptor_of_a_create_names_its_read_operation() -> None:
    """createModel reads its result with getModel, taking the id from the response body."""
    from aiplane_management.api.model import create_model, get_model

    descriptor, _ = describe(create_model)
    assert descriptor.reads is not None
    assert descriptor.reads.operation() is get_model
    assert [(s.kind, s.name) for s in descriptor.reads.arguments] == [("body", "id")]
    assert descriptor.header("opc-retry-token") is not None
    assert descriptor.plane == "management" and descriptor.body == "json"


def test_descriptor_kinds_of_streams_and_pages() -> None:
    """Chat offers JSON and SSE; a download is binary; listBucketRoot pages by body token."""
    from aiplane_data.api.chat import create_chat_completion
    from aiplane_data.api.files import download_file, list_bucket_root

    assert describe(create_chat_completion)[0].responses[200] == ("event-stream", "json")
    assert describe(download_file)[0].responses == {200: ("binary",), 206: ("binary",)}
    pagination = describe(list_bucket_root)[0].pagination
    assert pagination is not None and pagination.token_param == "token"
    assert (pagination.next.kind, pagination.next.attribute) == ("body", "next_token")


def test_describe_refuses_a_module_without_descriptors() -> None:
    """A module that is not a generated operation is a clear TypeError."""
    with pytest.raises(TypeError, match="not a generated operation"):
        describe(inspect)


@pytest.fixture
def widgets(tmp_path: Path) -> Iterator[Any]:
    """A copy of the management spec with createWidget/getWidget, generated into tmp_path."""
    doc = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())
    create = doc["paths"]["/20231130/models"]["post"]
    get = doc["paths"]["/20231130/models/{modelId}"]["get"]
    doc["paths"]["/20231130/widgets"] = {
        "post": {
            **create,
            "operationId": "createWidget",
            "tags": ["Widget"],
            "x-aiplane-get": {
                "operationId": "getWidget",
                "parameters": {"modelId": "$response.body#/id"},
            },
        }
    }
    doc["paths"]["/20231130/widgets/{modelId}"] = {
        "get": {**get, "operationId": "getWidget", "tags": ["Widget"]}
    }
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with generated_package(tmp_path, "widgets_api", spec):
        yield importlib.import_module("widgets_api.api.widget.create_widget")


def test_a_new_operation_gets_a_descriptor_after_generation(widgets: Any) -> None:
    """An operation added to a spec copy is described after regenerating, read op included."""
    descriptor, _ = describe(widgets)
    assert (descriptor.method, descriptor.path) == ("POST", "/20231130/widgets")
    assert descriptor.reads is not None
    assert descriptor.reads.module == "widgets_api.api.widget.get_widget"
    assert describe(descriptor.reads.operation())[0].lifecycle is not None


def test_an_inconsistent_extension_fails_generation(tmp_path: Path) -> None:
    """x-aiplane-get naming an unknown operation stops generation and names it."""
    doc = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())
    doc["paths"]["/20231130/models"]["post"]["x-aiplane-get"]["operationId"] = "getNothing"
    spec = tmp_path / "bad.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with pytest.raises(writer.DescriptorError, match="getNothing"):
        writer.render(spec, "bad_api")


def test_runtime_never_inspects_signatures_or_parses_operation_names() -> None:
    """No module of the runtime calls inspect.signature or splits an operation's name."""
    for module in (ROOT / "custom" / "aiplane").glob("*.py"):
        text = module.read_text()
        assert "inspect.signature" not in text, module.name
        assert "op.__name__).split" not in text and 'rsplit("."' not in text, module.name


def test_plane_for_takes_a_descriptor_plane() -> None:
    """aiplane.Client serves the planes descriptors name, and refuses others."""
    client = aiplane.Client(management_url="http://m.test", data_url="http://d.test")
    assert client.plane_for("management") is client.management
    assert client.plane_for("data") is client.data
    with pytest.raises(TypeError, match="not served"):
        client.plane_for("aiplane_management")


def test_the_run_read_names_its_batch_read() -> None:
    """getRun's descriptor: listRuns reads up to 100 runs by ``ids``, each item's id in ``id``."""
    from aiplane_data.api.runs import get_run, list_runs

    batch = describe(get_run)[0].batch
    assert batch is not None and batch.operation() is list_runs
    assert (batch.param, batch.id_attribute, batch.max_ids) == ("ids", "id", 100)


def _data_spec_with(tmp_path: Path, **batch: Any) -> Path:
    doc = yaml.safe_load((ROOT / "openapi" / "data.yaml").read_text())
    doc["paths"]["/v1/runs/{runId}"]["get"]["x-aiplane-batch"].update(batch)
    spec = tmp_path / "bad.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    return spec


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"operationId": "listNothing"}, "listNothing"),
        ({"operationId": "listDeployments"}, "no query parameter 'ids'"),
        ({"parameter": "status"}, "maxItems"),
        ({"field": "nothing"}, "no field 'nothing'"),
    ],
)
def test_an_inconsistent_batch_extension_fails_generation(
    tmp_path: Path, change: dict[str, str], named: str
) -> None:
    """x-aiplane-batch naming an unknown operation, parameter or field stops generation."""
    with pytest.raises(writer.DescriptorError, match=named):
        writer.render(_data_spec_with(tmp_path, **change), "bad_api")
