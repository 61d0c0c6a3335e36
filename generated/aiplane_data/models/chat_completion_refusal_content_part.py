from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_refusal_content_part_type import (
    ChatCompletionRefusalContentPartType,
)
from ..types import Unset

T = TypeVar("T", bound="ChatCompletionRefusalContentPart")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionRefusalContentPart",
    {
        "type": _checks.STRING,
        "refusal": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionRefusalContentPart:
    """A refusal part of an assistant message.

    Attributes:
        type_ (ChatCompletionRefusalContentPartType): Always `refusal`. Default:
            ChatCompletionRefusalContentPartType.REFUSAL.
        refusal (str): The refusal message. Example: I cannot help with that..
    """

    refusal: str
    type_: ChatCompletionRefusalContentPartType = (
        ChatCompletionRefusalContentPartType.REFUSAL
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "refusal": refusal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ChatCompletionRefusalContentPartType(d.pop("type"))

        refusal = d.pop("refusal")

        chat_completion_refusal_content_part = cls(
            type_=type_,
            refusal=refusal,
        )

        chat_completion_refusal_content_part.additional_properties = d
        return chat_completion_refusal_content_part

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
