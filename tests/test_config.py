"""Configuration: file < environment < arguments, OCI profile semantics, errors, endpoints.

No test reads the real ``~/.oci/config``: every call passes a tmp file and an ``environ`` whose
HOME (if any) is a tmp directory.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

import aiplane.config
from aiplane.config import (
    ENV_VARS,
    Config,
    ConfigFields,
    data_endpoint_for_region,
    load_config,
    management_endpoint_for_region,
)
from aiplane.errors import ConfigError
from aiplane.signing import OCISigner

DATA = Path(__file__).parent / "data"
KEY_FILE = DATA / "test_rsa_key.pem"
ENCRYPTED_KEY_FILE = DATA / "test_rsa_key_encrypted.pem"
PUBLIC_KEY_FILE = DATA / "test_rsa_key_public.pem"
VECTORS: dict[str, Any] = json.loads((DATA / "oci_signing_vectors.json").read_text())
FINGERPRINT: str = VECTORS["fingerprint"]
TENANCY: str = VECTORS["tenancy"]
USER: str = VECTORS["user"]
OTHER_USER = "ocid1.user.oc1..aaaaaaaaotheruser"


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config"
    path.write_text(text)
    return path


def full_profile(key_file: Path = KEY_FILE, extra: str = "") -> str:
    return (
        f"[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\nkey_file={key_file}\n"
        f"tenancy={TENANCY}\nregion=us-chicago-1\n{extra}"
    )


def assert_names(err: ConfigError, field: str, where: str | Path) -> None:
    """The error's message names both the field and the file (or variable) it came from."""
    text = str(err)
    assert err.field == field
    assert f"'{field}'" in text
    assert str(where) in text


# --------------------------------------------------------------------------- precedence


def test_file_values_are_loaded(tmp_path: Path) -> None:
    """The DEFAULT profile of the file supplies the OCI fields."""
    path = write_config(tmp_path, full_profile())
    config = load_config(path, environ={})
    assert (config.user, config.tenancy, config.fingerprint) == (USER, TENANCY, FINGERPRINT)
    assert config.key_file == str(KEY_FILE)
    assert config.file == str(path)


def test_environment_overrides_file(tmp_path: Path) -> None:
    """AIPLANE_* variables win over the file."""
    path = write_config(tmp_path, full_profile())
    config = load_config(path, environ={"AIPLANE_USER": OTHER_USER, "AIPLANE_REGION": "fra"})
    assert config.user == OTHER_USER
    assert config.region == "eu-frankfurt-1"


def test_arguments_override_environment(tmp_path: Path) -> None:
    """Explicit arguments win over the environment and the file."""
    path = write_config(tmp_path, full_profile())
    config = load_config(
        path,
        environ={"AIPLANE_MANAGEMENT_URL": "http://127.0.0.1:1"},
        management_url="http://127.0.0.1:2",
    )
    assert config.management_url == "http://127.0.0.1:2"


def test_config_file_from_environment(tmp_path: Path) -> None:
    """AIPLANE_CONFIG_FILE names the file when no file argument is given."""
    path = write_config(tmp_path, full_profile())
    assert load_config(environ={"AIPLANE_CONFIG_FILE": str(path)}).file == str(path)


def test_file_argument_beats_environment_file(tmp_path: Path) -> None:
    """An explicit file argument wins over AIPLANE_CONFIG_FILE."""
    path = write_config(tmp_path, full_profile())
    config = load_config(path, environ={"AIPLANE_CONFIG_FILE": str(tmp_path / "nope")})
    assert config.file == str(path)


def test_default_file_under_home(tmp_path: Path) -> None:
    """Without a file argument, ~/.oci/config is read with HOME taken from environ."""
    (tmp_path / ".oci").mkdir()
    (tmp_path / ".oci" / "config").write_text(full_profile())
    config = load_config(environ={"HOME": str(tmp_path)})
    assert config.file == str(tmp_path / ".oci" / "config")


def test_missing_default_file_is_fine(tmp_path: Path) -> None:
    """No ~/.oci/config is not an error when the environment supplies the settings."""
    config = load_config(environ={"HOME": str(tmp_path), "AIPLANE_API_KEY": "k-123"})
    assert config.file is None
    assert config.api_key == "k-123"


def test_environ_without_home_reads_no_default_file() -> None:
    """With an environ lacking HOME the default file is skipped, never the real one."""
    assert load_config(environ={}).file is None


def test_empty_environment_value_is_ignored(tmp_path: Path) -> None:
    """An empty AIPLANE_* variable does not override the file."""
    path = write_config(tmp_path, full_profile())
    assert load_config(path, environ={"AIPLANE_USER": ""}).user == USER


