from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.error_details import ErrorDetails  # noqa: PLC0415

    globals().update(
        ErrorDetails=ErrorDetails,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="Error")

_FIELD_TYPES = _checks.Fields(
    "Error",
    {
        "error": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class Error:
    """An error returned by the service, in the OpenAI / AI DIAL envelope.

    Attributes:
        error (ErrorDetails): The fields of an error, as OpenAI and AI DIAL clients read them.
    """

    error: ErrorDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        error = ErrorDetails.from_dict(d.pop("error"))

        error_ = cls(
            error=error,
        )

        error_.additional_properties = d
        return error_

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
