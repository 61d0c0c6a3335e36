"""The same management script with resource objects."""

import os

import aiplane
from aiplane_management.resources import ClusterResource

COMPARTMENT = os.environ.get("AIPLANE_COMPARTMENT", "ocid1.compartment.oc1..demo")

with aiplane.Client.from_config() as client:
    cluster = ClusterResource(
        client, type_="HOSTING", compartment_id=COMPARTMENT, unit_count=1, unit_shape="LARGE_COHERE"
    ).save()
    cluster.display_name = "renamed"
    cluster.save()
    print(ClusterResource.get(client, cluster.id).display_name)
    for item in ClusterResource.list(client, compartment_id=COMPARTMENT):
        print(item.id, item.lifecycle_state)
    cluster.delete()
