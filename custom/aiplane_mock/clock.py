"""Virtual time: the clock lifecycles are read off, and the RFC 3339 timestamps OCI sends."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["VirtualClock", "iso", "poll_hints", "retry_after"]


def iso(t: float) -> str:
    """RFC 3339 UTC with milliseconds, as OCI sends it."""
    moment = datetime.fromtimestamp(t, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def retry_after(wait: float) -> str:
    """A poll's ``retry-after``: whole seconds until ``wait`` real seconds pass, 1 to 30
    (never 0, which would have clients poll in a tight loop)."""
    return str(30 if wait == math.inf else max(1, min(30, math.ceil(wait))))


def poll_hints(wait: float) -> dict[str, str]:
    """``retry-after`` (whole seconds, at least 1) and the finer ``retry-after-ms`` (at least
    50 ms), so a fast mock (``speed``) does not hold clients that read the finer hint."""
    millis = 30_000 if wait == math.inf else max(50, min(30_000, math.ceil(wait * 1000)))
    return {"retry-after": retry_after(wait), "retry-after-ms": str(millis)}


class VirtualClock:
    """Virtual time: ``speed`` times wall-clock time since the last anchor, plus manual advances."""

    def __init__(
        self,
        speed: float = 1.0,
        wall: Callable[[], float] = time.time,
        start: float | None = None,
    ) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self._lock = threading.Lock()
        self._wall = wall
        self._speed = speed
        self._anchor_wall = wall()
        self._anchor_virtual = self._anchor_wall if start is None else start

    @property
    def speed(self) -> float:
        """How many virtual seconds pass per wall-clock second."""
        return self._speed

    def wall(self) -> float:
        """The wall clock (used for signature dates)."""
        return self._wall()

    def now(self) -> float:
        """Current virtual time (epoch seconds)."""
        with self._lock:
            return self._anchor_virtual + (self._wall() - self._anchor_wall) * self._speed

    def set_speed(self, speed: float) -> None:
        """Change the speed from now on (time already elapsed is kept)."""
        if speed < 0:
            raise ValueError("speed must be >= 0")
        current = self.now()
        with self._lock:
            self._anchor_wall = self._wall()
            self._anchor_virtual = current
            self._speed = speed

    def advance(self, seconds: float) -> None:
        """Jump virtual time forward."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._anchor_virtual += seconds

    def real_seconds(self, virtual_seconds: float) -> float:
        """Wall-clock seconds until ``virtual_seconds`` of virtual time pass (inf at speed 0)."""
        return virtual_seconds / self._speed if self._speed > 0 else float("inf")
