"""`make demo`: start the mock server, run examples/quickstart.py against it, stop the mock.

A fresh RSA key pair is generated for the run; the mock trusts its public key and the
quickstart signs every request with the private key (OCI signatures on both planes).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from aiplane.signing import fingerprint_of

HERE = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="aiplane-demo-") as tmp:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        private = Path(tmp) / "demo_key.pem"
        public = Path(tmp) / "demo_key_public.pem"
        private.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        private.chmod(0o600)
        public.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        mock = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "aiplane-mock"),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--trusted-key",
                str(public),
                "--speed",
                "20",
                "--seed",
                "7",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert mock.stdout is not None
            line = mock.stdout.readline()
            if not line:
                print("the mock server did not start", file=sys.stderr)
                return 1
            urls = json.loads(line)
            print(f"mock server up: {urls['management_url']} and {urls['data_url']}\n", flush=True)
            env = {
                **os.environ,
                "HOME": tmp,  # no ~/.oci/config: everything comes from the variables below
                "AIPLANE_MANAGEMENT_URL": urls["management_url"],
                "AIPLANE_DATA_URL": urls["data_url"],
                "AIPLANE_TENANCY": "ocid1.tenancy.oc1..aaaaaaaademo",
                "AIPLANE_USER": "ocid1.user.oc1..aaaaaaaademo",
                "AIPLANE_FINGERPRINT": fingerprint_of(public.read_bytes()),
                "AIPLANE_KEY_FILE": str(private),
            }
            return subprocess.run(
                [sys.executable, str(HERE / "quickstart.py")], env=env, check=False, timeout=300
            ).returncode
        finally:
            mock.send_signal(signal.SIGTERM)
            try:
                mock.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mock.kill()


if __name__ == "__main__":
    raise SystemExit(main())
