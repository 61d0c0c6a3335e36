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
from typing import Any

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
# Operation ids of the GenAI operations, with their gen_ai.operation.name.
GENAI_OPERATIONS: Mapping[str, str] = {"createChatCompletion": "chat"}
# Request body fields -> gen_ai.request.* attributes.
REQUEST_SETTINGS: Mapping[str, str] = {
    "model": "gen_ai.request.model",
    "temperature": "gen_ai.request.temperature",
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "top_p": "gen_ai.request.top_p",
    "seed": "gen_ai.request.seed",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "stop": "gen_ai.request.stop_sequences",
    "n": "gen_ai.request.choice.count",
}
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
    """The span of one logical call; ``response`` records what the parsed body says."""

    def __init__(self, span: Any = None, attributes: dict[str, Any] | None = None) -> None:
        self.span = span
        self.attributes = attributes or {}
        self.start = time.monotonic()
        self.first_chunk: float | None = None
        self.ended = False

    def response(self, parsed: Any, content: bool = True) -> None:
        if self.span is None or "gen_ai.operation.name" not in self.attributes:
            return
        usage = getattr(parsed, "usage", None)
        facts = {
            "gen_ai.response.id": _value(getattr(parsed, "id", None)),
            "gen_ai.response.model": _value(getattr(parsed, "model", None)),
            "gen_ai.usage.input_tokens": _value(getattr(usage, "prompt_tokens", None)),
            "gen_ai.usage.output_tokens": _value(getattr(usage, "completion_tokens", None)),
        }
        reasons = [
            str(_value(getattr(c, "finish_reason", None)))
            for c in _value(getattr(parsed, "choices", None)) or []
            if _value(getattr(c, "finish_reason", None)) is not None
        ]
        if reasons:
            facts["gen_ai.response.finish_reasons"] = reasons
        for key, value in facts.items():
            if value is not None:
                self.attributes[key] = value
                self.span.set_attribute(key, value)
        if content and _capturing():
            self.span.set_attribute("gen_ai.output.messages", _json(parsed, "choices"))

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


def _json(model: Any, field: str) -> str:
    to_dict = getattr(model, "to_dict", None)
    data = to_dict() if callable(to_dict) else {}
    return json.dumps(data.get(field), default=str)


def _attributes(operation: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The span name and start attributes of a call to ``operation``."""
    genai = GENAI_OPERATIONS.get(operation)
    if genai is None:
        return operation, {"aiplane.operation": operation}
    attrs: dict[str, Any] = {"gen_ai.operation.name": genai, "gen_ai.provider.name": PROVIDER}
    body = params.get("body")
    for name, key in REQUEST_SETTINGS.items():
        value = _value(getattr(body, name, None))
        if isinstance(value, str | int | float | bool) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            attrs[key] = value
    if _capturing() and body is not None:
        attrs["gen_ai.input.messages"] = _json(body, "messages")
    model = attrs.get("gen_ai.request.model")
    return (f"{genai} {model}" if model else genai), attrs


@contextmanager
def call_span(operation: str, params: Mapping[str, Any]) -> Iterator[CallSpan]:
    """The span (and operation-duration metric) of one logical call."""
    if not _active():
        yield _NOOP
        return
    from opentelemetry import trace

    name, attrs = _attributes(operation, params)
    with _tracer().start_as_current_span(
        name, kind=trace.SpanKind.CLIENT, attributes=attrs, record_exception=False
    ) as span:
        handle = CallSpan(span, attrs)
        try:
            yield handle
        except BaseException as exc:
            _failed(span, exc)
            handle.attributes["error.type"] = _error_type(exc)
            raise
        finally:
            _record_call(handle)


def stream_span(operation: str, params: Mapping[str, Any]) -> CallSpan:
    """The span of a stream, started now, not current; it ends with :meth:`CallSpan.end`."""
    if not _active():
        return _NOOP
    from opentelemetry import trace

    name, attrs = _attributes(operation, params)
    span = _tracer().start_span(name, kind=trace.SpanKind.CLIENT, attributes=attrs)
    return CallSpan(span, attrs)


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
