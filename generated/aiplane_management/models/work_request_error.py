from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="WorkRequestError")

_FIELD_TYPES = _checks.Fields(
    "WorkRequestError",
    {
        "code": _checks.STRING,
        "message": _checks.STRING,
        "timestamp": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class WorkRequestError:
    """An error encountered while performing an operation that is tracked by a work request.

    Example:
        {'code': 'LimitExceeded', 'message': 'The service limit for dedicated-unit-large-cohere-count has been reached
            in this region.', 'timestamp': '2024-01-01T00:03:00.000Z'}

    Attributes:
        code (str): A machine-usable code for the error that occurred. For a list of error codes, see [API
            Errors](https://docs.oracle.com/iaas/Content/API/References/apierrors.htm). Example: LimitExceeded.
        message (str): A human-readable error message. Example: The service limit for dedicated-unit-large-cohere-count
            has been reached in this region..
        timestamp (datetime.datetime): The date and time that the error occurred, in the format defined by [RFC
            3339](https://tools.ietf.org/html/rfc3339). Example: 2024-01-01T00:03:00.000Z.
    """

    code: str
    message: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        work_request_error = cls(
            code=code,
            message=message,
            timestamp=timestamp,
        )

        work_request_error.additional_properties = d
        return work_request_error

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
