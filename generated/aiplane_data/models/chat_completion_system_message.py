from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_system_message_role import ChatCompletionSystemMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart  # noqa: PLC0415

    globals().update(
        ChatCompletionTextContentPart=ChatCompletionTextContentPart,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionSystemMessage")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionSystemMessage",
    {
        "role": _checks.STRING,
        "content": _checks.any_of(_checks.STRING, _checks.array(_checks.OBJECT)),
        "name": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionSystemMessage:
    """Instructions from the application to the model.

    Example:
        {'role': 'system', 'content': 'You are a concise assistant for a bicycle shop.'}

    Attributes:
        role (ChatCompletionSystemMessageRole): Always `system`. Default: ChatCompletionSystemMessageRole.SYSTEM.
        content (list[ChatCompletionTextContentPart] | str): The instructions, as a string or as text parts.
        name (str | Unset): An optional name for the participant. Example: shop-policy.
    """

    content: list[ChatCompletionTextContentPart] | str
    role: ChatCompletionSystemMessageRole = ChatCompletionSystemMessageRole.SYSTEM
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        role = ChatCompletionSystemMessageRole(d.pop("role"))

        def _parse_content(data: object) -> list[ChatCompletionTextContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionTextContentPart.from_dict(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionTextContentPart] | str, data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_completion_system_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_system_message.additional_properties = d
        return chat_completion_system_message

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
