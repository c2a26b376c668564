"""The founding article through `stancegraph extract` and the project's scorer."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, require_shared


def test_extract_of_the_seed_article_gets_a_score_line(tmp_path: Path) -> None:
    article = require_shared("corpus", "putin-concedes-little.txt")
    scorer = require_shared("eval", "score_stances.py")
    gold = require_shared("corpus", "putin-concedes-little.gold.yaml")
    out = tmp_path / "out.jsonl"
    with out.open("w") as fh:
        done = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", "extract", str(article),
                               "--format", "jsonl"], stdout=fh, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    scored = subprocess.run([sys.executable, str(scorer), str(gold), str(out)], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stderr
    assert scored.stdout.splitlines()[-1].startswith("score: precision")