# --------------------------------------------------------------------------- profiles


def test_profile_inherits_default_values(tmp_path: Path) -> None:
    """A named profile inherits every [DEFAULT] value it does not set."""
    path = write_config(tmp_path, full_profile() + f"[OTHER]\nuser={OTHER_USER}\n")
    config = load_config(path, "OTHER", environ={})
    assert config.user == OTHER_USER
    assert config.fingerprint == FINGERPRINT
    assert config.profile == "OTHER"


def test_profile_from_environment(tmp_path: Path) -> None:
    """AIPLANE_PROFILE selects the profile when no argument does."""
    path = write_config(tmp_path, full_profile() + f"[OTHER]\nuser={OTHER_USER}\n")
    assert load_config(path, environ={"AIPLANE_PROFILE": "OTHER"}).user == OTHER_USER


def test_profile_argument_beats_environment(tmp_path: Path) -> None:
    """The profile argument wins over AIPLANE_PROFILE."""
    path = write_config(tmp_path, full_profile() + f"[OTHER]\nuser={OTHER_USER}\n")
    config = load_config(path, "DEFAULT", environ={"AIPLANE_PROFILE": "OTHER"})
    assert config.user == USER


# --------------------------------------------------------------------------- bad configurations


def test_unknown_profile_raises(tmp_path: Path) -> None:
    """An unknown profile is a ConfigError naming 'profile' and the file."""
    path = write_config(tmp_path, full_profile())
    with pytest.raises(ConfigError) as info:
        load_config(path, "NOPE", environ={})
    assert_names(info.value, "profile", path)


def test_profile_without_any_file_raises(tmp_path: Path) -> None:
    """Asking for a profile when no config file exists is a ConfigError naming 'profile'."""
    with pytest.raises(ConfigError) as info:
        load_config(environ={"HOME": str(tmp_path), "AIPLANE_PROFILE": "PROD"})
    assert_names(info.value, "profile", tmp_path / ".oci" / "config")


def test_missing_explicit_file_raises(tmp_path: Path) -> None:
    """A named config file that does not exist is a ConfigError naming it."""
    with pytest.raises(ConfigError, match="does not exist") as info:
        load_config(tmp_path / "missing", environ={})
    assert str(tmp_path / "missing") in str(info.value)


def test_malformed_file_raises(tmp_path: Path) -> None:
    """A file that is not INI is a ConfigError naming the file, not a configparser error."""
    path = write_config(tmp_path, "user=no-section-header\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert str(path) in str(info.value)


def test_missing_key_file_raises(tmp_path: Path) -> None:
    """A key_file that does not exist is a ConfigError naming 'key_file' and the config file."""
    path = write_config(tmp_path, full_profile(key_file=tmp_path / "absent.pem"))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, "key_file", path)


def test_unreadable_key_file_raises(tmp_path: Path) -> None:
    """A key_file that cannot be read (a directory) is a ConfigError naming 'key_file'."""
    path = write_config(tmp_path, full_profile(key_file=tmp_path))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, "key_file", path)


def test_wrong_pass_phrase_raises(tmp_path: Path) -> None:
    """A wrong pass_phrase is a ConfigError naming 'pass_phrase' and the file."""
    path = write_config(tmp_path, full_profile(ENCRYPTED_KEY_FILE, "pass_phrase=wrong-one\n"))
    with pytest.raises(ConfigError) as info:
        OCISigner.from_config(load_config(path, environ={}))
    assert_names(info.value, "pass_phrase", path)


def test_encrypted_key_without_pass_phrase_raises(tmp_path: Path) -> None:
    """An encrypted key with no pass_phrase is a ConfigError naming 'pass_phrase'."""
    path = write_config(tmp_path, full_profile(ENCRYPTED_KEY_FILE))
    with pytest.raises(ConfigError) as info:
        OCISigner.from_config(load_config(path, environ={}))
    assert_names(info.value, "pass_phrase", path)


def test_public_key_as_key_file_raises(tmp_path: Path) -> None:
    """A public key given as key_file is a ConfigError naming 'key_file'."""
    path = write_config(tmp_path, full_profile(PUBLIC_KEY_FILE))
    with pytest.raises(ConfigError, match="public key") as info:
        OCISigner.from_config(load_config(path, environ={}))
    assert_names(info.value, "key_file", path)


