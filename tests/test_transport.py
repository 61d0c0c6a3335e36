"""The runtime transport: per-attempt signing, retries, breaker, budget, typed errors."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Generator, Iterator

import httpx
import pytest

from aiplane import errors
from aiplane._options import call_options
from aiplane._transport import Hooks, RuntimeTransport
from aiplane.retry import CircuitBreaker, RetryBudget, RetryPolicy
from tests.conftest import FakeTime, send

pytestmark = pytest.mark.anyio
URL = "http://svc.test/20231130/models/ocid1.model"


class StampAuth(httpx.Auth):
    """Marks each signing with a counter so tests can see re-signing per attempt."""

    def __init__(self) -> None:
        self.count = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.count += 1
        request.headers["authorization"] = f"stamp-{self.count}"
        yield request


def scripted(
    *outcomes: int | Exception | httpx.Response,
) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """A MockTransport answering with the given statuses/exceptions in order."""
    seen: list[httpx.Request] = []
    queue = list(outcomes)

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        outcome = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, httpx.Response):
            return outcome
        body = {"code": "X", "message": "m"} if outcome >= 400 else {"ok": True}
        return httpx.Response(outcome, json=body, headers={"opc-request-id": "srv-rid"})

    return seen, httpx.MockTransport(handler)


def runtime(mock: httpx.MockTransport, fake: FakeTime, **kw: object) -> RuntimeTransport:
    return RuntimeTransport(
        sync_transport=mock,
        async_transport=mock,
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
        rng=lambda: 0.5,
        **kw,  # type: ignore[arg-type]
    )


async def test_retries_transient_status_then_succeeds(mode: str, fake_time: FakeTime) -> None:
    """503, 503, 200 ends in the 200 after two backoff sleeps."""
    seen, mock = scripted(503, 503, 200)
    resp = await send(mode, runtime(mock, fake_time), "GET", URL)
    assert resp.status_code == 200 and len(seen) == 3
    assert fake_time.slept == [0.5, 1.0]


async def test_each_attempt_is_signed_afresh(mode: str, fake_time: FakeTime) -> None:
    """Every attempt runs the auth flow again and gets its own opc-request-id."""
    seen, mock = scripted(500, 200)
    auth = StampAuth()
    await send(mode, runtime(mock, fake_time, auth=auth), "GET", URL)
    assert [r.headers["authorization"] for r in seen] == ["stamp-1", "stamp-2"]
    rids = [r.headers["opc-request-id"] for r in seen]
    assert len(set(rids)) == 2 and all(len(r) == 32 and r.isupper() for r in rids)


async def test_caller_request_id_is_kept_across_attempts(mode: str, fake_time: FakeTime) -> None:
    """An opc-request-id the caller set is sent on every attempt."""
    seen, mock = scripted(502, 200)
    await send(mode, runtime(mock, fake_time), "GET", URL, headers={"opc-request-id": "MINE"})
    assert [r.headers["opc-request-id"] for r in seen] == ["MINE", "MINE"]


async def test_post_with_retry_token_is_retried_with_same_token(
    mode: str, fake_time: FakeTime
) -> None:
    """A POST with an opc-retry-token is retried and the token is identical each time."""
    seen, mock = scripted(503, 200)
    await send(
        mode,
        runtime(mock, fake_time),
        "POST",
        URL,
        json={"a": 1},
        headers={"opc-retry-token": "tok"},
    )
    assert [r.headers["opc-retry-token"] for r in seen] == ["tok", "tok"]
    assert [r.content for r in seen] == [b'{"a":1}', b'{"a":1}']


async def test_post_without_retry_token_is_not_retried(mode: str, fake_time: FakeTime) -> None:
    """A POST without a retry token gets one attempt; the 503 is raised as ServerError."""
    seen, mock = scripted(503, 200)
    with pytest.raises(errors.ServerError):
        await send(mode, runtime(mock, fake_time), "POST", URL, json={})
    assert len(seen) == 1


async def test_dropped_connection_on_post_raises_outcome_unknown(
    mode: str, fake_time: FakeTime
) -> None:
    """A POST whose connection dropped after sending raises OutcomeUnknown with its ids."""
    seen, mock = scripted(httpx.RemoteProtocolError("peer closed"), 200)
    with pytest.raises(errors.OutcomeUnknown) as info:
        await send(mode, runtime(mock, fake_time), "POST", URL, json={})
    assert len(seen) == 1
    assert info.value.opc_request_id == seen[0].headers["opc-request-id"]
    assert info.value.retry_token is None


async def test_dropped_connection_with_token_is_retried(mode: str, fake_time: FakeTime) -> None:
    """With an opc-retry-token, a dropped connection is retried (the server dedupes)."""
    seen, mock = scripted(httpx.ReadError("reset"), 200)
    resp = await send(
        mode, runtime(mock, fake_time), "POST", URL, json={}, headers={"opc-retry-token": "t"}
    )
    assert resp.status_code == 200 and len(seen) == 2


async def test_exhausted_post_with_token_reports_token(mode: str, fake_time: FakeTime) -> None:
    """When retries run out after drops, OutcomeUnknown carries the retry token."""
    seen, mock = scripted(httpx.ReadError("reset"))
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=2))
    with pytest.raises(errors.OutcomeUnknown) as info:
        await send(mode, rt, "POST", URL, json={}, headers={"opc-retry-token": "t"})
    assert info.value.retry_token == "t" and len(seen) == 2


async def test_connect_error_is_mapped_after_retries(mode: str, fake_time: FakeTime) -> None:
    """Connect errors are retried, then raised as aiplane TransportError."""
    seen, mock = scripted(httpx.ConnectError("refused"))
    rt = runtime(mock, fake_time, policy=RetryPolicy(max_attempts=3))
    with pytest.raises(errors.TransportError) as info:
        await send(mode, rt, "GET", URL)
    assert len(seen) == 3 and not isinstance(info.value, errors.OutcomeUnknown)


async def test_timeout_is_mapped(mode: str, fake_time: FakeTime) -> None:
    """An httpx timeout surfaces as aiplane.errors.Timeout."""
    _, mock = scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.Timeout):
        await send(mode, runtime(mock, fake_time, policy=RetryPolicy.none()), "GET", URL)


async def test_retry_after_header_sets_the_wait(mode: str, fake_time: FakeTime) -> None:
    """A 429 with Retry-After: 3 waits exactly 3 s before the next attempt."""
    _, mock = scripted(httpx.Response(429, headers={"Retry-After": "3"}), 200)
    await send(mode, runtime(mock, fake_time), "GET", URL)
    assert fake_time.slept == [3.0]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequest),
        (401, errors.NotAuthenticated),
        (403, errors.NotAuthorized),
        (404, errors.NotFound),
        (409, errors.Conflict),
        (412, errors.PreconditionFailed),
        (429, errors.RateLimited),
        (500, errors.ServerError),
        (499, errors.UnexpectedStatus),
        (520, errors.ServerError),
        (599, errors.ServerError),
        (418, errors.UnexpectedStatus),
    ],
)
async def test_status_maps_to_error_class(
    mode: str, fake_time: FakeTime, status: int, cls: type[errors.APIError]
) -> None:
    """Every status, including ones outside http.HTTPStatus, maps to a typed APIError."""
    _, mock = scripted(status)
    with pytest.raises(cls) as info:
        await send(mode, runtime(mock, fake_time, policy=RetryPolicy.none()), "GET", URL)
    assert info.value.status == status and info.value.code == "X"
    assert info.value.opc_request_id == "srv-rid"


async def test_html_error_body_gives_readable_message(mode: str, fake_time: FakeTime) -> None:
    """An HTML 502 from a gateway becomes a ServerError with an excerpt, not a JSON error."""
    html = httpx.Response(502, text="<html><body>Bad Gateway</body></html>")
    _, mock = scripted(html)
    with pytest.raises(errors.ServerError) as info:
        await send(mode, runtime(mock, fake_time, policy=RetryPolicy.none()), "GET", URL)
    assert info.value.code is None and "Bad Gateway" in info.value.message


async def test_truncated_or_partial_error_body(mode: str, fake_time: FakeTime) -> None:
    """Truncated JSON, or JSON missing code, still yields a typed error."""
    for body in (b'{"code": "NotAuth', b'{"message": "only a message"}'):
        _, mock = scripted(httpx.Response(404, content=body))
        with pytest.raises(errors.NotFound) as info:
            await send(mode, runtime(mock, fake_time), "GET", URL)
        assert info.value.message


async def test_circuit_breaker_fails_fast(mode: str, fake_time: FakeTime) -> None:
    """After the threshold of failures, calls raise CircuitOpen without touching the network."""
    seen, mock = scripted(503)
    breaker = CircuitBreaker(failure_threshold=3, recovery_timeout=30, clock=fake_time.clock)
    rt = runtime(mock, fake_time, breaker=breaker, policy=RetryPolicy(max_attempts=3))
    with pytest.raises(errors.ServerError):
        await send(mode, rt, "GET", URL)
    with pytest.raises(errors.CircuitOpen):
        await send(mode, rt, "GET", URL)
    assert len(seen) == 3


async def test_retry_budget_limits_storm(mode: str, fake_time: FakeTime) -> None:
    """With the budget empty, a failing call is tried once and not retried."""
    seen, mock = scripted(503)
    budget = RetryBudget(capacity=5, retry_cost=5)
    rt = runtime(mock, fake_time, budget=budget)
    with pytest.raises(errors.ServerError):
        await send(mode, rt, "GET", URL)
    assert len(seen) == 2  # one retry paid for, then the bucket is dry
    with pytest.raises(errors.ServerError):
        await send(mode, rt, "GET", URL)
    assert len(seen) == 3


async def test_unreplayable_body_is_not_retried(mode: str, fake_time: FakeTime) -> None:
    """A streamed (generator) body is sent once even on a retryable status."""
    seen, mock = scripted(503, 200)

    def gen() -> Iterator[bytes]:
        yield b"abc"

    async def agen() -> AsyncIterator[bytes]:
        yield b"abc"

    content = gen() if mode == "sync" else agen()
    with pytest.raises(errors.ServerError):
        await send(mode, runtime(mock, fake_time), "PUT", URL, content=content)
    assert len(seen) == 1


async def test_before_hook_short_circuits(mode: str, fake_time: FakeTime) -> None:
    """A before hook returning a response answers the call with no network I/O."""
    seen, mock = scripted(500)
    hooks = Hooks(before=[lambda req: httpx.Response(200, json={"cached": True})])
    resp = await send(mode, runtime(mock, fake_time, hooks=hooks), "GET", URL)
    assert resp.json() == {"cached": True} and seen == []


async def test_after_hook_observes_and_transforms(mode: str, fake_time: FakeTime) -> None:
    """After hooks see the final response and may replace it."""
    observed: list[int] = []
    _, mock = scripted(200)

    def after(req: httpx.Request, resp: httpx.Response) -> httpx.Response:
        observed.append(resp.status_code)
        return httpx.Response(203, json={"changed": True})

    resp = await send(mode, runtime(mock, fake_time, hooks=Hooks(after=[after])), "GET", URL)
    assert observed == [200] and resp.json() == {"changed": True}


async def test_async_hooks_work_on_async_client(fake_time: FakeTime) -> None:
    """Coroutine hooks are awaited by the async client."""
    _, mock = scripted(500)

    async def before(req: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"from": "async-hook"})

    resp = await send("async", runtime(mock, fake_time, hooks=Hooks(before=[before])), "GET", URL)
    assert resp.json() == {"from": "async-hook"}


async def test_per_call_timeout_and_headers(mode: str, fake_time: FakeTime) -> None:
    """call_options sets the timeout extension and extra headers for calls in the block."""
    seen, mock = scripted(200)
    with call_options(timeout=2.5, headers={"x-extra": "1"}):
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert seen[0].extensions["timeout"]["read"] == 2.5
    assert seen[0].headers["x-extra"] == "1"


async def test_per_call_retry_override(mode: str, fake_time: FakeTime) -> None:
    """A per-call RetryPolicy.none() disables retries for that call only."""
    seen, mock = scripted(503, 200)
    with call_options(retry=RetryPolicy.none()), pytest.raises(errors.ServerError):
        await send(mode, runtime(mock, fake_time), "GET", URL)
    assert len(seen) == 1


async def test_multipart_boundary_is_random(mode: str, fake_time: FakeTime) -> None:
    """The generator's fixed '+++' boundary is replaced; bytes containing it survive."""
    seen, mock = scripted(200)
    payload = b'a\r\n--+++\r\nContent-Disposition: form-data; name="evil"\r\n\r\nx\r\n--+++--\r\n'
    await send(
        mode,
        runtime(mock, fake_time),
        "PUT",
        URL,
        files={"file": ("f.bin", payload, "application/octet-stream")},
        headers={"Content-Type": "multipart/form-data; boundary=+++"},
    )
    ctype = seen[0].headers["content-type"]
    boundary = ctype.split("boundary=")[1]
    assert boundary != "+++" and len(boundary) == 32
    assert seen[0].content.count(f"--{boundary}".encode()) == 2
    assert payload in seen[0].content
    assert int(seen[0].headers["content-length"]) == len(seen[0].content)


