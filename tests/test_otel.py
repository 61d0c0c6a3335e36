"""OpenTelemetry built in (issue 14 point 1): call spans, attempt spans, metrics, traceparent."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import aiplane
from aiplane import _otel, _otel_http, errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.deployments import get_deployment
from aiplane_management.api.model import list_models
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, COMPARTMENT, serving, signer
from tests.stream_helpers import chat_body, read_all
from tests.test_ratelimits import connected

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def deployment(server: MockServer) -> str:
    server.control.reset()
    return server.control.create_deployment(display_name="otel")


class Telemetry:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        tracer = TracerProvider()
        tracer.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.tracer = tracer
        self.meter = MeterProvider(metric_readers=[self.reader])

    def finished(self) -> list[ReadableSpan]:
        return list(self.spans.get_finished_spans())

    def metric_names(self) -> set[str]:
        data = self.reader.get_metrics_data()
        assert data is not None
        return {
            m.name for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics
        }


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    t = Telemetry()
    aiplane.otel.use(tracer_provider=t.tracer, meter_provider=t.meter)
    try:
        yield t
    finally:
        aiplane.otel.use()
        aiplane.otel.capture_content(None)


async def chat(mode: str, server: MockServer, deployment: str, **options: Any) -> Any:
    body = chat_body(temperature=0.5, seed=3)
    async with connected(mode, server) as client:
        if mode == "sync":
            return aiplane.call(create_chat_completion, client, deployment, body=body, **options)
        return await aiplane.acall(create_chat_completion, client, deployment, body=body, **options)


def call_span(t: Telemetry) -> ReadableSpan:
    (span,) = [s for s in t.finished() if s.parent is None]
    return span


def attempts(t: Telemetry) -> list[ReadableSpan]:
    return [s for s in t.finished() if s.parent is not None]


async def test_chat_call_has_one_genai_span(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """A chat call is one span named and attributed by the GenAI conventions."""
    reply = await chat(mode, server, deployment)
    span = call_span(telemetry)
    attrs = dict(span.attributes or {})
    assert span.name == "chat"
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == _otel.PROVIDER
    assert attrs["gen_ai.request.temperature"] == 0.5
    assert attrs["gen_ai.request.seed"] == 3
    assert attrs["gen_ai.response.id"] == reply.id
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    assert attrs["gen_ai.usage.input_tokens"] == reply.usage.prompt_tokens
    assert attrs["gen_ai.usage.output_tokens"] == reply.usage.completion_tokens


async def test_attempt_span_follows_the_http_conventions(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """Each attempt is a CLIENT child span with the stable HTTP attributes."""
    await chat(mode, server, deployment)
    (attempt,) = attempts(telemetry)
    attrs = dict(attempt.attributes or {})
    assert attempt.kind is SpanKind.CLIENT
    assert attempt.parent is not None
    assert attempt.parent.span_id == call_span(telemetry).context.span_id
    assert attrs["http.request.method"] == "POST"
    assert attrs["http.response.status_code"] == 200
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["server.port"] == int(server.data_url.rsplit(":", 1)[1].split("/")[0])
    assert str(attrs["url.full"]).endswith("/chat/completions")
    assert "http.request.resend_count" not in attrs


async def test_retried_call_is_one_span_with_an_attempt_each(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """A retried call keeps one call span; the resend is counted on the second attempt."""
    server.control.inject("status", "createChatCompletion", status=429, count=1)
    await chat(mode, server, deployment)
    first, second = sorted(attempts(telemetry), key=lambda s: s.start_time or 0)
    assert dict(first.attributes or {})["http.response.status_code"] == 429
    assert dict(first.attributes or {})["error.type"] == "429"
    assert dict(second.attributes or {})["http.request.resend_count"] == 1
    assert call_span(telemetry).status.status_code is not StatusCode.ERROR


async def test_traceparent_joins_the_servers_log(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """Every attempt carries a W3C traceparent naming its span, as the mock records."""
    await chat(mode, server, deployment)
    (attempt,) = attempts(telemetry)
    (record,) = [r for r in server.control.requests() if r.operation_id == "createChatCompletion"]
    assert record.traceparent is not None
    _, trace_id, span_id, _ = record.traceparent.split("-")
    assert int(trace_id, 16) == attempt.context.trace_id
    assert int(span_id, 16) == attempt.context.span_id


async def test_metrics_are_recorded(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """A call records the operation duration, token usage and HTTP request duration."""
    await chat(mode, server, deployment)
    assert telemetry.metric_names() >= {
        "gen_ai.client.operation.duration",
        "gen_ai.client.token.usage",
        "http.client.request.duration",
    }


async def test_no_secret_and_no_content_in_any_attribute(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """Neither the API key nor message content appears in any span attribute by default."""
    await chat(mode, server, deployment)
    values = " ".join(str(v) for s in telemetry.finished() for v in (s.attributes or {}).values())
    assert API_KEY not in values
    assert "gen_ai.input.messages" not in values
    assert chat_body().messages[0].to_dict()["content"] not in values


async def test_no_signature_in_any_attribute(
    mode: str, server: MockServer, telemetry: Telemetry
) -> None:
    """A signed call's spans carry no signature, key id or authorization header."""
    options: dict[str, Any] = {"management_url": server.management_url, "auth": signer()}
    if mode == "sync":
        with aiplane.Client(**options) as client:
            aiplane.call(list_models, client, compartment_id=COMPARTMENT)
    else:
        async with aiplane.AsyncClient(**options) as aclient:
            await aiplane.acall(list_models, aclient, compartment_id=COMPARTMENT)
    spans = telemetry.finished()
    text = " ".join(f"{k}={v!s}" for s in spans for k, v in (s.attributes or {}).items())
    assert len(spans) == 2
    for secret in ("signature", "keyId", "authorization", str(signer().fingerprint)):
        assert secret.lower() not in text.lower()


