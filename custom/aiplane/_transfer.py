"""What file transfers share: their progress reports and the progress argument.

``progress=`` of an upload or a download is None, a callable receiving a
:class:`TransferProgress` after each chunk, or True for a terminal progress bar
(:class:`aiplane._progress.Bar`, shown only on a TTY).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeAlias

from ._progress import Bar, Progress

__all__ = ["OnProgress", "ProgressArg", "TransferProgress", "progress_callback"]


@dataclass(frozen=True, slots=True)
class TransferProgress:
    """Bytes moved so far and the total when known. For an upload it counts what was read
    from the source in the current pass (a signed upload reads once to hash, once to send;
    a retried one starts again).

    ``resume_token`` (downloads to a file only) resumes the download from here in another
    process: :func:`aiplane.files.resume_download`. None where that cannot be done: an
    upload, an iterator, a raw download, or a server that sends no ETag."""

    done: int
    total: int | None
    resume_token: str | None = None

    @property
    def fraction(self) -> float | None:
        """done / total, or None when the total is unknown (1.0 for an empty file)."""
        if self.total is None:
            return None
        return 1.0 if self.total == 0 else min(self.done / self.total, 1.0)


OnProgress: TypeAlias = Callable[[TransferProgress], object]
ProgressArg: TypeAlias = "OnProgress | bool | None"


@contextlib.contextmanager
def progress_callback(progress: ProgressArg, description: str) -> Iterator[OnProgress | None]:
    """The callback for ``progress`` (a bar's, for True), open for the block."""
    if progress is None or progress is False:
        yield None
        return
    if progress is True:
        with Bar(True, description) as bar:

            def show(p: TransferProgress) -> None:
                fraction = p.fraction
                percent = None if fraction is None else 100.0 * fraction
                bar.update(Progress(status=f"{p.done} bytes", percent_complete=percent))

            yield show
        return
    if not callable(progress):
        raise TypeError("progress must be None, True or a callable taking TransferProgress")
    yield progress
