"""Regenerate generated/aiplane_management and generated/aiplane_data from openapi/*.yaml.

Each package is generated into a fresh temporary directory; only when every package
generated without a warning are the old directories replaced, so a failed run never
leaves a half-written package behind. ``--out DIR`` writes the result to DIR instead
(the drift check uses it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import descriptors
import methods
import model_support
import resources

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "aiplane_management": ROOT / "openapi" / "management.yaml",
    "aiplane_data": ROOT / "openapi" / "data.yaml",
}
CONFIG = ROOT / "generator-config.yaml"


def generate_into(dest: Path, packages: dict[str, Path] = PACKAGES) -> None:
    """Generate every package into ``dest/<package>``; raise CalledProcessError on failure."""
    env = dict(os.environ)
    # The post hooks call `ruff`: use the pinned one next to this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    model_support.check_generator_version()
    for package, spec in packages.items():
        out = dest / package
        with tempfile.TemporaryDirectory(prefix="aiplane-templates-") as templates:
            _run_generator(spec, out, model_support.template_dir(spec, Path(templates)), env)
        # PEP 561 marker: the generator does not write one with --meta none.
        (out / "py.typed").write_text("")
        # The models' from_dict imports the JSON type checks from here (an exact copy).
        model_support.install_checks(out)
        descriptors.write(spec, package, out)
        _tidy(out / "_descriptors.py", env)
        methods.write(spec, package, out)
        _tidy(out / "_methods.py", env)
        resources.write(spec, package, out)
        if (out / "resources.py").exists():
            _tidy(out / "resources.py", env)


def _run_generator(spec: Path, out: Path, templates: Path, env: dict[str, str]) -> None:
    """One generator run: our settings, our model template (tools/model_support.py says why)."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    subprocess.run(  # noqa: S603 - fixed argv, no shell
        [
            str(generator),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--custom-template-path",
            str(templates),
            "--output-path",
            str(out),
            "--fail-on-warning",
            "--overwrite",
        ],
        check=True,
        env=env,
        cwd=out.parent,
    )


def _tidy(file: Path, env: dict[str, str]) -> None:
    """Format a module we wrote the way the generator's post hooks format its own."""
    ruff = Path(sys.executable).parent / "ruff"
    for args in (
        ["check", "--isolated", "--select", "F,I,UP", "--fix", "--no-cache", "-q"],
        ["format", "--isolated", "--no-cache", "-q"],
    ):
        subprocess.run([str(ruff), *args, str(file)], check=True, env=env)  # noqa: S603


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="write here instead of generated/")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aiplane-gen-") as tmp:
        staging = Path(tmp)
        try:
            generate_into(staging)
        except (subprocess.CalledProcessError, descriptors.DescriptorError) as exc:
            print(f"generation failed ({exc}); generated/ left untouched", file=sys.stderr)
            return 1
        target_root = args.out if args.out is not None else ROOT / "generated"
        target_root.mkdir(parents=True, exist_ok=True)
        for package in PACKAGES:
            target = target_root / package
            old = target_root / f".{package}.old"
            if old.exists():
                shutil.rmtree(old)
            if target.exists():
                target.rename(old)
            shutil.move(str(staging / package), str(target))
            if old.exists():
                shutil.rmtree(old)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
