"""The suite-wide secrets audit (issue 13, point 7), used by the autouse fixture in conftest.

During every test, the loggers of aiplane, httpx, httpcore, the mock and its server run at
DEBUG and every record is kept; every object of a class defined in ``aiplane`` or
``aiplane_mock`` (errors raised mid-stream and the mock's own errors included) has its
``repr`` (and, for an exception, its ``str``) taken when its construction ends. After the
test, no registered secret and no secret shape may appear in any of those texts.

``AUDIT.records`` and ``AUDIT.objects`` count what was checked over the whole run;
``make secrets-count`` writes them to tests/RELIABILITY.md (section "Secrets").
"""

from __future__ import annotations

import enum
import functools
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["AUDIT", "LOGGERS", "SECRET_SHAPES", "Audit"]

LOGGERS = ("aiplane", "aiplane_mock", "httpx", "httpcore", "uvicorn", "uvicorn.error")
PACKAGES = ("aiplane", "aiplane_mock")
# Shapes no text may have, whatever the test: a PEM private key, an OCI signature value, a
# password or api key written out in JSON or as a header.
SECRET_SHAPES = [
    re.compile(r"PRIVATE KEY-----"),
    re.compile(r'signature="[A-Za-z0-9+/=]{40,}'),
    re.compile(r'"(?:password|passphrase|pass_phrase)"\s*:\s*"(?!\*+")[^"]+"', re.IGNORECASE),
    re.compile(r"\bapi-key['\"]?\s*[:=]\s*['\"]?(?!\*)[A-Za-z0-9_\-]{8,}", re.IGNORECASE),
    re.compile(r"\bBearer\s+(?!\*)[A-Za-z0-9_\-.]{8,}"),
]


SCAN = 1 << 20  # characters of a text checked as it arrives
KEEP = 4096  # characters of a text kept for secrets registered later in the test


def _leaks_in(text: str, secrets: Iterable[str]) -> list[tuple[str, str]]:
    found = [(s[:6] + "...", text[:200]) for s in secrets if s in text]
    return found + [(p.pattern, text[:200]) for p in SECRET_SHAPES if p.search(text)]


class _Recorder(logging.Handler):
    def __init__(self, audit: Audit) -> None:
        super().__init__(level=logging.DEBUG)
        self.audit = audit

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += " " + repr(record.exc_info[1]) + " " + str(record.exc_info[1])
        if record.stack_info:
            text += " " + record.stack_info
        self.audit.records += 1
        self.audit.take(text)


def _texts(obj: object) -> list[str]:
    try:
        texts = [repr(obj)]
        if isinstance(obj, BaseException):
            texts.append(str(obj))
        return texts
    except Exception:
        return []


