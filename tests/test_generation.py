"""The foundation: specs lint clean, generated/ matches the specs, the wheel is complete."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = {"management": ROOT / "openapi" / "management.yaml", "data": ROOT / "openapi" / "data.yaml"}
PACKAGES = {"aiplane_management": SPECS["management"], "aiplane_data": SPECS["data"]}
sys.path.insert(0, str(ROOT / "tools"))
import generate  # noqa: E402  (tools/generate.py)

# ../shared/reference/oci-management-api.md §1.3: (method, path) of every operation.
REFERENCE_OPERATIONS = {
    ("post", "/20231130/dedicatedAiClusters"): "createDedicatedAiCluster",
    ("get", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}"): "getDedicatedAiCluster",
    ("get", "/20231130/dedicatedAiClusters"): "listDedicatedAiClusters",
    ("put", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}"): "updateDedicatedAiCluster",
    ("delete", "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}"): "deleteDedicatedAiCluster",
    (
        "post",
        "/20231130/dedicatedAiClusters/{dedicatedAiClusterId}/actions/changeCompartment",
    ): "changeDedicatedAiClusterCompartment",
    (
        "get",
        "/20231130/dedicatedAiClusters/allocatableGpus",
    ): "listDedicatedAiClustersAllocatableGpus",
    ("post", "/20231130/endpoints"): "createEndpoint",
    ("get", "/20231130/endpoints/{endpointId}"): "getEndpoint",
    ("get", "/20231130/endpoints"): "listEndpoints",
    ("put", "/20231130/endpoints/{endpointId}"): "updateEndpoint",
    ("delete", "/20231130/endpoints/{endpointId}"): "deleteEndpoint",
    (
        "post",
        "/20231130/endpoints/{endpointId}/actions/changeCompartment",
    ): "changeEndpointCompartment",
    ("post", "/20231130/models"): "createModel",
    ("get", "/20231130/models/{modelId}"): "getModel",
    ("get", "/20231130/models"): "listModels",
    ("put", "/20231130/models/{modelId}"): "updateModel",
    ("delete", "/20231130/models/{modelId}"): "deleteModel",
    ("post", "/20231130/models/{modelId}/actions/changeCompartment"): "changeModelCompartment",
    ("get", "/20231130/workRequests/{workRequestId}"): "getWorkRequest",
    ("get", "/20231130/workRequests"): "listWorkRequests",
    ("get", "/20231130/workRequests/{workRequestId}/errors"): "listWorkRequestErrors",
    ("get", "/20231130/workRequests/{workRequestId}/logs"): "listWorkRequestLogs",
}


def _operations(spec: Path) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    doc = yaml.safe_load(spec.read_text())
    return {
        (method, path): op
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch", "head"}
    }


def _tree_diff(a: Path, b: Path) -> list[str]:
    """Files that differ between two directory trees (relative paths)."""
    out: list[str] = []
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out += [f"only in committed: {x}" for x in cmp.left_only]
    out += [f"only in regenerated: {x}" for x in cmp.right_only]
    out += [f"differs: {x}" for x in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += [f"{sub}/{x}" for x in _tree_diff(a / sub, b / sub)]
    return out


@pytest.mark.parametrize("name", sorted(SPECS))
def test_spec_passes_openapi_spec_validator(name: str) -> None:
    """openapi-spec-validator accepts the spec."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    spec_dict, _ = read_from_filename(str(SPECS[name]))
    validate(spec_dict)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_spec_passes_spectral_with_zero_errors(name: str) -> None:
    """Spectral, with the committed ruleset, reports zero errors and zero warnings."""
    spectral = ROOT / "tools" / "lint" / "node_modules" / ".bin" / "spectral"
    assert spectral.exists(), "run `make install` (npm ci in tools/lint) first"
    result = subprocess.run(
        [
            str(spectral),
            "lint",
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            "--fail-severity",
            "warn",
            "--format",
            "text",
            str(SPECS[name]),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_management_spec_has_every_reference_operation() -> None:
    """Every operation of the reference table exists with its method, path and operationId."""
    ops = _operations(SPECS["management"])
    missing = {
        k: v for k, v in REFERENCE_OPERATIONS.items() if ops.get(k, {}).get("operationId") != v
    }
    assert not missing
    assert len(ops) >= 23


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_operation_declares_security(name: str) -> None:
    """Security is declared per operation (the generator ignores global security)."""
    assert all(op.get("security") for op in _operations(SPECS[name]).values())


def test_generated_matches_specs(tmp_path: Path) -> None:
    """Regenerating from the specs reproduces the committed generated/ byte for byte."""
    generate.generate_into(tmp_path)
    for package in PACKAGES:
        diff = _tree_diff(ROOT / "generated" / package, tmp_path / package)
        assert not diff, f"generated/{package} is stale; run `make generate`: {diff[:10]}"


def test_removing_an_operation_removes_its_module(tmp_path: Path) -> None:
    """Deleting an operation from a spec removes its module, which the drift check catches."""
    doc = yaml.safe_load(SPECS["management"].read_text())
    del doc["paths"]["/20231130/models/{modelId}"]["put"]
    del doc["x-aiplane-resources"]["Model"]["update"]  # the resource no longer updates
    spec = tmp_path / "management.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = tmp_path / "out"
    out.mkdir()
    generate.generate_into(out, {"aiplane_management": spec})
    generated = out / "aiplane_management" / "api" / "model"
    assert (generated / "get_model.py").exists()
    assert not (generated / "update_model.py").exists()
    assert _tree_diff(ROOT / "generated" / "aiplane_management", out / "aiplane_management")


def test_failed_generation_leaves_generated_untouched(tmp_path: Path) -> None:
    """A spec the generator rejects fails the run and writes nothing."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses: {'200': {description: ok, content: {application/json: "
        "{schema: {$ref: '#/components/schemas/Missing'}}}}}\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(subprocess.CalledProcessError):
        generate.generate_into(out, {"aiplane_management": bad})


def test_wheel_contains_all_packages(tmp_path: Path) -> None:
    """One wheel ships aiplane, both generated packages, the mock, py.typed and the specs."""
    if shutil.which("git") is None:  # pragma: no cover
        pytest.skip("git missing")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("aiplane-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "aiplane/__init__.py",
        "aiplane/py.typed",
        "aiplane_management/py.typed",
        "aiplane_management/api/model/get_model.py",
        "aiplane_data/py.typed",
        "aiplane_mock/__init__.py",
        "aiplane_mock/specs/management.yaml",
        "aiplane_mock/specs/data.yaml",
    ):
        assert required in names, required
