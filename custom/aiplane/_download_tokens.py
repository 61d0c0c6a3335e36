"""Resume tokens of downloads to a file, and the checks that a token still fits its disk.

A download's token (kind ``download``, see :mod:`aiplane._tokens`) names what to request
again — the generated operation module, its positional arguments and parameters (never a
credential: those come from the client's configuration) — where the bytes go (the target
and its ``.part`` file beside it), what was received (the offset, the SHA-256 of those
bytes, the ETag and total of the version they belong to, a declared checksum) and the
wall-clock deadline. :func:`reopen` checks all of it before anything is sent: a field of the
wrong type, an operation that is not a download, a ``.part`` file that is not beside its
target (a token can never aim the rename at another file) are ``InvalidParameter``; a
``.part`` file that is gone, of another length than the token says (another process may be
resuming it, or the token is older than the file) or holding other bytes is
:class:`aiplane.errors.CannotResume`.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from . import _tokens, errors
from ._resume import ResumeState
from .descriptors import table_of

__all__ = ["KIND", "Resumed", "reopen", "token_of"]

KIND = "download"
_PACKAGES = ("aiplane_data", "aiplane_management")  # the generated packages
_SCALAR = str | int | float | bool | None
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_READ = 1024 * 1024


def token_of(source: Mapping[str, Any], dest: Path, part: Path, state: ResumeState) -> str | None:
    """The token of a download to ``dest`` standing at ``state`` (None without an ETag:
    nothing would tell a resume that the file is still the same)."""
    if state.etag is None:
        return None
    return _tokens.encode(
        KIND,
        **source,
        dest=str(dest.absolute()),
        part=str(part.absolute()),
        offset=state.offset,
        etag=state.etag,
        total=state.total,
        checksum=state.checksum,
        sha256=state.sha256(),
        deadline=state.deadline,
    )


@dataclass(frozen=True)
class Resumed:
    """A checked token: the operation and its arguments, the files, the state to go on from."""

    op: ModuleType
    args: tuple[Any, ...]
    params: dict[str, Any]
    dest: Path
    part: Path
    state: ResumeState


def _bad(problem: str) -> errors.InvalidParameter:
    return errors.InvalidParameter("resume_token", problem)


def _field(fields: Mapping[str, Any], name: str, kind: Any) -> Any:
    value = fields.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, int | None)):
        raise _bad(f"has a bad {name!r} field")
    return value


def _operation(name: str) -> ModuleType:
    """The generated operation module ``name``, if the specs make it a download."""
    descriptor = None
    if name.partition(".")[0] in _PACKAGES:
        descriptor = table_of(name).operations.get(name)
    kinds = {
        kind for each in (descriptor.responses if descriptor else {}).values() for kind in each
    }
    if "binary" not in kinds:
        raise _bad("names no download operation")
    return importlib.import_module(name)


def _files(fields: Mapping[str, Any]) -> tuple[Path, Path]:
    """The target and its ``.part`` file, which must be beside it and named after it."""
    dest, part = Path(_field(fields, "dest", str)), Path(_field(fields, "part", str))
    beside = part.parent == dest.parent and part.name.startswith(f".{dest.name}.")
    if not (dest.is_absolute() and beside and part.name.endswith(".part")):
        raise _bad("names a .part file that is not beside its destination")
    return dest, part


def _received(part: Path, offset: int, sha256: str) -> Any:
    """The hash of the ``.part`` file, checked against the token's length and digest."""
    try:
        size = part.stat().st_size
    except FileNotFoundError:
        raise errors.CannotResume(part, "is gone") from None
    if size != offset:
        raise errors.CannotResume(part, f"has {size} bytes, the token says {offset}")
    digest = hashlib.sha256()
    with part.open("rb") as handle:
        while chunk := handle.read(_READ):
            digest.update(chunk)
    if digest.hexdigest() != sha256:
        raise errors.CannotResume(part, "does not hold the bytes the token was made from")
    return digest


def reopen(token: object) -> Resumed:
    """Everything a token says, checked against the disk (see the module's docstring)."""
    fields = _tokens.decode(token, KIND)
    args, params = _field(fields, "args", list), _field(fields, "params", dict)
    if not all(isinstance(v, _SCALAR) for v in [*args, *params.values()]):
        raise _bad("has a bad 'args' or 'params' field")
    op = _operation(_field(fields, "op", str))
    offset, sha256 = _field(fields, "offset", int), _field(fields, "sha256", str)
    if offset < 0 or not _SHA256.match(sha256):
        raise _bad("has a bad 'offset' or 'sha256' field")
    total, checksum = _field(fields, "total", int | None), _field(fields, "checksum", str | None)
    etag, deadline = _field(fields, "etag", str), _field(fields, "deadline", float | int | None)
    dest, part = _files(fields)
    received = _received(part, offset, sha256)
    if deadline is not None and _tokens.time_left_until(deadline) <= 0:
        # refused before the .part file is opened for writing: it is kept for a new try
        raise errors.WaitTimeout(
            f"the download's time limit was reached after {offset} bytes (token expired)",
            last_state=None,
        )
    state = ResumeState(restartable=True, checksum_header=None, deadline=deadline)
    state.restore(offset, received, etag=etag, total=total, checksum=checksum)
    return Resumed(op, tuple(args), dict(params), dest, part, state)
