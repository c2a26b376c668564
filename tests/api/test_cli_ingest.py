"""`stancegraph ingest` closes with a non-zero exit and one clear line when it stored nothing."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import api.cli.core  # noqa: F401  (registers the ingest command)
from api.cli.base import app


def ingest(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr


def test_ingest_exits_non_zero_when_every_input_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": "a1", "text": 42}) + "\n")
    code, err = ingest(str(tmp_path), "--store", str(tmp_path / "store"))
    assert code == 1
    assert "skipped: 2" in err
    assert "'text' must be a string, got a number (42)" in err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert lines == ["error: nothing was ingested: every input was skipped (2, reasons above)"]
    assert "Traceback" not in err


def test_ingest_of_a_folder_without_articles_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not an article")
    code, err = ingest(str(tmp_path), "--store", str(tmp_path / "store"))
    assert code == 1
    assert err.strip().splitlines()[-1] == "error: nothing was ingested: no .txt, .html or .jsonl article was found"
