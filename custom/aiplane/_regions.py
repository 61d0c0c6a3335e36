"""OCI regions and endpoints: short codes (``ord``), the realm domain that makes each region's
endpoints, and the one check of an endpoint URL (:func:`normalize_url`, used by the config and
by the client)."""

from __future__ import annotations

import re

import httpx

from .errors import ConfigError

__all__ = [
    "data_endpoint_for_region",
    "is_valid_region",
    "management_endpoint_for_region",
    "normalize_url",
    "resolve_region",
    "strip_api_version",
]

API_VERSION_PATH = "/20231130"

_REGION_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$|^[a-z0-9-]+(\.[a-z0-9-]+)+$")
_HOST_RE = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$")

# Region short codes (the commonly used ones; OCI's full table is in oci/regions_definitions.py).
_SHORT_NAMES: dict[str, str] = {
    "ord": "us-chicago-1",
    "iad": "us-ashburn-1",
    "phx": "us-phoenix-1",
    "sjc": "us-sanjose-1",
    "yyz": "ca-toronto-1",
    "yul": "ca-montreal-1",
    "gru": "sa-saopaulo-1",
    "vcp": "sa-vinhedo-1",
    "scl": "sa-santiago-1",
    "qro": "mx-queretaro-1",
    "mty": "mx-monterrey-1",
    "fra": "eu-frankfurt-1",
    "ams": "eu-amsterdam-1",
    "zrh": "eu-zurich-1",
    "lhr": "uk-london-1",
    "cwl": "uk-cardiff-1",
    "cdg": "eu-paris-1",
    "mrs": "eu-marseille-1",
    "lin": "eu-milan-1",
    "mad": "eu-madrid-1",
    "arn": "eu-stockholm-1",
    "jed": "me-jeddah-1",
    "dxb": "me-dubai-1",
    "auh": "me-abudhabi-1",
    "ruh": "me-riyadh-1",
    "mtz": "il-jerusalem-1",
    "jnb": "af-johannesburg-1",
    "bom": "ap-mumbai-1",
    "hyd": "ap-hyderabad-1",
    "sin": "ap-singapore-1",
    "nrt": "ap-tokyo-1",
    "kix": "ap-osaka-1",
    "icn": "ap-seoul-1",
    "yny": "ap-chuncheon-1",
    "syd": "ap-sydney-1",
    "mel": "ap-melbourne-1",
    "lfi": "us-langley-1",
    "luf": "us-luke-1",
    "ric": "us-gov-ashburn-1",
    "pia": "us-gov-chicago-1",
    "tus": "us-gov-phoenix-1",
    "ltn": "uk-gov-london-1",
    "brs": "uk-gov-cardiff-1",
    "str": "eu-frankfurt-2",
    "vll": "eu-madrid-2",
}
# Second-level domains of the non-commercial realms; any other region is in oc1 (oraclecloud.com).
_REALM_DOMAINS: dict[str, str] = {
    "us-langley-1": "oraclegovcloud.com",  # oc2
    "us-luke-1": "oraclegovcloud.com",
    "us-gov-ashburn-1": "oraclegovcloud.com",  # oc3
    "us-gov-chicago-1": "oraclegovcloud.com",
    "us-gov-phoenix-1": "oraclegovcloud.com",
    "uk-gov-london-1": "oraclegovcloud.uk",  # oc4
    "uk-gov-cardiff-1": "oraclegovcloud.uk",
    "eu-frankfurt-2": "oraclecloud.eu",  # oc19
    "eu-madrid-2": "oraclecloud.eu",
}
_OC1_DOMAIN = "oraclecloud.com"


def resolve_region(region: str) -> str:
    """Map a short code (``ord``) to its identifier (``us-chicago-1``); others pass as is."""
    region = region.strip().lower()
    return _SHORT_NAMES.get(region, region)


def _regional_endpoint(service: str, region: str) -> str:
    region = resolve_region(region)
    if "." in region:  # already a full domain, as in OCI
        return f"https://{service}.{region}"
    domain = _REALM_DOMAINS.get(region, _OC1_DOMAIN)
    return f"https://{service}.{region}.oci.{domain}"


def management_endpoint_for_region(region: str) -> str:
    """``https://generativeai.<region>.oci.<realm domain>`` (host root; paths add /20231130)."""
    return _regional_endpoint("generativeai", region)


def data_endpoint_for_region(region: str) -> str:
    """``https://inference.generativeai.<region>.oci.<realm domain>``."""
    return _regional_endpoint("inference.generativeai", region)


def is_valid_region(region: str) -> bool:
    """Whether ``region`` (already resolved) is a region identifier or a full domain."""
    return _REGION_RE.match(region) is not None


def strip_api_version(url: str) -> str:
    """``url`` (or a URL path) without trailing slashes and without a trailing ``/20231130``."""
    return url.rstrip("/").removesuffix(API_VERSION_PATH)


def normalize_url(value: object, field: str, source: str | None = None) -> str:
    """``value`` checked and normalized as an endpoint URL; else a ConfigError naming ``field``.

    An endpoint is ``http://`` or ``https://``, a host (and an optional port 1-65535, path),
    with no query, fragment or ``user:password@``; a trailing slash and ``/20231130`` are
    removed. ``load_config`` and the client both use this one check. No message contains the
    URL (it may hold credentials). ``source`` is where the value came from (for the message).
    """
    if not isinstance(value, str | httpx.URL):
        raise ConfigError(f"{field} must be a URL string", field=field, file=source)
    try:
        url = httpx.URL(str(value).strip())
        port = url.port
    except httpx.InvalidURL:
        raise ConfigError(f"{field} is not a valid URL", field=field, file=source) from None
    problem = _url_problem(url, port)
    if problem:
        raise ConfigError(f"{field} {problem}", field=field, file=source)
    path = strip_api_version(url.path)
    return str(url.copy_with(path=path or "/")).rstrip("/")


def _url_problem(url: httpx.URL, port: int | None) -> str | None:
    """What is wrong with ``url`` as an endpoint (never quoting it), or None."""
    if url.scheme not in ("http", "https"):
        return "must be an http:// or https:// URL (like https://host:port)"
    if url.userinfo:
        return "must not contain credentials (user:password@): pass them as auth"
    if not url.host:
        return "has no host"
    if not _HOST_RE.match(url.raw_host.decode("ascii", "replace")):
        return "has a malformed host"
    if port is not None and not 0 < port < 65536:
        return "has a port outside 1-65535"
    if url.query or url.fragment:
        return "must not have a query or a fragment"
    return None
