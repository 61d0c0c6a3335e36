"""``aiplane-mock serve``: run the mock server until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import uvicorn

from .app import create_app
from .runtime import MockConfig, runtime_of
from .server import bind, quiet_uvicorn, urls

__all__ = ["config_of", "main", "parser"]


def parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    top = argparse.ArgumentParser(prog="aiplane-mock", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve both planes on one port")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument(
        "--trusted-key",
        action="append",
        default=[],
        metavar="PEM_PATH",
        help="public key whose OCI signatures are accepted (repeatable)",
    )
    serve.add_argument(
        "--api-key", action="append", default=[], metavar="KEY", help="accepted API key"
    )
    serve.add_argument("--no-auth", action="store_true", help="accept unauthenticated requests")
    serve.add_argument("--speed", type=float, default=1.0, help="lifecycle speed factor")
    serve.add_argument("--seed", type=int, default=0, help="seed for ids and answers")
    serve.add_argument(
        "--state",
        metavar="FILE",
        help="persist state to FILE and reload it (it holds run callback secrets: keep it private)",
    )
    serve.add_argument(
        "--callback-ca", metavar="PEM_PATH", help="CA bundle trusted for https run callbacks"
    )
    serve.add_argument(
        "--no-validate-responses",
        dest="validate_responses",
        action="store_false",
        help="do not check the mock's own responses against the specs (benchmarks)",
    )
    return top


def config_of(args: argparse.Namespace, keys: Sequence[str] = ()) -> MockConfig:
    """The MockConfig that parsed ``serve`` arguments (and the trusted keys read) describe."""
    return MockConfig(
        trusted_keys=list(keys),
        api_keys=list(args.api_key),
        no_auth=args.no_auth,
        speed=args.speed,
        seed=args.seed,
        state_file=args.state,
        callback_ca=args.callback_ca,
        validate_responses=args.validate_responses,
    )


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Handler restored after uvicorn's graceful shutdown, so the process exits with 0."""


async def _serve(
    server: uvicorn.Server, sock_urls: tuple[str, str], sockets: list[socket.socket], token: str
) -> None:
    task = asyncio.create_task(server.serve(sockets=sockets))
    for _ in range(6000):  # up to a minute for startup
        if server.started or task.done():
            break
        await asyncio.sleep(0.01)
    if server.started:
        management_url, data_url = sock_urls
        line = {"management_url": management_url, "data_url": data_url, "admin_token": token}
        print(json.dumps(line), flush=True)
    await task


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``aiplane-mock`` console script."""
    args = parser().parse_args(argv)
    try:
        keys = [Path(p).read_text(encoding="ascii") for p in args.trusted_key]
    except OSError as error:
        print(f"aiplane-mock: cannot read a trusted key: {error.strerror}", file=sys.stderr)
        return 2
    config = config_of(args, keys)
    try:
        app = create_app(config)
    except ValueError as error:
        print(f"aiplane-mock: {error}", file=sys.stderr)
        return 2
    sock = bind(args.host, args.port)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=3)
    )
    quiet_uvicorn()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _ignore)
    asyncio.run(_serve(server, urls(sock), [sock], runtime_of(app).admin_token))
    sock.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
