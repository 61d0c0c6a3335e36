from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta  # noqa: PLC0415
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs  # noqa: PLC0415

    globals().update(
        ChatCompletionChunkDelta=ChatCompletionChunkDelta,
        ChatCompletionLogprobs=ChatCompletionLogprobs,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionChunkChoice")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionChunkChoice",
    {
        "index": _checks.INTEGER,
        "delta": _checks.OBJECT,
        "finish_reason": _checks.any_of(_checks.STRING, _checks.NULL),
        "logprobs": _checks.any_of(_checks.OBJECT, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ChatCompletionChunkChoice:
    """An update to one choice.

    Attributes:
        index (int): The choice's position. Example: 0.
        delta (ChatCompletionChunkDelta): What this chunk adds to the choice's message.
        finish_reason (FinishReason | None | str | Unset): Null until the choice's last chunk, which says why generation
            stopped.
        logprobs (ChatCompletionLogprobs | None | Unset): Log probabilities of this chunk's tokens, when requested; else
            null.
    """

    index: int
    delta: ChatCompletionChunkDelta
    finish_reason: FinishReason | None | str | Unset = UNSET
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionChunkDelta.from_dict(d.pop("delta"))

        def _parse_finish_reason(data: object) -> FinishReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = FinishReason(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinishReason | None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        def _parse_logprobs(data: object) -> ChatCompletionLogprobs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatCompletionLogprobs.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionLogprobs | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        chat_completion_chunk_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

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
