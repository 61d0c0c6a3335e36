from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.completion_usage import CompletionUsage

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: PLC0415
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415

    globals().update(
        ChatCompletionChoice=ChatCompletionChoice,
        CompletionUsage=CompletionUsage,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletion")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletion",
    {
        "id": _checks.STRING,
        "object": _checks.STRING,
        "created": _checks.INTEGER,
        "model": _checks.STRING,
        "choices": _checks.array(_checks.OBJECT),
        "usage": _checks.OBJECT,
        "system_fingerprint": _checks.any_of(_checks.STRING, _checks.NULL),
        "service_tier": _checks.any_of(_checks.STRING, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ChatCompletion:
    """A chat completion.

    Attributes:
        id (str): The completion's id. Example: chatcmpl-9f3c2a7e4b1d4c0e8a6f5b2d1c0e9f8a.
        object_ (str): Always `chat.completion`. Example: chat.completion.
        created (int): When the completion was created, in Unix seconds. Example: 1741944413.
        model (str): The model that generated the completion. Example: meta.llama-3.3-70b-instruct.
        choices (list[ChatCompletionChoice]): The generated choices (`n` of them).
        usage (CompletionUsage | Unset): Token counts of the request.
        system_fingerprint (None | str | Unset): The backend configuration that generated the completion. Example:
            fp_oci_llama33_20250301.
        service_tier (None | str | Unset): The processing tier that served the request (the request's, else `default`).
            Open enum. Example: default.
    """

    id: str
    object_: str
    created: int
    model: str
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
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

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

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
        if usage is not UNSET:
            field_dict["usage"] = usage
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

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
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        _usage = d.pop("usage", UNSET)
        usage: CompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CompletionUsage.from_dict(_usage)

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

        chat_completion = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
        )

        chat_completion.additional_properties = d
        return chat_completion

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
