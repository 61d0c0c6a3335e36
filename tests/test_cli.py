"""The ``aiplane`` command line, end to end against the mock (click's CliRunner and a real
subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from aiplane.cli import make_cli
from aiplane.signing import fingerprint_of
from aiplane_mock import MockServer
from tests.mock_helpers import API_KEY, COMPARTMENT, DATA, TENANCY, USER, serving


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    yield from serving()


@pytest.fixture
def env(server: MockServer, tmp_path: Path) -> dict[str, str]:
    """The AIPLANE_* variables and a config file (the test key) reaching the mock."""
    fp = fingerprint_of((DATA / "test_rsa_key_public.pem").read_bytes())
    config = tmp_path / "config"
    config.write_text(
        f"[DEFAULT]\ntenancy={TENANCY}\nregion=us-chicago-1\n\n[CLI]\nuser={USER}\n"
        f"fingerprint={fp}\nkey_file={DATA / 'test_rsa_key.pem'}\n"
    )
    return {
        "AIPLANE_MANAGEMENT_URL": server.management_url,
        "AIPLANE_DATA_URL": server.data_url,
        "AIPLANE_API_KEY": API_KEY,
        "TEST_CONFIG_FILE": str(config),
    }


def run(env: dict[str, str], *args: str) -> Result:
    """``aiplane --config-file <file> --profile CLI <args>`` through CliRunner."""
    config = ["--config-file", env["TEST_CONFIG_FILE"], "--profile", "CLI"]
    return CliRunner().invoke(make_cli(), [*config, *args], env=env, catch_exceptions=False)


def test_list_models_prints_every_model_as_json(env: dict[str, str]) -> None:
    """list-models --compartment-id C --all prints a JSON list of every model."""
    result = run(env, "management", "list-models", "--compartment-id", COMPARTMENT, "--all")
    assert result.exit_code == 0, result.output
    models = json.loads(result.stdout)
    assert models and all(m["id"].startswith("ocid1.") for m in models)
    first = run(env, "management", "list-models", "--compartment-id", COMPARTMENT, "--limit", "2")
    assert len(json.loads(first.stdout)) == 2


def test_get_model_takes_its_path_parameter_positionally(env: dict[str, str]) -> None:
    """get-model MODEL_ID prints that model's to_dict()."""
    listed = run(env, "management", "list-models", "--compartment-id", COMPARTMENT, "--all")
    model_id = json.loads(listed.stdout)[0]["id"]
    result = run(env, "management", "get-model", model_id)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == model_id


def test_output_table_prints_aligned_columns(env: dict[str, str]) -> None:
    """--output table prints a header row with the fields, then one row per item."""
    args = ("management", "list-models", "--compartment-id", COMPARTMENT, "--limit", "3")
    lines = run(env, "--output", "table", *args).stdout.splitlines()
    assert "id" in lines[0].split() and len(lines) == 4


def test_an_enum_option_is_checked_before_any_request(env: dict[str, str]) -> None:
    """A query value outside its enum is a usage error naming the allowed values."""
    args = ("--compartment-id", COMPARTMENT, "--lifecycle-state", "NOPE")
    result = run(env, "management", "list-models", *args)
    assert result.exit_code == 2 and "ACTIVE" in result.stderr


def test_an_api_error_is_one_line_and_exit_1(env: dict[str, str]) -> None:
    """A 404 prints one line on stderr (no traceback) and exits 1."""
    result = run(env, "management", "get-model", "ocid1.generativeaimodel.oc1..missing")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "NotFound" in result.stderr


def test_body_json_and_wait_return_the_final_resource(env: dict[str, str], tmp_path: Path) -> None:
    """create-dedicated-ai-cluster --body @file --wait prints the ACTIVE cluster."""
    body = {"type": "HOSTING", "compartmentId": COMPARTMENT, "unitCount": 1,
            "unitShape": "LARGE_COHERE", "displayName": "from-cli"}  # fmt: skip
    (tmp_path / "body.json").write_text(json.dumps(body))
    args = ("create-dedicated-ai-cluster", "--body", f"@{tmp_path / 'body.json'}", "--wait")
    result = run(env, "management", *args)
    assert result.exit_code == 0, result.output
    cluster = json.loads(result.stdout)
    assert cluster["lifecycleState"] == "ACTIVE" and cluster["displayName"] == "from-cli"


