from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_custom_tool_type import ChatCompletionCustomToolType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.custom_tool_definition import CustomToolDefinition

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.custom_tool_definition import CustomToolDefinition  # noqa: PLC0415

    globals().update(
        CustomToolDefinition=CustomToolDefinition,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionCustomTool")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionCustomTool",
    {
        "type": _checks.STRING,
        "custom": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionCustomTool:
    """A custom tool, called with free-form input (text, or text following a grammar).

    Attributes:
        type_ (ChatCompletionCustomToolType): Always `custom`. Default: ChatCompletionCustomToolType.CUSTOM.
        custom (CustomToolDefinition): A custom tool the model may call.
    """

    custom: CustomToolDefinition
    type_: ChatCompletionCustomToolType = ChatCompletionCustomToolType.CUSTOM
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ChatCompletionCustomToolType(d.pop("type"))

        custom = CustomToolDefinition.from_dict(d.pop("custom"))

        chat_completion_custom_tool = cls(
            type_=type_,
            custom=custom,
        )

        chat_completion_custom_tool.additional_properties = d
        return chat_completion_custom_tool

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
