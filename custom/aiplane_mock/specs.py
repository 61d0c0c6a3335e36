"""Locate and load the two OpenAPI documents the mock serves."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SPEC_NAMES", "load_spec", "spec_path"]

SPEC_NAMES = ("management", "data")


def spec_path(name: str) -> Path:
    """Path of ``name``.yaml: in the wheel (``aiplane_mock/specs``) or the repo's ``openapi``."""
    if name not in SPEC_NAMES:
        raise ValueError(f"unknown spec {name!r}")
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "specs" / f"{name}.yaml",
        here.parents[1] / "openapi" / f"{name}.yaml",
    ):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"cannot find the {name} spec next to {here}")


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    """The parsed OpenAPI document ``name`` (cached; treat as read-only)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster
    with spec_path(name).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    return loaded
