"""API-key and bearer auth, and the secret hygiene of every auth and config object."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import httpx
import pytest

from aiplane.auth import APIKeyAuth, BearerAuth
from aiplane.config import load_config
from aiplane.errors import ConfigError
from aiplane.signing import OCISigner, load_private_key

DATA = Path(__file__).parent / "data"
KEY_FILE = DATA / "test_rsa_key.pem"
ENCRYPTED_KEY_FILE = DATA / "test_rsa_key_encrypted.pem"
PASS_PHRASE = "test-passphrase"
API_KEY = "sk-test-secret-api-key-0123456789"
TOKEN = "bearer-secret-token-abcdef"
SESSION_TOKEN = "session-secret-token-xyz"
TENANCY = "ocid1.tenancy.oc1..aaaaaaaatestvectortenancy"
USER = "ocid1.user.oc1..aaaaaaaatestvectoruser"
FINGERPRINT = "1e:01:9c:d1:dc:78:b3:6f:e3:64:5d:11:2b:fb:8a:fb"
URL = "https://inference.example.test/openai/deployments/d/chat/completions"
PEM_LINES = [
    line
    for line in KEY_FILE.read_text().splitlines() + ENCRYPTED_KEY_FILE.read_text().splitlines()
    if not line.startswith("-----")
]
SECRETS = [API_KEY, TOKEN, SESSION_TOKEN, PASS_PHRASE, *PEM_LINES]

HEADER = {APIKeyAuth: ("api-key", "{}"), BearerAuth: ("authorization", "Bearer {}")}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def send_many(mode: str, auth: httpx.Auth, count: int = 1) -> list[httpx.Request]:
    """Send ``count`` GETs through a sync or async client; return what the transport received."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=transport, auth=auth) as client:
            for _ in range(count):
                client.get(URL)
    else:
        async with httpx.AsyncClient(transport=transport, auth=auth) as async_client:
            for _ in range(count):
                await async_client.get(URL)
    return seen


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


# --------------------------------------------------------------------------- API key / bearer


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
async def test_static_value_sets_header(mode: str, cls: type[APIKeyAuth | BearerAuth]) -> None:
    """A static string is sent in the api-key header / as a Bearer authorization."""
    name, template = HEADER[cls]
    (request,) = await send_many(mode, cls("static-value"))
    assert request.headers[name] == template.format("static-value")


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
async def test_callable_called_once_per_request(
    mode: str, cls: type[APIKeyAuth | BearerAuth]
) -> None:
    """A callable is called once per request: 3 requests, 3 calls, 3 fresh values."""
    calls: list[int] = []

    def source() -> str:
        calls.append(1)
        return f"value-{len(calls)}"

    name, template = HEADER[cls]
    requests = await send_many(mode, cls(source), count=3)
    assert len(calls) == 3
    assert [r.headers[name] for r in requests] == [template.format(f"value-{i}") for i in (1, 2, 3)]


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
async def test_coroutine_function_on_async_client(cls: type[APIKeyAuth | BearerAuth]) -> None:
    """An async function is awaited once per request on the async client."""
    calls: list[int] = []

    async def source() -> str:
        calls.append(1)
        return "async-value"

    name, template = HEADER[cls]
    requests = await send_many("async", cls(source), count=3)
    assert len(calls) == 3
    assert requests[0].headers[name] == template.format("async-value")


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
async def test_coroutine_function_on_sync_client_raises(cls: type[APIKeyAuth | BearerAuth]) -> None:
    """An async function on a sync client is a clear ConfigError, with no un-awaited coroutine."""

    async def source() -> str:
        return "never"

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ConfigError, match="async client"):
            await send_many("sync", cls(source))


@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
@pytest.mark.parametrize("value", ["", None])
def test_empty_value_raises(cls: type[APIKeyAuth | BearerAuth], value: str | None) -> None:
    """An empty or missing value is a ConfigError naming the field."""
    with pytest.raises(ConfigError) as info:
        cls(value)
    assert info.value.field in ("api_key", "bearer_token")


@pytest.mark.anyio
@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
async def test_callable_returning_empty_raises(
    mode: str, cls: type[APIKeyAuth | BearerAuth]
) -> None:
    """A callable that returns an empty string fails the request with a ConfigError."""
    with pytest.raises(ConfigError, match="empty"):
        await send_many(mode, cls(lambda: ""))


