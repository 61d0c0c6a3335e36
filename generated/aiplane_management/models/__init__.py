"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allocatable_gpu_collection import AllocatableGpuCollection
    from .allocatable_gpu_summary import AllocatableGpuSummary
    from .change_dedicated_ai_cluster_compartment_details import (
        ChangeDedicatedAiClusterCompartmentDetails,
    )
    from .change_endpoint_compartment_details import ChangeEndpointCompartmentDetails
    from .change_model_compartment_details import ChangeModelCompartmentDetails
    from .chat_model_metrics import ChatModelMetrics
    from .chat_model_metrics_model_metrics_type import ChatModelMetricsModelMetricsType
    from .content_moderation_config import ContentModerationConfig
    from .content_moderation_config_mode import ContentModerationConfigMode
    from .create_dedicated_ai_cluster_details import CreateDedicatedAiClusterDetails
    from .create_endpoint_details import CreateEndpointDetails
    from .create_model_details import CreateModelDetails
    from .dataset import Dataset
    from .dedicated_ai_cluster import DedicatedAiCluster
    from .dedicated_ai_cluster_capacity import DedicatedAiClusterCapacity
    from .dedicated_ai_cluster_collection import DedicatedAiClusterCollection
    from .dedicated_ai_cluster_hosting_capacity import DedicatedAiClusterHostingCapacity
    from .dedicated_ai_cluster_hosting_capacity_capacity_type import (
        DedicatedAiClusterHostingCapacityCapacityType,
    )
    from .dedicated_ai_cluster_lifecycle_state import DedicatedAiClusterLifecycleState
    from .dedicated_ai_cluster_sort_by import DedicatedAiClusterSortBy
    from .dedicated_ai_cluster_summary import DedicatedAiClusterSummary
    from .dedicated_ai_cluster_type import DedicatedAiClusterType
    from .dedicated_ai_cluster_unit_shape import DedicatedAiClusterUnitShape
    from .defined_tags import DefinedTags
    from .defined_tags_additional_property import DefinedTagsAdditionalProperty
    from .endpoint import Endpoint
    from .endpoint_collection import EndpointCollection
    from .endpoint_lifecycle_state import EndpointLifecycleState
    from .endpoint_sort_by import EndpointSortBy
    from .endpoint_summary import EndpointSummary
    from .error import Error
    from .fine_tune_details import FineTuneDetails
    from .freeform_tags import FreeformTags
    from .gpu_allocation import GpuAllocation
    from .lora_training_config import LoraTrainingConfig
    from .lora_training_config_training_config_type import (
        LoraTrainingConfigTrainingConfigType,
    )
    from .model import Model
    from .model_capability import ModelCapability
    from .model_collection import ModelCollection
    from .model_lifecycle_state import ModelLifecycleState
    from .model_metrics import ModelMetrics
    from .model_sort_by import ModelSortBy
    from .model_summary import ModelSummary
    from .model_type import ModelType
    from .object_storage_dataset import ObjectStorageDataset
    from .object_storage_dataset_dataset_type import ObjectStorageDatasetDatasetType
    from .pii_detection_config import PiiDetectionConfig
    from .prompt_injection_config import PromptInjectionConfig
    from .sort_order import SortOrder
    from .system_tags import SystemTags
    from .system_tags_additional_property import SystemTagsAdditionalProperty
    from .t_few_training_config import TFewTrainingConfig
    from .t_few_training_config_training_config_type import (
        TFewTrainingConfigTrainingConfigType,
    )
    from .text_generation_model_metrics import TextGenerationModelMetrics
    from .text_generation_model_metrics_model_metrics_type import (
        TextGenerationModelMetricsModelMetricsType,
    )
    from .training_config import TrainingConfig
    from .update_dedicated_ai_cluster_details import UpdateDedicatedAiClusterDetails
    from .update_endpoint_details import UpdateEndpointDetails
    from .update_model_details import UpdateModelDetails
    from .vanilla_training_config import VanillaTrainingConfig
    from .vanilla_training_config_training_config_type import (
        VanillaTrainingConfigTrainingConfigType,
    )
    from .work_request import WorkRequest
    from .work_request_entry_sort_by import WorkRequestEntrySortBy
    from .work_request_error import WorkRequestError
    from .work_request_error_collection import WorkRequestErrorCollection
    from .work_request_log_entry import WorkRequestLogEntry
    from .work_request_log_entry_collection import WorkRequestLogEntryCollection
    from .work_request_operation_type import WorkRequestOperationType
    from .work_request_resource import WorkRequestResource
    from .work_request_resource_action_type import WorkRequestResourceActionType
    from .work_request_resource_metadata import WorkRequestResourceMetadata
    from .work_request_sort_by import WorkRequestSortBy
    from .work_request_status import WorkRequestStatus
    from .work_request_summary import WorkRequestSummary
    from .work_request_summary_collection import WorkRequestSummaryCollection

