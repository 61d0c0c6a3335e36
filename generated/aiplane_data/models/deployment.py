from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json_checks as _checks
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_features import DeploymentFeatures
    from ..models.scale_settings import ScaleSettings

_IMPORTS_PENDING = True


def _import_lazily() -> None:
    global _IMPORTS_PENDING
    from ..models.deployment_features import DeploymentFeatures  # noqa: PLC0415
    from ..models.scale_settings import ScaleSettings  # noqa: PLC0415

    globals().update(
        DeploymentFeatures=DeploymentFeatures,
        ScaleSettings=ScaleSettings,
    )
    _IMPORTS_PENDING = False


T = TypeVar("T", bound="Deployment")

_FIELD_TYPES = _checks.Fields(
    "Deployment",
    {
        "id": _checks.STRING,
        "object": _checks.STRING,
        "model": _checks.STRING,
        "created_at": _checks.INTEGER,
        "display_name": _checks.STRING,
        "owner": _checks.STRING,
        "status": _checks.STRING,
        "updated_at": _checks.INTEGER,
        "scale_settings": _checks.OBJECT,
        "features": _checks.OBJECT,
        "model_id": _checks.STRING,
        "compartment_id": _checks.STRING,
        "capabilities": _checks.array(_checks.STRING),
    },
)


@_attrs_define(repr=False)
class Deployment:
    """A deployment, i.e. a management-plane endpoint that serves a model, in AI DIAL's shape
    (snake_case fields, epoch-second times). Clients must accept fields they do not know.

        Attributes:
            id (str): The deployment id, the OCID of the management-plane endpoint. Example:
                ocid1.generativeaiendpoint.oc1.us-chicago-1.amaaaaaabnqp43iaf4pldq2cyl6dqz3lyb3p2n7yx4w4h6lwg7zk5bqeq5wa.
            object_ (str): Always `deployment`. Example: deployment.
            model (str): The name of the model the deployment serves, as echoed in chat completions' `model`. Example:
                meta.llama-3.3-70b-instruct.
            created_at (int): When the endpoint was created, in Unix seconds. Example: 1741944413.
            display_name (str | Unset): The endpoint's display name. Example: support-bot-llama.
            owner (str | Unset): Who owns the deployment; always `organization-owner`. Example: organization-owner.
            status (DeploymentStatus | str | Unset): The endpoint's lifecycle state; only ACTIVE deployments accept
                requests.
            updated_at (int | Unset): When the endpoint was last updated, in Unix seconds. Example: 1741945270.
            scale_settings (ScaleSettings | Unset): How a deployment scales.
            features (DeploymentFeatures | Unset): What the deployment supports (AI DIAL feature flags, e.g. `tools`,
                `seed`). Example: {'tools': True, 'seed': True}.
            model_id (str | Unset): The OCID of the management-plane model the endpoint serves. Example:
                ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaask7dceyaiir6nnhmlgwvh37dr2mvragxzszqmz3hok52pcgmpqta.
            compartment_id (str | Unset): The OCID of the endpoint's compartment. Example:
                ocid1.compartment.oc1..aaaaaaaa4s5xodq2vwyvbxodxxqcqo2mjw2uwjezmsjnxqvbmcegbdvxlf6a.
            capabilities (list[str] | Unset): What the deployment can do, e.g. `CHAT` or `TEXT_EMBEDDINGS`. Example:
                ['CHAT'].
    """

    id: str
    object_: str
    model: str
    created_at: int
    display_name: str | Unset = UNSET
    owner: str | Unset = UNSET
    status: DeploymentStatus | str | Unset = UNSET
    updated_at: int | Unset = UNSET
    scale_settings: ScaleSettings | Unset = UNSET
    features: DeploymentFeatures | Unset = UNSET
    model_id: str | Unset = UNSET
    compartment_id: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _checks.model_repr(self, Unset)

    def to_dict(self) -> dict[str, Any]:
        if _IMPORTS_PENDING:
            _import_lazily()
        id = self.id

        object_ = self.object_

        model = self.model

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

        scale_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_settings, Unset):
            scale_settings = self.scale_settings.to_dict()

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        model_id = self.model_id

        compartment_id = self.compartment_id

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "model": model,
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
        if scale_settings is not UNSET:
            field_dict["scale_settings"] = scale_settings
        if features is not UNSET:
            field_dict["features"] = features
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if compartment_id is not UNSET:
            field_dict["compartment_id"] = compartment_id
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _IMPORTS_PENDING:
            _import_lazily()
        _FIELD_TYPES.check(src_dict)
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        model = d.pop("model")

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

        _scale_settings = d.pop("scale_settings", UNSET)
        scale_settings: ScaleSettings | Unset
        if isinstance(_scale_settings, Unset):
            scale_settings = UNSET
        else:
            scale_settings = ScaleSettings.from_dict(_scale_settings)

        _features = d.pop("features", UNSET)
        features: DeploymentFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = DeploymentFeatures.from_dict(_features)

        model_id = d.pop("model_id", UNSET)

        compartment_id = d.pop("compartment_id", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        deployment = cls(
            id=id,
            object_=object_,
            model=model,
            created_at=created_at,
            display_name=display_name,
            owner=owner,
            status=status,
            updated_at=updated_at,
            scale_settings=scale_settings,
            features=features,
            model_id=model_id,
            compartment_id=compartment_id,
            capabilities=capabilities,
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
