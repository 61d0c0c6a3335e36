from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs  # noqa: PLC0415
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage  # noqa: PLC0415

    globals().update(
        ChatCompletionLogprobs=ChatCompletionLogprobs,
        ChatCompletionResponseMessage=ChatCompletionResponseMessage,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="ChatCompletionChoice")

_FIELD_TYPES = _checks.Fields(
    "ChatCompletionChoice",
    {
        "index": _checks.INTEGER,
        "message": _checks.OBJECT,
        "finish_reason": _checks.STRING,
        "logprobs": _checks.any_of(_checks.OBJECT, _checks.NULL),
    },
)


@_attrs_define(repr=False)
class ChatCompletionChoice:
    """One generated choice.

    Attributes:
        index (int): The choice's position in `choices`. Example: 0.
        message (ChatCompletionResponseMessage): The message the model generated.
        finish_reason (FinishReason | str): Why generation stopped.
        logprobs (ChatCompletionLogprobs | None | Unset): Log probabilities of the output tokens, when requested; else
            null.
    """

    index: int
    message: ChatCompletionResponseMessage
    finish_reason: FinishReason | str
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        index = self.index

        message = self.message.to_dict()

        finish_reason: str
        if isinstance(self.finish_reason, FinishReason):
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
                "message": message,
                "finish_reason": finish_reason,
            }
        )
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

        message = ChatCompletionResponseMessage.from_dict(d.pop("message"))

        def _parse_finish_reason(data: object) -> FinishReason | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = FinishReason(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinishReason | str, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason"))

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

        chat_completion_choice = cls(
            index=index,
            message=message,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
