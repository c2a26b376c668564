"""The tool configuration of pyproject.toml holds for the whole tree: ruff (lint, isort, bugbear) and mypy
(strict on graph/, queries/, api/). Skipped with a reason where the dev tools are not installed."""
from __future__ import annotations

import subprocess
import sys

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
