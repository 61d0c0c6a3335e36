from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.tool_call_type import ToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_custom_tool_call import (
        ChatCompletionChunkCustomToolCall,
    )
    from ..models.chat_completion_chunk_tool_call_function import (
        ChatCompletionChunkToolCallFunction,
    )

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_chunk_custom_tool_call import (
        ChatCompletionChunkCustomToolCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_chunk_tool_call_function import (
        ChatCompletionChunkToolCallFunction,  # noqa: PLC0415
    )

    globals().update(
        ChatCompletionChunkCustomToolCall=ChatCompletionChunkCustomToolCall,
        ChatCompletionChunkToolCallFunction=ChatCompletionChunkToolCallFunction,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionChunkToolCall")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionChunkToolCall",
    {
        "index": _checks.INTEGER,
        "id": _checks.STRING,
        "type": _checks.STRING,
        "function": _checks.OBJECT,
        "custom": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class ChatCompletionChunkToolCall:
    """A piece of a tool call. The first piece of a call carries `id`, `type` and
    `function.name`; later pieces append to `function.arguments`.

        Attributes:
            index (int): Which tool call of the message this piece belongs to. Example: 0.
            id (str | Unset): The tool call's id (first piece only). Example: call_8b2c1e6f.
            type_ (str | ToolCallType | Unset): The kind of tool call, `function` or `custom` (first piece only).
            function (ChatCompletionChunkToolCallFunction | Unset): A piece of the called function.
            custom (ChatCompletionChunkCustomToolCall | Unset): A piece of a called custom tool.
    """

    index: int
    id: str | Unset = UNSET
    type_: str | ToolCallType | Unset = UNSET
    function: ChatCompletionChunkToolCallFunction | Unset = UNSET
    custom: ChatCompletionChunkCustomToolCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        index = self.index

        id = self.id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ToolCallType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> str | ToolCallType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ToolCallType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolCallType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _function = d.pop("function", UNSET)
        function: ChatCompletionChunkToolCallFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatCompletionChunkToolCallFunction.from_dict(_function)

        _custom = d.pop("custom", UNSET)
        custom: ChatCompletionChunkCustomToolCall | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = ChatCompletionChunkCustomToolCall.from_dict(_custom)

        chat_completion_chunk_tool_call = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
            custom=custom,
        )

        chat_completion_chunk_tool_call.additional_properties = d
        return chat_completion_chunk_tool_call

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
