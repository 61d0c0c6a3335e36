from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json_checks as _checks
from .. import types
from ..types import File, Unset

T = TypeVar("T", bound="UploadFileForm")

_FIELD_TYPES = _checks.Fields(
    "UploadFileForm",
    {
        "file": _checks.ANY,
    },
)


@_attrs_define(repr=False)
class UploadFileForm:
    """The multipart form of an upload; exactly one part, named `file`.

    Attributes:
        file (File): The file's bytes. The part's content type becomes the file's `contentType`.
    """

    file: File

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        upload_file_form = cls(
            file=file,
        )

        return upload_file_form
