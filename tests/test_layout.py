"""`import aiplane` stays cheap (import cycles and sizes: tests/test_structure.py)."""

from __future__ import annotations

import subprocess
import sys


def test_import_is_lazy_about_cryptography() -> None:
    """`import aiplane` loads no cryptography; the lazy exports still resolve."""
    code = (
        "import sys, aiplane\n"
        "assert 'cryptography' not in sys.modules\n"
        "aiplane.APIKeyAuth, aiplane.BearerAuth, aiplane.Config, aiplane.load_config\n"
        "assert 'cryptography' not in sys.modules\n"
        "from aiplane.signing import OCISigner, fingerprint_of\n"
        "assert aiplane.OCISigner is OCISigner and aiplane.fingerprint_of is fingerprint_of\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
