from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.mtls_callback_auth_kind import MtlsCallbackAuthKind
from ..types import Unset

T = TypeVar("T", bound="MtlsCallbackAuth")

_FIELD_TYPES = _checks.Fields(
    "MtlsCallbackAuth",
    {
        "kind": _checks.STRING,
        "cert": _checks.STRING,
        "key": _checks.STRING,
    },
)


def _redacted(value: object) -> str:
    """The repr of a field the spec marks `format: password`: never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'***'"


@_attrs_define(repr=False)
class MtlsCallbackAuth:
    """A TLS client certificate the server presents when calling `callbackUrl` (mutual TLS).
    The private key is never returned.

        Attributes:
            kind (MtlsCallbackAuthKind): Always `mtls`. Default: MtlsCallbackAuthKind.MTLS.
            cert (str): The client certificate chain, PEM (`-----BEGIN CERTIFICATE-----`). Example: -----BEGIN
                CERTIFICATE-----
                MIIB...
                -----END CERTIFICATE-----
                .
            key (str): The certificate's private key, PEM, unencrypted; write-only. Example: -----BEGIN PRIVATE KEY-----
                ...
                -----END PRIVATE KEY-----
                .
    """

    cert: str
    key: str = _attrs_field(repr=_redacted)
    kind: MtlsCallbackAuthKind = MtlsCallbackAuthKind.MTLS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        cert = self.cert

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "cert": cert,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        kind = MtlsCallbackAuthKind(d.pop("kind"))

        cert = d.pop("cert")

        key = d.pop("key")

        mtls_callback_auth = cls(
            kind=kind,
            cert=cert,
            key=key,
        )

        mtls_callback_auth.additional_properties = d
        return mtls_callback_auth

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
