"""The CLIENT span and ``http.client.request.duration`` of one HTTP attempt (stable HTTP
semantic conventions), and the W3C ``traceparent`` it sends; see :mod:`aiplane._otel`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from ._otel import _active, _error_type, _failed, _meters, _tracer

__all__ = ["attempt_span"]

_HTTP_METRIC_KEYS = (
    "http.request.method",
    "server.address",
    "server.port",
    "http.response.status_code",
    "error.type",
)


def url_full(url: httpx.URL) -> str:
    """The URL without userinfo (and without query values: they may carry secrets)."""
    query = "&".join(f"{k}=REDACTED" for k in dict(url.params))
    return str(url.copy_with(userinfo=b"", query=query.encode() or None))


@contextmanager
def attempt_span(request: httpx.Request, number: int) -> Iterator[Any]:
    """The CLIENT span of one HTTP attempt; injects ``traceparent`` into ``request``.
    The caller hands the response to ``.send(response)`` on the yielded recorder."""
    if not _active():
        yield _NO_ATTEMPT
        return
    from opentelemetry import propagate, trace

    url = request.url
    attrs: dict[str, Any] = {
        "http.request.method": request.method,
        "url.full": url_full(url),
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }
    if number > 1:
        attrs["http.request.resend_count"] = number - 1
    start = time.monotonic()
    with _tracer().start_as_current_span(
        request.method, kind=trace.SpanKind.CLIENT, attributes=attrs, record_exception=False
    ) as span:
        propagate.inject(request.headers)
        recorder = _Attempt(span, attrs)
        try:
            yield recorder
        except BaseException as exc:
            _failed(span, exc)
            attrs["error.type"] = _error_type(exc)
            raise
        finally:
            metric = {k: attrs[k] for k in _HTTP_METRIC_KEYS if k in attrs}
            _meters()["http"].record(time.monotonic() - start, metric)


class _Attempt:
    def __init__(self, span: Any, attrs: dict[str, Any]) -> None:
        self.span = span
        self.attrs = attrs

    def send(self, response: httpx.Response) -> None:
        if self.span is None:
            return
        status = response.status_code
        self.attrs["http.response.status_code"] = status
        self.span.set_attribute("http.response.status_code", status)
        if status >= 400:
            from opentelemetry.trace import Status, StatusCode

            self.attrs["error.type"] = str(status)
            self.span.set_attribute("error.type", str(status))
            self.span.set_status(Status(StatusCode.ERROR))


_NO_ATTEMPT = _Attempt(None, {})
