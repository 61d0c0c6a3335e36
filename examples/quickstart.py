"""A tour of aiplane: configure a client, browse models, create a cluster and an endpoint,
stream a chat from it, upload and download a file with progress, follow a run's events,
clean up.

It reads its configuration like any application would (AIPLANE_* environment variables,
optionally an OCI config file); `make demo` starts the embedded mock server and sets them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import aiplane
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.deployments import list_deployments
from aiplane_data.models.chat_completion_user_message import ChatCompletionUserMessage
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest
from aiplane_management.api.dedicated_ai_cluster import (
    create_dedicated_ai_cluster,
    delete_dedicated_ai_cluster,
)
from aiplane_management.api.endpoint import create_endpoint, delete_endpoint
from aiplane_management.api.model import list_models
from aiplane_management.models.create_dedicated_ai_cluster_details import (
    CreateDedicatedAiClusterDetails,
)
from aiplane_management.models.create_endpoint_details import CreateEndpointDetails

COMPARTMENT = os.environ.get("AIPLANE_COMPARTMENT", "ocid1.compartment.oc1..aaaaaaaademo")


def say(text: str = "") -> None:
    print(text, flush=True)


def show_progress(p: aiplane.Progress) -> None:
    """Print work-request log entries as they appear (a bar shows percentages on a terminal)."""
    for entry in p.new_logs:
        say(f"    {p.percent_complete or 0:5.1f}%  {entry.message}")


def show_transfer(direction: str) -> Any:
    """A progress callback printing each quarter of a transfer once."""
    shown: set[int] = set()

    def show(p: Any) -> None:
        quarter = int((p.fraction or 0.0) * 4)
        if quarter not in shown:
            shown.add(quarter)
            say(f"   {direction:4s} {quarter * 25:3d}%  {p.done} bytes")

    return show


def main() -> int:
    say("1. Configure a client from the environment (AIPLANE_* variables)")
    with aiplane.Client.from_config(user_agent_suffix="quickstart/1") as client:
        say(f"   {client!r}")

        say("\n2. Base models available for chat (paginated, lazily)")
        chat_models = [
            m
            for m in aiplane.paginate(list_models, client, compartment_id=COMPARTMENT, limit=5)
            if any(str(getattr(c, "value", c)) == "CHAT" for c in m.capabilities)
        ]
        for m in chat_models:
            say(f"   {m.vendor or '-':10s} {m.display_name or m.id}")
        if not chat_models:
            say("   no chat model available")
            return 1
        model = chat_models[0]

        say("\n3. Create a hosting cluster and wait for it (progress from the work request)")
        cluster = aiplane.call_and_wait(
            create_dedicated_ai_cluster,
            client,
            body=CreateDedicatedAiClusterDetails(
                type_="HOSTING",
                compartment_id=COMPARTMENT,
                unit_count=1,
                unit_shape="LARGE_COHERE",
                display_name="quickstart-cluster",
            ),
            on_progress=show_progress,
            progress=sys.stderr.isatty(),
        )
        say(f"   cluster {cluster.display_name} is {_state(cluster.lifecycle_state)}")

        say("\n4. Create an endpoint serving the model on that cluster")
        endpoint = aiplane.call_and_wait(
            create_endpoint,
            client,
            body=CreateEndpointDetails(
                compartment_id=COMPARTMENT,
                model_id=model.id,
                dedicated_ai_cluster_id=cluster.id,
                display_name="quickstart-endpoint",
            ),
            on_progress=show_progress,
            progress=sys.stderr.isatty(),
        )
        say(f"   endpoint {endpoint.display_name} is {_state(endpoint.lifecycle_state)}")

        say("\n5. The endpoint is now a data-plane deployment; stream a chat from it")
        deployments = aiplane.call(list_deployments, client)
        say(f"   deployments: {[d.id[-12:] for d in deployments.data]}")
        request = CreateChatCompletionRequest(
            messages=[ChatCompletionUserMessage(content="Say hello to the quickstart.")],
            seed=7,
        )
        print("   assistant: ", end="", flush=True)
        with aiplane.stream(create_chat_completion, client, endpoint.id, body=request) as chunks:
            completion = aiplane.chat.print_stream(chunks)
        if completion.usage:
            say(f"   tokens: {completion.usage.total_tokens}")

        say("\n6. Upload an input file, download it back, and follow a run over it")
        home = aiplane.files.my_files_home(client)
        with tempfile.TemporaryDirectory(prefix="aiplane-quickstart-") as tmp:
            source = Path(tmp) / "input.jsonl"
            source.write_bytes(b"".join(b'{"x": %d}\n' % i for i in range(20_000)))
            meta = aiplane.files.upload(
                client, home / "quickstart/input.jsonl", source, progress=show_transfer("up")
            )
            say(f"   uploaded {meta.url} ({meta.content_length} bytes, etag {meta.etag})")
            done = aiplane.files.download(
                client, meta.url, Path(tmp) / "copy.jsonl", progress=show_transfer("down")
            )
            same = (Path(tmp) / "copy.jsonl").read_bytes() == source.read_bytes()
            say(f"   downloaded {done.path.name}: {'byte-exact' if same else 'DIFFERENT'}")
        future = aiplane.submit_run(client, endpoint.id, url=meta.url)
        with future.events() as events:
            for event in events:
                say(f"   run event {event.sequence}: {_state(event.type_)}")
        result = future.result()
        say(f"   run {future.id[-12:]} {future.status()}: result {_short(result)}")

        say("\n7. Clean up: delete the endpoint, then the cluster")
        aiplane.call_and_wait(delete_endpoint, client, endpoint.id)
        aiplane.call_and_wait(delete_dedicated_ai_cluster, client, cluster.id)
        say("   done")
    return 0


def _state(value: Any) -> str:
    return str(getattr(value, "value", value))


def _short(value: Any) -> str:
    text = str(value.to_dict() if hasattr(value, "to_dict") else value)
    return text if len(text) < 70 else text[:67] + "..."


if __name__ == "__main__":
    try:
        sys.exit(main())
    except aiplane.errors.AiplaneError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
