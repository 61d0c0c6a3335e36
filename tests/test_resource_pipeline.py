"""The resource classes are generated from the spec's x-aiplane-resources: a resource
declared in a spec copy appears, typed, after generation; an inconsistent declaration fails
generation naming what is wrong."""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import generated_package
from tests.test_methods_typing import expected, mypy

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
MANAGEMENT = yaml.safe_load((ROOT / "openapi" / "management.yaml").read_text())


def writer() -> Any:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    return importlib.import_module("resources")


def render(tmp_path: Path, doc: dict[str, Any]) -> str | None:
    """Render resources.py for a spec copy against the committed generated package."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = ROOT / "generated" / "aiplane_management"
    source: str | None = writer().render(spec, "aiplane_management", out)
    return source


def with_resource(**declaration: Any) -> dict[str, Any]:
    doc: dict[str, Any] = copy.deepcopy(MANAGEMENT)
    doc["x-aiplane-resources"] = {"Thing": declaration}
    return doc


@pytest.fixture
def widgets(tmp_path: Path) -> Iterator[Path]:
    """A spec copy with getWidget/updateWidget and a Widget resource over them, generated."""
    doc = copy.deepcopy(MANAGEMENT)
    item = doc["paths"]["/20231130/models/{modelId}"]
    doc["paths"]["/20231130/widgets/{modelId}"] = {
        "get": {**item["get"], "operationId": "getWidget", "tags": ["Widget"]},
        "put": {**item["put"], "operationId": "updateWidget", "tags": ["Widget"]},
    }
    doc["paths"]["/20231130/widgets/{modelId}"]["put"].pop("x-aiplane-get")
    doc["x-aiplane-resources"] = {"Widget": {"get": "getWidget", "update": "updateWidget"}}
    doc["x-aiplane-resources"]["Widget"]["id"] = "id"
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    with generated_package(tmp_path, "widgets_api", spec):
        yield tmp_path


def test_a_declared_resource_is_generated_and_typed(widgets: Path) -> None:
    """WidgetResource appears after generation, built on the widget operations, and mypy
    checks its fields: a wrong type and a read-only field are reported."""
    resources = importlib.import_module("widgets_api.resources")
    spec = resources.WidgetResource.SPEC
    assert spec.operations == {
        "get": "widgets_api.api.widget.get_widget",
        "update": "widgets_api.api.widget.update_widget",
    }
    assert "display_name" in spec.updatable and spec.creatable == frozenset()
    use = widgets / "use_widgets.py"
    use.write_text(
        "from widgets_api.resources import WidgetResource\n\n\n"
        "def use(widget: WidgetResource) -> str:\n"
        "    widget.display_name = 3  # error: assignment\n"
        "    widget.lifecycle_state = 'X'  # error: misc\n"
        "    widget.display_name = 'ok'\n"
        "    return widget.id\n"
    )
    assert mypy(use, path=widgets) == expected(use)


def test_a_spec_without_resources_writes_no_module(tmp_path: Path) -> None:
    """A spec that declares no resources gets no resources.py."""
    doc = copy.deepcopy(MANAGEMENT)
    doc.pop("x-aiplane-resources")
    assert render(tmp_path, doc) is None


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        ({"get": "getNothing"}, "getNothing"),
        ({"list": "listModels"}, "needs get"),
        ({"get": "getModel", "colour": "red"}, "colour"),
        ({"get": "listModels", "id": "id"}, "exactly one path parameter"),
        ({"get": "getModel", "list": "getModel", "id": "id"}, "declares no pagination"),
        ({"get": "getModel", "delete": "deleteEndpoint", "id": "id"}, "must take 'modelId'"),
        ({"get": "getModel"}, "give `id`"),
        ({"get": "getModel", "id": "colour"}, "no id field 'colour'"),
        ({"get": "getModel", "create": "getModel", "id": "id"}, "no JSON body model"),
        (
            {"get": "getModel", "id": "id", "actions": {"displayName": "changeModelCompartment"}},
            "must take 'displayName' alone",
        ),
    ],
)
def test_an_inconsistent_declaration_fails_generation(
    tmp_path: Path, declaration: dict[str, Any], message: str
) -> None:
    """Each kind of mistake in x-aiplane-resources stops generation and names it."""
    with pytest.raises(writer().DescriptorError, match=message):
        render(tmp_path, with_resource(**declaration))
