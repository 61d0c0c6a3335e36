"""The same management script with the typed methods."""

import os

import aiplane

COMPARTMENT = os.environ.get("AIPLANE_COMPARTMENT", "ocid1.compartment.oc1..demo")

with aiplane.Client.from_config() as client:
    mgmt = client.management
    cluster = mgmt.create_dedicated_ai_cluster_and_wait(
        type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1, unit_shape="LARGE_COHERE"
    )
    mgmt.update_dedicated_ai_cluster_and_wait(cluster.id, display_name="renamed")
    print(mgmt.get_dedicated_ai_cluster(cluster.id).display_name)
    for item in mgmt.list_dedicated_ai_clusters(compartment_id=COMPARTMENT):
        print(item.id, item.lifecycle_state)
    mgmt.delete_dedicated_ai_cluster_and_wait(cluster.id)
