"""A management script in the operation-module style: create a cluster, rename it, list
clusters, delete it (configuration from AIPLANE_* variables)."""

import os

import aiplane
from aiplane_management.api.dedicated_ai_cluster import (
    create_dedicated_ai_cluster,
    delete_dedicated_ai_cluster,
    get_dedicated_ai_cluster,
    list_dedicated_ai_clusters,
    update_dedicated_ai_cluster,
)
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.update_dedicated_ai_cluster_details import (
    UpdateDedicatedAiClusterDetails,
)

COMPARTMENT = os.environ.get("AIPLANE_COMPARTMENT", "ocid1.compartment.oc1..demo")

with aiplane.Client.from_config() as client:
    cluster = aiplane.call_and_wait(
        create_dedicated_ai_cluster,
        client,
        body=CreateDedicatedAiClusterDetails(
            type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1, unit_shape="LARGE_COHERE"
        ),
    )
    aiplane.call_and_wait(
        update_dedicated_ai_cluster,
        client,
        cluster.id,
        body=UpdateDedicatedAiClusterDetails(display_name="renamed"),
    )
    print(aiplane.call(get_dedicated_ai_cluster, client, cluster.id).display_name)
    for item in aiplane.paginate(list_dedicated_ai_clusters, client, compartment_id=COMPARTMENT):
        print(item.id, item.lifecycle_state)
    aiplane.call_and_wait(delete_dedicated_ai_cluster, client, cluster.id)
