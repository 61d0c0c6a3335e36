from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionStreamOptions")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionStreamOptions",
    {
        "include_usage": _checks.BOOLEAN,
        "include_obfuscation": _checks.BOOLEAN,
    },
)


@_attrs_define(repr=False)
class ChatCompletionStreamOptions:
    """Options for a streamed answer; only with `stream` true.

    Attributes:
        include_usage (bool | Unset): Send a last chunk, before `[DONE]`, with empty `choices` and the request's
            `usage`. Example: True.
        include_obfuscation (bool | Unset): Pad chunks against side channels; accepted and ignored. Example: False.
    """

    include_usage: bool | Unset = UNSET
    include_obfuscation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        include_obfuscation = self.include_obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage
        if include_obfuscation is not UNSET:
            field_dict["include_obfuscation"] = include_obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        include_usage = d.pop("include_usage", UNSET)

        include_obfuscation = d.pop("include_obfuscation", UNSET)

        chat_completion_stream_options = cls(
            include_usage=include_usage,
            include_obfuscation=include_obfuscation,
        )

        chat_completion_stream_options.additional_properties = d
        return chat_completion_stream_options

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
