"""A synthetic model catalog for benchmarks: ``count`` custom models in one compartment, listed
page by page and built on demand from the page's offsets (:func:`aiplane_mock.models.list_models`),
so listing 100,000 models costs the server one page's work per request (the store holds none
of them; they cannot be fetched)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["SyntheticModels"]

MAX_SYNTHETIC = 10_000_000


@dataclass(frozen=True)
class SyntheticModels:
    """``count`` ACTIVE custom models listed in ``compartment_id`` (ids ``...synthetic<n>``)."""

    count: int
    compartment_id: str

    def __post_init__(self) -> None:
        if type(self.count) is not int or not 0 <= self.count <= MAX_SYNTHETIC:
            raise ValueError(f"count must be an int from 0 to {MAX_SYNTHETIC}")
        if not isinstance(self.compartment_id, str) or not self.compartment_id:
            raise ValueError("compartment_id must be a non-empty str")

    def summary(self, number: int) -> dict[str, Any]:
        """The ModelSummary of model ``number`` (deterministic)."""
        return {
            "id": f"ocid1.generativeaimodel.oc1..synthetic{number:08d}",
            "compartmentId": self.compartment_id,
            "displayName": f"synthetic-{number}",
            "vendor": "aiplane",
            "version": "1.0",
            "capabilities": ["CHAT"],
            "lifecycleState": "ACTIVE",
            "timeCreated": "2024-01-01T00:00:00.000Z",
            "type": "CUSTOM",
            "freeformTags": {},
            "definedTags": {},
        }
