"""load_config: OCI config files, AIPLANE_* environment, explicit arguments, clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiplane import errors, load_config
from aiplane.auth import fingerprint_of
from aiplane.config import management_endpoint_for_region
from tests.conftest import DATA, TEST_API_KEY, TEST_PASSPHRASE

FP = fingerprint_of((DATA / "test_rsa_key_public.pem").read_bytes())
NO_ENV: dict[str, str] = {}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config"
    path.write_text(text)
    return path


def full_profile(**extra: str) -> str:
    lines = [
        "[DEFAULT]",
        "tenancy=ocid1.tenancy.oc1..aaaa",
        "region=us-chicago-1",
        "",
        "[DEV]",
        "user=ocid1.user.oc1..bbbb",
        f"fingerprint={FP}",
        f"key_file={DATA / 'test_rsa_key.pem'}",
    ]
    return "\n".join(lines + [f"{k}={v}" for k, v in extra.items()]) + "\n"


def test_profile_inherits_default(tmp_path: Path) -> None:
    """A named profile gets DEFAULT's values (OCI semantics)."""
    cfg = load_config(write(tmp_path, full_profile()), "DEV", environ=NO_ENV)
    assert (cfg.tenancy, cfg.user, cfg.profile) == (
        "ocid1.tenancy.oc1..aaaa",
        "ocid1.user.oc1..bbbb",
        "DEV",
    )


def test_region_derives_endpoints(tmp_path: Path) -> None:
    """A region gives OCI's management endpoint (no /20231130: paths carry it)."""
    cfg = load_config(write(tmp_path, full_profile()), "DEV", environ=NO_ENV)
    assert cfg.management_url == "https://generativeai.us-chicago-1.oci.oraclecloud.com"
    assert cfg.data_url is not None and "us-chicago-1" in cfg.data_url


def test_region_short_code_resolves() -> None:
    """Short region codes resolve like OCI's (ord -> us-chicago-1)."""
    assert (
        management_endpoint_for_region("ord")
        == "https://generativeai.us-chicago-1.oci.oraclecloud.com"
    )


def test_precedence_file_env_argument(tmp_path: Path) -> None:
    """Environment variables beat the file; keyword arguments beat both."""
    path = write(tmp_path, full_profile())
    env = {"AIPLANE_MANAGEMENT_URL": "http://env.test", "AIPLANE_API_KEY": TEST_API_KEY}
    cfg = load_config(path, "DEV", environ=env)
    assert cfg.management_url == "http://env.test" and cfg.api_key == TEST_API_KEY
    cfg = load_config(path, "DEV", environ=env, management_url="http://arg.test")
    assert cfg.management_url == "http://arg.test"


def test_env_names_the_file_and_profile(tmp_path: Path) -> None:
    """AIPLANE_CONFIG_FILE and AIPLANE_PROFILE select the file and profile."""
    path = write(tmp_path, full_profile())
    cfg = load_config(environ={"AIPLANE_CONFIG_FILE": str(path), "AIPLANE_PROFILE": "DEV"})
    assert cfg.user == "ocid1.user.oc1..bbbb" and cfg.file == str(path)


def test_url_with_version_suffix_is_stripped(tmp_path: Path) -> None:
    """A management URL ending in /20231130 (OCI's service_endpoint form) is normalised."""
    cfg = load_config(environ={}, management_url="http://h.test:8080/20231130")
    assert cfg.management_url == "http://h.test:8080"


@pytest.mark.parametrize(
    ("text", "profile", "field"),
    [
        (full_profile(), "NOPE", "profile"),
        (full_profile().replace(f"fingerprint={FP}", "fingerprint=zz:top"), "DEV", "fingerprint"),
        (
            full_profile().replace(str(DATA / "test_rsa_key.pem"), "/nonexistent/key.pem"),
            "DEV",
            "key_file",
        ),
        ("[DEFAULT]\nregion=us-chicago-1\n[DEV]\nuser=ocid1.user.oc1..b\n", "DEV", "key_file"),
    ],
)
def test_bad_config_names_field_and_file(
    tmp_path: Path, text: str, profile: str, field: str
) -> None:
    """Unknown profiles, bad fingerprints, missing key files and incomplete profiles raise
    ConfigError naming the field and the file, never KeyError."""
    path = write(tmp_path, text)
    with pytest.raises(errors.ConfigError) as info:
        load_config(path, profile, environ=NO_ENV).signer()
    assert info.value.field == field
    assert info.value.file == str(path) and str(path) in str(info.value)


def test_wrong_passphrase_names_the_field(tmp_path: Path) -> None:
    """A passphrase that does not decrypt the key is a ConfigError on pass_phrase."""
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key((DATA / "test_rsa_key.pem").read_bytes(), None)
    enc = tmp_path / "enc.pem"
    enc.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(TEST_PASSPHRASE.encode()),
        )
    )
    text = full_profile().replace(str(DATA / "test_rsa_key.pem"), str(enc)) + "pass_phrase=nope\n"
    with pytest.raises(errors.ConfigError) as info:
        load_config(write(tmp_path, text), "DEV", environ=NO_ENV).signer()
    assert info.value.field == "pass_phrase" and "nope" not in str(info.value)


def test_unreadable_key_file(tmp_path: Path) -> None:
    """A key file that is not a key is a ConfigError naming key_file."""
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    text = full_profile().replace(str(DATA / "test_rsa_key.pem"), str(junk))
    with pytest.raises(errors.ConfigError, match="key_file"):
        load_config(write(tmp_path, text), "DEV", environ=NO_ENV).signer()


def test_missing_named_file_is_an_error(tmp_path: Path) -> None:
    """A config file named explicitly but absent is a ConfigError."""
    with pytest.raises(errors.ConfigError):
        load_config(tmp_path / "absent", environ=NO_ENV)


def test_config_repr_masks_secrets(tmp_path: Path) -> None:
    """repr(Config) masks pass_phrase, api_key and bearer_token."""
    cfg = load_config(
        write(tmp_path, full_profile(pass_phrase=TEST_PASSPHRASE)),
        "DEV",
        environ={"AIPLANE_API_KEY": TEST_API_KEY},
    )
    text = repr(cfg)
    assert TEST_PASSPHRASE not in text and TEST_API_KEY not in text and "***" in text


def test_signer_from_config(tmp_path: Path) -> None:
    """Config.signer() builds an OCISigner whose keyId is tenancy/user/fingerprint."""
    signer: Any = load_config(write(tmp_path, full_profile()), "DEV", environ=NO_ENV).signer()
    assert "ocid1.user.oc1..bbbb" in repr(signer)
