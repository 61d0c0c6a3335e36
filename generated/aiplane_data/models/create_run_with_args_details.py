from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_callback_auth import BasicCallbackAuth
    from ..models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs
    from ..models.mtls_callback_auth import MtlsCallbackAuth
    from ..models.run_metadata import RunMetadata

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.basic_callback_auth import BasicCallbackAuth  # noqa: PLC0415
    from ..models.create_run_with_args_details_args import CreateRunWithArgsDetailsArgs  # noqa: PLC0415
    from ..models.mtls_callback_auth import MtlsCallbackAuth  # noqa: PLC0415
    from ..models.run_metadata import RunMetadata  # noqa: PLC0415

    globals().update(
        BasicCallbackAuth=BasicCallbackAuth,
        CreateRunWithArgsDetailsArgs=CreateRunWithArgsDetailsArgs,
        MtlsCallbackAuth=MtlsCallbackAuth,
        RunMetadata=RunMetadata,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="CreateRunWithArgsDetails")

_FIELD_TYPES = _checks.Fields(
    "CreateRunWithArgsDetails",
    {
        "args": _checks.OBJECT,
        "callbackUrl": _checks.STRING,
        "callbackAuth": _checks.OBJECT,
        "metadata": _checks.OBJECT,
    },
)


@_attrs_define(repr=False)
class CreateRunWithArgsDetails:
    """A run whose input is a JSON object given inline (`args`, never `url`).

    Attributes:
        args (CreateRunWithArgsDetailsArgs): The input, passed to the model as is. Example: {'prompt': 'Summarize the
            attached meeting notes in five bullet points.', 'max_tokens': 400}.
        callback_url (str | Unset): An `https://` URL the server POSTs the final Run JSON to when the run finishes.
            Example: https://hooks.example.com/aiplane/runs.
        callback_auth (BasicCallbackAuth | MtlsCallbackAuth | Unset): Credentials for calling `callbackUrl`: HTTP basic
            (`kind: basic`) or a TLS client
            certificate (`kind: mtls`). The password and the private key are never returned.
        metadata (RunMetadata | Unset): Caller-chosen string labels of the run (at most 32), returned as given. Example:
            {'ticket': 'SUP-4711'}.
    """

    args: CreateRunWithArgsDetailsArgs
    callback_url: str | Unset = UNSET
    callback_auth: BasicCallbackAuth | MtlsCallbackAuth | Unset = UNSET
    metadata: RunMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        args = self.args.to_dict()

        callback_url = self.callback_url

        callback_auth: dict[str, Any] | Unset
        if isinstance(self.callback_auth, Unset):
            callback_auth = UNSET
        elif isinstance(self.callback_auth, BasicCallbackAuth):
            callback_auth = self.callback_auth.to_dict()
        else:
            callback_auth = self.callback_auth.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "args": args,
            }
        )
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if callback_auth is not UNSET:
            field_dict["callbackAuth"] = callback_auth
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        args = CreateRunWithArgsDetailsArgs.from_dict(d.pop("args"))

        callback_url = d.pop("callbackUrl", UNSET)

        def _parse_callback_auth(
            data: object,
        ) -> BasicCallbackAuth | MtlsCallbackAuth | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                callback_auth_type_0 = BasicCallbackAuth.from_dict(data)

                return callback_auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            callback_auth_type_1 = MtlsCallbackAuth.from_dict(data)

            return callback_auth_type_1

        callback_auth = _parse_callback_auth(d.pop("callbackAuth", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RunMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunMetadata.from_dict(_metadata)

        create_run_with_args_details = cls(
            args=args,
            callback_url=callback_url,
            callback_auth=callback_auth,
            metadata=metadata,
        )

        create_run_with_args_details.additional_properties = d
        return create_run_with_args_details

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