def test_garbage_key_file_raises(tmp_path: Path) -> None:
    """A key_file that is not PEM at all is a ConfigError naming 'key_file'."""
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a key\n")
    path = write_config(tmp_path, full_profile(garbage))
    with pytest.raises(ConfigError) as info:
        OCISigner.from_config(load_config(path, environ={}))
    assert_names(info.value, "key_file", path)


def test_bad_fingerprint_raises(tmp_path: Path) -> None:
    """A malformed fingerprint is a ConfigError naming 'fingerprint' and the file."""
    path = write_config(tmp_path, full_profile().replace(FINGERPRINT, FINGERPRINT.upper()))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, "fingerprint", path)


def test_bad_fingerprint_from_environment_names_variable(tmp_path: Path) -> None:
    """A bad value from the environment names the variable it came from."""
    path = write_config(tmp_path, full_profile())
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={"AIPLANE_FINGERPRINT": "aa:bb"})
    assert_names(info.value, "fingerprint", "AIPLANE_FINGERPRINT")


def test_malformed_tenancy_raises(tmp_path: Path) -> None:
    """A tenancy that is not an OCID is a ConfigError naming 'tenancy'."""
    path = write_config(tmp_path, full_profile().replace(TENANCY, "tenancy/with/slashes"))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, "tenancy", path)


@pytest.mark.parametrize("missing", ["user", "tenancy", "fingerprint", "key_file"])
def test_missing_required_field_raises(tmp_path: Path, missing: str) -> None:
    """Signing with an incomplete config names the missing field and the file."""
    text = "\n".join(
        line for line in full_profile().splitlines() if not line.startswith(missing + "=")
    )
    path = write_config(tmp_path, text + "\n")
    with pytest.raises(ConfigError, match="missing") as info:
        OCISigner.from_config(load_config(path, environ={}))
    assert_names(info.value, missing, path)


def test_bad_url_raises(tmp_path: Path) -> None:
    """A management_url that is not http(s) is a ConfigError naming the field."""
    with pytest.raises(ConfigError) as info:
        load_config(environ={"AIPLANE_MANAGEMENT_URL": "ftp://example.com"})
    assert_names(info.value, "management_url", "AIPLANE_MANAGEMENT_URL")


def test_missing_security_token_file_raises(tmp_path: Path) -> None:
    """A security_token_file that does not exist names 'security_token_file'."""
    path = write_config(tmp_path, full_profile(extra=f"security_token_file={tmp_path / 'x'}\n"))
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert_names(info.value, "security_token_file", path)


# --------------------------------------------------------------------------- signer from config


def test_signer_from_config_uses_api_key_id(tmp_path: Path) -> None:
    """OCISigner.from_config(config) builds a signer keyed tenancy/user/fingerprint."""
    path = write_config(tmp_path, full_profile())
    signer = OCISigner.from_config(load_config(path, environ={}))
    assert signer.key_id == f"{TENANCY}/{USER}/{FINGERPRINT}"


def test_signer_from_config_classmethod(tmp_path: Path) -> None:
    """OCISigner.from_config(file, profile) loads the config and signs with it."""
    path = write_config(tmp_path, full_profile() + f"[OTHER]\nuser={OTHER_USER}\n")
    signer = OCISigner.from_config(path, "OTHER", environ={})
    assert signer.key_id == f"{TENANCY}/{OTHER_USER}/{FINGERPRINT}"


def test_signer_from_session_token_file(tmp_path: Path) -> None:
    """security_token_file makes the keyId ST$<token>."""
    token = tmp_path / "token"
    token.write_text("session-token-value\n")
    path = write_config(tmp_path, full_profile(extra=f"security_token_file={token}\n"))
    assert OCISigner.from_config(load_config(path, environ={})).key_id == "ST$session-token-value"


def test_inherited_pass_phrase_ignored_for_unencrypted_key(tmp_path: Path) -> None:
    """A pass_phrase (e.g. inherited from DEFAULT) does not break an unencrypted key."""
    path = write_config(tmp_path, full_profile(extra="pass_phrase=unused\n"))
    signer = OCISigner.from_config(load_config(path, environ={}))
    headers = httpx.Headers({"date": "Mon, 01 Jun 2026 12:00:00 GMT"})
    signer.sign_headers("GET", "https://h/x", headers)
    assert headers["authorization"].startswith('Signature algorithm="rsa-sha256"')


def test_key_file_tilde_expanded_with_environ_home(tmp_path: Path) -> None:
    """A key_file under ~ is expanded with the HOME of environ."""
    shutil.copy(KEY_FILE, tmp_path / "key.pem")
    path = write_config(tmp_path, full_profile(key_file=Path("~/key.pem")))
    config = load_config(path, environ={"HOME": str(tmp_path)})
    assert config.key_file == str(tmp_path / "key.pem")


