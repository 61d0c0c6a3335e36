"""Module structure of the runtime: no import cycles, and `import aiplane` stays cheap."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import aiplane

RUNTIME = Path(aiplane.__file__).parent


def runtime_imports() -> dict[str, set[str]]:
    """Module -> runtime modules it imports anywhere (top level, TYPE_CHECKING, functions)."""
    modules = {path.stem for path in RUNTIME.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in RUNTIME.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names = [node.module] if node.module else [a.name for a in node.names]
                found.update(name.split(".")[0] for name in names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("aiplane."):
                found.add((node.module or "").split(".")[1])
        graph[path.stem] = (found & modules) - {path.stem}
    return graph


def test_no_import_cycle() -> None:
    """Every runtime module can be ordered below the modules that import it."""
    graph = runtime_imports()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' -> '.join((*path, module))}"
        if module not in done:
            for dependency in sorted(graph[module]):
                visit(dependency, (*path, module))
            done.add(module)

    for module in sorted(graph):
        visit(module, ())


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
