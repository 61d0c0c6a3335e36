from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.chat_completion_user_message_role import ChatCompletionUserMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_file_content_part import ChatCompletionFileContentPart
    from ..models.chat_completion_image_url_content_part import (
        ChatCompletionImageUrlContentPart,
    )
    from ..models.chat_completion_input_audio_content_part import (
        ChatCompletionInputAudioContentPart,
    )
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_file_content_part import ChatCompletionFileContentPart  # noqa: PLC0415
    from ..models.chat_completion_image_url_content_part import (
        ChatCompletionImageUrlContentPart,  # noqa: PLC0415
    )
    from ..models.chat_completion_input_audio_content_part import (
        ChatCompletionInputAudioContentPart,  # noqa: PLC0415
    )
    from ..models.chat_completion_text_content_part import ChatCompletionTextContentPart  # noqa: PLC0415

    globals().update(
        ChatCompletionFileContentPart=ChatCompletionFileContentPart,
        ChatCompletionImageUrlContentPart=ChatCompletionImageUrlContentPart,
        ChatCompletionInputAudioContentPart=ChatCompletionInputAudioContentPart,
        ChatCompletionTextContentPart=ChatCompletionTextContentPart,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionUserMessage")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionUserMessage",
    {
        "role": _checks.STRING,
        "content": _checks.any_of(_checks.STRING, _checks.array(_checks.OBJECT)),
        "name": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class ChatCompletionUserMessage:
    """A message from the end user; may contain images.

    Example:
        {'role': 'user', 'content': [{'type': 'text', 'text': 'What is wrong with this chain?'}, {'type': 'image_url',
            'image_url': {'url': 'https://images.example.com/uploads/chain-1234.jpg'}}]}

    Attributes:
        role (ChatCompletionUserMessageRole): Always `user`. Default: ChatCompletionUserMessageRole.USER.
        content (list[ChatCompletionFileContentPart | ChatCompletionImageUrlContentPart |
            ChatCompletionInputAudioContentPart | ChatCompletionTextContentPart] | str): The message, as a string or as
            text, image, audio and file parts.
        name (str | Unset): An optional name for the participant. Example: alice.
    """

    content: (
        list[
            ChatCompletionFileContentPart
            | ChatCompletionImageUrlContentPart
            | ChatCompletionInputAudioContentPart
            | ChatCompletionTextContentPart
        ]
        | str
    )
    role: ChatCompletionUserMessageRole = ChatCompletionUserMessageRole.USER
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
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionImageUrlContentPart
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionInputAudioContentPart
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionFileContentPart
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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
        role = ChatCompletionUserMessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionFileContentPart
                | ChatCompletionImageUrlContentPart
                | ChatCompletionInputAudioContentPart
                | ChatCompletionTextContentPart
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionFileContentPart
                        | ChatCompletionImageUrlContentPart
                        | ChatCompletionInputAudioContentPart
                        | ChatCompletionTextContentPart
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_user_content_part_type_0 = ChatCompletionImageUrlContentPart.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_user_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_user_content_part_type_1 = ChatCompletionInputAudioContentPart.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_user_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_user_content_part_type_2 = ChatCompletionFileContentPart.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_user_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_user_content_part_type_3 = (
                            ChatCompletionTextContentPart.from_dict(data)
                        )

                        return (
                            componentsschemas_chat_completion_user_content_part_type_3
                        )

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatCompletionFileContentPart
                    | ChatCompletionImageUrlContentPart
                    | ChatCompletionInputAudioContentPart
                    | ChatCompletionTextContentPart
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        chat_completion_user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_user_message.additional_properties = d
        return chat_completion_user_message

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
