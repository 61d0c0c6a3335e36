"""The mock as a scriptable test double: scripted chat replies and run outcomes, per
deployment and in order, from Python (``control.script_chat`` / ``script_run``) and over the
admin routes; unscripted answers stay deterministic."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.chat import create_chat_completion
from aiplane_data.api.runs import get_run
from aiplane_data.models.chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
)
from aiplane_data.models.create_chat_completion_request import CreateChatCompletionRequest
from aiplane_data.models.run_error import RunError
from aiplane_mock import ChatError, MockServer, RunFailure, ScriptedEvent, ToolCall
from tests.mock_helpers import API_KEY, data_client, serving, wait_for

pytestmark = pytest.mark.anyio

HEADER = "x-aiplane-mock-admin"
MESSAGES = [{"role": "user", "content": "Do you repair carbon frames?"}]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    yield from data_client(server)


@pytest.fixture
def deployment(server: MockServer, client: httpx.Client) -> str:
    return server.control.create_deployment()


@pytest.fixture
def admin(server: MockServer, client: httpx.Client) -> Iterator[httpx.Client]:
    headers = {HEADER: server.admin_token}
    with httpx.Client(base_url=server.data_url, headers=headers, timeout=10) as c:
        yield c


def chat(client: httpx.Client, deployment: str, **body: Any) -> httpx.Response:
    payload = {"messages": MESSAGES, **body}
    return client.post(f"/openai/deployments/{deployment}/chat/completions", json=payload)


def content_of(response: httpx.Response) -> str:
    return str(response.json()["choices"][0]["message"]["content"])


def sse(text: str) -> list[str]:
    return [line[6:] for line in text.splitlines() if line.startswith("data: ")]


def streamed(client: httpx.Client, deployment: str, **body: Any) -> list[str]:
    return sse(chat(client, deployment, stream=True, **body).text)


def deltas(events: list[str]) -> list[dict[str, Any]]:
    chunks = [json.loads(e) for e in events if e != "[DONE]"]
    return [c["choices"][0]["delta"] for c in chunks if c.get("choices")]


# --------------------------------------------------------------------------- chat


def test_unscripted_chat_is_unchanged_by_a_used_script(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Once its script is used, a deployment answers deterministically again, as before."""
    before = content_of(chat(client, deployment))
    server.control.script_chat(deployment, "Scripted.")
    assert content_of(chat(client, deployment)) == "Scripted."
    assert content_of(chat(client, deployment)) == before


