"""aiplane.Client / AsyncClient: planes, pools, lifecycle, configuration errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import aiplane
from aiplane import errors
from aiplane_data.api.deployments import list_deployments
from aiplane_management.api.model import get_model

pytestmark = pytest.mark.anyio

MODEL = {
    "id": "m",
    "compartmentId": "c",
    "capabilities": ["CHAT"],
    "lifecycleState": "ACTIVE",
    "timeCreated": "2024-01-01T00:00:00.000Z",
    "type": "BASE",
}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.startswith("/openai"):
            return httpx.Response(200, json={"object": "list", "data": []})
        return httpx.Response(200, json=MODEL)


def pool_for(rec: Recorder) -> aiplane.ConnectionPool:
    mock = httpx.MockTransport(rec)
    return aiplane.ConnectionPool(transport=mock, async_transport=mock)


def test_client_needs_an_endpoint() -> None:
    """A client with neither URL is a ConfigError naming management_url."""
    with pytest.raises(errors.ConfigError, match="management_url"):
        aiplane.Client()


def test_missing_plane_is_a_config_error() -> None:
    """Using the data plane of a management-only client names the missing data_url."""
    client = aiplane.Client(management_url="http://m.test")
    with pytest.raises(errors.ConfigError, match="data_url"):
        _ = client.data


def test_management_url_with_version_suffix_is_accepted() -> None:
    """A management URL ending in /20231130 (OCI's form) is not doubled."""
    rec = Recorder()
    client = aiplane.Client(management_url="http://m.test/20231130", pool=pool_for(rec))
    aiplane.call(get_model, client, "m")
    assert rec.requests[0].url.path == "/20231130/models/m"


async def test_each_plane_uses_its_own_auth(mode: str) -> None:
    """auth signs the management plane; data_auth, when given, the data plane."""
    rec = Recorder()
    client = aiplane.Client(
        management_url="http://m.test",
        data_url="http://d.test",
        auth=aiplane.BearerAuth("management-token"),
        data_auth=aiplane.APIKeyAuth("data-key-123456789"),
        pool=pool_for(rec),
    )
    if mode == "sync":
        aiplane.call(get_model, client, "m")
        aiplane.call(list_deployments, client)
    else:
        await aiplane.acall(get_model, client, "m")
        await aiplane.acall(list_deployments, client)
    mgmt, data = rec.requests
    assert (
        mgmt.headers["authorization"] == "Bearer management-token" and "api-key" not in mgmt.headers
    )
    assert data.headers["api-key"] == "data-key-123456789" and "authorization" not in data.headers


def test_url_without_scheme_is_refused_when_built() -> None:
    """data_url='127.0.0.1:33389' is a ConfigError naming data_url at construction."""
    rec = Recorder()
    with pytest.raises(errors.ConfigError, match="http:// or https://") as info:
        aiplane.Client(data_url="127.0.0.1:33389", pool=pool_for(rec))
    assert info.value.field == "data_url" and "'data_url'" in str(info.value)
    assert rec.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://m.test",
        "http://",
        "http:///models",
        "http://m.test?x=1",
        "http://m.test#frag",
        "http://m.test:99999",
        "http://m test",
        "",
    ],
)
def test_malformed_management_url_is_refused_when_built(url: str) -> None:
    """A management_url that is not http(s) with a host and nothing more is a ConfigError."""
    with pytest.raises(errors.ConfigError) as info:
        aiplane.AsyncClient(management_url=url)
    assert info.value.field == "management_url"


def test_url_credentials_are_refused_and_not_echoed() -> None:
    """A URL with user:password is refused, and neither appears in the error."""
    with pytest.raises(errors.ConfigError, match="credentials") as info:
        aiplane.Client(management_url="https://admin:hunter2-secret@m.test")
    assert "hunter2" not in str(info.value) and "hunter2" not in repr(info.value)
    assert "admin" not in str(info.value)


def test_client_and_config_validate_urls_alike() -> None:
    """A bad URL gets the same message from load_config and from the client."""
    with pytest.raises(errors.ConfigError) as from_config:
        aiplane.load_config(environ={}, data_url="127.0.0.1:33389")
    with pytest.raises(errors.ConfigError) as from_client:
        aiplane.Client(data_url="127.0.0.1:33389")
    assert str(from_client.value) == str(from_config.value).replace(" in argument]", "]")


def test_operations_of_unknown_packages_are_refused() -> None:
    """An op from a package the client does not serve is a clear TypeError."""
    client = aiplane.Client(management_url="http://m.test")
    with pytest.raises(TypeError, match="not served"):
        client.plane_for("other_api")


def test_context_manager_closes_connections() -> None:
    """Leaving the with-block closes the client's httpx clients and its own pool."""
    with aiplane.Client(management_url="http://m.test") as client:
        http = client.management.get_httpx_client()
    assert http.is_closed


async def test_async_context_manager_closes_connections() -> None:
    """Leaving async with closes the async httpx clients."""
    async with aiplane.AsyncClient(management_url="http://m.test") as client:
        http = client.management.get_async_httpx_client()
    assert http.is_closed