@pytest.mark.parametrize("cls", [APIKeyAuth, BearerAuth])
def test_header_injection_rejected_without_echo(cls: type[APIKeyAuth | BearerAuth]) -> None:
    """A value with a line break is refused, and the error does not echo it."""
    with pytest.raises(ConfigError) as info:
        cls(API_KEY + "\r\nx-evil: 1")
    assert API_KEY not in str(info.value)


def test_api_key_custom_header() -> None:
    """APIKeyAuth can use another header name."""
    request = next(APIKeyAuth("v", header="x-api-key").sync_auth_flow(httpx.Request("GET", URL)))
    assert request.headers["x-api-key"] == "v"


# --------------------------------------------------------------------------- secret hygiene


def all_auth_objects(tmp_path: Path) -> list[object]:
    config_file = tmp_path / "config"
    config_file.write_text(
        f"[DEFAULT]\ntenancy={TENANCY}\nuser={USER}\nfingerprint={FINGERPRINT}\n"
        f"key_file={ENCRYPTED_KEY_FILE}\npass_phrase={PASS_PHRASE}\nregion=ord\n"
        f"api_key={API_KEY}\nbearer_token={TOKEN}\n"
    )
    config = load_config(config_file, environ={})
    return [
        APIKeyAuth(API_KEY),
        APIKeyAuth(lambda: API_KEY),
        BearerAuth(TOKEN),
        OCISigner(
            tenancy=TENANCY,
            user=USER,
            fingerprint=FINGERPRINT,
            private_key=ENCRYPTED_KEY_FILE.read_bytes(),
            pass_phrase=PASS_PHRASE,
        ),
        OCISigner(private_key=KEY_FILE, security_token=SESSION_TOKEN),
        config,
        OCISigner.from_config(config),
    ]


def test_reprs_contain_no_secret(tmp_path: Path) -> None:
    """No repr/str of an auth or config object shows a key, pass phrase, API key or token."""
    for obj in all_auth_objects(tmp_path):
        assert_no_secret(repr(obj))
        assert_no_secret(str(obj))


def test_signer_repr_shows_identity_only() -> None:
    """The signer repr shows tenancy, user and fingerprint."""
    signer = OCISigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=KEY_FILE)
    assert repr(signer) == (
        f"OCISigner(tenancy={TENANCY!r}, user={USER!r}, fingerprint={FINGERPRINT!r})"
    )


def test_wrong_pass_phrase_error_hides_secrets() -> None:
    """The wrong-pass-phrase error shows neither the pass phrase nor the key."""
    with pytest.raises(ConfigError) as info:
        load_private_key(ENCRYPTED_KEY_FILE.read_bytes(), PASS_PHRASE + "x")
    assert info.value.field == "pass_phrase"
    assert_no_secret(str(info.value))
    assert info.value.__cause__ is None


def test_corrupt_key_content_error_hides_key() -> None:
    """A corrupt PEM given as content is reported without echoing it."""
    corrupt = KEY_FILE.read_text().replace(PEM_LINES[3], PEM_LINES[3][::-1])
    with pytest.raises(ConfigError) as info:
        load_private_key(corrupt)
    assert info.value.field == "private_key"
    assert_no_secret(str(info.value) + repr(info.value))


def test_bad_token_value_error_hides_token() -> None:
    """A callable returning a bad token fails without echoing it."""
    auth = BearerAuth(lambda: TOKEN + "\n")
    with pytest.raises(ConfigError) as info:
        next(auth.sync_auth_flow(httpx.Request("GET", URL)))
    assert_no_secret(str(info.value))


def test_config_errors_hide_pass_phrase(tmp_path: Path) -> None:
    """A config error for a wrong pass phrase does not contain it."""
    config_file = tmp_path / "config"
    config_file.write_text(
        f"[DEFAULT]\ntenancy={TENANCY}\nuser={USER}\nfingerprint={FINGERPRINT}\n"
        f"key_file={ENCRYPTED_KEY_FILE}\npass_phrase={PASS_PHRASE}-wrong\n"
    )
    with pytest.raises(ConfigError) as info:
        OCISigner.from_config(load_config(config_file, environ={}))
    assert_no_secret(str(info.value))


