"""What ``make generate`` adds to the generator's models: JSON type checks and secret redaction.

Why a custom template rather than a post-processing step over the generated text: the
generator decides how each spec property becomes a Python field (class names of inline
schemas, allOf merges, anyOf unions, nullable wrappers, python names), and only its
template sees those decisions as objects. A rewrite of the output would have to redo that
mapping from the spec, or parse generated code, and would break silently when either side
moved. So ``tools/templates/model.py.jinja`` (a copy of 0.29.1's, every change marked
``aiplane:``) renders the checks table and the redacted fields; this module supplies what a
template cannot compute: the names the spec marks ``format: password`` (through ``$ref``
and allOf), and the checker module, copied into each package. Custom templates are
declared unstable, so :func:`check_generator_version` refuses any other generator version.
"""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from descriptors import DescriptorError, _resolve

TOOLS = Path(__file__).resolve().parent
TEMPLATES = TOOLS / "templates"
CHECKS = TOOLS / "json_checks.py"
GENERATOR_VERSION = "0.29.1"  # the version tools/templates/model.py.jinja was copied from
_COMBINERS = ("allOf", "anyOf", "oneOf")


def check_generator_version() -> None:
    """Fail unless the installed generator is the one the template was copied from."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise DescriptorError(
            f"openapi-python-client {installed} is installed, but tools/templates/ is a copy "
            f"of {GENERATOR_VERSION}'s model.py.jinja: re-copy it and re-apply the aiplane: "
            "changes, then update GENERATOR_VERSION"
        )


def secret_names(spec: Path) -> list[str]:
    """JSON names of every property whose schema is ``format: password``, sorted."""
    doc = yaml.safe_load(spec.read_text())
    found: set[str] = set()
    _collect(doc, doc, found)
    return sorted(found)


def _collect(doc: dict[str, Any], node: Any, found: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect(doc, item, found)
        return
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        found.update(name for name, schema in properties.items() if _is_secret(doc, schema))
    for value in node.values():
        _collect(doc, value, found)


def _is_secret(doc: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return False
    if schema.get("format") == "password":
        return True
    return any(_is_secret(doc, sub, depth + 1) for key in _COMBINERS for sub in schema.get(key, []))


def template_dir(spec: Path, into: Path) -> Path:
    """Fill ``into`` with the custom templates for ``spec``: ours plus its secret names."""
    for template in TEMPLATES.glob("*.jinja"):
        shutil.copyfile(template, into / template.name)
    names = json.dumps(secret_names(spec))  # ASCII-only JSON is a valid Jinja list literal
    (into / "aiplane_secrets.jinja").write_text(
        "{# written by tools/model_support.py from the spec: format: password fields #}\n"
        f"{{% set names = {names} %}}\n"
    )
    return into


def install_checks(package_dir: Path) -> Path:
    """Copy the checker into a generated package, where its models import it from."""
    target = package_dir / "_json_checks.py"
    shutil.copyfile(CHECKS, target)
    return target
