"""The tool configuration of pyproject.toml holds for the whole tree: ruff (lint, isort, bugbear) and mypy
(strict on graph/, queries/, api/), skipped with a reason where the dev tools are not installed; and the
store's library stays behind the store interface."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_ruff_finds_nothing() -> None:
    pytest.importorskip("ruff", reason="ruff is in the dev extra")
    done = run_tool("ruff", "check", "graph", "ontology", "api", "queries", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_finds_nothing() -> None:
    pytest.importorskip("mypy", reason="mypy is in the dev extra")
    done = run_tool("mypy", "graph", "queries", "api")
    assert done.returncode == 0, done.stdout + done.stderr


# the embedded backend, the store's terms and parsers, the SPARQL service's embedded fast path, and the
# benchmarks that measure that fast path against the library itself
PYOXIGRAPH_ALLOWED = ("graph/store/embedded.py", "graph/store/terms.py", "api/sparql/", "bench/sparql.py",
                      "bench/_bare_sparql.py")


def imports_of(path: Path) -> set[str]:
    """The top-level packages a module imports (at any depth of the module, functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_pyoxigraph_is_imported_only_behind_the_store_interface() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for folder in ("graph", "queries", "api", "ontology", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "pyoxigraph" in imports_of(path) and not str(path.relative_to(ROOT)).startswith(PYOXIGRAPH_ALLOWED)
    ]
    assert offenders == [], f"import the store's terms from graph.store.terms instead: {offenders}"
    assert "pyoxigraph" in imports_of(ROOT / "graph" / "store" / "embedded.py")  # the check sees imports


def _identity_comparisons(tree: ast.AST) -> list[tuple[int, str]]:
    """`a is b` / `a is not b` where neither side is a constant (None, True) or an enum member (Kind.X)."""
    def allowed(side: ast.expr) -> bool:
        return isinstance(side, ast.Constant) or (
            isinstance(side, ast.Attribute) and isinstance(side.value, ast.Name) and side.value.id[:1].isupper()
        )

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for k, op in enumerate(node.ops):
                if isinstance(op, (ast.Is, ast.IsNot)) and not (allowed(sides[k]) or allowed(sides[k + 1])):
                    found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_extractor_never_compares_tokens_by_identity() -> None:
    """spaCy makes a new Token object at every access (`doc[0] is doc[0]` is False), so `t.head is t` never
    holds and a walk that waits for it never stops where it should; tokens compare with == or by index."""
    offending = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted((ROOT / "graph" / "extract").rglob("*.py"))
        for line, text in _identity_comparisons(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offending == [], "\n".join(offending)
