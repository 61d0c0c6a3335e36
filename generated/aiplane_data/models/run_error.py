from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunError")

_FIELD_TYPES = _checks.Fields(
    "RunError",
    {
        "code": _checks.STRING,
        "message": _checks.STRING,
        "traceback": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class RunError:
    """Why a run failed.

    Attributes:
        code (str): A short machine-readable error code. Example: InvalidInput.
        message (str): A human-readable description of the failure. Example: Line 17 of the input file is not valid
            JSON..
        traceback (str | Unset): The model worker's traceback, when one exists. Example: Traceback (most recent call
            last):
              File "/app/worker.py", line 88, in handle
            json.decoder.JSONDecodeError: Expecting ',' delimiter.
    """

    code: str
    message: str
    traceback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        traceback = self.traceback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if traceback is not UNSET:
            field_dict["traceback"] = traceback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        traceback = d.pop("traceback", UNSET)

        run_error = cls(
            code=code,
            message=message,
            traceback=traceback,
        )

        run_error.additional_properties = d
        return run_error

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
