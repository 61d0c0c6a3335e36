"""The mock's data plane: deployments, chat (JSON and SSE), files, runs and their events."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest

from aiplane_mock import MockServer, running
from tests.conftest import add_secret
from tests.mock_helpers import data_client, server_options, wait_for


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running(**server_options()) as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    yield from data_client(server)


@pytest.fixture
def deployment(server: MockServer, client: httpx.Client) -> str:
    return server.control.create_deployment(display_name="bot")


@pytest.fixture
def bucket(client: httpx.Client) -> str:
    return str(client.get("/v1/bucket").json()["bucket"])


def chat(client: httpx.Client, deployment: str, **body: Any) -> httpx.Response:
    payload = {"messages": [{"role": "user", "content": "Do you repair carbon frames?"}], **body}
    return client.post(f"/openai/deployments/{deployment}/chat/completions", json=payload)


def sse_data(text: str) -> list[str]:
    return [line[6:] for line in text.splitlines() if line.startswith("data: ")]


# --------------------------------------------------------------------------- deployments and chat


def test_deployments_are_active_endpoints(client: httpx.Client, deployment: str) -> None:
    """listDeployments lists the ACTIVE endpoint with its model."""
    data = client.get("/openai/deployments").json()
    assert data["object"] == "list"
    assert [d["id"] for d in data["data"]] == [deployment]
    assert data["data"][0]["model"] == "meta.llama-3.3-70b-instruct"
    assert data["data"][0]["display_name"] == "bot"
    assert isinstance(data["data"][0]["created_at"], int)


def test_chat_is_deterministic(client: httpx.Client, deployment: str) -> None:
    """The same request gets the same answer; another seed gets another one."""
    first = chat(client, deployment).json()
    assert chat(client, deployment).json()["choices"] == first["choices"]
    other = chat(client, deployment, seed=99).json()
    assert other["choices"][0]["message"]["content"] != first["choices"][0]["message"]["content"]


def test_identical_chats_get_distinct_ids(client: httpx.Client, deployment: str) -> None:
    """64 identical requests: 64 chatcmpl ids, one answer."""
    answers = [chat(client, deployment).json() for _ in range(64)]
    assert len({a["id"] for a in answers}) == 64
    assert all(a["id"].startswith("chatcmpl-") for a in answers)
    assert all(a["choices"] == answers[0]["choices"] for a in answers)


def test_stream_chunks_share_their_own_response_id(client: httpx.Client, deployment: str) -> None:
    """Every chunk of a stream has its response's id; two identical streams have two ids."""
    ids = []
    for _ in range(2):
        chunks = sse_data(chat(client, deployment, stream=True).text)[:-1]
        ids.append({json.loads(c)["id"] for c in chunks})
    assert [len(i) for i in ids] == [1, 1]
    assert ids[0] != ids[1]


