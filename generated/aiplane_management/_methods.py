"""Typed methods for every operation of this package, by `make generate` from management.yaml.

Do not edit: regenerate instead. aiplane.Client mixes ManagementMethods into the plane that serves
these operations, aiplane.AsyncClient AsyncManagementMethods (see aiplane._plane_methods).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from aiplane._plane_methods import AsyncMethods, SyncMethods

from .types import UNSET

if TYPE_CHECKING:
    from aiplane._options import OnRetry
    from aiplane._plane_methods import Timeout
    from aiplane.pagination import AsyncPaginator, Paginator
    from aiplane.retry import RetryPolicy
    from aiplane.waiters import PollSchedule

    from .models.allocatable_gpu_summary import AllocatableGpuSummary
    from .models.change_dedicated_ai_cluster_compartment_details import (
        ChangeDedicatedAiClusterCompartmentDetails,
    )
    from .models.change_endpoint_compartment_details import (
        ChangeEndpointCompartmentDetails,
    )
    from .models.change_model_compartment_details import ChangeModelCompartmentDetails
    from .models.content_moderation_config import ContentModerationConfig
    from .models.create_dedicated_ai_cluster_details import (
        CreateDedicatedAiClusterDetails,
    )
    from .models.create_endpoint_details import CreateEndpointDetails
    from .models.create_model_details import CreateModelDetails
    from .models.dedicated_ai_cluster import DedicatedAiCluster
    from .models.dedicated_ai_cluster_lifecycle_state import (
        DedicatedAiClusterLifecycleState,
    )
    from .models.dedicated_ai_cluster_sort_by import DedicatedAiClusterSortBy
    from .models.dedicated_ai_cluster_summary import DedicatedAiClusterSummary
    from .models.dedicated_ai_cluster_type import DedicatedAiClusterType
    from .models.defined_tags import DefinedTags
    from .models.endpoint import Endpoint
    from .models.endpoint_lifecycle_state import EndpointLifecycleState
    from .models.endpoint_sort_by import EndpointSortBy
    from .models.endpoint_summary import EndpointSummary
    from .models.fine_tune_details import FineTuneDetails
    from .models.freeform_tags import FreeformTags
    from .models.model import Model
    from .models.model_capability import ModelCapability
    from .models.model_lifecycle_state import ModelLifecycleState
    from .models.model_sort_by import ModelSortBy
    from .models.model_summary import ModelSummary
    from .models.pii_detection_config import PiiDetectionConfig
    from .models.prompt_injection_config import PromptInjectionConfig
    from .models.sort_order import SortOrder
    from .models.update_dedicated_ai_cluster_details import (
        UpdateDedicatedAiClusterDetails,
    )
    from .models.update_endpoint_details import UpdateEndpointDetails
    from .models.update_model_details import UpdateModelDetails
    from .models.work_request import WorkRequest
    from .models.work_request_entry_sort_by import WorkRequestEntrySortBy
    from .models.work_request_error import WorkRequestError
    from .models.work_request_log_entry import WorkRequestLogEntry
    from .models.work_request_sort_by import WorkRequestSortBy
    from .models.work_request_status import WorkRequestStatus
    from .models.work_request_summary import WorkRequestSummary
    from .types import Unset

__all__ = ["ManagementMethods", "AsyncManagementMethods"]


class ManagementMethods(SyncMethods):
    """The management plane's operations as methods."""

    @overload
    def change_dedicated_ai_cluster_compartment(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: ChangeDedicatedAiClusterCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    def change_dedicated_ai_cluster_compartment(
        self,
        dedicated_ai_cluster_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    def change_dedicated_ai_cluster_compartment(self, *args: Any, **kwargs: Any) -> Any:
        """Move a dedicated AI cluster to another compartment (:mod:`aiplane_management.api.dedicated_ai_cluster.change_dedicated_ai_cluster_compartment`)."""
        return self._call(
            "aiplane_management.api.dedicated_ai_cluster.change_dedicated_ai_cluster_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_dedicated_ai_cluster_compartment_details:ChangeDedicatedAiClusterCompartmentDetails",
        )

    @overload
    def create_dedicated_ai_cluster(
        self,
        *,
        body: CreateDedicatedAiClusterDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    def create_dedicated_ai_cluster(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    def create_dedicated_ai_cluster(self, *args: Any, **kwargs: Any) -> Any:
        """Create a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster`)."""
        return self._call(
            "aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.create_dedicated_ai_cluster_details:CreateDedicatedAiClusterDetails",
        )

    @overload
    def create_dedicated_ai_cluster_and_wait(
        self,
        *,
        body: CreateDedicatedAiClusterDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    def create_dedicated_ai_cluster_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    def create_dedicated_ai_cluster_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Create a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster`)."""
        return self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.create_dedicated_ai_cluster_details:CreateDedicatedAiClusterDetails",
        )

    def delete_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster`)."""
        result: None = self._call(
            "aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def delete_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster`)."""
        result: None = self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    def get_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster:
        """Get a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.get_dedicated_ai_cluster`)."""
        result: DedicatedAiCluster = self._call(
            "aiplane_management.api.dedicated_ai_cluster.get_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_dedicated_ai_clusters(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[DedicatedAiClusterSummary]:
        """List dedicated AI clusters (:mod:`aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters`)."""
        result: Paginator[DedicatedAiClusterSummary] = self._paginate(
            "aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters",
            (),
            {
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "capacity_reservation_id": capacity_reservation_id,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_dedicated_ai_clusters_allocatable_gpus(
        self,
        *,
        compartment_id: str,
        capacity_reservation_id: str,
        compute_shape: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[AllocatableGpuSummary]:
        """List allocatable GPUs of a capacity reservation (:mod:`aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters_allocatable_gpus`)."""
        result: Paginator[AllocatableGpuSummary] = self._paginate(
            "aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters_allocatable_gpus",
            (),
            {
                "compartment_id": compartment_id,
                "capacity_reservation_id": capacity_reservation_id,
                "compute_shape": compute_shape,
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    def update_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: UpdateDedicatedAiClusterDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    def update_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        unit_count: int | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    def update_dedicated_ai_cluster(self, *args: Any, **kwargs: Any) -> Any:
        """Update a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster`)."""
        return self._call(
            "aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.update_dedicated_ai_cluster_details:UpdateDedicatedAiClusterDetails",
        )

    @overload
    def update_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: UpdateDedicatedAiClusterDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    def update_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        unit_count: int | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    def update_dedicated_ai_cluster_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Update a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster`)."""
        return self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.update_dedicated_ai_cluster_details:UpdateDedicatedAiClusterDetails",
        )

    @overload
    def change_endpoint_compartment(
        self,
        endpoint_id: str,
        *,
        body: ChangeEndpointCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    def change_endpoint_compartment(
        self,
        endpoint_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    def change_endpoint_compartment(self, *args: Any, **kwargs: Any) -> Any:
        """Move an endpoint to another compartment (:mod:`aiplane_management.api.endpoint.change_endpoint_compartment`)."""
        return self._call(
            "aiplane_management.api.endpoint.change_endpoint_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_endpoint_compartment_details:ChangeEndpointCompartmentDetails",
        )

    @overload
    def create_endpoint(
        self,
        *,
        body: CreateEndpointDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    def create_endpoint(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    def create_endpoint(self, *args: Any, **kwargs: Any) -> Any:
        """Create an endpoint (:mod:`aiplane_management.api.endpoint.create_endpoint`)."""
        return self._call(
            "aiplane_management.api.endpoint.create_endpoint",
            args,
            kwargs,
            "aiplane_management.models.create_endpoint_details:CreateEndpointDetails",
        )

    @overload
    def create_endpoint_and_wait(
        self,
        *,
        body: CreateEndpointDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    def create_endpoint_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    def create_endpoint_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Create an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.create_endpoint`)."""
        return self._and_wait(
            "aiplane_management.api.endpoint.create_endpoint",
            args,
            kwargs,
            "aiplane_management.models.create_endpoint_details:CreateEndpointDetails",
        )

    def delete_endpoint(
        self,
        endpoint_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete an endpoint (:mod:`aiplane_management.api.endpoint.delete_endpoint`)."""
        result: None = self._call(
            "aiplane_management.api.endpoint.delete_endpoint",
            (endpoint_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def delete_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.delete_endpoint`)."""
        result: None = self._and_wait(
            "aiplane_management.api.endpoint.delete_endpoint",
            (endpoint_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    def get_endpoint(
        self,
        endpoint_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint:
        """Get an endpoint (:mod:`aiplane_management.api.endpoint.get_endpoint`)."""
        result: Endpoint = self._call(
            "aiplane_management.api.endpoint.get_endpoint",
            (endpoint_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_endpoints(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[EndpointSummary]:
        """List endpoints (:mod:`aiplane_management.api.endpoint.list_endpoints`)."""
        result: Paginator[EndpointSummary] = self._paginate(
            "aiplane_management.api.endpoint.list_endpoints",
            (),
            {
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "generative_ai_private_endpoint_id": generative_ai_private_endpoint_id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    def update_endpoint(
        self,
        endpoint_id: str,
        *,
        body: UpdateEndpointDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    def update_endpoint(
        self,
        endpoint_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        generative_ai_private_endpoint_id: str | Unset = ...,
        content_moderation_config: ContentModerationConfig | Unset = ...,
        prompt_injection_config: PromptInjectionConfig | Unset = ...,
        pii_detection_config: PiiDetectionConfig | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    def update_endpoint(self, *args: Any, **kwargs: Any) -> Any:
        """Update an endpoint (:mod:`aiplane_management.api.endpoint.update_endpoint`)."""
        return self._call(
            "aiplane_management.api.endpoint.update_endpoint",
            args,
            kwargs,
            "aiplane_management.models.update_endpoint_details:UpdateEndpointDetails",
        )

    @overload
    def update_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        body: UpdateEndpointDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    def update_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        generative_ai_private_endpoint_id: str | Unset = ...,
        content_moderation_config: ContentModerationConfig | Unset = ...,
        prompt_injection_config: PromptInjectionConfig | Unset = ...,
        pii_detection_config: PiiDetectionConfig | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    def update_endpoint_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Update an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.update_endpoint`)."""
        return self._and_wait(
            "aiplane_management.api.endpoint.update_endpoint",
            args,
            kwargs,
            "aiplane_management.models.update_endpoint_details:UpdateEndpointDetails",
        )

    @overload
    def change_model_compartment(
        self,
        model_id: str,
        *,
        body: ChangeModelCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    def change_model_compartment(
        self,
        model_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    def change_model_compartment(self, *args: Any, **kwargs: Any) -> Any:
        """Move a custom model to another compartment (:mod:`aiplane_management.api.model.change_model_compartment`)."""
        return self._call(
            "aiplane_management.api.model.change_model_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_model_compartment_details:ChangeModelCompartmentDetails",
        )

    @overload
    def create_model(
        self,
        *,
        body: CreateModelDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    def create_model(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    def create_model(self, *args: Any, **kwargs: Any) -> Any:
        """Create a custom model (:mod:`aiplane_management.api.model.create_model`)."""
        return self._call(
            "aiplane_management.api.model.create_model",
            args,
            kwargs,
            "aiplane_management.models.create_model_details:CreateModelDetails",
        )

    @overload
    def create_model_and_wait(
        self,
        *,
        body: CreateModelDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    def create_model_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    def create_model_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Create a custom model, then wait until it is done (:mod:`aiplane_management.api.model.create_model`)."""
        return self._and_wait(
            "aiplane_management.api.model.create_model",
            args,
            kwargs,
            "aiplane_management.models.create_model_details:CreateModelDetails",
        )

    def delete_model(
        self,
        model_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a custom model (:mod:`aiplane_management.api.model.delete_model`)."""
        result: None = self._call(
            "aiplane_management.api.model.delete_model",
            (model_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def delete_model_and_wait(
        self,
        model_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a custom model, then wait until it is done (:mod:`aiplane_management.api.model.delete_model`)."""
        result: None = self._and_wait(
            "aiplane_management.api.model.delete_model",
            (model_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    def get_model(
        self,
        model_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model:
        """Get a model (:mod:`aiplane_management.api.model.get_model`)."""
        result: Model = self._call(
            "aiplane_management.api.model.get_model",
            (model_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_models(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[ModelSummary]:
        """List models (:mod:`aiplane_management.api.model.list_models`)."""
        result: Paginator[ModelSummary] = self._paginate(
            "aiplane_management.api.model.list_models",
            (),
            {
                "vendor": vendor,
                "capability": capability,
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    def update_model(
        self,
        model_id: str,
        *,
        body: UpdateModelDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    def update_model(
        self,
        model_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        vendor: str | Unset = ...,
        version: str | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    def update_model(self, *args: Any, **kwargs: Any) -> Any:
        """Update a custom model (:mod:`aiplane_management.api.model.update_model`)."""
        return self._call(
            "aiplane_management.api.model.update_model",
            args,
            kwargs,
            "aiplane_management.models.update_model_details:UpdateModelDetails",
        )

    def get_work_request(
        self,
        work_request_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> WorkRequest:
        """Get a work request (:mod:`aiplane_management.api.work_request.get_work_request`)."""
        result: WorkRequest = self._call(
            "aiplane_management.api.work_request.get_work_request",
            (work_request_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_work_request_errors(
        self,
        work_request_id: str,
        *,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WorkRequestEntrySortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[WorkRequestError]:
        """List the errors of a work request (:mod:`aiplane_management.api.work_request.list_work_request_errors`)."""
        result: Paginator[WorkRequestError] = self._paginate(
            "aiplane_management.api.work_request.list_work_request_errors",
            (work_request_id,),
            {
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_work_request_logs(
        self,
        work_request_id: str,
        *,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WorkRequestEntrySortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[WorkRequestLogEntry]:
        """List the log entries of a work request (:mod:`aiplane_management.api.work_request.list_work_request_logs`)."""
        result: Paginator[WorkRequestLogEntry] = self._paginate(
            "aiplane_management.api.work_request.list_work_request_logs",
            (work_request_id,),
            {
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_work_requests(
        self,
        *,
        compartment_id: str,
        work_request_id: str | Unset = UNSET,
        status: WorkRequestStatus | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        sort_by: WorkRequestSortBy | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Paginator[WorkRequestSummary]:
        """List work requests (:mod:`aiplane_management.api.work_request.list_work_requests`)."""
        result: Paginator[WorkRequestSummary] = self._paginate(
            "aiplane_management.api.work_request.list_work_requests",
            (),
            {
                "compartment_id": compartment_id,
                "work_request_id": work_request_id,
                "status": status,
                "resource_id": resource_id,
                "page": page,
                "limit": limit,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result


class AsyncManagementMethods(AsyncMethods):
    """The management plane's operations as methods."""

    @overload
    async def change_dedicated_ai_cluster_compartment(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: ChangeDedicatedAiClusterCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    async def change_dedicated_ai_cluster_compartment(
        self,
        dedicated_ai_cluster_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    async def change_dedicated_ai_cluster_compartment(
        self, *args: Any, **kwargs: Any
    ) -> Any:
        """Move a dedicated AI cluster to another compartment (:mod:`aiplane_management.api.dedicated_ai_cluster.change_dedicated_ai_cluster_compartment`)."""
        return await self._call(
            "aiplane_management.api.dedicated_ai_cluster.change_dedicated_ai_cluster_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_dedicated_ai_cluster_compartment_details:ChangeDedicatedAiClusterCompartmentDetails",
        )

    @overload
    async def create_dedicated_ai_cluster(
        self,
        *,
        body: CreateDedicatedAiClusterDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    async def create_dedicated_ai_cluster(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    async def create_dedicated_ai_cluster(self, *args: Any, **kwargs: Any) -> Any:
        """Create a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster`)."""
        return await self._call(
            "aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.create_dedicated_ai_cluster_details:CreateDedicatedAiClusterDetails",
        )

    @overload
    async def create_dedicated_ai_cluster_and_wait(
        self,
        *,
        body: CreateDedicatedAiClusterDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    async def create_dedicated_ai_cluster_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    async def create_dedicated_ai_cluster_and_wait(
        self, *args: Any, **kwargs: Any
    ) -> Any:
        """Create a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster`)."""
        return await self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.create_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.create_dedicated_ai_cluster_details:CreateDedicatedAiClusterDetails",
        )

    async def delete_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster`)."""
        result: None = await self._call(
            "aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def delete_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster`)."""
        result: None = await self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.delete_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    async def get_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster:
        """Get a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.get_dedicated_ai_cluster`)."""
        result: DedicatedAiCluster = await self._call(
            "aiplane_management.api.dedicated_ai_cluster.get_dedicated_ai_cluster",
            (dedicated_ai_cluster_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_dedicated_ai_clusters(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[DedicatedAiClusterSummary]:
        """List dedicated AI clusters (:mod:`aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters`)."""
        result: AsyncPaginator[DedicatedAiClusterSummary] = self._paginate(
            "aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters",
            (),
            {
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "capacity_reservation_id": capacity_reservation_id,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_dedicated_ai_clusters_allocatable_gpus(
        self,
        *,
        compartment_id: str,
        capacity_reservation_id: str,
        compute_shape: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[AllocatableGpuSummary]:
        """List allocatable GPUs of a capacity reservation (:mod:`aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters_allocatable_gpus`)."""
        result: AsyncPaginator[AllocatableGpuSummary] = self._paginate(
            "aiplane_management.api.dedicated_ai_cluster.list_dedicated_ai_clusters_allocatable_gpus",
            (),
            {
                "compartment_id": compartment_id,
                "capacity_reservation_id": capacity_reservation_id,
                "compute_shape": compute_shape,
                "limit": limit,
                "page": page,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    async def update_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: UpdateDedicatedAiClusterDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    async def update_dedicated_ai_cluster(
        self,
        dedicated_ai_cluster_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        unit_count: int | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    async def update_dedicated_ai_cluster(self, *args: Any, **kwargs: Any) -> Any:
        """Update a dedicated AI cluster (:mod:`aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster`)."""
        return await self._call(
            "aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.update_dedicated_ai_cluster_details:UpdateDedicatedAiClusterDetails",
        )

    @overload
    async def update_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        body: UpdateDedicatedAiClusterDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    @overload
    async def update_dedicated_ai_cluster_and_wait(
        self,
        dedicated_ai_cluster_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        unit_count: int | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> DedicatedAiCluster: ...
    async def update_dedicated_ai_cluster_and_wait(
        self, *args: Any, **kwargs: Any
    ) -> Any:
        """Update a dedicated AI cluster, then wait until it is done (:mod:`aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster`)."""
        return await self._and_wait(
            "aiplane_management.api.dedicated_ai_cluster.update_dedicated_ai_cluster",
            args,
            kwargs,
            "aiplane_management.models.update_dedicated_ai_cluster_details:UpdateDedicatedAiClusterDetails",
        )

    @overload
    async def change_endpoint_compartment(
        self,
        endpoint_id: str,
        *,
        body: ChangeEndpointCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    async def change_endpoint_compartment(
        self,
        endpoint_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    async def change_endpoint_compartment(self, *args: Any, **kwargs: Any) -> Any:
        """Move an endpoint to another compartment (:mod:`aiplane_management.api.endpoint.change_endpoint_compartment`)."""
        return await self._call(
            "aiplane_management.api.endpoint.change_endpoint_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_endpoint_compartment_details:ChangeEndpointCompartmentDetails",
        )

    @overload
    async def create_endpoint(
        self,
        *,
        body: CreateEndpointDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    async def create_endpoint(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    async def create_endpoint(self, *args: Any, **kwargs: Any) -> Any:
        """Create an endpoint (:mod:`aiplane_management.api.endpoint.create_endpoint`)."""
        return await self._call(
            "aiplane_management.api.endpoint.create_endpoint",
            args,
            kwargs,
            "aiplane_management.models.create_endpoint_details:CreateEndpointDetails",
        )

    @overload
    async def create_endpoint_and_wait(
        self,
        *,
        body: CreateEndpointDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    async def create_endpoint_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    async def create_endpoint_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Create an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.create_endpoint`)."""
        return await self._and_wait(
            "aiplane_management.api.endpoint.create_endpoint",
            args,
            kwargs,
            "aiplane_management.models.create_endpoint_details:CreateEndpointDetails",
        )

    async def delete_endpoint(
        self,
        endpoint_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete an endpoint (:mod:`aiplane_management.api.endpoint.delete_endpoint`)."""
        result: None = await self._call(
            "aiplane_management.api.endpoint.delete_endpoint",
            (endpoint_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def delete_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.delete_endpoint`)."""
        result: None = await self._and_wait(
            "aiplane_management.api.endpoint.delete_endpoint",
            (endpoint_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    async def get_endpoint(
        self,
        endpoint_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint:
        """Get an endpoint (:mod:`aiplane_management.api.endpoint.get_endpoint`)."""
        result: Endpoint = await self._call(
            "aiplane_management.api.endpoint.get_endpoint",
            (endpoint_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_endpoints(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[EndpointSummary]:
        """List endpoints (:mod:`aiplane_management.api.endpoint.list_endpoints`)."""
        result: AsyncPaginator[EndpointSummary] = self._paginate(
            "aiplane_management.api.endpoint.list_endpoints",
            (),
            {
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "generative_ai_private_endpoint_id": generative_ai_private_endpoint_id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    async def update_endpoint(
        self,
        endpoint_id: str,
        *,
        body: UpdateEndpointDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    async def update_endpoint(
        self,
        endpoint_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        generative_ai_private_endpoint_id: str | Unset = ...,
        content_moderation_config: ContentModerationConfig | Unset = ...,
        prompt_injection_config: PromptInjectionConfig | Unset = ...,
        pii_detection_config: PiiDetectionConfig | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    async def update_endpoint(self, *args: Any, **kwargs: Any) -> Any:
        """Update an endpoint (:mod:`aiplane_management.api.endpoint.update_endpoint`)."""
        return await self._call(
            "aiplane_management.api.endpoint.update_endpoint",
            args,
            kwargs,
            "aiplane_management.models.update_endpoint_details:UpdateEndpointDetails",
        )

    @overload
    async def update_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        body: UpdateEndpointDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    @overload
    async def update_endpoint_and_wait(
        self,
        endpoint_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        generative_ai_private_endpoint_id: str | Unset = ...,
        content_moderation_config: ContentModerationConfig | Unset = ...,
        prompt_injection_config: PromptInjectionConfig | Unset = ...,
        pii_detection_config: PiiDetectionConfig | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Endpoint: ...
    async def update_endpoint_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Update an endpoint, then wait until it is done (:mod:`aiplane_management.api.endpoint.update_endpoint`)."""
        return await self._and_wait(
            "aiplane_management.api.endpoint.update_endpoint",
            args,
            kwargs,
            "aiplane_management.models.update_endpoint_details:UpdateEndpointDetails",
        )

    @overload
    async def change_model_compartment(
        self,
        model_id: str,
        *,
        body: ChangeModelCompartmentDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    @overload
    async def change_model_compartment(
        self,
        model_id: str,
        *,
        compartment_id: str,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        opc_retry_token: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None: ...
    async def change_model_compartment(self, *args: Any, **kwargs: Any) -> Any:
        """Move a custom model to another compartment (:mod:`aiplane_management.api.model.change_model_compartment`)."""
        return await self._call(
            "aiplane_management.api.model.change_model_compartment",
            args,
            kwargs,
            "aiplane_management.models.change_model_compartment_details:ChangeModelCompartmentDetails",
        )

    @overload
    async def create_model(
        self,
        *,
        body: CreateModelDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    async def create_model(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    async def create_model(self, *args: Any, **kwargs: Any) -> Any:
        """Create a custom model (:mod:`aiplane_management.api.model.create_model`)."""
        return await self._call(
            "aiplane_management.api.model.create_model",
            args,
            kwargs,
            "aiplane_management.models.create_model_details:CreateModelDetails",
        )

    @overload
    async def create_model_and_wait(
        self,
        *,
        body: CreateModelDetails,
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    async def create_model_and_wait(
        self,
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
        opc_retry_token: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    async def create_model_and_wait(self, *args: Any, **kwargs: Any) -> Any:
        """Create a custom model, then wait until it is done (:mod:`aiplane_management.api.model.create_model`)."""
        return await self._and_wait(
            "aiplane_management.api.model.create_model",
            args,
            kwargs,
            "aiplane_management.models.create_model_details:CreateModelDetails",
        )

    async def delete_model(
        self,
        model_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a custom model (:mod:`aiplane_management.api.model.delete_model`)."""
        result: None = await self._call(
            "aiplane_management.api.model.delete_model",
            (model_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    async def delete_model_and_wait(
        self,
        model_id: str,
        *,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        progress: bool = False,
        schedule: PollSchedule | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        """Delete a custom model, then wait until it is done (:mod:`aiplane_management.api.model.delete_model`)."""
        result: None = await self._and_wait(
            "aiplane_management.api.model.delete_model",
            (model_id,),
            {
                "if_match": if_match,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "progress": progress,
                "schedule": schedule,
            },
        )
        return result

    async def get_model(
        self,
        model_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model:
        """Get a model (:mod:`aiplane_management.api.model.get_model`)."""
        result: Model = await self._call(
            "aiplane_management.api.model.get_model",
            (model_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_models(
        self,
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
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[ModelSummary]:
        """List models (:mod:`aiplane_management.api.model.list_models`)."""
        result: AsyncPaginator[ModelSummary] = self._paginate(
            "aiplane_management.api.model.list_models",
            (),
            {
                "vendor": vendor,
                "capability": capability,
                "compartment_id": compartment_id,
                "lifecycle_state": lifecycle_state,
                "display_name": display_name,
                "id": id,
                "limit": limit,
                "page": page,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    @overload
    async def update_model(
        self,
        model_id: str,
        *,
        body: UpdateModelDetails,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    @overload
    async def update_model(
        self,
        model_id: str,
        *,
        display_name: str | Unset = ...,
        description: str | Unset = ...,
        vendor: str | Unset = ...,
        version: str | Unset = ...,
        freeform_tags: FreeformTags | Unset = ...,
        defined_tags: DefinedTags | Unset = ...,
        if_match: str | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> Model: ...
    async def update_model(self, *args: Any, **kwargs: Any) -> Any:
        """Update a custom model (:mod:`aiplane_management.api.model.update_model`)."""
        return await self._call(
            "aiplane_management.api.model.update_model",
            args,
            kwargs,
            "aiplane_management.models.update_model_details:UpdateModelDetails",
        )

    async def get_work_request(
        self,
        work_request_id: str,
        *,
        opc_request_id: str | Unset = UNSET,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> WorkRequest:
        """Get a work request (:mod:`aiplane_management.api.work_request.get_work_request`)."""
        result: WorkRequest = await self._call(
            "aiplane_management.api.work_request.get_work_request",
            (work_request_id,),
            {
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
            },
        )
        return result

    def list_work_request_errors(
        self,
        work_request_id: str,
        *,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WorkRequestEntrySortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[WorkRequestError]:
        """List the errors of a work request (:mod:`aiplane_management.api.work_request.list_work_request_errors`)."""
        result: AsyncPaginator[WorkRequestError] = self._paginate(
            "aiplane_management.api.work_request.list_work_request_errors",
            (work_request_id,),
            {
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_work_request_logs(
        self,
        work_request_id: str,
        *,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WorkRequestEntrySortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[WorkRequestLogEntry]:
        """List the log entries of a work request (:mod:`aiplane_management.api.work_request.list_work_request_logs`)."""
        result: AsyncPaginator[WorkRequestLogEntry] = self._paginate(
            "aiplane_management.api.work_request.list_work_request_logs",
            (work_request_id,),
            {
                "page": page,
                "limit": limit,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result

    def list_work_requests(
        self,
        *,
        compartment_id: str,
        work_request_id: str | Unset = UNSET,
        status: WorkRequestStatus | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        page: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        sort_by: WorkRequestSortBy | Unset = UNSET,
        opc_request_id: str | Unset = UNSET,
        max_items: int | None = None,
        resume: str | None = None,
        timeout: Timeout = None,
        retry: RetryPolicy | None = None,
        on_retry: OnRetry | None = None,
    ) -> AsyncPaginator[WorkRequestSummary]:
        """List work requests (:mod:`aiplane_management.api.work_request.list_work_requests`)."""
        result: AsyncPaginator[WorkRequestSummary] = self._paginate(
            "aiplane_management.api.work_request.list_work_requests",
            (),
            {
                "compartment_id": compartment_id,
                "work_request_id": work_request_id,
                "status": status,
                "resource_id": resource_id,
                "page": page,
                "limit": limit,
                "sort_order": sort_order,
                "sort_by": sort_by,
                "opc_request_id": opc_request_id,
                "timeout": timeout,
                "retry": retry,
                "on_retry": on_retry,
                "max_items": max_items,
                "resume": resume,
            },
        )
        return result