# name -> module of this package that defines it
_MODULES = {
    "AllocatableGpuCollection": ".allocatable_gpu_collection",
    "AllocatableGpuSummary": ".allocatable_gpu_summary",
    "ChangeDedicatedAiClusterCompartmentDetails": ".change_dedicated_ai_cluster_compartment_details",
    "ChangeEndpointCompartmentDetails": ".change_endpoint_compartment_details",
    "ChangeModelCompartmentDetails": ".change_model_compartment_details",
    "ChatModelMetrics": ".chat_model_metrics",
    "ChatModelMetricsModelMetricsType": ".chat_model_metrics_model_metrics_type",
    "ContentModerationConfig": ".content_moderation_config",
    "ContentModerationConfigMode": ".content_moderation_config_mode",
    "CreateDedicatedAiClusterDetails": ".create_dedicated_ai_cluster_details",
    "CreateEndpointDetails": ".create_endpoint_details",
    "CreateModelDetails": ".create_model_details",
    "Dataset": ".dataset",
    "DedicatedAiCluster": ".dedicated_ai_cluster",
    "DedicatedAiClusterCapacity": ".dedicated_ai_cluster_capacity",
    "DedicatedAiClusterCollection": ".dedicated_ai_cluster_collection",
    "DedicatedAiClusterHostingCapacity": ".dedicated_ai_cluster_hosting_capacity",
    "DedicatedAiClusterHostingCapacityCapacityType": ".dedicated_ai_cluster_hosting_capacity_capacity_type",
    "DedicatedAiClusterLifecycleState": ".dedicated_ai_cluster_lifecycle_state",
    "DedicatedAiClusterSortBy": ".dedicated_ai_cluster_sort_by",
    "DedicatedAiClusterSummary": ".dedicated_ai_cluster_summary",
    "DedicatedAiClusterType": ".dedicated_ai_cluster_type",
    "DedicatedAiClusterUnitShape": ".dedicated_ai_cluster_unit_shape",
    "DefinedTags": ".defined_tags",
    "DefinedTagsAdditionalProperty": ".defined_tags_additional_property",
    "Endpoint": ".endpoint",
    "EndpointCollection": ".endpoint_collection",
    "EndpointLifecycleState": ".endpoint_lifecycle_state",
    "EndpointSortBy": ".endpoint_sort_by",
    "EndpointSummary": ".endpoint_summary",
    "Error": ".error",
    "FineTuneDetails": ".fine_tune_details",
    "FreeformTags": ".freeform_tags",
    "GpuAllocation": ".gpu_allocation",
    "LoraTrainingConfig": ".lora_training_config",
    "LoraTrainingConfigTrainingConfigType": ".lora_training_config_training_config_type",
    "Model": ".model",
    "ModelCapability": ".model_capability",
    "ModelCollection": ".model_collection",
    "ModelLifecycleState": ".model_lifecycle_state",
    "ModelMetrics": ".model_metrics",
    "ModelSortBy": ".model_sort_by",
    "ModelSummary": ".model_summary",
    "ModelType": ".model_type",
    "ObjectStorageDataset": ".object_storage_dataset",
    "ObjectStorageDatasetDatasetType": ".object_storage_dataset_dataset_type",
    "PiiDetectionConfig": ".pii_detection_config",
    "PromptInjectionConfig": ".prompt_injection_config",
    "SortOrder": ".sort_order",
    "SystemTags": ".system_tags",
    "SystemTagsAdditionalProperty": ".system_tags_additional_property",
    "TFewTrainingConfig": ".t_few_training_config",
    "TFewTrainingConfigTrainingConfigType": ".t_few_training_config_training_config_type",
    "TextGenerationModelMetrics": ".text_generation_model_metrics",
    "TextGenerationModelMetricsModelMetricsType": ".text_generation_model_metrics_model_metrics_type",
    "TrainingConfig": ".training_config",
    "UpdateDedicatedAiClusterDetails": ".update_dedicated_ai_cluster_details",
    "UpdateEndpointDetails": ".update_endpoint_details",
    "UpdateModelDetails": ".update_model_details",
    "VanillaTrainingConfig": ".vanilla_training_config",
    "VanillaTrainingConfigTrainingConfigType": ".vanilla_training_config_training_config_type",
    "WorkRequest": ".work_request",
    "WorkRequestEntrySortBy": ".work_request_entry_sort_by",
    "WorkRequestError": ".work_request_error",
    "WorkRequestErrorCollection": ".work_request_error_collection",
    "WorkRequestLogEntry": ".work_request_log_entry",
    "WorkRequestLogEntryCollection": ".work_request_log_entry_collection",
    "WorkRequestOperationType": ".work_request_operation_type",
    "WorkRequestResource": ".work_request_resource",
    "WorkRequestResourceActionType": ".work_request_resource_action_type",
    "WorkRequestResourceMetadata": ".work_request_resource_metadata",
    "WorkRequestSortBy": ".work_request_sort_by",
    "WorkRequestStatus": ".work_request_status",
    "WorkRequestSummary": ".work_request_summary",
    "WorkRequestSummaryCollection": ".work_request_summary_collection",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AllocatableGpuCollection",
    "AllocatableGpuSummary",
    "ChangeDedicatedAiClusterCompartmentDetails",
    "ChangeEndpointCompartmentDetails",
    "ChangeModelCompartmentDetails",
    "ChatModelMetrics",
    "ChatModelMetricsModelMetricsType",
    "ContentModerationConfig",
    "ContentModerationConfigMode",
    "CreateDedicatedAiClusterDetails",
    "CreateEndpointDetails",
    "CreateModelDetails",
    "Dataset",
    "DedicatedAiCluster",
    "DedicatedAiClusterCapacity",
    "DedicatedAiClusterCollection",
    "DedicatedAiClusterHostingCapacity",
    "DedicatedAiClusterHostingCapacityCapacityType",
    "DedicatedAiClusterLifecycleState",
    "DedicatedAiClusterSortBy",
    "DedicatedAiClusterSummary",
    "DedicatedAiClusterType",
    "DedicatedAiClusterUnitShape",
    "DefinedTags",
    "DefinedTagsAdditionalProperty",
    "Endpoint",
    "EndpointCollection",
    "EndpointLifecycleState",
    "EndpointSortBy",
    "EndpointSummary",
    "Error",
    "FineTuneDetails",
    "FreeformTags",
    "GpuAllocation",
    "LoraTrainingConfig",
    "LoraTrainingConfigTrainingConfigType",
    "Model",
    "ModelCapability",
    "ModelCollection",
    "ModelLifecycleState",
    "ModelMetrics",
    "ModelSortBy",
    "ModelSummary",
    "ModelType",
    "ObjectStorageDataset",
    "ObjectStorageDatasetDatasetType",
    "PiiDetectionConfig",
    "PromptInjectionConfig",
    "SortOrder",
    "SystemTags",
    "SystemTagsAdditionalProperty",
    "TextGenerationModelMetrics",
    "TextGenerationModelMetricsModelMetricsType",
    "TFewTrainingConfig",
    "TFewTrainingConfigTrainingConfigType",
    "TrainingConfig",
    "UpdateDedicatedAiClusterDetails",
    "UpdateEndpointDetails",
    "UpdateModelDetails",
    "VanillaTrainingConfig",
    "VanillaTrainingConfigTrainingConfigType",
    "WorkRequest",
    "WorkRequestEntrySortBy",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
    "WorkRequestOperationType",
    "WorkRequestResource",
    "WorkRequestResourceActionType",
    "WorkRequestResourceMetadata",
    "WorkRequestSortBy",
    "WorkRequestStatus",
    "WorkRequestSummary",
    "WorkRequestSummaryCollection",
)
