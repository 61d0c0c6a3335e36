"""What ``make generate`` adds to the generator's models: JSON type checks.

Why a custom template rather than a post-processing step over the generated text: the
generator decides how each spec property becomes a Python field (class names of inline
schemas, allOf merges, anyOf unions, nullable wrappers, python names), and only its
template sees those decisions as objects. A rewrite of the output would have to redo that
mapping from the spec, or parse generated code, and would break silently when either side
moved. So ``tools/templates/model.py.jinja`` (a copy of 0.29.1's, every change marked
``aiplane:``) renders the checks table; this module supplies the template directory and the
checker module, copied into each package. Custom templates are declared unstable, so
:func:`check_generator_version` refuses any other generator version.
"""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

from descriptors import DescriptorError

TOOLS = Path(__file__).resolve().parent
TEMPLATES = TOOLS / "templates"
CHECKS = TOOLS / "json_checks.py"
GENERATOR_VERSION = "0.29.1"  # the version tools/templates/model.py.jinja was copied from


def check_generator_version() -> None:
    """Fail unless the installed generator is the one the template was copied from."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise DescriptorError(
            f"openapi-python-client {installed} is installed, but tools/templates/ is a copy "
            f"of {GENERATOR_VERSION}'s model.py.jinja: re-copy it and re-apply the aiplane: "
            "changes, then update GENERATOR_VERSION"
        )


def template_dir(spec: Path, into: Path) -> Path:
    """Fill ``into`` with the custom templates for ``spec``."""
    for template in TEMPLATES.glob("*.jinja"):
        shutil.copyfile(template, into / template.name)
    return into


def install_checks(package_dir: Path) -> Path:
    """Copy the checker into a generated package, where its models import it from."""
    target = package_dir / "_json_checks.py"
    shutil.copyfile(CHECKS, target)
    return target
