from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceOperation")

_FIELD_TYPES = _checks.Fields(
    "ResourceOperation",
    {
        "sourceUrl": _checks.STRING,
        "destinationUrl": _checks.STRING,
        "overwrite": _checks.BOOLEAN,
    },
)


@_attrs_define(repr=False)
class ResourceOperation:
    """A copy or a move of one file, as AI DIAL clients send it.

    Attributes:
        source_url (str): The file to copy or move, `files/{bucket}/{path}`: the bucket id, then `/`-separated path
            segments,
            percent-encoded as AI DIAL clients send them (no raw control character, no empty, `.`
            or `..` segment, no trailing `/`; `.` and `/` are never percent-encoded).
             Example: files/7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe/reports/2025/q1-report.pdf.
        destination_url (str): Where it goes, `files/{bucket}/{path}`: the bucket id, then `/`-separated path segments,
            percent-encoded as AI DIAL clients send them (no raw control character, no empty, `.`
            or `..` segment, no trailing `/`; `.` and `/` are never percent-encoded).
             Example: files/7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe/archive/q1-report.pdf.
        overwrite (bool | Unset): Replace an existing destination; false when omitted (then 412 if it exists). Example:
            False.
    """

    source_url: str
    destination_url: str
    overwrite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        source_url = self.source_url

        destination_url = self.destination_url

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceUrl": source_url,
                "destinationUrl": destination_url,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        source_url = d.pop("sourceUrl")

        destination_url = d.pop("destinationUrl")

        overwrite = d.pop("overwrite", UNSET)

        resource_operation = cls(
            source_url=source_url,
            destination_url=destination_url,
            overwrite=overwrite,
        )

        resource_operation.additional_properties = d
        return resource_operation

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
