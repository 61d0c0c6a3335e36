"""Resource objects of this package, written by `make generate` from management.yaml.

Do not edit: regenerate instead. The behaviour is aiplane.resources'; each class here is
declared by the spec's x-aiplane-resources and typed from the generated models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiplane.resources import AsyncResource, Resource, ResourceSpec

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from aiplane import AsyncClient, Client
    from aiplane.resources import AsyncResourcePager, ResourcePager

    from .models.chat_model_metrics import ChatModelMetrics
    from .models.content_moderation_config import ContentModerationConfig
    from .models.dedicated_ai_cluster import DedicatedAiCluster
    from .models.dedicated_ai_cluster_capacity import DedicatedAiClusterCapacity
    from .models.dedicated_ai_cluster_hosting_capacity import (
        DedicatedAiClusterHostingCapacity,
    )
    from .models.dedicated_ai_cluster_lifecycle_state import (
        DedicatedAiClusterLifecycleState,
    )
    from .models.dedicated_ai_cluster_sort_by import DedicatedAiClusterSortBy
    from .models.dedicated_ai_cluster_type import DedicatedAiClusterType
    from .models.dedicated_ai_cluster_unit_shape import DedicatedAiClusterUnitShape
    from .models.defined_tags import DefinedTags
    from .models.endpoint import Endpoint
    from .models.endpoint_lifecycle_state import EndpointLifecycleState
    from .models.endpoint_sort_by import EndpointSortBy
    from .models.fine_tune_details import FineTuneDetails
    from .models.freeform_tags import FreeformTags
    from .models.model import Model
    from .models.model_capability import ModelCapability
    from .models.model_lifecycle_state import ModelLifecycleState
    from .models.model_metrics import ModelMetrics
    from .models.model_sort_by import ModelSortBy
    from .models.model_type import ModelType
    from .models.pii_detection_config import PiiDetectionConfig
    from .models.prompt_injection_config import PromptInjectionConfig
    from .models.sort_order import SortOrder
    from .models.system_tags import SystemTags
    from .models.text_generation_model_metrics import TextGenerationModelMetrics
    from .types import UNSET, Unset

__all__ = [
    "AsyncClusterResource",
    "AsyncEndpointResource",
    "AsyncModelResource",
    "ClusterResource",
    "EndpointResource",
    "ModelResource",
]

_SPECS = {
    "Cluster": ResourceSpec(
        name="Cluster",
        operations={
            "get": "aiplane_management.api.dedicated_ai_cluster.get_dedicated_ai_cluster",
            "list": "aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters",
            "create": "aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster",
            "update": "aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster",
            "delete": "aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster",
        },
        id_field="id",
        bodies={
            "create": "aiplane_management.models.create_dedicated_ai_cluster_details:CreateDedicatedAiClusterDetails",
            "update": "aiplane_management.models.update_dedicated_ai_cluster_details:UpdateDedicatedAiClusterDetails",
        },
        creatable=frozenset(
            [
                "capacity_reservation_id",
                "compartment_id",
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "type_",
                "unit_count",
                "unit_shape",
            ]
        ),
        create_required=frozenset(
            ["compartment_id", "type_", "unit_count", "unit_shape"]
        ),
        updatable=frozenset(
            [
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "unit_count",
            ]
        ),
        fields=frozenset(
            [
                "capacity",
                "capacity_reservation_id",
                "compartment_id",
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "id",
                "lifecycle_details",
                "lifecycle_state",
                "previous_state",
                "system_tags",
                "time_created",
                "time_updated",
                "type_",
                "unit_count",
                "unit_shape",
            ]
        ),
        required=frozenset(
            [
                "compartment_id",
                "id",
                "lifecycle_state",
                "time_created",
                "type_",
                "unit_count",
                "unit_shape",
            ]
        ),
        actions={
            "compartment_id": (
                "aiplane_management.api.dedicated_ai_cluster.change_dedicated_ai_cluster_compartment",
                "aiplane_management.models.change_dedicated_ai_cluster_compartment_details:ChangeDedicatedAiClusterCompartmentDetails",
            )
        },
    ),
    "Endpoint": ResourceSpec(
        name="Endpoint",
        operations={
            "get": "aiplane_management.api.endpoint.get_endpoint",
            "list": "aiplane_management.api.endpoint.list_endpoints",
            "create": "aiplane_management.api.endpoint.create_endpoint",
            "update": "aiplane_management.api.endpoint.update_endpoint",
            "delete": "aiplane_management.api.endpoint.delete_endpoint",
        },
        id_field="id",
        bodies={
            "create": "aiplane_management.models.create_endpoint_details:CreateEndpointDetails",
            "update": "aiplane_management.models.update_endpoint_details:UpdateEndpointDetails",
        },
        creatable=frozenset(
            [
                "compartment_id",
                "content_moderation_config",
                "dedicated_ai_cluster_id",
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "generative_ai_private_endpoint_id",
                "model_id",
                "pii_detection_config",
                "prompt_injection_config",
            ]
        ),
        create_required=frozenset(
            ["compartment_id", "dedicated_ai_cluster_id", "model_id"]
        ),
        updatable=frozenset(
            [
                "content_moderation_config",
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "generative_ai_private_endpoint_id",
                "pii_detection_config",
                "prompt_injection_config",
            ]
        ),
        fields=frozenset(
            [
                "compartment_id",
                "content_moderation_config",
                "dedicated_ai_cluster_id",
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "generative_ai_private_endpoint_id",
                "id",
                "lifecycle_details",
                "lifecycle_state",
                "model_id",
                "pii_detection_config",
                "previous_state",
                "prompt_injection_config",
                "system_tags",
                "time_created",
                "time_updated",
            ]
        ),
        required=frozenset(
            [
                "compartment_id",
                "dedicated_ai_cluster_id",
                "id",
                "lifecycle_state",
                "model_id",
                "time_created",
            ]
        ),
        actions={
            "compartment_id": (
                "aiplane_management.api.endpoint.change_endpoint_compartment",
                "aiplane_management.models.change_endpoint_compartment_details:ChangeEndpointCompartmentDetails",
            )
        },
    ),
    "Model": ResourceSpec(
        name="Model",
        operations={
            "get": "aiplane_management.api.model.get_model",
            "list": "aiplane_management.api.model.list_models",
            "create": "aiplane_management.api.model.create_model",
            "update": "aiplane_management.api.model.update_model",
            "delete": "aiplane_management.api.model.delete_model",
        },
        id_field="id",
        bodies={
            "create": "aiplane_management.models.create_model_details:CreateModelDetails",
            "update": "aiplane_management.models.update_model_details:UpdateModelDetails",
        },
        creatable=frozenset(
            [
                "base_model_id",
                "compartment_id",
                "defined_tags",
                "description",
                "display_name",
                "fine_tune_details",
                "freeform_tags",
                "vendor",
                "version",
            ]
        ),
        create_required=frozenset(
            ["base_model_id", "compartment_id", "fine_tune_details"]
        ),
        updatable=frozenset(
            [
                "defined_tags",
                "description",
                "display_name",
                "freeform_tags",
                "vendor",
                "version",
            ]
        ),
        fields=frozenset(
            [
                "base_model_id",
                "capabilities",
                "compartment_id",
                "defined_tags",
                "description",
                "display_name",
                "fine_tune_details",
                "freeform_tags",
                "id",
                "is_long_term_supported",
                "lifecycle_details",
                "lifecycle_state",
                "model_metrics",
                "previous_state",
                "system_tags",
                "time_created",
                "time_dedicated_retired",
                "time_deprecated",
                "time_on_demand_retired",
                "time_updated",
                "type_",
                "vendor",
                "version",
            ]
        ),
        required=frozenset(
            [
                "capabilities",
                "compartment_id",
                "id",
                "lifecycle_state",
                "time_created",
                "type_",
            ]
        ),
        actions={
            "compartment_id": (
                "aiplane_management.api.model.change_model_compartment",
                "aiplane_management.models.change_model_compartment_details:ChangeModelCompartmentDetails",
            )
        },
    ),
}


class ClusterResource(Resource):
    """The Cluster resource (aiplane.resources.Resource)."""

    SPEC = _SPECS["Cluster"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: Client,
            *,
            type_: DedicatedAiClusterType | str,
            compartment_id: str,
            unit_count: int,
            unit_shape: str,
            display_name: str | Unset = ...,
            description: str | Unset = ...,
            capacity_reservation_id: str | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        capacity_reservation_id: str | Unset
        compartment_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        freeform_tags: FreeformTags | Unset
        type_: DedicatedAiClusterType | str
        unit_count: int
        unit_shape: DedicatedAiClusterUnitShape | str

        @property
        def id(self) -> str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def lifecycle_state(self) -> DedicatedAiClusterLifecycleState | str: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def capacity(
            self,
        ) -> DedicatedAiClusterCapacity | DedicatedAiClusterHostingCapacity | Unset: ...
        @property
        def previous_state(self) -> DedicatedAiCluster | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: Client,
            *,
            compartment_id: str,
            lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
            capacity_reservation_id: str | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> ResourcePager[Self]: ...


class AsyncClusterResource(AsyncResource):
    """The Cluster resource (the awaitable twin of aiplane.resources.AsyncResource)."""

    SPEC = _SPECS["Cluster"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: AsyncClient,
            *,
            type_: DedicatedAiClusterType | str,
            compartment_id: str,
            unit_count: int,
            unit_shape: str,
            display_name: str | Unset = ...,
            description: str | Unset = ...,
            capacity_reservation_id: str | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        capacity_reservation_id: str | Unset
        compartment_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        freeform_tags: FreeformTags | Unset
        type_: DedicatedAiClusterType | str
        unit_count: int
        unit_shape: DedicatedAiClusterUnitShape | str

        @property
        def id(self) -> str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def lifecycle_state(self) -> DedicatedAiClusterLifecycleState | str: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def capacity(
            self,
        ) -> DedicatedAiClusterCapacity | DedicatedAiClusterHostingCapacity | Unset: ...
        @property
        def previous_state(self) -> DedicatedAiCluster | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: AsyncClient,
            *,
            compartment_id: str,
            lifecycle_state: DedicatedAiClusterLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: DedicatedAiClusterSortBy | Unset = UNSET,
            capacity_reservation_id: str | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> AsyncResourcePager[Self]: ...


class EndpointResource(Resource):
    """The Endpoint resource (aiplane.resources.Resource)."""

    SPEC = _SPECS["Endpoint"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: Client,
            *,
            compartment_id: str,
            model_id: str,
            dedicated_ai_cluster_id: str,
            display_name: str | Unset = ...,
            description: str | Unset = ...,
            generative_ai_private_endpoint_id: str | Unset = ...,
            content_moderation_config: ContentModerationConfig | Unset = ...,
            prompt_injection_config: PromptInjectionConfig | Unset = ...,
            pii_detection_config: PiiDetectionConfig | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        compartment_id: str
        content_moderation_config: ContentModerationConfig | Unset
        dedicated_ai_cluster_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        freeform_tags: FreeformTags | Unset
        generative_ai_private_endpoint_id: str | Unset
        model_id: str
        pii_detection_config: PiiDetectionConfig | Unset
        prompt_injection_config: PromptInjectionConfig | Unset

        @property
        def id(self) -> str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def lifecycle_state(self) -> EndpointLifecycleState | str: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def previous_state(self) -> Endpoint | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: Client,
            *,
            compartment_id: str,
            lifecycle_state: EndpointLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            generative_ai_private_endpoint_id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: EndpointSortBy | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> ResourcePager[Self]: ...


class AsyncEndpointResource(AsyncResource):
    """The Endpoint resource (the awaitable twin of aiplane.resources.AsyncResource)."""

    SPEC = _SPECS["Endpoint"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: AsyncClient,
            *,
            compartment_id: str,
            model_id: str,
            dedicated_ai_cluster_id: str,
            display_name: str | Unset = ...,
            description: str | Unset = ...,
            generative_ai_private_endpoint_id: str | Unset = ...,
            content_moderation_config: ContentModerationConfig | Unset = ...,
            prompt_injection_config: PromptInjectionConfig | Unset = ...,
            pii_detection_config: PiiDetectionConfig | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        compartment_id: str
        content_moderation_config: ContentModerationConfig | Unset
        dedicated_ai_cluster_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        freeform_tags: FreeformTags | Unset
        generative_ai_private_endpoint_id: str | Unset
        model_id: str
        pii_detection_config: PiiDetectionConfig | Unset
        prompt_injection_config: PromptInjectionConfig | Unset

        @property
        def id(self) -> str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def lifecycle_state(self) -> EndpointLifecycleState | str: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def previous_state(self) -> Endpoint | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: AsyncClient,
            *,
            compartment_id: str,
            lifecycle_state: EndpointLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            generative_ai_private_endpoint_id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: EndpointSortBy | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> AsyncResourcePager[Self]: ...


class ModelResource(Resource):
    """The Model resource (aiplane.resources.Resource)."""

    SPEC = _SPECS["Model"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: Client,
            *,
            compartment_id: str,
            base_model_id: str,
            fine_tune_details: FineTuneDetails,
            display_name: str | Unset = ...,
            vendor: str | Unset = ...,
            version: str | Unset = ...,
            description: str | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        base_model_id: str | Unset
        compartment_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        fine_tune_details: FineTuneDetails | Unset
        freeform_tags: FreeformTags | Unset
        vendor: str | Unset
        version: str | Unset

        @property
        def id(self) -> str: ...
        @property
        def capabilities(self) -> list[ModelCapability | str]: ...
        @property
        def lifecycle_state(self) -> ModelLifecycleState | str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def type_(self) -> ModelType | str: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def model_metrics(
            self,
        ) -> ChatModelMetrics | ModelMetrics | TextGenerationModelMetrics | Unset: ...
        @property
        def is_long_term_supported(self) -> bool | Unset: ...
        @property
        def time_deprecated(self) -> datetime.datetime | Unset: ...
        @property
        def time_on_demand_retired(self) -> datetime.datetime | Unset: ...
        @property
        def time_dedicated_retired(self) -> datetime.datetime | Unset: ...
        @property
        def previous_state(self) -> Model | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: Client,
            *,
            vendor: str | Unset = UNSET,
            capability: list[ModelCapability] | Unset = UNSET,
            compartment_id: str,
            lifecycle_state: ModelLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: ModelSortBy | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> ResourcePager[Self]: ...


class AsyncModelResource(AsyncResource):
    """The Model resource (the awaitable twin of aiplane.resources.AsyncResource)."""

    SPEC = _SPECS["Model"]

    if TYPE_CHECKING:

        def __init__(
            self,
            client: AsyncClient,
            *,
            compartment_id: str,
            base_model_id: str,
            fine_tune_details: FineTuneDetails,
            display_name: str | Unset = ...,
            vendor: str | Unset = ...,
            version: str | Unset = ...,
            description: str | Unset = ...,
            freeform_tags: FreeformTags | Unset = ...,
            defined_tags: DefinedTags | Unset = ...,
        ) -> None: ...

        base_model_id: str | Unset
        compartment_id: str
        defined_tags: DefinedTags | Unset
        description: str | Unset
        display_name: str | Unset
        fine_tune_details: FineTuneDetails | Unset
        freeform_tags: FreeformTags | Unset
        vendor: str | Unset
        version: str | Unset

        @property
        def id(self) -> str: ...
        @property
        def capabilities(self) -> list[ModelCapability | str]: ...
        @property
        def lifecycle_state(self) -> ModelLifecycleState | str: ...
        @property
        def time_created(self) -> datetime.datetime: ...
        @property
        def type_(self) -> ModelType | str: ...
        @property
        def lifecycle_details(self) -> str | Unset: ...
        @property
        def time_updated(self) -> datetime.datetime | Unset: ...
        @property
        def model_metrics(
            self,
        ) -> ChatModelMetrics | ModelMetrics | TextGenerationModelMetrics | Unset: ...
        @property
        def is_long_term_supported(self) -> bool | Unset: ...
        @property
        def time_deprecated(self) -> datetime.datetime | Unset: ...
        @property
        def time_on_demand_retired(self) -> datetime.datetime | Unset: ...
        @property
        def time_dedicated_retired(self) -> datetime.datetime | Unset: ...
        @property
        def previous_state(self) -> Model | Unset: ...
        @property
        def system_tags(self) -> SystemTags | Unset: ...
        @classmethod
        def list(
            cls,
            client: AsyncClient,
            *,
            vendor: str | Unset = UNSET,
            capability: list[ModelCapability] | Unset = UNSET,
            compartment_id: str,
            lifecycle_state: ModelLifecycleState | Unset = UNSET,
            display_name: str | Unset = UNSET,
            id: str | Unset = UNSET,
            limit: int | Unset = UNSET,
            page: str | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            sort_by: ModelSortBy | Unset = UNSET,
            opc_request_id: str | Unset = UNSET,
            max_items: int | None = None,
            resume: str | None = None,
        ) -> AsyncResourcePager[Self]: ...
