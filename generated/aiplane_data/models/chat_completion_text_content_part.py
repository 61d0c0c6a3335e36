from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_text_content_part_type import (
    ChatCompletionTextContentPartType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint  # noqa: PLC0415

    globals().update(
        PromptCacheBreakpoint=PromptCacheBreakpoint,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionTextContentPart")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionTextContentPart",
    {
        "type": _checks.STRING,
        "text": _checks.STRING,
        "prompt_cache_breakpoint": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionTextContentPart:
    """A text part of a message.

    Example:
        {'type': 'text', 'text': 'What is wrong with this chain?'}

    Attributes:
        type_ (ChatCompletionTextContentPartType): Always `text`. Default: ChatCompletionTextContentPartType.TEXT.
        text (str): The text. Example: What is wrong with this chain?.
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks a prompt cache breakpoint after this part
            (`mode`, `ttl`); accepted and ignored. Example: {'mode': 'explicit', 'ttl': '30m'}.
    """

    text: str
    type_: ChatCompletionTextContentPartType = ChatCompletionTextContentPartType.TEXT
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ChatCompletionTextContentPartType(d.pop("type"))

        text = d.pop("text")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(
                _prompt_cache_breakpoint
            )

        chat_completion_text_content_part = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        chat_completion_text_content_part.additional_properties = d
        return chat_completion_text_content_part

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
