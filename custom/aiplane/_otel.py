"""OpenTelemetry traces and metrics, built in (the ``aiplane[otel]`` extra).

Nothing here imports :mod:`opentelemetry` until a call is made while it is in use: the
application has imported it (it set a provider) or gave providers to :func:`use`. Without
it every hook returns a shared no-op, so ``import aiplane`` and calls cost nothing extra.

One span per logical call (``aiplane.call`` and friends; it covers every retry), named
and attributed by the GenAI semantic conventions for chat and by operation id for the
rest; a CLIENT child span per HTTP attempt with the stable HTTP conventions; the metrics
``gen_ai.client.operation.duration``, ``gen_ai.client.token.usage`` and
``http.client.request.duration``; and W3C ``traceparent`` on every attempt. Message content
is never recorded unless :func:`capture_content` (or
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``) opts in.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .descriptors import GenAI

__all__ = [
    "SEMCONV_VERSION",
    "call_span",
    "capture_content",
    "stream_span",
    "use",
]

SEMCONV_VERSION = "1.37.0"  # the OpenTelemetry semantic conventions followed here
SCHEMA_URL = f"https://opentelemetry.io/schemas/{SEMCONV_VERSION}"
PROVIDER = "aiplane"  # gen_ai.provider.name: no well-known value for this service
# Which operations are GenAI ones, and where their facts are, is read from the descriptors
# (the spec's x-aiplane-genai extension: aiplane.descriptors.GenAI).
_CALL_METRIC_KEYS = (
    "gen_ai.operation.name",
    "gen_ai.provider.name",
    "gen_ai.request.model",
    "gen_ai.response.model",
    "error.type",
    "aiplane.operation",
)
_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
_state: dict[str, Any] = {"tracer_provider": None, "meter_provider": None, "content": None}
_instruments: dict[int, Any] = {}


def use(tracer_provider: Any = None, meter_provider: Any = None) -> None:
    """Send aiplane's spans and metrics to these providers instead of the global ones
    (``use()`` goes back to the global ones)."""
    _state["tracer_provider"] = tracer_provider
    _state["meter_provider"] = meter_provider
    _instruments.clear()


def capture_content(enabled: bool | None) -> None:
    """Record message content in spans (True), never (False), or as the environment
    variable says (None, the default; off unless it is ``true``)."""
    if enabled is not None and not isinstance(enabled, bool):
        raise TypeError(f"capture_content takes True, False or None, got {enabled!r}")
    _state["content"] = enabled


def _capturing() -> bool:
    if _state["content"] is not None:
        return bool(_state["content"])
    return os.environ.get(_CONTENT_ENV, "").strip().lower() == "true"


def _active() -> bool:
    """Whether OpenTelemetry is in use: providers given to :func:`use`, or a global
    provider set (without one, the api's spans and metrics would be no-ops anyway)."""
    if _state["tracer_provider"] is not None or _state["meter_provider"] is not None:
        return True
    if "opentelemetry.trace" not in sys.modules:
        return False
    from opentelemetry import metrics, trace

    tracer_set = not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    # the api's placeholder meter provider is private: known by its class name
    return tracer_set or type(metrics.get_meter_provider()).__name__ != "_ProxyMeterProvider"


def _tracer() -> Any:
    from opentelemetry import trace

    provider = _state["tracer_provider"] or trace.get_tracer_provider()
    return provider.get_tracer("aiplane", schema_url=SCHEMA_URL)


def _meters() -> dict[str, Any]:
    from opentelemetry import metrics

    provider = _state["meter_provider"] or metrics.get_meter_provider()
    key = id(provider)
    if key not in _instruments:
        meter = provider.get_meter("aiplane", schema_url=SCHEMA_URL)
        _instruments.clear()
        _instruments[key] = {
            "operation": meter.create_histogram("gen_ai.client.operation.duration", unit="s"),
            "tokens": meter.create_histogram("gen_ai.client.token.usage", unit="{token}"),
            "http": meter.create_histogram("http.client.request.duration", unit="s"),
        }
    return _instruments[key]  # type: ignore[no-any-return]


class CallSpan:
    """The span of one logical call; ``response`` records what the parsed body says (for a
    GenAI operation: where its descriptor says the facts are)."""

    def __init__(
        self,
        span: Any = None,
        attributes: dict[str, Any] | None = None,
        genai: GenAI | None = None,
    ) -> None:
        self.span = span
        self.attributes = attributes or {}
        self.genai = genai
        self.start = time.monotonic()
        self.first_chunk: float | None = None
        self.ended = False

    def response(self, parsed: Any, content: bool = True) -> None:
        if self.span is None or self.genai is None:
            return
        where = self.genai.response
        facts = {
            "gen_ai.response.id": _at(parsed, where.get("id")),
            "gen_ai.response.model": _at(parsed, where.get("model")),
            "gen_ai.usage.input_tokens": _at(parsed, where.get("input_tokens")),
            "gen_ai.usage.output_tokens": _at(parsed, where.get("output_tokens")),
        }
        reasons = _at(parsed, where.get("finish_reasons"))
        reasons = reasons if isinstance(reasons, list) else [] if reasons is None else [reasons]
        if reasons:
            facts["gen_ai.response.finish_reasons"] = [str(r) for r in reasons]
        for key, value in facts.items():
            if value is not None:
                self.attributes[key] = value
                self.span.set_attribute(key, value)
        if content and _capturing() and "output_messages" in where:
            messages = _at(parsed, where["output_messages"])
            self.span.set_attribute("gen_ai.output.messages", _json(messages))

    def chunk(self, item: Any) -> None:
        """A stream's event arrived: the first one's time is recorded, and what it says."""
        if self.span is None:
            return
        if self.first_chunk is None:
            self.first_chunk = time.monotonic() - self.start
            self.span.set_attribute("gen_ai.response.time_to_first_chunk", self.first_chunk)
        self.response(item, content=False)

    @contextmanager
    def current(self) -> Iterator[None]:
        """Make the span current (a stream's connections become its children)."""
        if self.span is None:
            yield
            return
        from opentelemetry import trace

        with trace.use_span(self.span, end_on_exit=False):
            yield

    def end(self, exc: BaseException | None) -> None:
        """End a stream's span (once), failed if ``exc`` is an error."""
        if self.span is None or self.ended:
            return
        self.ended = True
        if exc is not None and not isinstance(exc, GeneratorExit):
            _failed(self.span, exc)
            self.attributes["error.type"] = _error_type(exc)
        self.span.end()
        _record_call(self)


NO_SPAN = CallSpan()  # what every hook gives when OpenTelemetry is not in use
_NOOP = NO_SPAN


def _value(value: Any) -> Any:
    """A model field's value, with the generated code's UNSET as None."""
    if value is None or type(value).__name__ == "Unset":
        return None
    return getattr(value, "value", value) if not isinstance(value, str | int | float) else value


def _at(item: Any, path: tuple[str, ...] | None) -> Any:
    """The value at an attribute ``path`` (a list on the way: each item's, flattened)."""
    if path is None:
        return None
    value = _value(item)
    for index, name in enumerate(path):
        if isinstance(value, list):
            found = [_at(each, path[index:]) for each in value]
            flat = (v for each in found for v in (each if isinstance(each, list) else [each]))
            return [v for v in flat if v is not None]
        value = _value(getattr(value, name, None))
        if value is None:
            return None
    return value


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return [_plain(v) for v in value] if isinstance(value, list) else _value(value)


def _json(value: Any) -> str:
    return json.dumps(_plain(value), default=str)


def _attributes(
    operation: str, genai: GenAI | None, params: Mapping[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The span name and start attributes of a call to ``operation``."""
    if genai is None:
        return operation, {"aiplane.operation": operation}
    attrs: dict[str, Any] = {
        "gen_ai.operation.name": genai.operation,
        "gen_ai.provider.name": PROVIDER,
    }
    body = params.get("body")
    for name, key in genai.request.items():
        value = _value(getattr(body, name, None))
        if isinstance(value, str | int | float | bool) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            attrs[key] = value
    if _capturing() and body is not None and genai.input_messages is not None:
        attrs["gen_ai.input.messages"] = _json(getattr(body, genai.input_messages, None))
    model = attrs.get("gen_ai.request.model")
    return (f"{genai.operation} {model}" if model else genai.operation), attrs


@contextmanager
def call_span(operation: str, genai: GenAI | None, params: Mapping[str, Any]) -> Iterator[CallSpan]:
    """The span (and operation-duration metric) of one logical call to ``operation`` (its
    operation id), a GenAI one if its descriptor says so."""
    if not _active():
        yield _NOOP
        return
    from opentelemetry import trace

    name, attrs = _attributes(operation, genai, params)
    with _tracer().start_as_current_span(
        name, kind=trace.SpanKind.CLIENT, attributes=attrs, record_exception=False
    ) as span:
        handle = CallSpan(span, attrs, genai)
        try:
            yield handle
        except BaseException as exc:
            _failed(span, exc)
            handle.attributes["error.type"] = _error_type(exc)
            raise
        finally:
            _record_call(handle)


def stream_span(operation: str, genai: GenAI | None, params: Mapping[str, Any]) -> CallSpan:
    """The span of a stream, started now, not current; it ends with :meth:`CallSpan.end`."""
    if not _active():
        return _NOOP
    from opentelemetry import trace

    name, attrs = _attributes(operation, genai, params)
    span = _tracer().start_span(name, kind=trace.SpanKind.CLIENT, attributes=attrs)
    return CallSpan(span, attrs, genai)


def _record_call(handle: CallSpan) -> None:
    meters = _meters()
    base = {k: handle.attributes[k] for k in _CALL_METRIC_KEYS if k in handle.attributes}
    meters["operation"].record(time.monotonic() - handle.start, base)
    for direction, key in (
        ("input", "gen_ai.usage.input_tokens"),
        ("output", "gen_ai.usage.output_tokens"),
    ):
        if isinstance(handle.attributes.get(key), int):
            meters["tokens"].record(
                handle.attributes[key], {**base, "gen_ai.token.type": direction}
            )


def _error_type(exc: BaseException) -> str:
    status = getattr(exc, "status", None)
    return str(status) if isinstance(status, int) and status else type(exc).__name__


def _failed(span: Any, exc: BaseException) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", _error_type(exc))
    span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
