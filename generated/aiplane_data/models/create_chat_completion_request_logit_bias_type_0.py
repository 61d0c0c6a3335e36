from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import Unset

T = TypeVar("T", bound="CreateChatCompletionRequestLogitBiasType0")

_FIELD_TYPES = _checks.Fields(
    "CreateChatCompletionRequestLogitBiasType0",
    {},
    extra=_checks.INTEGER,
)


@_attrs_define(repr=False)
class CreateChatCompletionRequestLogitBiasType0:
    """Maps token ids (as strings) to a bias from -100 to 100 added to their logits.

    Example:
        {'50256': -100}

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        create_chat_completion_request_logit_bias_type_0 = cls()

        create_chat_completion_request_logit_bias_type_0.additional_properties = d
        return create_chat_completion_request_logit_bias_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
