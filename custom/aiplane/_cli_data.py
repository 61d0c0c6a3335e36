"""The data-plane conveniences of the CLI: chat, files upload/download, runs submit."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ._cli_ops import load_json
from ._cli_run import State, emit, to_data

__all__ = ["data_commands"]


@click.command("chat")
@click.argument("deployment_id")
@click.argument("prompt")
@click.option("--system", help="a system message first")
@click.pass_obj
def chat(state: State, deployment_id: str, prompt: str, system: str | None) -> None:
    """Send PROMPT to DEPLOYMENT and stream the answer to the terminal."""
    from aiplane_data.api.chat import create_chat_completion
    from aiplane_data.models import CreateChatCompletionRequest

    from .chat import print_stream
    from .streams import stream

    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    body = CreateChatCompletionRequest.from_dict({"messages": messages, "stream": True})
    plane = state.plane("data")
    with stream(create_chat_completion, plane, deployment_id, body=body) as events:
        print_stream(events, sys.stdout)
    click.echo()


@click.group("files")
def files() -> None:
    """Upload and download files (with progress on a terminal)."""


@files.command("upload")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.argument("url")
@click.pass_obj
def upload(state: State, source: str, url: str) -> None:
    """Upload the file SOURCE to URL (files/<bucket>/<path>); print its metadata."""
    from . import files as transfer

    emit(state, transfer.upload(state.plane("data"), url, source, progress=True))


@files.command("download")
@click.argument("url")
@click.argument("dest", type=click.Path(dir_okay=False))
@click.pass_obj
def download(state: State, url: str, dest: str) -> None:
    """Download URL to the file DEST."""
    from . import files as transfer

    done = transfer.download(state.plane("data"), url, dest, progress=True)
    emit(state, {"path": dest, "bytes": getattr(done, "size", None)})


@click.group("runs")
def runs() -> None:
    """Submit runs and follow them."""


@runs.command("submit")
@click.argument("deployment_id")
@click.option("--args", "run_args", help="the run's arguments: JSON or @file.json")
@click.option("--wait", is_flag=True, help="wait for the result")
@click.option("--events", is_flag=True, help="print the run's events as they happen")
@click.pass_obj
def submit(
    state: State, deployment_id: str, run_args: str | None, wait: bool, events: bool
) -> None:
    """Submit a run to DEPLOYMENT; print it, its events or its result."""
    from .runs import submit_run

    given: Any = load_json(run_args) if run_args else None
    if given is not None and not isinstance(given, dict):
        raise click.BadParameter("must be a JSON object", param_hint="--args")
    future = submit_run(state.plane("data"), deployment_id, args=given, progress=True)
    if events:
        with future.events() as stream:
            for event in stream:
                click.echo(json.dumps(to_data(event), default=str))
    if wait:
        emit(state, future.result())
    elif not events:
        emit(state, future.run if hasattr(future, "run") else {"id": future.id})


def data_commands() -> list[click.Command]:
    """The hand-made data-plane commands (added beside the derived ones)."""
    return [chat, files, runs]
