from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from ..models.completion_usage import CompletionUsage

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: PLC0415
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415

    globals().update(
        ChatCompletionChunkChoice=ChatCompletionChunkChoice,
        CompletionUsage=CompletionUsage,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionChunk")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionChunk",
    {
        "id": _checks.STRING,
        "object": _checks.STRING,
        "created": _checks.INTEGER,
        "model": _checks.STRING,
        "choices": _checks.array(_checks.OBJECT),
        "system_fingerprint": _checks.any_of(_checks.STRING, _checks.NULL),
        "service_tier": _checks.any_of(_checks.STRING, _checks.NULL),
        "usage": _checks.any_of(_checks.OBJECT, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ChatCompletionChunk:
    """One event of a streamed chat completion (`data: {...}` in the event stream). The chunks of
    one completion share `id`, `created` and `model`; concatenating the `delta.content` of a
    choice gives its text; tool calls are assembled by `index`.

        Example:
            {'id': 'chatcmpl-9f3c2a7e', 'object': 'chat.completion.chunk', 'created': 1741944413, 'model':
                'meta.llama-3.3-70b-instruct', 'choices': [{'index': 0, 'delta': {'content': 'Yes, we repair'}, 'finish_reason':
                None}], 'usage': None}

        Attributes:
            id (str): The completion's id, the same in every chunk. Example: chatcmpl-9f3c2a7e.
            object_ (str): Always `chat.completion.chunk`. Example: chat.completion.chunk.
            created (int): When the completion was created, in Unix seconds. Example: 1741944413.
            model (str): The model that generates the completion. Example: meta.llama-3.3-70b-instruct.
            choices (list[ChatCompletionChunkChoice]): The choices this chunk updates; empty in the final usage chunk.
            system_fingerprint (None | str | Unset): The backend configuration that generates the completion. Example:
                fp_oci_llama33_20250301.
            service_tier (None | str | Unset): The processing tier that serves the request. Open enum. Example: default.
            usage (CompletionUsage | None | Unset): Null, except in the final chunk when `stream_options.include_usage` is
                true.
    """

    id: str
    object_: str
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    usage: CompletionUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        def _parse_system_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_fingerprint = _parse_system_fingerprint(
            d.pop("system_fingerprint", UNSET)
        )

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_usage(data: object) -> CompletionUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = CompletionUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        chat_completion_chunk = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            usage=usage,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
