from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.deployment import Deployment

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.deployment import Deployment  # noqa: PLC0415

    globals().update(
        Deployment=Deployment,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="DeploymentCollection")

_FIELD_TYPES = _checks.Fields(
    "DeploymentCollection",
    {
        "object": _checks.STRING,
        "data": _checks.array(_checks.OBJECT),
    },
)


@_attrs_define(repr=False)
class DeploymentCollection:
    """A page of deployments.

    Attributes:
        object_ (str): Always `list`. Example: list.
        data (list[Deployment]): The deployments on this page.
    """

    object_: str
    data: list[Deployment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        object_ = d.pop("object")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Deployment.from_dict(data_item_data)

            data.append(data_item)

        deployment_collection = cls(
            object_=object_,
            data=data,
        )

        deployment_collection.additional_properties = d
        return deployment_collection

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
