"""The ``aiplane`` command line: every operation of both planes, derived from the descriptors.

``aiplane management get-model MODEL_ID``, ``aiplane management list-models
--compartment-id C --all``, ``aiplane data chat DEPLOYMENT "prompt"``, ``aiplane data files
upload/download``, ``aiplane data runs submit``. Configuration as ``Client.from_config``:
the profile file (``--config-file``, ``--profile``) and ``AIPLANE_*`` variables. Output is
JSON (``--output table`` for a table); an error is one line on stderr and exit code 1;
``--debug`` logs the requests (secrets redacted) to stderr.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from . import errors
from ._cli_data import data_commands
from ._cli_ops import operation_commands
from ._cli_run import State, run_operation

__all__ = ["main", "make_cli"]


class _Group(click.Group):
    """A group whose commands turn an :class:`~aiplane.AiplaneError` into one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except errors.AiplaneError as exc:
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from None
        except (OSError, TypeError, ValueError) as exc:
            if isinstance(exc, click.ClickException):
                raise
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from None


def _plane_group(package: str, name: str) -> click.Group:
    @click.pass_obj
    def _noop(_: State) -> None:
        """Operations of the plane."""

    group = click.Group(name, callback=_noop, help=f"Operations of the {name} plane.")

    def run(d: Any, args: list[Any], params: dict[str, Any], flags: dict[str, Any]) -> None:
        run_operation(click.get_current_context().ensure_object(State), d, args, params, flags)

    for command in operation_commands(package, run):
        group.add_command(command)
    return group


def _setup_debug(ctx: click.Context, debug: bool) -> None:
    """Log the ``aiplane`` logger at DEBUG to stderr for this invocation only."""
    if not debug:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("aiplane")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    ctx.call_on_close(undo)


def make_cli() -> click.Group:
    """The ``aiplane`` command group (built from the descriptors)."""

    @click.group(cls=_Group)
    @click.option("--config-file", envvar=None, help="config file (default ~/.oci/config)")
    @click.option("--profile", help="profile in the config file (default DEFAULT)")
    @click.option("--output", type=click.Choice(["json", "table"]), default="json")
    @click.option("--debug", is_flag=True, help="log the requests (secrets redacted)")
    @click.pass_context
    def cli(
        ctx: click.Context, config_file: str | None, profile: str | None, output: str, debug: bool
    ) -> None:
        """The aiplane command line: every operation of the management and data planes."""
        _setup_debug(ctx, debug)
        ctx.obj = State(config_file, profile, output)

    cli.add_command(_plane_group("aiplane_management", "management"))
    data = _plane_group("aiplane_data", "data")
    for command in data_commands():
        if command.name in data.commands:  # a spec operation must never be hidden
            raise RuntimeError(f"data command {command.name!r} clashes with an operation")
        data.add_command(command)
    cli.add_command(data)
    return cli


def main() -> None:
    """The console script ``aiplane``."""
    make_cli()(prog_name="aiplane")
