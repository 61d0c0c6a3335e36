"""OpenTelemetry settings (the ``aiplane[otel]`` extra): which providers aiplane reports to,
and whether message content is recorded. Importing this does not import opentelemetry.

aiplane follows the OpenTelemetry semantic conventions :data:`SEMCONV_VERSION` (GenAI
client spans and metrics for chat, stable HTTP client spans for every attempt)."""

from __future__ import annotations

from ._otel import PROVIDER, SEMCONV_VERSION, capture_content, use

__all__ = ["PROVIDER", "SEMCONV_VERSION", "capture_content", "use"]
