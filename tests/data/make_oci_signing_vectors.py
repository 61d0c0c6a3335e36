"""Generate oci_signing_vectors.json with the real ``oci`` SDK's signer.

Run by hand in a scratch virtualenv that has the SDK (the test suite never runs this)::

    python3 -m venv /tmp/ocivenv2 && /tmp/ocivenv2/bin/pip install oci==2.189.0
    /tmp/ocivenv2/bin/python tests/data/make_oci_signing_vectors.py

Each vector records the request the SDK signed (method, already-encoded URL, headers including
a pinned ``date``, body) and every header on the request after ``oci.signer.Signer`` (or
``SecurityTokenSigner``) ran, plus the signing string. RSA PKCS#1 v1.5 is deterministic, so
aiplane's signer must reproduce the ``authorization`` header byte for byte.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KEY_FILE = HERE / "test_rsa_key.pem"
PUBLIC_KEY_FILE = HERE / "test_rsa_key_public.pem"
OUTPUT = HERE / "oci_signing_vectors.json"

TENANCY = "ocid1.tenancy.oc1..aaaaaaaatestvectortenancy"
USER = "ocid1.user.oc1..aaaaaaaatestvectoruser"
SECURITY_TOKEN = "eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiJ0ZXN0LXNlc3Npb24ifQ.c2lnbmF0dXJl"
DATE = email.utils.formatdate(1780315200, usegmt=True)  # pinned
BASE = "https://generativeai.us-chicago-1.oci.oraclecloud.com"
COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaacompartment"
CLUSTER = "ocid1.generativeaidedicatedaicluster.oc1.us-chicago-1.amaaaaaacluster"

CASES: list[dict[str, Any]] = [
    {
        "name": "get_with_query",
        "method": "GET",
        "url": f"{BASE}/20231130/dedicatedAiClusters?compartmentId={COMPARTMENT}&limit=1&page=MQ%3D%3D",
        "headers": {"date": DATE, "accept": "application/json", "opc-request-id": "req-1"},
        "body": None,
    },
    {
        "name": "head",
        "method": "HEAD",
        "url": f"{BASE}/20231130/models/ocid1.generativeaimodel.oc1.us-chicago-1.amaaaaaamodel",
        "headers": {"date": DATE},
        "body": None,
    },
    {
        "name": "delete",
        "method": "DELETE",
        "url": f"{BASE}/20231130/dedicatedAiClusters/{CLUSTER}",
        "headers": {"date": DATE, "if-match": "etag-123", "content-type": "application/json"},
        "body": None,
    },
    {
        "name": "post_json",
        "method": "POST",
        "url": f"{BASE}/20231130/dedicatedAiClusters",
        "headers": {
            "date": DATE,
            "content-type": "application/json",
            "accept": "application/json",
            "opc-retry-token": "abcdefghijklmnopqrstuvwxyz0123",
        },
        "body": json.dumps(
            {
                "compartmentId": COMPARTMENT,
                "displayName": "my cluster",
                "type": "HOSTING",
                "unitCount": 1,
                "unitShape": "LARGE_COHERE",
            }
        ),
    },
    {
        "name": "put_json",
        "method": "PUT",
        "url": f"{BASE}/20231130/dedicatedAiClusters/{CLUSTER}",
        "headers": {"date": DATE, "content-type": "application/json", "if-match": "etag-1"},
        "body": json.dumps({"displayName": "renamed", "freeformTags": {"team": "ai"}}),
    },
    {
        "name": "patch_json",
        "method": "PATCH",
        "url": f"{BASE}/20231130/endpoints/ocid1.generativeaiendpoint.oc1.us-chicago-1.amaaaaaaendpoint",
        "headers": {"date": DATE, "content-type": "application/json"},
        "body": json.dumps({"description": "x"}),
    },
    {
        "name": "post_empty_body",
        "method": "POST",
        "url": f"{BASE}/20231130/dedicatedAiClusters/{CLUSTER}/actions/start",
        "headers": {"date": DATE},
        "body": None,
    },
    {
        "name": "encoded_path_and_query",
        "method": "GET",
        "url": f"{BASE}/20231130/models/my%2Fmodel%20v1%3A2?displayName=a%20b%2Bc&sortBy=timeCreated",
        "headers": {"date": DATE},
        "body": None,
    },
    {
        "name": "loopback_with_port",
        "method": "POST",
        "url": "http://127.0.0.1:18080/20231130/dedicatedAiClusters/x/actions/changeCompartment",
        "headers": {"date": DATE, "content-type": "application/json"},
        "body": json.dumps({"compartmentId": COMPARTMENT}),
    },
    {
        "name": "session_token_get",
        "method": "GET",
        "url": f"{BASE}/20231130/workRequests?compartmentId={COMPARTMENT}",
        "headers": {"date": DATE},
        "body": None,
        "security_token": SECURITY_TOKEN,
    },
    {
        "name": "session_token_post",
        "method": "POST",
        "url": f"{BASE}/20231130/endpoints",
        "headers": {"date": DATE, "content-type": "application/json"},
        "body": json.dumps({"compartmentId": COMPARTMENT, "dedicatedAiClusterId": CLUSTER}),
        "security_token": SECURITY_TOKEN,
    },
]


def fingerprint(public_pem: bytes) -> str:
    """OCI's API-key fingerprint: MD5 of the DER SubjectPublicKeyInfo, colon hex."""
    body = b"".join(line for line in public_pem.splitlines() if not line.startswith(b"-----"))
    digest = hashlib.md5(base64.b64decode(body), usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def main() -> None:
    import oci  # type: ignore[import-untyped]
    from oci._vendor import requests  # type: ignore[import-untyped]
    from oci._vendor.httpsig_cffi.utils import (  # type: ignore[import-untyped]
        generate_message,
    )

    fp = fingerprint(PUBLIC_KEY_FILE.read_bytes())
    api_signer = oci.signer.Signer(TENANCY, USER, fp, str(KEY_FILE))
    private_key = oci.signer.load_private_key_from_file(str(KEY_FILE))
    vectors = []
    for case in CASES:
        token = case.get("security_token")
        signer = oci.auth.signers.SecurityTokenSigner(token, private_key) if token else api_signer
        prepared = requests.Request(
            case["method"], case["url"], headers=dict(case["headers"]), data=case["body"]
        ).prepare()
        assert prepared.url == case["url"], (prepared.url, case["url"])
        signer(prepared)
        sign_body = case["method"] in ("POST", "PUT", "PATCH")
        header_signer = signer._body_signer if sign_body else signer._basic_signer
        host = requests.compat.urlparse(prepared.url).netloc
        message = generate_message(
            header_signer.headers, prepared.headers, host, prepared.method, prepared.path_url
        )
        vectors.append(
            {
                **case,
                "expected_headers": {k.lower(): v for k, v in prepared.headers.items()},
                "expected_signing_string": message.decode("ascii"),
            }
        )
    document = {
        "generator": f"oci {oci.__version__} ({Path(__file__).name})",
        "key_file": KEY_FILE.name,
        "public_key_file": PUBLIC_KEY_FILE.name,
        "tenancy": TENANCY,
        "user": USER,
        "fingerprint": fp,
        "vectors": vectors,
    }
    OUTPUT.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {len(vectors)} vectors to {OUTPUT}")


if __name__ == "__main__":
    main()
