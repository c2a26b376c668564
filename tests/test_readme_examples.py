"""The README's exploring examples (its curl and `stancegraph` lines) answer on what `make run` loads:
each, run against the bundled examples, gives 200 (exit 0) and a non-empty answer."""
from __future__ import annotations

import gc
import json
import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from typer.testing import CliRunner

import api.cli.core  # noqa: F401  (registers the commands)
import api.cli.explore  # noqa: F401
from api.app import create_app
from api.cli.base import app as cli_app
from tests.conftest import ROOT, live_server

SECTION = "## Exploring"


def exploring_lines(prefix: str) -> list[str]:
    """The indented example lines starting with `prefix` in the README's exploring section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if re.match(rf"    {prefix}\b", line)]


CURL = exploring_lines("curl")
CLI = exploring_lines("stancegraph")


# what an answer is about, most specific first: a neighbourhood's edges, not its centre node
MAIN = ("paths", "edges", "rows", "stances", "contradictions", "actors")


def non_empty(value: Any) -> bool:
    """True when the JSON answer holds something: its main collection when it has one, else any value."""
    if isinstance(value, dict):
        main = next((key for key in MAIN if key in value), None)
        if main is not None:
            return non_empty(value[main])
        return any(non_empty(v) for v in value.values())
    if isinstance(value, list):
        return bool(value)
    return value not in (None, "", 0, False)


def test_the_readme_has_its_exploring_examples() -> None:
    assert len(CURL) >= 8 and len(CLI) >= 5


@pytest.fixture(scope="module")
def server(examples_store: Any) -> Any:
    """A real server on the examples store; yields its base URL."""
    with live_server(create_app(store=examples_store)) as base:
        yield base


@pytest.mark.parametrize("line", CURL)
def test_each_curl_example_answers_on_the_bundled_examples(line: str, server: str) -> None:
    url = next(arg for arg in shlex.split(line) if "localhost" in arg or arg.startswith("http"))
    parts = urlsplit(url if "://" in url else f"http://{url}")
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    response = httpx.get(server + target, timeout=60)
    assert response.status_code == 200, f"{line}: {response.status_code} {response.text[:300]}"
    assert non_empty(response.json()), f"{line}: empty answer {response.text[:300]}"


@pytest.mark.parametrize("line", CLI)
def test_each_command_line_example_answers_on_the_bundled_examples(line: str, examples_store_dir: Path) -> None:
    args = shlex.split(line)[1:]
    result = CliRunner().invoke(cli_app, [*args, "--store", str(examples_store_dir)])
    code, out, err = result.exit_code, result.stdout, result.stderr
    del result  # its traceback may hold the command's store: release it before the next command
    gc.collect()
    assert code == 0, f"{line}: exit {code}: {err[-300:]}"
    assert out.strip(), f"{line}: printed nothing"
    if "--format jsonl" in line or "--json" in line:
        assert all(json.loads(row) for row in out.splitlines())
