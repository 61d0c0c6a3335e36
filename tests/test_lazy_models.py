"""The generated models packages import their models on first use (tools/templates/
models_init.py.jinja): importing one operation costs only the models it needs."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

PACKAGES = ("aiplane_management", "aiplane_data")


def _models_after(code: str) -> list[str]:
    """The model modules loaded after running ``code`` in a fresh interpreter."""
    probe = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps(sorted(m for m in sys.modules if '.models.' in m)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return list(json.loads(done.stdout))


def test_one_operation_imports_only_its_models() -> None:
    """get_model loads Model, Error and what they reference, not the other clusters' models."""
    loaded = _models_after("from aiplane_management.api.model import get_model")
    assert "aiplane_management.models.model" in loaded
    assert "aiplane_management.models.dedicated_ai_cluster" not in loaded
    assert not any(m.startswith("aiplane_data.") for m in loaded)


def test_importing_the_models_package_loads_no_model() -> None:
    """`import aiplane_data.models` alone loads none of its model modules."""
    assert _models_after("import aiplane_data.models") == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_listed_model_is_reachable_from_the_package(package: str) -> None:
    """Each name of models.__all__ resolves to the class of the same name, and dir() lists it."""
    models = importlib.import_module(f"{package}.models")
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    """A name the package does not have raises AttributeError naming it."""
    models = importlib.import_module("aiplane_data.models")
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
