from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_function_tool_type import ChatCompletionFunctionToolType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.function_definition import FunctionDefinition

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.function_definition import FunctionDefinition  # noqa: PLC0415

    globals().update(
        FunctionDefinition=FunctionDefinition,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionFunctionTool")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionFunctionTool",
    {
        "type": _checks.STRING,
        "function": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionFunctionTool:
    """A function tool the model may call.

    Attributes:
        type_ (ChatCompletionFunctionToolType): Always `function`. Default: ChatCompletionFunctionToolType.FUNCTION.
        function (FunctionDefinition): A function the model may call.
    """

    function: FunctionDefinition
    type_: ChatCompletionFunctionToolType = ChatCompletionFunctionToolType.FUNCTION
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        type_ = self.type_.value

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        type_ = ChatCompletionFunctionToolType(d.pop("type"))

        function = FunctionDefinition.from_dict(d.pop("function"))

        chat_completion_function_tool = cls(
            type_=type_,
            function=function,
        )

        chat_completion_function_tool.additional_properties = d
        return chat_completion_function_tool

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