def test_a_bad_body_is_a_usage_error(env: dict[str, str]) -> None:
    """--body that is not JSON is refused (exit 2) naming the problem."""
    result = run(env, "management", "create-dedicated-ai-cluster", "--body", "{nope")
    assert result.exit_code == 2 and "not valid JSON" in result.stderr


def test_chat_streams_the_answer(env: dict[str, str], server: MockServer) -> None:
    """data chat DEPLOYMENT "prompt" prints the streamed answer."""
    deployment = server.control.create_deployment()
    result = run(env, "data", "chat", deployment, "hello there")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_files_upload_then_download(env: dict[str, str], tmp_path: Path) -> None:
    """files upload then download gives back the same bytes."""
    bucket = json.loads(run(env, "data", "get-bucket").stdout)["bucket"]
    source, dest = tmp_path / "a.bin", tmp_path / "b.bin"
    source.write_bytes(b"cli bytes " * 5000)
    url = f"files/{bucket}/cli/a.bin"
    assert run(env, "data", "files", "upload", str(source), url).exit_code == 0
    result = run(env, "data", "files", "download", url, str(dest))
    assert result.exit_code == 0, result.output
    assert dest.read_bytes() == source.read_bytes()


def test_runs_submit_wait_prints_the_result(env: dict[str, str], server: MockServer) -> None:
    """data runs submit DEPLOYMENT --args JSON --wait prints the run's result."""
    deployment = server.control.create_deployment()
    result = run(env, "data", "runs", "submit", deployment, "--args", '{"x": 1}', "--wait")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"].startswith("Processed 1 argument(s)")


def test_runs_submit_events_prints_one_json_line_each(
    env: dict[str, str], server: MockServer
) -> None:
    """--events prints each event of the run as one JSON line."""
    deployment = server.control.create_deployment()
    result = run(env, "data", "runs", "submit", deployment, "--args", '{"x": 1}', "--events")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_debug_logs_requests_without_secrets(env: dict[str, str]) -> None:
    """--debug logs the requests to stderr; the API key never appears."""
    result = run(env, "--debug", "data", "get-bucket")
    assert result.exit_code == 0 and "GET /v1/bucket -> 200" in result.stderr
    assert API_KEY not in result.stderr and API_KEY not in result.stdout


