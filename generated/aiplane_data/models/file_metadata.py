from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.node_type import NodeType
from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileMetadata")

_FIELD_TYPES = _checks.Fields(
    "FileMetadata",
    {
        "name": _checks.STRING,
        "bucket": _checks.STRING,
        "url": _checks.STRING,
        "nodeType": _checks.STRING,
        "parentPath": _checks.any_of(_checks.STRING, _checks.NULL),
        "resourceType": _checks.STRING,
        "contentLength": _checks.INTEGER,
        "contentType": _checks.STRING,
        "etag": _checks.STRING,
        "createdAt": _checks.INTEGER,
        "updatedAt": _checks.INTEGER,
        "items": _checks.array(_checks.OBJECT),
        "nextToken": _checks.STRING,
    },
)


@_attrs_define(repr=False)
class FileMetadata:
    """Metadata of a file or a folder. Files have `contentLength`, `contentType`, `etag`,
    `createdAt` and `updatedAt`. Folders returned by getFileMetadata or listBucketRoot have
    their direct children in `items` and, when more exist, `nextToken`; the children
    themselves carry no `items`.

        Attributes:
            name (str): The last segment of the path; empty for the bucket root. Example: q1-report.pdf.
            bucket (str): The bucket id. Example: 7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe.
            url (str): The node's URL relative to the API root, `files/{bucket}/{path}`; folders end with `/`. Example:
                files/7G9WZNcoY26Vy9D7bEgbv6zqbJGfyDp9KkgqWjGJdEe/reports/2025/q1-report.pdf.
            node_type (NodeType | str): ITEM (a file) or FOLDER.
            parent_path (None | str | Unset): The path of the parent folder inside the bucket, without trailing `/`; null at
                the root. Example: reports/2025.
            resource_type (ResourceType | str | Unset): The kind of resource; FILE.
            content_length (int | Unset): The file's size in bytes. Example: 482113.
            content_type (str | Unset): The file's media type. Example: application/pdf.
            etag (str | Unset): The file's current etag, for `If-Match`. Example: 8f14e45fceea167a5a36dedd4bea2543.
            created_at (int | Unset): When the file was first created, in Unix milliseconds. Example: 1743495330120.
            updated_at (int | Unset): When the file's content was last written, in Unix milliseconds. Example:
                1743495330120.
            items (list[FileMetadata] | Unset): A folder's direct children (one page of them).
            next_token (str | Unset): The token of the next page of `items`, passed as `token`; absent on the last page.
                Example: eyJhZnRlciI6InExLXJlcG9ydC5wZGYifQ.
    """

    name: str
    bucket: str
    url: str
    node_type: NodeType | str
    parent_path: None | str | Unset = UNSET
    resource_type: ResourceType | str | Unset = UNSET
    content_length: int | Unset = UNSET
    content_type: str | Unset = UNSET
    etag: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    items: list[FileMetadata] | Unset = UNSET
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        bucket = self.bucket

        url = self.url

        node_type: str
        if isinstance(self.node_type, NodeType):
            node_type = self.node_type.value
        else:
            node_type = self.node_type

        parent_path: None | str | Unset
        if isinstance(self.parent_path, Unset):
            parent_path = UNSET
        else:
            parent_path = self.parent_path

        resource_type: str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, ResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        content_length = self.content_length

        content_type = self.content_type

        etag = self.etag

        created_at = self.created_at

        updated_at = self.updated_at

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "bucket": bucket,
                "url": url,
                "nodeType": node_type,
            }
        )
        if parent_path is not UNSET:
            field_dict["parentPath"] = parent_path
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if etag is not UNSET:
            field_dict["etag"] = etag
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if items is not UNSET:
            field_dict["items"] = items
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        bucket = d.pop("bucket")

        url = d.pop("url")

        def _parse_node_type(data: object) -> NodeType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                node_type_type_0 = NodeType(data)

                return node_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeType | str, data)

        node_type = _parse_node_type(d.pop("nodeType"))

        def _parse_parent_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_path = _parse_parent_path(d.pop("parentPath", UNSET))

        def _parse_resource_type(data: object) -> ResourceType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = ResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResourceType | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resourceType", UNSET))

        content_length = d.pop("contentLength", UNSET)

        content_type = d.pop("contentType", UNSET)

        etag = d.pop("etag", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _items = d.pop("items", UNSET)
        items: list[FileMetadata] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = FileMetadata.from_dict(items_item_data)

                items.append(items_item)

        next_token = d.pop("nextToken", UNSET)

        file_metadata = cls(
            name=name,
            bucket=bucket,
            url=url,
            node_type=node_type,
            parent_path=parent_path,
            resource_type=resource_type,
            content_length=content_length,
            content_type=content_type,
            etag=etag,
            created_at=created_at,
            updated_at=updated_at,
            items=items,
            next_token=next_token,
        )

        file_metadata.additional_properties = d
        return file_metadata

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