def test_scripted_content_and_usage_in_plain_reply(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A scripted content is the message; its usage overrides counts, total following."""
    server.control.script_chat(deployment, "Yes, we do.", usage={"prompt_tokens": 40})
    body = chat(client, deployment).json()
    assert body["choices"][0]["message"]["content"] == "Yes, we do."
    assert body["choices"][0]["finish_reason"] == "stop"
    counts = {k: body["usage"][k] for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
    assert counts == {"prompt_tokens": 40, "completion_tokens": 3, "total_tokens": 43}


def test_scripted_content_in_stream(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A streamed scripted reply carries the content in deltas, its usage, then [DONE]."""
    server.control.script_chat(deployment, "Yes, we do.", usage={"completion_tokens": 9})
    events = streamed(client, deployment, stream_options={"include_usage": True})
    assert "".join(d.get("content") or "" for d in deltas(events)) == "Yes, we do."
    assert json.loads(events[-2])["usage"]["completion_tokens"] == 9
    assert events[-1] == "[DONE]"


def test_scripted_tool_calls_in_plain_reply(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Scripted tool calls carry their name and JSON arguments; finish reason tool_calls."""
    call = ToolCall("get_weather", {"city": "Paris"}, id="call_1")
    server.control.script_chat(deployment, tool_calls=[call])
    choice = chat(client, deployment).json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    [made] = choice["message"]["tool_calls"]
    assert made["id"] == "call_1" and made["function"]["name"] == "get_weather"
    assert json.loads(made["function"]["arguments"]) == {"city": "Paris"}


def test_scripted_tool_calls_in_stream(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Streamed scripted tool-call arguments assemble to the exact scripted string."""
    server.control.script_chat(deployment, tool_calls=[ToolCall("lookup", '{"q": "fr')])
    pieces = [
        call["function"]["arguments"]
        for d in deltas(streamed(client, deployment))
        for call in d.get("tool_calls", [])
    ]
    assert "".join(pieces) == '{"q": "fr'


def test_scripted_finish_reason(server: MockServer, client: httpx.Client, deployment: str) -> None:
    """A scripted finish reason is reported as is."""
    server.control.script_chat(deployment, "Cut", finish_reason="length")
    assert chat(client, deployment).json()["choices"][0]["finish_reason"] == "length"


@pytest.mark.parametrize("stream", [False, True])
def test_scripted_http_error(
    server: MockServer, client: httpx.Client, deployment: str, stream: bool
) -> None:
    """A scripted error without error_after answers that HTTP status, streamed or not."""
    error = ChatError("Slow down.", code="TooManyRequests", status=429)
    server.control.script_chat(deployment, error=error)
    response = chat(client, deployment, stream=stream)
    assert response.status_code == 429
    assert "Slow down." in response.text


def test_scripted_error_event_after_n_chunks(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """error_after=2: two chunks, then data: {"error": ...}, and no [DONE]."""
    error = ChatError("The model crashed.", code="model_error")
    server.control.script_chat(deployment, "one two three four", error=error, error_after=2)
    events = streamed(client, deployment)
    assert len(events) == 3
    assert json.loads(events[2]) == {
        "error": {
            "message": "The model crashed.",
            "type": "server_error",
            "param": None,
            "code": "model_error",
        }
    }


def test_error_after_past_the_end_replaces_done(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """An error_after beyond the last chunk sends the error event instead of [DONE]."""
    server.control.script_chat(deployment, "short", error=ChatError("late"), error_after=99)
    events = streamed(client, deployment)
    assert "error" in json.loads(events[-1])
    assert "[DONE]" not in events


def test_short_stall_holds_then_completes(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A stall shorter than the client's patience delays the stream, which then completes."""
    server.control.script_chat(deployment, "a b c", stall_after=2, stall_for=0.2)
    events = streamed(client, deployment)
    assert "".join(d.get("content") or "" for d in deltas(events)) == "a b c"
    assert events[-1] == "[DONE]"


def test_stall_holds_stream_until_client_gives_up(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """stall_after=1: one chunk arrives, then nothing; the client's read timeout ends it."""
    server.control.script_chat(deployment, "never finished", stall_after=1, stall_for=600)
    url = f"/openai/deployments/{deployment}/chat/completions"
    received: list[str] = []
    started = time.monotonic()
    with (
        pytest.raises(httpx.ReadTimeout),
        client.stream(
            "POST",
            url,
            json={"messages": MESSAGES, "stream": True},
            timeout=httpx.Timeout(10, read=0.5),
        ) as response,
    ):
        received.extend(line for line in response.iter_lines() if line.startswith("data: "))
    assert len(received) == 1
    assert time.monotonic() - started < 10
    assert chat(client, deployment).status_code == 200  # the server is not held up


def test_stall_holds_a_plain_reply(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A stall on a plain reply holds the whole response (the client times out)."""
    server.control.script_chat(deployment, "late", stall_after=0, stall_for=2)
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            f"/openai/deployments/{deployment}/chat/completions",
            json={"messages": MESSAGES},
            timeout=httpx.Timeout(10, read=0.3),
        )


def test_scripts_are_consumed_in_order(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Scripts on one deployment answer its requests in the order they were queued."""
    for text in ("first", "second"):
        server.control.script_chat(deployment, text)
    server.control.script_chat(deployment, "third", times=2)
    answers = [content_of(chat(client, deployment)) for _ in range(4)]
    assert answers == ["first", "second", "third", "third"]


def test_scripts_are_queued_per_deployment(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """A script on one deployment leaves another deployment's answers alone."""
    other = server.control.create_deployment()
    server.control.script_chat(deployment, "mine")
    assert content_of(chat(client, other)) != "mine"
    assert content_of(chat(client, deployment)) == "mine"


def test_unused_script_fails_assert_scripts_used(server: MockServer, deployment: str) -> None:
    """assert_scripts_used lists every script no request has taken."""
    server.control.script_chat(deployment, "never asked for")
    with pytest.raises(AssertionError) as info:
        server.control.assert_scripts_used()
    assert "never asked for" in str(info.value) and deployment in str(info.value)


def test_used_scripts_pass_assert_scripts_used(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Once every script is used, assert_scripts_used passes and nothing is pending."""
    server.control.script_chat(deployment, "used")
    chat(client, deployment)
    server.control.assert_scripts_used()
    assert server.control.pending_scripts() == []


def test_reset_drops_scripts(server: MockServer, deployment: str) -> None:
    """reset forgets every script."""
    server.control.script_chat(deployment, "dropped")
    server.control.reset()
    assert server.control.pending_scripts() == []


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"error_after": 1}, "error_after"),
        ({"stall_after": -1}, "stall_after"),
        ({"stall_after": 1, "stall_for": 601}, "stall_for"),
        ({"content": 3}, "content"),
        ({"usage": {"prompt_tokens": "many"}}, "prompt_tokens"),
        ({"times": 0}, "times"),
    ],
)
def test_bad_chat_script_is_refused_naming_the_field(
    server: MockServer, deployment: str, options: dict[str, Any], named: str
) -> None:
    """A chat script that cannot be is refused when made, naming the field; none is queued."""
    with pytest.raises((TypeError, ValueError), match=named):
        server.control.script_chat(deployment, **options)
    assert server.control.pending_scripts() == []


async def test_aiplane_call_gets_scripted_reply(
    server: MockServer, client: httpx.Client, deployment: str, mode: str
) -> None:
    """aiplane.call retries a scripted 429 and returns the next scripted reply, typed."""
    server.control.script_chat(deployment, error=ChatError("busy", status=429))
    server.control.script_chat(deployment, tool_calls=[ToolCall("search", {"q": "frames"})])
    body = CreateChatCompletionRequest.from_dict({"messages": MESSAGES})
    slept: list[float] = []

    async def nap(seconds: float) -> None:
        slept.append(seconds)

    with aiplane.Client(
        data_url=server.data_url,
        auth=aiplane.APIKeyAuth(API_KEY),
        sleep=slept.append,
        async_sleep=nap,
    ) as sdk:
        if mode == "sync":
            reply = aiplane.call(create_chat_completion, sdk, deployment, body=body)
        else:
            reply = await aiplane.acall(create_chat_completion, sdk, deployment, body=body)
    calls = reply.choices[0].message.tool_calls
    assert isinstance(calls, list)
    [call] = calls
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert call.function.name == "search" and len(slept) == 1
    server.control.assert_scripts_used()


# --------------------------------------------------------------------------- runs


def create_run(client: httpx.Client, deployment: str) -> str:
    response = client.post(f"/v1/deployments/{deployment}/runs", json={"args": {"q": 1}})
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


def finished(client: httpx.Client, run_id: str) -> dict[str, Any]:
    return wait_for(
        lambda: client.get(f"/v1/runs/{run_id}").json(),
        lambda r: r["status"] in ("SUCCEEDED", "FAILED", "CANCELED"),
    )


def run_events(client: httpx.Client, run_id: str, after: int | None = None) -> list[Any]:
    headers = {} if after is None else {"Last-Event-ID": str(after)}
    text = client.get(f"/v1/runs/{run_id}/events", headers=headers).text
    return [json.loads(d) for d in sse(text)]


def test_scripted_run_result(server: MockServer, client: httpx.Client, deployment: str) -> None:
    """A scripted result: QUEUED at first, then SUCCEEDED with exactly that result."""
    server.control.script_run(deployment, {"answer": 42})
    run_id = create_run(client, deployment)
    assert finished(client, run_id)["result"] == {"answer": 42}
    assert run_events(client, run_id)[-1]["result"] == {"answer": 42}


def test_scripted_run_failure(server: MockServer, client: httpx.Client, deployment: str) -> None:
    """A scripted failure: FAILED with its code, message and traceback, in the done event too."""
    failure = RunFailure("ModelCrashed", "CUDA out of memory", "Traceback ...\nOOM")
    server.control.script_run(deployment, failure=failure)
    run_id = create_run(client, deployment)
    run = finished(client, run_id)
    expected = {
        "code": "ModelCrashed",
        "message": "CUDA out of memory",
        "traceback": "Traceback ...\nOOM",
    }
    assert run["status"] == "FAILED" and run["error"] == expected
    assert run_events(client, run_id)[-1]["error"] == expected


def test_scripted_run_events_and_timing(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Scripted events come in order at their times after the start; progress sets percent."""
    events = [ScriptedEvent.output(1.5, {"text": "b"}), ScriptedEvent.progress(1.0, 40)]
    server.control.script_run(deployment, "done", events=events, queued_for=2, running_for=3)
    run_id = create_run(client, deployment)
    finished(client, run_id)
    seen = run_events(client, run_id)
    assert [e["type"] for e in seen] == ["status", "progress", "output", "done"]
    assert [e["sequence"] for e in seen] == [1, 2, 3, 4]
    run = client.get(f"/v1/runs/{run_id}").json()
    times = [aiplane_time(e["time"]) - aiplane_time(run["timeCreated"]) for e in seen]
    assert [round(t, 3) for t in times] == [2.0, 3.0, 3.5, 5.0]


def aiplane_time(text: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def test_scripted_run_progress_is_its_percent(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """While RUNNING past a scripted progress event, percentComplete is that event's."""
    server.control.set_speed(0)
    server.control.script_run(deployment, events=[ScriptedEvent.progress(1.0, 40)])
    run_id = create_run(client, deployment)
    server.control.advance(2.5)
    run = client.get(f"/v1/runs/{run_id}").json()
    assert run["status"] == "RUNNING" and run["percentComplete"] == 40


def test_scripted_run_events_resume_after_last_event_id(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Last-Event-ID resumes a scripted run's events after that id."""
    events = [ScriptedEvent(0.5, "log", {"output": "x"}), ScriptedEvent(1, "log", {})]
    server.control.script_run(deployment, 1, events=events)
    run_id = create_run(client, deployment)
    finished(client, run_id)
    assert [e["sequence"] for e in run_events(client, run_id, after=2)] == [3, 4]


def test_unscripted_run_is_unchanged(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Without a script, a run keeps its deterministic result and events."""
    run = finished(client, create_run(client, deployment))
    assert run["result"]["text"].startswith("Processed 1 argument")
    assert {"progress", "output"} <= {e["type"] for e in run_events(client, run["id"])}


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"result": 1, "failure": RunFailure("c", "m")}, "result or a failure"),
        ({"events": [ScriptedEvent(4, "log")]}, "running_for"),
        ({"queued_for": -1}, "queued_for"),
        ({"result": {1, 2}}, "result"),
    ],
)
def test_bad_run_script_is_refused_naming_the_field(
    server: MockServer, deployment: str, options: dict[str, Any], named: str
) -> None:
    """A run script that cannot be is refused when made, naming the problem."""
    with pytest.raises((TypeError, ValueError), match=named):
        server.control.script_run(deployment, **options)


def test_scripted_event_cannot_set_reserved_fields() -> None:
    """A scripted event may not set type, runId, sequence or time in its fields."""
    with pytest.raises(ValueError, match="sequence"):
        ScriptedEvent(1, "log", {"sequence": 9})


async def test_aiplane_call_reads_scripted_failure(
    server: MockServer, client: httpx.Client, deployment: str, mode: str
) -> None:
    """get_run through aiplane returns the scripted error, traceback included, typed."""
    server.control.script_run(deployment, failure=RunFailure("Bad", "no", "Traceback: X"))
    run_id = create_run(client, deployment)
    finished(client, run_id)
    with aiplane.Client(data_url=server.data_url, auth=aiplane.APIKeyAuth(API_KEY)) as sdk:
        if mode == "sync":
            run = aiplane.call(get_run, sdk, run_id)
        else:
            run = await aiplane.acall(get_run, sdk, run_id)
    assert isinstance(run.error, RunError)
    assert (run.error.code, run.error.traceback) == ("Bad", "Traceback: X")


# --------------------------------------------------------------------------- admin routes

SCRIPT_ROUTES = [
    ("GET", "/_mock/scripts", None),
    ("DELETE", "/_mock/scripts", None),
    ("POST", "/_mock/scripts/chat", {"deployment_id": "d", "content": "x"}),
    ("POST", "/_mock/scripts/runs", {"deployment_id": "d"}),
]


@pytest.mark.parametrize(("method", "path", "body"), SCRIPT_ROUTES)
def test_script_routes_need_the_admin_token(
    server: MockServer, client: httpx.Client, method: str, path: str, body: Any
) -> None:
    """Without the admin token every script route is 401 and queues nothing."""
    response = client.request(method, path, json=body)
    assert response.status_code == 401
    assert server.control.pending_scripts() == []


def test_chat_script_over_http(admin: httpx.Client, client: httpx.Client, deployment: str) -> None:
    """POST /_mock/scripts/chat queues a reply (tool calls and all) the next chat gets."""
    body = {
        "deployment_id": deployment,
        "tool_calls": [{"name": "lookup", "arguments": {"q": 1}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2},
    }
    assert admin.post("/_mock/scripts/chat", json=body).status_code == 201
    reply = chat(client, deployment).json()
    assert reply["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "lookup"
    assert reply["usage"]["total_tokens"] == 3


def test_stream_error_script_over_http(
    admin: httpx.Client, client: httpx.Client, deployment: str
) -> None:
    """An error event scripted over HTTP arrives after its number of chunks."""
    body = {"deployment_id": deployment, "error": {"message": "gone"}, "error_after": 1}
    assert admin.post("/_mock/scripts/chat", json=body).status_code == 201
    events = streamed(client, deployment)
    assert json.loads(events[1])["error"]["message"] == "gone"


def test_run_script_over_http(admin: httpx.Client, client: httpx.Client, deployment: str) -> None:
    """POST /_mock/scripts/runs queues a failure with events the next run follows."""
    body = {
        "deployment_id": deployment,
        "failure": {"code": "Boom", "message": "it broke", "traceback": "tb"},
        "events": [{"at": 1, "type": "output", "output": {"text": "partial"}}],
    }
    assert admin.post("/_mock/scripts/runs", json=body).status_code == 201
    run_id = create_run(client, deployment)
    assert finished(client, run_id)["error"]["code"] == "Boom"
    assert [e["type"] for e in run_events(client, run_id)] == ["status", "output", "done"]


def test_pending_scripts_are_listed_then_cleared(admin: httpx.Client, deployment: str) -> None:
    """GET /_mock/scripts lists unused scripts in order; DELETE drops them."""
    for body in ({"content": "a"}, {"content": "b"}):
        admin.post("/_mock/scripts/chat", json={"deployment_id": deployment, **body})
    admin.post("/_mock/scripts/runs", json={"deployment_id": deployment, "result": 7})
    items = admin.get("/_mock/scripts").json()["items"]
    assert [(i["kind"], i["script"].get("content", i["script"].get("result"))) for i in items] == [
        ("chat", "a"),
        ("chat", "b"),
        ("run", 7),
    ]
    assert admin.delete("/_mock/scripts").json() == {"items": []}
    assert admin.get("/_mock/scripts").json() == {"items": []}


@pytest.mark.parametrize(
    ("path", "body", "named"),
    [
        ("/_mock/scripts/chat", {"deployment_id": "d", "colour": "red"}, "colour"),
        ("/_mock/scripts/chat", {"content": "no deployment"}, "deployment_id"),
        (
            "/_mock/scripts/chat",
            {"deployment_id": "d", "tool_calls": [{"arguments": "{}"}]},
            "name",
        ),
        (
            "/_mock/scripts/chat",
            {"deployment_id": "d", "error": {"message": "m", "status": 200}},
            "status",
        ),
        ("/_mock/scripts/runs", {"deployment_id": "d", "events": [{"type": "log"}]}, "at"),
        ("/_mock/scripts/runs", {"deployment_id": "d", "failure": "boom"}, "failure"),
        ("/_mock/scripts/runs", [1, 2], "body"),
    ],
)
def test_bad_script_over_http_is_400_naming_it(
    server: MockServer, admin: httpx.Client, path: str, body: Any, named: str
) -> None:
    """A script body the mock cannot use is 400 naming the problem; nothing is queued."""
    response = admin.post(path, json=body)
    assert response.status_code == 400
    assert named in response.json()["message"]
    assert server.control.pending_scripts() == []


def test_scripted_429_is_an_aiplane_error_without_retries(
    server: MockServer, deployment: str
) -> None:
    """With retries off, a scripted 429 reaches the caller as RateLimited."""
    server.control.script_chat(deployment, error=ChatError("busy", status=429))
    body = CreateChatCompletionRequest.from_dict({"messages": MESSAGES})
    with (
        aiplane.Client(
            data_url=server.data_url,
            auth=aiplane.APIKeyAuth(API_KEY),
            retry=aiplane.RetryPolicy(max_attempts=1),
        ) as sdk,
        pytest.raises(errors.RateLimited),
    ):
        aiplane.call(create_chat_completion, sdk, deployment, body=body)


def test_stall_ends_when_the_client_goes_away(
    server: MockServer, client: httpx.Client, deployment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client that gives up during a stall cancels the server's hold (no 600 s wait)."""
    import asyncio
    import types

    from aiplane_mock import script_replies

    cancelled: list[float] = []

    async def sleep(seconds: float) -> None:
        try:
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            cancelled.append(seconds)
            raise

    monkeypatch.setattr(script_replies, "asyncio", types.SimpleNamespace(sleep=sleep))
    server.control.script_chat(deployment, "held", stall_after=1, stall_for=600)
    url = f"/openai/deployments/{deployment}/chat/completions"
    body = {"messages": MESSAGES, "stream": True}
    with (
        pytest.raises(httpx.ReadTimeout),
        client.stream("POST", url, json=body, timeout=httpx.Timeout(10, read=0.3)) as response,
    ):
        list(response.iter_lines())
    wait_for(lambda: {"n": len(cancelled)}, lambda v: v["n"] == 1, timeout=5)
    assert cancelled == [600]