def test_a_real_subprocess_piped_is_silent_json(env: dict[str, str]) -> None:
    """The console script, piped: only JSON on stdout, nothing (no progress bar) on stderr."""
    script = Path(sys.executable).parent / "aiplane"
    config = ["--config-file", env["TEST_CONFIG_FILE"], "--profile", "CLI"]
    args = [*config, "management", "list-models", "--compartment-id", COMPARTMENT, "--all"]
    done = subprocess.run([str(script), *args], env={**os.environ, **env},
                          capture_output=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == b"" and isinstance(json.loads(done.stdout), list)


def test_a_piped_wait_draws_no_progress_bar(env: dict[str, str]) -> None:
    """--wait, piped: the final resource as JSON on stdout and nothing on stderr."""
    body = {"type": "HOSTING", "compartmentId": COMPARTMENT, "unitCount": 1,
            "unitShape": "LARGE_COHERE", "displayName": "piped"}  # fmt: skip
    script = Path(sys.executable).parent / "aiplane"
    config = ["--config-file", env["TEST_CONFIG_FILE"], "--profile", "CLI"]
    args = [*config, "management", "create-dedicated-ai-cluster", "--wait"]
    done = subprocess.run([str(script), *args, "--body", json.dumps(body)],
                          env={**os.environ, **env}, capture_output=True, timeout=60,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == b"" and json.loads(done.stdout)["lifecycleState"] == "ACTIVE"


def test_a_config_problem_is_one_line(env: dict[str, str]) -> None:
    """An unknown profile is a ConfigError on one line, exit 1."""
    config = ["--config-file", env["TEST_CONFIG_FILE"], "--profile", "NOPE"]
    result = CliRunner().invoke(make_cli(), [*config, "data", "get-bucket"], env=env)
    assert result.exit_code == 1 and "ConfigError" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_multipart_operation_has_no_body_option(env: dict[str, str]) -> None:
    """--body is offered for JSON bodies only (upload-file's multipart body is not JSON)."""
    assert "--body" not in run(env, "data", "upload-file", "--help").stdout
    assert "--body" in run(env, "data", "create-run", "--help").stdout


def test_the_progress_bar_shows_on_a_terminal(env: dict[str, str], tmp_path: Path) -> None:
    """files upload in a real terminal (script(1)'s pty) draws the progress bar."""
    bucket = json.loads(run(env, "data", "get-bucket").stdout)["bucket"]
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (4 * 1024 * 1024))
    script = Path(sys.executable).parent / "aiplane"
    config = f"--config-file {env['TEST_CONFIG_FILE']} --profile CLI"
    size = "stty cols 100 rows 40; "  # script(1)'s pty has 0 columns: tqdm would draw nothing
    command = size + f"{script} {config} data files upload {source} files/{bucket}/tty/big.bin"
    done = subprocess.run(["script", "-qec", command, "/dev/null"], env={**os.environ, **env},
                          capture_output=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout
    assert b"100%" in done.stdout and b"upload" in done.stdout


def test_a_body_of_one_of_several_models_is_read_as_the_one_it_fits(
    env: dict[str, str], server: MockServer
) -> None:
    """create-run's body (args details | url details) is read as the model it fits."""
    deployment = server.control.create_deployment()
    result = run(env, "data", "create-run", deployment, "--body", '{"args": {"x": 1}}')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"]


def test_a_body_that_fits_no_model_names_each(env: dict[str, str], server: MockServer) -> None:
    """A body fitting none of create-run's models is a usage error naming both models."""
    deployment = server.control.create_deployment()
    result = run(env, "data", "create-run", deployment, "--body", '{"nothing": 1}')
    assert result.exit_code == 2 and "CreateRunWithArgsDetails" in result.stderr
    assert "CreateRunWithUrlDetails" in result.stderr


def test_every_operation_has_a_command() -> None:
    """Each descriptor of both planes is a command of its plane group, with working --help."""
    from aiplane.descriptors import table_of

    cli = make_cli()
    runner = CliRunner()
    for package, plane in (("aiplane_management", "management"), ("aiplane_data", "data")):
        for d in table_of(package + ".api").operations.values():
            name = d.name.replace("_", "-")
            result = runner.invoke(cli, [plane, name, "--help"])
            assert result.exit_code == 0 and d.operation_id in result.stdout, name


def test_an_event_stream_operation_prints_json_lines(
    env: dict[str, str], server: MockServer
) -> None:
    """create-chat-completion with "stream": true prints one JSON chunk per line."""
    deployment = server.control.create_deployment()
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "stream": True})
    result = run(env, "data", "create-chat-completion", deployment, "--body", body)
    assert result.exit_code == 0, result.output
    chunks = [json.loads(line) for line in result.stdout.splitlines()]
    assert chunks and all(c["object"] == "chat.completion.chunk" for c in chunks)


def test_a_binary_operation_points_at_files_download(env: dict[str, str]) -> None:
    """download-file (a binary response) is a usage error naming `files download`."""
    result = run(env, "data", "download-file", "bucket", "a.bin")
    assert result.exit_code == 2 and "files download" in result.stderr


def test_debug_leaves_no_handler_behind(env: dict[str, str]) -> None:
    """After a --debug run the aiplane logger has its handlers and level as before."""
    import logging

    logger = logging.getLogger("aiplane")
    before = (list(logger.handlers), logger.level)
    args = ("--debug", "management", "list-models", "--compartment-id", COMPARTMENT)
    result = run(env, *args)
    assert result.exit_code == 0 and "/20231130/models" in result.stderr
    assert "Signature" not in result.stderr and "keyId" not in result.stderr
    assert (list(logger.handlers), logger.level) == before