class Audit:
    """What one run checked, and the texts of the test in progress."""

    def __init__(self) -> None:
        self.records = 0
        self.objects = 0
        self.tests = 0
        self.leaking = 0
        self.texts: set[str] = set()  # the test's texts, each cut to KEEP characters
        self.found: list[tuple[str, str]] = []  # leaks found as texts arrived
        self.secrets: set[str] = set()  # the secrets known when the test started
        self.active = False

    def saw(self, obj: object) -> None:
        """Take the texts of an object whose construction just ended."""
        if self.active:
            self.objects += 1
            for text in _texts(obj):
                self.take(text)

    def take(self, text: str) -> None:
        """Check a text now against the known secrets and shapes (its first SCAN
        characters: more is bulk data, a body or a download chunk), and keep its first KEEP
        characters for the check at the end against secrets registered during the test."""
        scanned = text[:SCAN]
        self.found += _leaks_in(scanned, self.secrets)
        self.texts.add(scanned[:KEEP])

    def report(self, failed: int) -> str:
        """The "Secrets" section of tests/RELIABILITY.md."""
        return (
            "Produced by `make secrets-count` (the whole pytest suite with\n"
            "`AIPLANE_SECRETS_REPORT=tests/RELIABILITY.md`); the audit is tests/secrets_audit.py,\n"
            "run around every test by the autouse fixture in tests/conftest.py. Each text is\n"
            f"scanned as it arrives (its first {SCAN} characters: more is bulk data) for the\n"
            "registered secrets and the secret shapes, and again at the end of its test (its\n"
            f"first {KEEP} characters) for secrets registered during the test.\n\n"
            f"- tests run under the audit: {self.tests} ({failed} failed)\n"
            "- log records checked (root, aiplane, aiplane_mock, httpx, httpcore, uvicorn; "
            f"DEBUG): {self.records}\n"
            "- objects of aiplane and aiplane_mock whose repr (and str, for exceptions) was "
            f"checked: {self.objects}\n"
            f"- secret shapes checked besides the registered secrets: {len(SECRET_SHAPES)}\n"
            f"- tests in which a secret was found (each failed): {self.leaking}\n"
        )

    def leaks(self, secrets: Iterable[str]) -> list[tuple[str, str]]:
        """(what, where) for every secret or secret shape in the texts of this test."""
        late = set(secrets) - self.secrets
        found = self.found + [(s[:6] + "...", t[:200]) for t in self.texts for s in late if s in t]
        self.leaking += bool(found)
        return found

    @contextmanager
    def test(self, secrets: Iterable[str] = ()) -> Iterator[None]:
        """Capture one test (``secrets`` known at its start): DEBUG logging of the watched
        loggers, objects' texts."""
        watch_classes()
        recorder = _Recorder(self)
        loggers = [logging.getLogger(), *(logging.getLogger(name) for name in LOGGERS)]
        levels = [lg.level for lg in loggers]
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
        hooked = [lg for lg in loggers if lg is loggers[0] or not lg.propagate]
        for lg in hooked:
            lg.addHandler(recorder)
        self.texts = set()
        self.found = []
        self.secrets = set(secrets)
        self.active = True
        self.tests += 1
        _CURRENT.append(self)
        try:
            yield
        finally:
            self.active = False
            _CURRENT.remove(self)
            for lg in hooked:
                lg.removeHandler(recorder)
            for lg, level in zip(loggers, levels, strict=True):
                lg.setLevel(level)


def _init_to_wrap(cls: type) -> Any:
    """The constructor to wrap on ``cls``: its own, or one it inherits from outside aiplane
    and the mock (``AiplaneError`` gets ``Exception.__init__``); None when there is none
    of its own to watch (inherited from a watched class, or ``object``'s)."""
    if "__init__" in cls.__dict__:
        return cls.__dict__["__init__"]
    for base in cls.__mro__[1:]:
        if "__init__" in base.__dict__:
            inherited = base.__module__.partition(".")[0] not in PACKAGES
            return base.__dict__["__init__"] if inherited and base is not object else None
    return None


def _classes() -> Iterator[type]:
    """Classes defined in the aiplane and aiplane_mock modules imported so far."""
    for name, module in list(sys.modules.items()):
        if module is None or name.partition(".")[0] not in PACKAGES:
            continue
        for value in list(vars(module).values()):
            if (
                isinstance(value, type)
                and value.__module__ == name
                and _init_to_wrap(value) is not None
                and not issubclass(value, enum.Enum | tuple)
                and not getattr(value, "_is_protocol", False)
            ):
                yield value


_CURRENT: list[Audit] = []  # the audits of the test in progress
_WRAPPED: set[type] = set()


def _wrap(cls: type) -> None:
    init = _init_to_wrap(cls)

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        if type(self).__init__ is __init__:  # the outermost constructor has ended
            for audit in _CURRENT:
                audit.saw(self)

    try:
        type.__setattr__(cls, "__init__", __init__)
    except TypeError:  # a class that cannot be changed (built in C): left alone
        return
    _WRAPPED.add(cls)


def watch_classes() -> None:
    """Wrap (once) the constructor of every class of aiplane and the mock loaded so far."""
    for cls in _classes():
        if cls not in _WRAPPED:
            _wrap(cls)


AUDIT = Audit()