async def test_content_is_recorded_when_opted_in(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """capture_content(True) records the input and output messages."""
    aiplane.otel.capture_content(True)
    await chat(mode, server, deployment)
    attrs = dict(call_span(telemetry).attributes or {})
    assert chat_body().messages[0].to_dict()["content"] in str(attrs["gen_ai.input.messages"])
    assert "gen_ai.output.messages" in attrs


async def test_other_calls_are_named_by_operation_id(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """A call that is not a GenAI operation gets a span named by its operation id."""
    async with connected(mode, server) as client:
        if mode == "sync":
            aiplane.call(get_deployment, client, deployment)
        else:
            await aiplane.acall(get_deployment, client, deployment)
    span = call_span(telemetry)
    assert span.name == "getDeployment"
    assert "gen_ai.operation.name" not in dict(span.attributes or {})


async def test_content_env_var_opts_in(
    mode: str,
    server: MockServer,
    deployment: str,
    telemetry: Telemetry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true records message content."""
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    await chat(mode, server, deployment)
    assert "gen_ai.input.messages" in dict(call_span(telemetry).attributes or {})


def test_inactive_without_providers() -> None:
    """With no provider given and no global one set, every hook is the shared no-op."""
    aiplane.otel.use()
    assert not _otel._active()
    with _otel.call_span("createChatCompletion", None, {}) as span:
        assert span is _otel.NO_SPAN


def test_capture_content_refuses_a_non_bool() -> None:
    """capture_content takes True, False or None, and names what it got otherwise."""
    with pytest.raises(TypeError, match="'yes'"):
        aiplane.otel.capture_content("yes")


def test_url_full_drops_userinfo_and_query_values() -> None:
    """url.full keeps no userinfo and no query value (either may carry a secret)."""
    import httpx

    url = _otel_http.url_full(httpx.URL("https://user:pw@h.example:8443/p?sig=abc&x=1"))
    assert url == "https://h.example:8443/p?sig=REDACTED&x=REDACTED"


def test_import_aiplane_does_not_import_opentelemetry() -> None:
    """import aiplane (and a call's setup) leaves opentelemetry unimported."""
    code = "import sys, aiplane; print(any(m.startswith('opentelemetry') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "False"


async def stream_chat(mode: str, server: MockServer, deployment: str) -> list[Any]:
    body = chat_body(stream_options={"include_usage": True})
    async with connected(mode, server) as client:
        return await read_all(mode, create_chat_completion, client, deployment, body=body)


async def test_stream_is_one_span_with_time_to_first_chunk(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """A stream's span covers its connection and records time to first chunk and usage."""
    events = await stream_chat(mode, server, deployment)
    span = call_span(telemetry)
    attrs = dict(span.attributes or {})
    (attempt,) = attempts(telemetry)
    assert span.name == "chat"
    assert attempt.parent is not None and attempt.parent.span_id == span.context.span_id
    assert 0 <= float(attrs["gen_ai.response.time_to_first_chunk"]) < 60  # type: ignore[arg-type]
    assert attrs["gen_ai.response.id"] == events[0].id
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    assert attrs["gen_ai.usage.output_tokens"] == events[-1].usage.completion_tokens


@pytest.mark.parametrize("how", ["call", "stream"])
async def test_failed_call_or_stream_ends_its_span_with_the_error(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry, how: str
) -> None:
    """A call or stream the server refuses ends its span with an error status and type."""
    server.control.inject("status", "createChatCompletion", status=400, count=1)
    with pytest.raises(errors.APIError):
        await (chat if how == "call" else stream_chat)(mode, server, deployment)
    span = call_span(telemetry)
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["error.type"] == "400"


async def test_stream_closed_early_ends_its_span(
    mode: str, server: MockServer, deployment: str, telemetry: Telemetry
) -> None:
    """Leaving a stream after its first chunk ends its span, not failed."""
    async with connected(mode, server) as client:
        if mode == "sync":
            with aiplane.stream(create_chat_completion, client, deployment, body=chat_body()) as s:
                next(s)
        else:
            async with aiplane.astream(
                create_chat_completion, client, deployment, body=chat_body()
            ) as a:
                await a.__anext__()
    span = call_span(telemetry)
    assert span.end_time is not None
    assert span.status.status_code is not StatusCode.ERROR
    assert "gen_ai.response.time_to_first_chunk" in dict(span.attributes or {})
