from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")

_FIELD_TYPES = _checks.Fields(
    "Application",
    {
        "id": _checks.STRING,
        "object": _checks.STRING,
        "application": _checks.STRING,
        "created_at": _checks.INTEGER,
        "display_name": _checks.STRING,
        "owner": _checks.STRING,
        "status": _checks.STRING,
        "updated_at": _checks.INTEGER,
    },
)


@_attrs_define(repr=False)
class Application:
    """An application in AI DIAL's shape; every deployment is one (it accepts runs).

    Attributes:
        id (str): The application id, the deployment's id. Example: ocid1.generativeaiendpoint.oc1.us-
            chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        object_ (str): Always `application`. Example: application.
        application (str): What the application runs; the deployment's display name, else its model. Example: support-
            bot-llama.
        created_at (int): When the endpoint was created, in Unix seconds. Example: 1741944413.
        display_name (str | Unset): The endpoint's display name. Example: support-bot-llama.
        owner (str | Unset): Who owns the application; always `organization-owner`. Example: organization-owner.
        status (DeploymentStatus | str | Unset): The endpoint's lifecycle state.
        updated_at (int | Unset): When the endpoint was last updated, in Unix seconds. Example: 1741945270.
    """

    id: str
    object_: str
    application: str
    created_at: int
    display_name: str | Unset = UNSET
    owner: str | Unset = UNSET
    status: DeploymentStatus | str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        application = self.application

        created_at = self.created_at

        display_name = self.display_name

        owner = self.owner

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DeploymentStatus):
            status = self.status.value
        else:
            status = self.status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "application": application,
                "created_at": created_at,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        application = d.pop("application")

        created_at = d.pop("created_at")

        display_name = d.pop("display_name", UNSET)

        owner = d.pop("owner", UNSET)

        def _parse_status(data: object) -> DeploymentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeploymentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        application_ = cls(
            id=id,
            object_=object_,
            application=application,
            created_at=created_at,
            display_name=display_name,
            owner=owner,
            status=status,
            updated_at=updated_at,
        )

        application_.additional_properties = d
        return application_

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
