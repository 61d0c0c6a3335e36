from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_input_args import RunInputArgs

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.run_input_args import RunInputArgs  # noqa: PLC0415

    globals().update(
        RunInputArgs=RunInputArgs,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="RunInput")

_FIELD_TYPES = _checks.Fields(
    "RunInput",
    {
        "args": _checks.OBJECT,
        "url": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class RunInput:
    """The run's input as submitted; exactly one of `args` or `url` is set.

    Attributes:
        args (RunInputArgs | Unset): The inline JSON input. Example: {'prompt': 'Summarize the attached meeting notes in
            five bullet points.'}.
        url (str | Unset): The input file URL. Example:
            files/7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe/batches/2025-04-01.jsonl.
    """

    args: RunInputArgs | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        _args = d.pop("args", UNSET)
        args: RunInputArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = RunInputArgs.from_dict(_args)

        url = d.pop("url", UNSET)

        run_input = cls(
            args=args,
            url=url,
        )

        run_input.additional_properties = d
        return run_input

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