async def test_stream_read_error_is_mapped(mode: str, fake_time: FakeTime) -> None:
    """A transport error while reading a success body surfaces as an aiplane error."""

    class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"part"
            raise httpx.ReadError("cut")

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"part"
            raise httpx.ReadError("cut")

    _, mock = scripted(httpx.Response(200, stream=Broken()))
    with pytest.raises(errors.TransportError):
        await send(mode, runtime(mock, fake_time), "GET", URL)


async def test_attempts_are_logged_without_secrets(
    mode: str, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    """Each attempt logs method, path, status, attempt number and opc-request-id."""
    _, mock = scripted(503, 200)
    caplog.set_level(logging.DEBUG, logger="aiplane")
    await send(mode, runtime(mock, fake_time, auth=StampAuth()), "GET", URL)
    lines = [r.getMessage() for r in caplog.records if r.name == "aiplane"]
    assert any("GET /20231130/models/ocid1.model -> 503 attempt=1" in ln for ln in lines)
    assert any("-> 200 attempt=2" in ln and "opc-request-id=" in ln for ln in lines)
    assert not any("stamp-" in ln for ln in lines)


async def test_json_body_cut_midway_is_retried(mode: str, fake_time: FakeTime) -> None:
    """A JSON body whose connection drops mid-read is retried like any drop (GET)."""

    class Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"par'
            raise httpx.RemoteProtocolError("incomplete body")

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b'{"par'
            raise httpx.RemoteProtocolError("incomplete body")

    cut = httpx.Response(200, stream=Cut(), headers={"content-type": "application/json"})
    seen, mock = scripted(cut, 200)
    resp = await send(mode, runtime(mock, fake_time), "GET", URL)
    assert resp.json() == {"ok": True}
    assert len(seen) == 2
