from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.dedicated_ai_cluster_summary import DedicatedAiClusterSummary

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.dedicated_ai_cluster_summary import DedicatedAiClusterSummary  # noqa: PLC0415

    globals().update(
        DedicatedAiClusterSummary=DedicatedAiClusterSummary,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="DedicatedAiClusterCollection")

_FIELD_TYPES = _checks.Fields(
    "DedicatedAiClusterCollection",
    {
        "items": _checks.array(_checks.OBJECT),
    },
)


@_attrs_define(repr=False)
class DedicatedAiClusterCollection:
    """Results of a dedicated AI cluster search (one page).

    Example:
        {'items': [{'id': 'ocid1.generativeaidedicatedaicluster.oc1.us-
            chicago-1.amaaaaaa74akfsaawhphf6kmeb3ur4gdnpl4hxoamfbyyrirpqdwkfx2vgla', 'displayName': 'my-hosting-cluster',
            'type': 'HOSTING', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaa3nddc6gnrbyt7usdqmvqndckmvlabcr4ylanq5nqzn2cfxx6emdq', 'timeCreated':
            '2024-01-01T00:00:00.000Z', 'lifecycleState': 'ACTIVE', 'unitCount': 1, 'unitShape': 'LARGE_COHERE_V2_2'}]}

    Attributes:
        items (list[DedicatedAiClusterSummary]): List of dedicated AI clusters.
    """

    items: list[DedicatedAiClusterSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = DedicatedAiClusterSummary.from_dict(items_item_data)

            items.append(items_item)

        dedicated_ai_cluster_collection = cls(
            items=items,
        )

        dedicated_ai_cluster_collection.additional_properties = d
        return dedicated_ai_cluster_collection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
