from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bucket")

_FIELD_TYPES = _checks.Fields(
    "Bucket",
    {
        "bucket": _checks.STRING,
        "appdata": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class Bucket:
    """The caller's bucket.

    Attributes:
        bucket (str): The bucket id; the caller's files live under `files/{bucket}/`. Example:
            7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
        appdata (str | Unset): For an application caller, its application-data folder, `{bucket}/appdata/{application}`.
            Example: 3CcedGxCx23EwiVbVmscVktScRyf46KypuBQ65miviST/appdata/support-bot.
    """

    bucket: str
    appdata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        appdata = self.appdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
            }
        )
        if appdata is not UNSET:
            field_dict["appdata"] = appdata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        bucket = d.pop("bucket")

        appdata = d.pop("appdata", UNSET)

        bucket_ = cls(
            bucket=bucket,
            appdata=appdata,
        )

        bucket_.additional_properties = d
        return bucket_

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