# --------------------------------------------------------------------------- endpoints


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("us-chicago-1", "https://generativeai.us-chicago-1.oci.oraclecloud.com"),
        ("ord", "https://generativeai.us-chicago-1.oci.oraclecloud.com"),
        ("IAD", "https://generativeai.us-ashburn-1.oci.oraclecloud.com"),
        ("lhr", "https://generativeai.uk-london-1.oci.oraclecloud.com"),
        ("eu-frankfurt-2", "https://generativeai.eu-frankfurt-2.oci.oraclecloud.eu"),
        ("us-gov-ashburn-1", "https://generativeai.us-gov-ashburn-1.oci.oraclegovcloud.com"),
        ("uk-gov-london-1", "https://generativeai.uk-gov-london-1.oci.oraclegovcloud.uk"),
        ("xx-newregion-1", "https://generativeai.xx-newregion-1.oci.oraclecloud.com"),
        ("example.test", "https://generativeai.example.test"),
    ],
)
def test_management_endpoint_for_region(region: str, expected: str) -> None:
    """A region (short code, identifier or domain) derives the endpoint as OCI does."""
    assert management_endpoint_for_region(region) == expected


def test_data_endpoint_for_region() -> None:
    """The data plane lives at inference.generativeai.<region>."""
    assert (
        data_endpoint_for_region("phx")
        == "https://inference.generativeai.us-phoenix-1.oci.oraclecloud.com"
    )


def test_region_derives_both_urls() -> None:
    """With only a region, both URLs are derived from it."""
    config = load_config(environ={"AIPLANE_REGION": "ord"})
    assert config.management_url == "https://generativeai.us-chicago-1.oci.oraclecloud.com"
    assert config.data_url == "https://inference.generativeai.us-chicago-1.oci.oraclecloud.com"


def test_explicit_url_beats_region() -> None:
    """An explicit management_url wins over the region-derived one."""
    config = load_config(environ={"AIPLANE_REGION": "ord"}, management_url="http://127.0.0.1:9")
    assert config.management_url == "http://127.0.0.1:9"


@pytest.mark.parametrize(
    "given",
    ["http://127.0.0.1:8080/20231130", "http://127.0.0.1:8080/20231130/", "http://127.0.0.1:8080/"],
)
def test_management_url_version_suffix_stripped(given: str) -> None:
    """A trailing /20231130 (or slash) is removed: paths already carry the version."""
    assert load_config(environ={}, management_url=given).management_url == "http://127.0.0.1:8080"


def test_config_is_frozen() -> None:
    """Config is immutable."""
    config = Config(region="us-chicago-1")
    with pytest.raises(AttributeError):
        config.region = "x"  # type: ignore[misc]


def test_field_table_matches_config_and_keywords() -> None:
    """ENV_VARS (the field table), load_config's keywords and Config's settings are one list."""
    settings = [f.name for f in dataclasses.fields(Config)][: len(ENV_VARS)]
    assert list(ENV_VARS) == settings == list(ConfigFields.__annotations__)
    assert all(var == f"AIPLANE_{name.upper()}" for name, var in ENV_VARS.items())


def test_unknown_keyword_is_a_type_error() -> None:
    """load_config rejects a keyword that is not a field, as a Python signature would."""
    with pytest.raises(TypeError, match="unexpected keyword argument 'tenant'"):
        load_config(environ={}, tenant="x")  # type: ignore[call-arg]


def test_empty_argument_still_overrides(tmp_path: Path) -> None:
    """An argument given as '' is a value (only None means not given), so it is checked."""
    path = write_config(tmp_path, full_profile())
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={}, tenancy="")
    assert_names(info.value, "tenancy", "argument")


def test_config_imports_no_auth() -> None:
    """Config is plain data: aiplane.config imports no auth, signing, key or credentials module."""
    tree = ast.parse(Path(aiplane.config.__file__).read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
    assert imported <= {"_regions", "errors"}


def test_inherited_fields_are_recorded(tmp_path: Path) -> None:
    """Config.inherited names the fields a profile takes from [DEFAULT] (not set anywhere else)."""
    path = write_config(tmp_path, full_profile() + f"[OTHER]\nuser={OTHER_USER}\n")
    config = load_config(path, "OTHER", environ={"AIPLANE_REGION": "fra"})
    assert config.inherited == {"tenancy", "fingerprint", "key_file"}
    assert load_config(path, environ={}).inherited == frozenset()
