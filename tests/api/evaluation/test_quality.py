"""The quality figures: the project's scorers agree with the reference scorers, and the targets hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from api.evaluation import gold as gold_scoring
from api.evaluation import plover as plover_score
from api.evaluation.quality import export_records
from graph.readers import parse_date
from graph.records import Document
from tests.conftest import ROOT, require_shared

CLI = [sys.executable, "-c", "from api.cli import main; main()"]


@pytest.fixture(scope="module")
def seed_export(extractor, tmp_path_factory):
    """The founding article through `stancegraph extract` (the store and SPARQL export path)."""
    article = require_shared("corpus", "putin-concedes-little.txt")
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    with out.open("w") as fh:
        done = subprocess.run(
            [*CLI, "extract", str(article)],
            stdout=fh,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    return out


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.slow
def test_gold_scoring_agrees_with_the_reference_scorer(seed_export):
    scorer = require_shared("eval", "score_stances.py")
    gold_file = require_shared("corpus", "putin-concedes-little.gold.yaml")
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold_file), str(seed_export), "--json"],
        capture_output=True,
        text=True,
    )
    reference = json.loads(done.stdout.splitlines()[0])
    ours = gold_scoring.score(gold_scoring.load_gold(gold_file), _records(seed_export))
    assert (ours.precision, ours.recall, ours.f1) == (
        reference["precision"],
        reference["recall"],
        reference["f1"],
    )
    assert [list(ours.attribution), list(ours.concession), list(ours.contradictions)] == [
        reference["attribution"],
        reference["concession"],
        reference["contradictions"],
    ]


@pytest.mark.slow
def test_founding_article_meets_the_targets(seed_export):
    gold_file = require_shared("corpus", "putin-concedes-little.gold.yaml")
    result = gold_scoring.score(gold_scoring.load_gold(gold_file), _records(seed_export))
    assert result.precision >= 0.8 and result.recall >= 0.8, result.line()
    ok, asked = result.attribution
    assert asked and ok / asked >= 0.8, result.line()
    framed = [g["id"] for g in result.facts if g.get("concession") == "FramedConcession"]
    assert len(framed) == 3 and result.concession[0] == result.concession[1], result.line()
    assert result.contradictions == (1, 1), result.line()


@pytest.mark.slow
def test_plover_scoring_agrees_with_the_reference_and_meets_the_targets(extractor, tmp_path):
    gold_file = require_shared("dev", "plover_gsr_dev.json")
    scorer = require_shared("eval", "score_plover.py")
    gold = plover_score.load_records(gold_file)
    documents = [Document(id=r["id"], text=r["text"], date=parse_date(r.get("date"))) for r in gold]
    records = export_records(extractor, documents)
    predicted = tmp_path / "p.jsonl"
    predicted.write_text("".join(json.dumps(r) + "\n" for r in records))
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold_file), str(predicted)], capture_output=True, text=True
    )
    ours = plover_score.score(gold, records)
    assert done.stdout.splitlines()[-1] == ours.line()
    assert ours.type_source >= 0.7 and ours.precision >= 0.7, ours.line()


def test_quality_without_the_shared_folder_says_so(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "api.evaluation", "--shared", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0
    assert "skipped" in done.stdout and str(tmp_path) in done.stdout


def test_a_file_that_is_not_a_gold_file_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: text\n")
    with pytest.raises(gold_scoring.InputError, match="not a gold file"):
        gold_scoring.load_gold(bad)
