from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetails")

_FIELD_TYPES = _checks.Fields(
    "ErrorDetails",
    {
        "message": _checks.STRING,
        "type": _checks.STRING,
        "code": _checks.STRING,
        "param": _checks.any_of(_checks.STRING, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ErrorDetails:
    """The fields of an error, as OpenAI and AI DIAL clients read them.

    Attributes:
        message (str): A human-readable description of the error. Example: Exactly one of 'args' or 'url' must be
            given..
        type_ (str): The kind of error, as OpenAI names them: `invalid_request_error` (400, 405, 416),
            `authentication_error` (401), `permission_error` (403), `not_found_error` (404),
            `conflict_error` (409), `precondition_failed_error` (412), `rate_limit_error` (429),
            `server_error` (5xx).
             Example: invalid_request_error.
        code (str): A short machine-readable error code, e.g. `InvalidParameter` or `NotAuthorizedOrNotFound`. Example:
            InvalidParameter.
        param (None | str | Unset): The request field the error is about, when there is one; else null.
    """

    message: str
    type_: str
    code: str
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
                "code": code,
            }
        )
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        message = d.pop("message")

        type_ = d.pop("type")

        code = d.pop("code")

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param = _parse_param(d.pop("param", UNSET))

        error_details = cls(
            message=message,
            type_=type_,
            code=code,
            param=param,
        )

        error_details.additional_properties = d
        return error_details

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