def test_shared_pool_survives_one_client_closing() -> None:
    """Clients sharing a pool keep their own credentials; closing one leaves the pool open."""
    rec = Recorder()
    pool = pool_for(rec)
    alice = aiplane.Client(
        management_url="http://m.test", auth=aiplane.BearerAuth("alice"), pool=pool
    )
    bob = aiplane.Client(management_url="http://m.test", auth=aiplane.BearerAuth("bob"), pool=pool)
    aiplane.call(get_model, alice, "m")
    alice.close()
    aiplane.call(get_model, bob, "m")
    assert [r.headers["authorization"] for r in rec.requests] == ["Bearer alice", "Bearer bob"]


def test_client_uses_one_pool_for_both_planes() -> None:
    """Both planes of a client go through the same connection pool."""
    client = aiplane.Client(management_url="http://m.test", data_url="http://d.test")
    m: Any = client.management.get_httpx_client()._transport
    d: Any = client.data.get_httpx_client()._transport
    assert m.sync_transport is d.sync_transport is client.pool.sync


def _config_file(tmp_path: Any, **extra: str) -> Any:
    from aiplane.signing import fingerprint_of
    from tests.conftest import DATA

    fp = fingerprint_of((DATA / "test_rsa_key_public.pem").read_bytes())
    lines = [
        "[DEFAULT]",
        "tenancy=ocid1.tenancy.oc1..t",
        "region=us-chicago-1",
        "",
        "[DEV]",
        "user=ocid1.user.oc1..u",
        f"fingerprint={fp}",
        f"key_file={DATA / 'test_rsa_key.pem'}",
    ]
    lines += [f"{k}={v}" for k, v in extra.items()]
    path = tmp_path / "config"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_from_config_file_signs_and_derives_endpoint(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile (inheriting DEFAULT) yields an OCI-signing client on the region's endpoint."""
    for var in ("AIPLANE_MANAGEMENT_URL", "AIPLANE_DATA_URL", "AIPLANE_API_KEY", "AIPLANE_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    client = aiplane.Client.from_config(_config_file(tmp_path), profile="DEV")
    http = client.management.get_httpx_client()
    assert str(http.base_url).startswith("https://generativeai.us-chicago-1.oci.oraclecloud.com")
    request = http.build_request("GET", "/20231130/models/m")
    transport: Any = http._transport
    signed = next(transport.auth.sync_auth_flow(request))
    assert 'keyId="ocid1.tenancy.oc1..t/ocid1.user.oc1..u/' in signed.headers["authorization"]


def test_from_config_env_and_arguments_override(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Environment variables override the file, and keyword arguments override both."""
    monkeypatch.setenv("AIPLANE_MANAGEMENT_URL", "http://from-env.test")
    monkeypatch.setenv("AIPLANE_DATA_URL", "http://data-env.test")
    client = aiplane.Client.from_config(_config_file(tmp_path), profile="DEV")
    assert str(client.management.get_httpx_client().base_url).startswith("http://from-env.test")
    client = aiplane.Client.from_config(
        _config_file(tmp_path), profile="DEV", management_url="http://from-arg.test"
    )
    assert str(client.management.get_httpx_client().base_url).startswith("http://from-arg.test")
    assert str(client.data.get_httpx_client().base_url).startswith("http://data-env.test")


def test_from_config_incomplete_signing_names_the_field(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile with a user but no key_file is a ConfigError naming key_file and the file."""
    path = tmp_path / "config"
    path.write_text("[DEFAULT]\nuser=ocid1.user.oc1..u\nregion=us-chicago-1\n")
    with pytest.raises(errors.ConfigError) as info:
        aiplane.Client.from_config(path)
    assert "key_file" in str(info.value) and str(path) in str(info.value)


def _transport_auth(plane: Any) -> Any:
    """The auth of a plane's runtime transport."""
    return plane.get_httpx_client()._transport.auth


def _write(tmp_path: Any, text: str) -> Any:
    path = tmp_path / "config"
    path.write_text(text)
    return path


def test_from_config_key_file_argument_reaches_the_config(tmp_path: Any) -> None:
    """key_file= (a config field) completes the profile's signing settings."""
    from tests.conftest import DATA

    lines = _config_file(tmp_path).read_text().splitlines()
    path = _write(tmp_path, "\n".join(x for x in lines if not x.startswith("key_file")) + "\n")
    client = aiplane.Client.from_config(
        path, profile="DEV", environ={}, key_file=str(DATA / "test_rsa_key.pem")
    )
    assert isinstance(_transport_auth(client.management), aiplane.OCISigner)


def test_from_config_config_argument_beats_environment(tmp_path: Any) -> None:
    """A config-field argument (user=) wins over its AIPLANE_* variable and the file."""
    client = aiplane.Client.from_config(
        _config_file(tmp_path),
        profile="DEV",
        environ={"AIPLANE_USER": "ocid1.user.oc1..fromenv"},
        user="ocid1.user.oc1..fromarg",
    )
    assert "/ocid1.user.oc1..fromarg/" in _transport_auth(client.management).key_id


def test_from_config_client_arguments_reach_the_client(tmp_path: Any) -> None:
    """retry= and timeout= (client settings) configure the client."""
    policy = aiplane.RetryPolicy(max_attempts=2)
    client = aiplane.Client.from_config(
        _config_file(tmp_path), profile="DEV", environ={}, retry=policy, timeout=5.0
    )
    assert client.retry is policy and client.timeout == httpx.Timeout(5.0)


def test_from_config_unknown_argument_is_a_type_error(tmp_path: Any) -> None:
    """An argument that is neither a config field nor a client setting is a TypeError naming it."""
    with pytest.raises(TypeError, match="unexpected keyword argument 'tenant'"):
        aiplane.Client.from_config(_config_file(tmp_path), profile="DEV", environ={}, tenant="x")


def _default_signing_fields(key_file: bool = False) -> str:
    """A [DEFAULT] naming tenancy, user and fingerprint (and the key_file when asked)."""
    from aiplane.signing import fingerprint_of
    from tests.conftest import DATA

    fp = fingerprint_of((DATA / "test_rsa_key_public.pem").read_bytes())
    key = f"key_file={DATA / 'test_rsa_key.pem'}\n" if key_file else ""
    return (
        "[DEFAULT]\ntenancy=ocid1.tenancy.oc1..t\nuser=ocid1.user.oc1..u\n"
        f"fingerprint={fp}\nregion=us-chicago-1\n{key}"
    )


@pytest.mark.parametrize(
    ("field", "auth_type"), [("api_key", aiplane.APIKeyAuth), ("bearer_token", aiplane.BearerAuth)]
)
def test_token_profile_ignores_signing_fields_inherited_from_default(
    tmp_path: Any, field: str, auth_type: type
) -> None:
    """An api-key or bearer profile does not sign just because [DEFAULT] names a tenancy."""
    from tests.conftest import TEST_API_KEY

    text = _default_signing_fields() + f"[TOKEN]\n{field}={TEST_API_KEY}\n"
    client = aiplane.Client.from_config(_write(tmp_path, text), profile="TOKEN", environ={})
    assert _transport_auth(client.management) is None
    assert isinstance(_transport_auth(client.data), auth_type)


def test_signing_field_set_in_the_profile_itself_needs_a_key_file(tmp_path: Any) -> None:
    """A profile that sets a signing field itself signs, so a missing key_file is an error."""
    from tests.conftest import TEST_API_KEY

    text = _default_signing_fields() + f"[PROD]\nuser=ocid1.user.oc1..p\napi_key={TEST_API_KEY}\n"
    with pytest.raises(errors.ConfigError, match="key_file is missing"):
        aiplane.Client.from_config(_write(tmp_path, text), profile="PROD", environ={})


def test_signing_field_from_the_environment_needs_a_key_file(tmp_path: Any) -> None:
    """AIPLANE_USER is set for this profile, not inherited: it asks for signing."""
    from tests.conftest import TEST_API_KEY

    text = _default_signing_fields() + f"[TOKEN]\napi_key={TEST_API_KEY}\n"
    with pytest.raises(errors.ConfigError, match="key_file is missing"):
        aiplane.Client.from_config(
            _write(tmp_path, text), profile="TOKEN", environ={"AIPLANE_USER": "ocid1.user.oc1..e"}
        )


def test_key_file_inherited_from_default_signs_the_management_plane(tmp_path: Any) -> None:
    """With a key_file in [DEFAULT], a token profile inherits signing, as in the oci SDK."""
    from tests.conftest import TEST_API_KEY

    text = _default_signing_fields(key_file=True) + f"[TOKEN]\napi_key={TEST_API_KEY}\n"
    client = aiplane.Client.from_config(_write(tmp_path, text), profile="TOKEN", environ={})
    assert isinstance(_transport_auth(client.management), aiplane.OCISigner)
    assert isinstance(_transport_auth(client.data), aiplane.APIKeyAuth)


def test_inherited_signing_fields_without_any_token_still_ask_for_a_key(tmp_path: Any) -> None:
    """A profile with no api_key/bearer_token and an incomplete [DEFAULT] names key_file."""
    text = _default_signing_fields() + "[EMPTY]\nregion=eu-frankfurt-1\n"
    with pytest.raises(errors.ConfigError, match="key_file is missing"):
        aiplane.Client.from_config(_write(tmp_path, text), profile="EMPTY", environ={})


def test_from_config_knows_every_client_setting() -> None:
    """from_config's client settings are the constructor's keywords other than the two URLs."""
    import inspect

    from aiplane._client import _CLIENT_SETTINGS

    keywords = set(inspect.signature(aiplane.Client.__init__).parameters) - {"self"}
    assert keywords - {"management_url", "data_url"} == _CLIENT_SETTINGS