@pytest.mark.anyio
async def test_logs_contain_no_secret(
    mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Signed / keyed requests log no key, token or signature at any level."""
    caplog.set_level(logging.DEBUG)
    signatures: list[str] = []
    for auth in all_auth_objects(tmp_path):
        if isinstance(auth, httpx.Auth):
            for request in await send_many(mode, auth):
                value = request.headers.get("authorization", "")
                signatures.extend(part for part in value.split('"') if len(part) > 40)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert_no_secret(text)
    assert signatures
    for signature in signatures:
        assert signature not in text


def _key_body(path: Path = KEY_FILE) -> str:
    """The base64 lines of a PEM key, without its -----BEGIN/END lines."""
    return "\n".join(line for line in path.read_text().splitlines() if not line.startswith("-"))


MALFORMED_KEYS: dict[str, tuple[str | bytes, str | None]] = {
    "header missing": (_key_body(), None),
    "header missing, one line": (_key_body().replace("\n", ""), None),
    "header missing, bytes": (_key_body().encode(), None),
    "truncated": (KEY_FILE.read_text()[: len(KEY_FILE.read_text()) // 2], None),
    "garbage": ("-----BEGIN RSA PRIVATE KEY-----\nnot base64 at all\n", None),
    "garbage bytes": (b"\x00\x01binary garbage\xff" * 40, None),
    "public key": ((DATA / "test_rsa_key_public.pem").read_text(), None),
    "wrong pass phrase": (ENCRYPTED_KEY_FILE.read_text(), PASS_PHRASE + "-wrong"),
    "no pass phrase": (ENCRYPTED_KEY_FILE.read_text(), None),
}


def assert_short_and_hides(exc: BaseException, text: str | bytes, *secrets: str) -> None:
    """``exc`` is under 300 characters and contains no line of ``text`` nor any secret."""
    lines = text.decode("latin-1") if isinstance(text, bytes) else text
    hidden = [line.strip() for line in lines.splitlines() if len(line.strip()) >= 8]
    for shown in (str(exc), repr(exc)):
        assert len(shown) < 300
        for line in [*hidden, *secrets]:
            assert line not in shown


@pytest.mark.parametrize("case", MALFORMED_KEYS)
def test_malformed_private_key_errors_hide_the_key(case: str) -> None:
    """A malformed private_key is a short ConfigError naming the problem, echoing no key line."""
    key, pass_phrase = MALFORMED_KEYS[case]
    with pytest.raises(ConfigError) as info:
        OCISigner(
            tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=key,
            pass_phrase=pass_phrase,
        )  # fmt: skip
    assert info.value.field in ("private_key", "pass_phrase")
    assert f"{info.value.field} " in str(info.value)
    assert_short_and_hides(info.value, key, PASS_PHRASE)


def test_key_without_header_says_what_is_wrong() -> None:
    """Key text without its PEM header is reported as not a PEM-encoded RSA private key."""
    with pytest.raises(ConfigError, match="private_key is not a PEM-encoded RSA private key"):
        load_private_key(_key_body())


def test_key_text_as_key_file_setting_is_not_echoed() -> None:
    """Key text put in AIPLANE_KEY_FILE is refused as key_file without being echoed."""
    with pytest.raises(ConfigError) as info:
        load_config(environ={"AIPLANE_KEY_FILE": _key_body()})
    assert info.value.field == "key_file"
    assert_short_and_hides(info.value, _key_body())


def test_fingerprint_of_bad_key_hides_it() -> None:
    """fingerprint_of() of a private key (not a public one) fails without echoing it."""
    from aiplane.signing import fingerprint_of

    with pytest.raises(ValueError, match="public key") as info:
        fingerprint_of(KEY_FILE.read_text())
    assert_short_and_hides(info.value, KEY_FILE.read_text())


def test_pass_phrase_of_wrong_type_is_a_config_error() -> None:
    """A pass_phrase that is neither str nor bytes is a ConfigError naming pass_phrase."""
    with pytest.raises(ConfigError) as info:
        load_private_key(ENCRYPTED_KEY_FILE.read_bytes(), 1234)  # type: ignore[arg-type]
    assert info.value.field == "pass_phrase" and "1234" not in str(info.value)