def test_chat_json_is_openai_format(client: httpx.Client, deployment: str) -> None:
    """A non-streamed completion has choices, a message, finish_reason and usage."""
    data = chat(client, deployment).json()
    assert data["object"] == "chat.completion"
    choice = data["choices"][0]
    assert choice["message"]["role"] == "assistant"
    assert choice["finish_reason"] == "stop"
    usage = data["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_chat_respects_max_tokens(client: httpx.Client, deployment: str) -> None:
    """max_tokens truncates the answer with finish_reason=length."""
    choice = chat(client, deployment, max_tokens=2).json()["choices"][0]
    assert choice["finish_reason"] == "length"
    assert len(choice["message"]["content"].split()) == 2


def test_chat_calls_a_required_tool(client: httpx.Client, deployment: str) -> None:
    """tool_choice=required answers with a tool call."""
    tools = [{"type": "function", "function": {"name": "get_weather"}}]
    choice = chat(client, deployment, tools=tools, tool_choice="required").json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["tool_calls"][0]["function"]["name"] == "get_weather"


def test_chat_stream_ends_with_done_and_usage(client: httpx.Client, deployment: str) -> None:
    """stream=true: SSE chunks, usage in the last chunk, then data: [DONE]."""
    response = chat(client, deployment, stream=True, stream_options={"include_usage": True})
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse_data(response.text)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["total_tokens"] > 0
    assert all(c["usage"] is None for c in chunks[:-1])


def test_chat_stream_has_same_text_as_json(client: httpx.Client, deployment: str) -> None:
    """Concatenated deltas equal the non-streamed content."""
    whole = chat(client, deployment).json()["choices"][0]["message"]["content"]
    chunks = [json.loads(e) for e in sse_data(chat(client, deployment, stream=True).text)[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == whole


def test_chat_on_unknown_deployment_is_404(client: httpx.Client) -> None:
    """A deployment that is not an ACTIVE endpoint is 404."""
    assert chat(client, "ocid1.generativeaiendpoint.oc1..nope").status_code == 404


# --------------------------------------------------------------------------- files


def upload(
    client: httpx.Client, bucket: str, path: str, data: bytes, **headers: str
) -> httpx.Response:
    return client.put(
        f"/v1/files/{bucket}/{path}", files={"file": ("f", data, "text/plain")}, headers=headers
    )


def test_upload_then_download(client: httpx.Client, bucket: str) -> None:
    """Uploaded bytes come back, with the etag and content type."""
    meta = upload(client, bucket, "notes/a.txt", b"hello world").json()
    assert meta["contentLength"] == 11
    assert meta["url"] == f"files/{bucket}/notes/a.txt"
    response = client.get(f"/v1/files/{bucket}/notes/a.txt")
    assert response.content == b"hello world"
    assert response.headers["etag"] == meta["etag"]
    assert response.headers["content-type"] == "text/plain"


def test_percent_encoded_path_is_the_same_file(client: httpx.Client, bucket: str) -> None:
    """a%2Fb.txt and a/b.txt address the same file."""
    upload(client, bucket, "a%2Fb.txt", b"x")
    assert client.get(f"/v1/files/{bucket}/a/b.txt").content == b"x"


def test_large_file_streams_both_ways(client: httpx.Client, bucket: str) -> None:
    """A 3 MiB file round-trips intact."""
    blob = bytes(range(256)) * (3 * 4096)
    upload(client, bucket, "big.bin", blob)
    with client.stream("GET", f"/v1/files/{bucket}/big.bin") as response:
        received = b"".join(response.iter_bytes())
    assert received == blob


def test_range_is_206(client: httpx.Client, bucket: str) -> None:
    """Range: bytes=6- answers 206 with the tail and Content-Range."""
    upload(client, bucket, "r.txt", b"hello world")
    response = client.get(f"/v1/files/{bucket}/r.txt", headers={"Range": "bytes=6-"})
    assert response.status_code == 206
    assert response.content == b"world"
    assert response.headers["content-range"] == "bytes 6-10/11"


def test_suffix_range(client: httpx.Client, bucket: str) -> None:
    """Range: bytes=-3 answers the last three bytes."""
    upload(client, bucket, "r.txt", b"hello world")
    response = client.get(f"/v1/files/{bucket}/r.txt", headers={"Range": "bytes=-3"})
    assert response.content == b"rld"


def test_range_past_the_end_is_416(client: httpx.Client, bucket: str) -> None:
    """A range starting past the end is 416 with Content-Range: bytes */SIZE."""
    upload(client, bucket, "r.txt", b"hello")
    response = client.get(f"/v1/files/{bucket}/r.txt", headers={"Range": "bytes=10-"})
    assert response.status_code == 416
    assert response.headers["content-range"] == "bytes */5"


def test_if_none_match_star_prevents_overwrite(client: httpx.Client, bucket: str) -> None:
    """If-None-Match: * on an existing file is 412 and keeps the old content."""
    upload(client, bucket, "once.txt", b"v1")
    response = upload(client, bucket, "once.txt", b"v2", **{"If-None-Match": "*"})
    assert response.status_code == 412
    assert client.get(f"/v1/files/{bucket}/once.txt").content == b"v1"


def test_if_match_replaces_only_the_expected_version(client: httpx.Client, bucket: str) -> None:
    """If-Match with the current etag replaces; with an old one it is 412."""
    first = upload(client, bucket, "v.txt", b"v1").json()["etag"]
    second = upload(client, bucket, "v.txt", b"v2", **{"If-Match": first})
    assert second.status_code == 200
    assert upload(client, bucket, "v.txt", b"v3", **{"If-Match": first}).status_code == 412


def test_download_if_match_mismatch_is_412(client: httpx.Client, bucket: str) -> None:
    """A download with a stale If-Match is 412."""
    upload(client, bucket, "d.txt", b"x")
    response = client.get(f"/v1/files/{bucket}/d.txt", headers={"If-Match": "stale"})
    assert response.status_code == 412


def test_file_metadata(client: httpx.Client, bucket: str) -> None:
    """getFileMetadata of a file gives its size, type and parent."""
    upload(client, bucket, "docs/2025/q1.txt", b"12345")
    meta = client.get(f"/v1/metadata/files/{bucket}/docs/2025/q1.txt").json()
    assert meta["nodeType"] == "ITEM"
    assert meta["parentPath"] == "docs/2025"
    assert meta["contentLength"] == 5


def test_folder_listing_pages_with_next_token(client: httpx.Client, bucket: str) -> None:
    """A folder listing pages with limit and nextToken, files and subfolders."""
    for name in ("a.txt", "b.txt", "c.txt", "sub/d.txt"):
        upload(client, bucket, f"dir/{name}", b"x")
    names: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    for _ in range(5):
        page = client.get(f"/v1/metadata/files/{bucket}/dir/", params=params).json()
        names.extend(item["name"] for item in page["items"])
        if "nextToken" not in page:
            break
        params["token"] = page["nextToken"]
    assert names == ["a.txt", "b.txt", "c.txt", "sub"]


def test_bucket_root_listing(client: httpx.Client, bucket: str) -> None:
    """listBucketRoot shows top-level folders and files."""
    upload(client, bucket, "top.txt", b"x")
    upload(client, bucket, "dir/inner.txt", b"x")
    root = client.get(f"/v1/metadata/files/{bucket}/").json()
    assert {(i["name"], i["nodeType"]) for i in root["items"]} == {
        ("dir", "FOLDER"),
        ("top.txt", "ITEM"),
    }


def test_delete_file(client: httpx.Client, bucket: str) -> None:
    """Delete answers 204; the file is gone (404)."""
    upload(client, bucket, "gone.txt", b"x")
    assert client.delete(f"/v1/files/{bucket}/gone.txt").status_code == 204
    assert client.get(f"/v1/files/{bucket}/gone.txt").status_code == 404
    assert client.delete(f"/v1/files/{bucket}/gone.txt").status_code == 404


OTHER_KEY = "sk-other-caller-key-0123"
add_secret(OTHER_KEY)


@pytest.fixture
def other(server: MockServer, client: httpx.Client) -> Iterator[httpx.Client]:
    """A client of a second API-key caller (its own bucket); after ``client``'s reset."""
    server.control.add_api_key(OTHER_KEY)
    with httpx.Client(base_url=server.data_url, headers={"api-key": OTHER_KEY}, timeout=10) as c:
        yield c


@pytest.fixture
def mine(client: httpx.Client, bucket: str) -> str:
    """The first caller's bucket, holding a.txt ("mine")."""
    upload(client, bucket, "a.txt", b"mine")
    return bucket


def test_another_callers_file_is_404_to_download(other: httpx.Client, mine: str) -> None:
    """A caller cannot read a file in another caller's bucket (404 NotAuthorizedOrNotFound)."""
    response = other.get(f"/v1/files/{mine}/a.txt")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "NotAuthorizedOrNotFound"


def test_another_callers_bucket_is_404_to_upload(
    client: httpx.Client, other: httpx.Client, mine: str
) -> None:
    """A caller cannot write into another caller's bucket; the file stays as it was."""
    response = other.put(f"/v1/files/{mine}/a.txt", files={"file": ("a.txt", b"theirs")})
    assert response.status_code == 404
    assert client.get(f"/v1/files/{mine}/a.txt").content == b"mine"


def test_another_callers_file_is_404_to_delete(
    client: httpx.Client, other: httpx.Client, mine: str
) -> None:
    """A caller cannot delete a file in another caller's bucket; it stays."""
    assert other.delete(f"/v1/files/{mine}/a.txt").status_code == 404
    assert client.get(f"/v1/files/{mine}/a.txt").status_code == 200


def test_another_callers_bucket_is_404_to_list(other: httpx.Client, mine: str) -> None:
    """Neither the root listing nor a file's metadata of another caller's bucket is shown."""
    assert other.get(f"/v1/metadata/files/{mine}/").status_code == 404
    assert other.get(f"/v1/metadata/files/{mine}/a.txt").status_code == 404


def test_upload_without_file_part_names_file(client: httpx.Client, bucket: str) -> None:
    """A multipart body without a part named file names the field."""
    response = client.put(f"/v1/files/{bucket}/x.txt", files={"other": ("f", b"x")})
    assert response.status_code == 400
    assert "'file'" in response.json()["error"]["message"]


# --------------------------------------------------------------------------- runs


def create_run(client: httpx.Client, deployment: str, **body: Any) -> httpx.Response:
    return client.post(f"/v1/deployments/{deployment}/runs", json=body or {"args": {"q": 1}})


def finished(client: httpx.Client, run_id: str) -> dict[str, Any]:
    return wait_for(
        lambda: client.get(f"/v1/runs/{run_id}").json(),
        lambda r: r["status"] in ("SUCCEEDED", "FAILED", "CANCELED"),
    )


def test_run_queues_then_succeeds_with_result(client: httpx.Client, deployment: str) -> None:
    """A run answers 202 QUEUED with location, then SUCCEEDED with a result."""
    response = create_run(client, deployment)
    assert response.status_code == 202
    assert response.json()["status"] == "QUEUED"
    assert response.headers["location"] == f"/v1/runs/{response.json()['id']}"
    run = finished(client, response.json()["id"])
    assert run["status"] == "SUCCEEDED"
    assert run["result"]["text"].startswith("Processed 1 argument")


def test_run_retry_after_is_never_zero(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Half a second before a run starts, getRun's retry-after still says at least 1."""
    server.control.set_speed(1)
    run_id = create_run(client, deployment).json()["id"]
    server.control.advance(0.5)
    assert int(client.get(f"/v1/runs/{run_id}").headers["retry-after"]) >= 1


def test_run_failure_has_error_with_traceback(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """fail_next_run: the run FAILS with an error and a traceback."""
    server.control.fail_next_run(code="ModelCrashed", message="CUDA out of memory")
    run = finished(client, create_run(client, deployment).json()["id"])
    assert run["status"] == "FAILED"
    assert run["error"]["code"] == "ModelCrashed"
    assert "Traceback (most recent call last)" in run["error"]["traceback"]


def test_run_reads_an_input_file(client: httpx.Client, deployment: str, bucket: str) -> None:
    """A run with url input reads the file from the bucket."""
    upload(client, bucket, "in.jsonl", b'{"a":1}\n{"a":2}\n')
    run = finished(
        client, create_run(client, deployment, url=f"files/{bucket}/in.jsonl").json()["id"]
    )
    assert run["result"]["lines"] == 2


def test_run_cannot_read_another_callers_file(
    client: httpx.Client, other: httpx.Client, deployment: str, bucket: str
) -> None:
    """A run whose url points into another caller's bucket fails as if the file did not exist."""
    upload(client, bucket, "in.jsonl", b'{"a":1}\n')
    created = create_run(other, deployment, url=f"files/{bucket}/in.jsonl")
    run = finished(other, created.json()["id"])
    assert run["status"] == "FAILED"
    assert run["error"]["code"] == "InvalidInput"


def test_run_cancel(server: MockServer, client: httpx.Client, deployment: str) -> None:
    """Cancel makes a QUEUED run CANCELED; cancelling again returns it unchanged."""
    server.control.set_speed(0)
    run_id = create_run(client, deployment).json()["id"]
    response = client.post(f"/v1/runs/{run_id}/actions/cancel")
    assert response.json()["status"] == "CANCELED"
    assert client.post(f"/v1/runs/{run_id}/actions/cancel").status_code == 200


def test_cancel_finished_run_is_409(client: httpx.Client, deployment: str) -> None:
    """Cancelling a SUCCEEDED run is 409."""
    run_id = create_run(client, deployment).json()["id"]
    finished(client, run_id)
    assert client.post(f"/v1/runs/{run_id}/actions/cancel").status_code == 409


def test_run_events_have_ids_and_end_with_done(client: httpx.Client, deployment: str) -> None:
    """The event stream has increasing ids, progress and output, and ends with done."""
    run_id = create_run(client, deployment).json()["id"]
    text = client.get(f"/v1/runs/{run_id}/events").text
    ids = [int(line[4:]) for line in text.splitlines() if line.startswith("id: ")]
    assert ids == list(range(1, len(ids) + 1))
    events = [json.loads(d) for d in sse_data(text)]
    assert {"status", "progress", "output"} <= {e["type"] for e in events}
    assert events[-1]["type"] == "done"
    assert events[-1]["status"] == "SUCCEEDED"


def test_run_events_resume_after_last_event_id(client: httpx.Client, deployment: str) -> None:
    """Last-Event-ID: 3 replays from event 4."""
    run_id = create_run(client, deployment).json()["id"]
    finished(client, run_id)
    text = client.get(f"/v1/runs/{run_id}/events", headers={"Last-Event-ID": "3"}).text
    ids = [int(line[4:]) for line in text.splitlines() if line.startswith("id: ")]
    assert ids[0] == 4


def test_run_events_follow_live(server: MockServer, client: httpx.Client, deployment: str) -> None:
    """A stream opened while QUEUED delivers the events as the run advances."""
    server.control.set_speed(20)
    run_id = create_run(client, deployment).json()["id"]
    with client.stream("GET", f"/v1/runs/{run_id}/events") as response:
        types = [
            json.loads(line[6:])["type"]
            for line in response.iter_lines()
            if line.startswith("data: ")
        ]
    assert types[0] == "status"
    assert types[-1] == "done"


def test_list_runs_filters_by_status(client: httpx.Client, deployment: str) -> None:
    """listRuns filters by status and pages newest first."""
    first = create_run(client, deployment).json()["id"]
    finished(client, first)
    second = create_run(client, deployment).json()["id"]
    finished(client, second)
    items = client.get("/v1/runs", params={"status": "SUCCEEDED"}).json()["items"]
    assert [i["id"] for i in items] == [second, first]
    page = client.get("/v1/runs", params={"limit": 1})
    assert len(page.json()["items"]) == 1
    assert page.headers["opc-next-page"]


def test_run_retry_token_is_idempotent(client: httpx.Client, deployment: str) -> None:
    """A repeated opc-retry-token returns the same run."""
    headers = {"opc-retry-token": "run-token"}
    url = f"/v1/deployments/{deployment}/runs"
    first = client.post(url, json={"args": {"x": 1}}, headers=headers).json()
    second = client.post(url, json={"args": {"x": 1}}, headers=headers).json()
    assert first["id"] == second["id"]
    assert client.post(url, json={"args": {"x": 2}}, headers=headers).status_code == 409


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        self.received.append({"auth": self.headers.get("authorization"), "body": json.loads(body)})
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/hook", received
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_run_callback_posts_final_run_with_basic_auth(
    server: MockServer,
    client: httpx.Client,
    deployment: str,
    receiver: tuple[str, list[dict[str, Any]]],
) -> None:
    """When the run ends, its callbackUrl receives the Run JSON with HTTP basic auth."""
    url, received = receiver
    body = {
        "args": {"q": 1},
        "callbackUrl": url,
        "callbackAuth": {"kind": "basic", "username": "hook", "password": "pw-1234"},
    }
    run = create_run(client, deployment, **body).json()
    assert run["callbackAuth"] == {"kind": "basic", "username": "hook"}
    wait_for(lambda: {"n": len(received)}, lambda v: v["n"] == 1)
    expected = "Basic " + base64.b64encode(b"hook:pw-1234").decode()
    assert received[0]["auth"] == expected
    assert received[0]["body"]["status"] == "SUCCEEDED"
    # the server records the delivery after the receiver has answered: wait for the record
    wait_for(lambda: {"n": len(server.control.callbacks())}, lambda v: v["n"] == 1)
    assert server.control.callbacks()[0]["outcome"] == "delivered"


def test_run_of_another_caller_is_404(
    client: httpx.Client, other: httpx.Client, deployment: str
) -> None:
    """Runs are per caller: another API key does not see them."""
    run_id = create_run(client, deployment).json()["id"]
    assert other.get(f"/v1/runs/{run_id}").status_code == 404


def _validator(schema_name: str) -> Any:
    from aiplane_mock.spec_index import SpecIndex

    index = SpecIndex(["data"])
    op = index.by_id["getRun"]
    del op  # the index compiles the spec; build a validator for a component schema
    from jsonschema import Draft4Validator  # type: ignore[import-untyped]

    from aiplane_mock.schemas import to_json_schema
    from aiplane_mock.specs import load_spec

    components = to_json_schema(load_spec("data")["components"]["schemas"])
    return Draft4Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": {"schemas": components}}
    )


def test_chat_chunks_conform_to_the_chunk_schema(client: httpx.Client, deployment: str) -> None:
    """Every streamed chunk is a valid ChatCompletionChunk (the spec's event data schema)."""
    validator = _validator("ChatCompletionChunk")
    tools = [{"type": "function", "function": {"name": "lookup"}}]
    for extra in ({}, {"tools": tools, "tool_choice": "required"}):
        response = chat(
            client, deployment, stream=True, stream_options={"include_usage": True}, **extra
        )
        datas = sse_data(response.text)
        assert len(datas) >= 3 and datas[-1] == "[DONE]"  # content, usage, [DONE] at least
        chunks = [json.loads(data) for data in datas[:-1]]
        for chunk in chunks:
            validator.validate(chunk)
        assert chunks[-1]["usage"]["total_tokens"] > 0
        deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
        key = "tool_calls" if extra else "content"
        assert any(delta.get(key) for delta in deltas), f"no chunk carries {key}"


def test_run_events_conform_to_the_event_schema(client: httpx.Client, deployment: str) -> None:
    """Every run event is a valid RunEvent (the spec's event data schema)."""
    validator = _validator("RunEvent")
    run_id = create_run(client, deployment).json()["id"]
    events = [json.loads(data) for data in sse_data(client.get(f"/v1/runs/{run_id}/events").text)]
    assert [e["type"] for e in events][:: len(events) - 1] == ["status", "done"]
    assert [e["sequence"] for e in events] == list(range(1, len(events) + 1))
    for event in events:
        validator.validate(event)
    assert {e["type"] for e in events} >= {"status", "progress", "output", "done"}


def test_callbacks_to_other_hosts_are_not_sent(
    server: MockServer, client: httpx.Client, deployment: str
) -> None:
    """Only loopback callback URLs are called; others are recorded as skipped."""
    run = create_run(client, deployment, args={"q": 1}, callbackUrl="https://hooks.example.com/x")
    finished(client, run.json()["id"])
    outcome = wait_for(
        lambda: {"items": server.control.callbacks()}, lambda v: len(v["items"]) == 1
    )
    assert outcome["items"][0]["outcome"] == "skipped"
    assert outcome["items"][0]["attempts"] == 0


@pytest.mark.parametrize("char", ["\n", "\r", "\x00", "\x1f", "\x7f"])
def test_move_refuses_a_control_character_in_a_file_url(
    client: httpx.Client, bucket: str, char: str
) -> None:
    """A raw control character in a file URL is a 400 naming the field, as the spec pattern
    and the SDK (InvalidFileURL) refuse it."""
    body = {"sourceUrl": f"files/{bucket}/n{char}", "destinationUrl": f"files/{bucket}/m.txt"}
    response = client.post("/v1/ops/resource/move", json=body)
    assert response.status_code == 400, response.text
    assert "sourceUrl" in response.text


def test_move_of_a_percent_encoded_control_character_is_looked_up(
    client: httpx.Client, bucket: str
) -> None:
    """An encoded control character (%0A) is a valid URL naming a file that is not there: 404."""
    body = {"sourceUrl": f"files/{bucket}/n%0A", "destinationUrl": f"files/{bucket}/m.txt"}
    response = client.post("/v1/ops/resource/move", json=body)
    assert response.status_code == 404, response.text
