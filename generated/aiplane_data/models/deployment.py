from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deployment")

_FIELD_TYPES = _checks.Fields(
    "Deployment",
    {
        "id": _checks.STRING,
        "object": _checks.STRING,
        "model": _checks.STRING,
        "status": _checks.STRING,
        "createdAt": _checks.STRING,
        "displayName": _checks.STRING,
        "modelId": _checks.STRING,
        "compartmentId": _checks.STRING,
        "capabilities": _checks.array(_checks.STRING),
        "updatedAt": _checks.STRING,
    },
)


@_attrs_define
class Deployment:
    """A deployment, i.e. a management-plane endpoint that serves a model.

    Attributes:
        id (str): The deployment id, the OCID of the management-plane endpoint. Example:
            ocid1.generativeaiendpoint.oc1.us-chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
        object_ (str): Always `deployment`. Example: deployment.
        model (str): The name of the model the deployment serves, as echoed in chat completions' `model`. Example:
            meta.llama-3.3-70b-instruct.
        status (DeploymentStatus | str): The endpoint's lifecycle state; only ACTIVE deployments accept requests.
        created_at (datetime.datetime): When the endpoint was created. Example: 2025-03-14T09:26:53.589Z.
        display_name (str | Unset): The endpoint's display name. Example: support-bot-llama.
        model_id (str | Unset): The OCID of the management-plane model the endpoint serves. Example:
            ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceyaiir6nnhmlgwvh37dr2mvragxzszqmz3hok52pcgmpqta.
        compartment_id (str | Unset): The OCID of the endpoint's compartment. Example:
            ocid1.compartment.oc1..aaaaaaaa4s5xodq2vwyvbxodxxqcqo2mjw2uwjezmsjnxqvbmcegbdvxlf6a.
        capabilities (list[str] | Unset): What the deployment can do, e.g. `CHAT` or `TEXT_EMBEDDINGS`. Example:
            ['CHAT'].
        updated_at (datetime.datetime | Unset): When the endpoint was last updated; absent if never. Example:
            2025-03-14T09:41:10.002Z.
    """

    id: str
    object_: str
    model: str
    status: DeploymentStatus | str
    created_at: datetime.datetime
    display_name: str | Unset = UNSET
    model_id: str | Unset = UNSET
    compartment_id: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        model = self.model

        status: str
        if isinstance(self.status, DeploymentStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        model_id = self.model_id

        compartment_id = self.compartment_id

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
                "status": status,
                "createdAt": created_at,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if compartment_id is not UNSET:
            field_dict["compartmentId"] = compartment_id
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        model = d.pop("model")

        def _parse_status(data: object) -> DeploymentStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeploymentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        display_name = d.pop("displayName", UNSET)

        model_id = d.pop("modelId", UNSET)

        compartment_id = d.pop("compartmentId", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        deployment = cls(
            id=id,
            object_=object_,
            model=model,
            status=status,
            created_at=created_at,
            display_name=display_name,
            model_id=model_id,
            compartment_id=compartment_id,
            capabilities=capabilities,
            updated_at=updated_at,
        )

        deployment.additional_properties = d
        return deployment

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
