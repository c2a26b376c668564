"""The news section of `make quality`: the project's own excerpts are scored per half and summed."""

from __future__ import annotations

import json

from api.evaluation import gold as gold_scoring
from api.evaluation import news as news_scoring
from api.evaluation.quality import export_records, main


def test_every_excerpt_has_its_text_meta_and_gold_and_a_half():
    texts = sorted(news_scoring.NEWS.glob("*.txt"))
    assert len(texts) == 10
    halves = [json.loads(t.with_name(t.stem + ".meta.json").read_text())["half"] for t in texts]
    assert sorted(halves) == ["dev"] * 5 + ["held-out"] * 5
    for text in texts:
        gold = gold_scoring.load_gold(text.with_name(text.stem + ".gold.yaml"))
        assert gold["document"] == text.stem
        assert 200 <= len(text.read_text().split()) <= 400


def test_micro_figures_sum_the_counts_before_dividing():
    def scored(tp: int, counted: int, found: int, core: int) -> gold_scoring.GoldScore:
        return gold_scoring.GoldScore(
            precision=0, recall=0, f1=0, attribution=(0, 0), concession=(0, 0), contradictions=(0, 0),
            actors=[("A", 1, ["Person"], True), ("B", 2, ["State"], False)], bad_actors=[], matched_by={},
            facts=[], true_positives=tp, counted=counted, found=found, core=core,
        )

    figures = news_scoring.sum_figures([scored(3, 4, 2, 4), scored(1, 4, 2, 6)])
    assert (figures.precision, figures.recall) == (0.5, 0.4)
    assert (figures.actors_ok, figures.actors) == (2, 4)


def test_the_section_reports_each_half(extractor):
    excerpts = news_scoring.score_excerpts(lambda documents: export_records(extractor, documents))
    lines = news_scoring.report(excerpts, misses=True)
    halves = [line.split()[0] for line in lines if " news: excerpts " in line]
    assert halves == ["dev", "held-out", "all"]
    assert lines[-1].startswith("all      news: excerpts 10 |")
    dev_tables = [line for line in lines if line.startswith("-- ")]
    assert len(dev_tables) == 5  # the misses of the DEV half only


def test_quality_runs_the_news_section_alone(capsys):
    assert main(["--only", "news"]) == 0
    out = capsys.readouterr().out
    assert "== news excerpts" in out and "held-out news: excerpts 5" in out
