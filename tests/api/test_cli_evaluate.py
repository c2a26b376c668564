"""`stancegraph eval GOLD.yaml ARTICLE`: the same figures as the reference scorer, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_shared

CLI = [sys.executable, "-c", "from api.cli import main; main()"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.mark.slow
def test_eval_prints_the_reference_scorers_closing_line(tmp_path: Path) -> None:
    gold = require_shared("corpus", "putin-concedes-little.gold.yaml")
    article = require_shared("corpus", "putin-concedes-little.txt")
    scorer = require_shared("eval", "score_stances.py")
    done = run("eval", str(gold), str(article))
    assert done.returncode == 0, done.stderr
    ours = done.stdout.splitlines()[-1]
    exported = tmp_path / "s.jsonl"
    exported.write_text(run("extract", str(article)).stdout)
    reference = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(exported)], capture_output=True, text=True
    ).stdout.splitlines()[-1]
    assert ours == reference
    assert ours.startswith("score: precision")


def test_eval_refuses_a_file_that_is_not_a_gold_file(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text("- a list, not a gold file\n")
    (tmp_path / "a.txt").write_text("Chile rejected the plan.")
    done = run("eval", str(tmp_path / "gold.yaml"), str(tmp_path / "a.txt"))
    assert done.returncode == 1
    assert "not a gold file" in done.stderr and "Traceback" not in done.stderr


def test_eval_with_an_unreadable_article_fails_with_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("stances:\n  - {id: G1, holder: [Chile], type: [Reject]}\n")
    done = run("eval", str(gold), str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert "no document could be read" in done.stderr and "Traceback" not in done.stderr
