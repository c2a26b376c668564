"""The project's own news excerpts (tests/graph/extract/news/), scored against their gold files.

Ten short agency-style reports written for the project, each with a hand-written gold file in the
founding article's format, stand in for unseen news. Each excerpt is extracted alone (its own in-memory
store, as `stancegraph extract NAME.txt` does) and scored by api/evaluation/gold.py; the figures are
summed over the excerpts of a half (micro precision, recall and F1) together with the gold actors
resolved to exactly one node of the right kind. The half of each excerpt is the `half` field of its
meta file, fixed before any scoring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.evaluation import gold as gold_scoring
from graph.readers import Skipped, read_paths
from graph.records import Document

NEWS = Path(__file__).resolve().parents[2] / "tests" / "graph" / "extract" / "news"
HALVES = ("dev", "held-out", "all")
Export = Callable[[Iterable[Document | Skipped]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Excerpt:
    """One news excerpt: its name, its half and its gold figures."""

    name: str
    half: str
    score: gold_scoring.GoldScore


@dataclass(frozen=True)
class NewsFigures:
    """Micro figures of a set of excerpts."""

    excerpts: int
    precision: float
    recall: float
    f1: float
    actors_ok: int
    actors: int

    def line(self) -> str:
        return (
            f"news: excerpts {self.excerpts} | precision {self.precision:.2f} recall {self.recall:.2f} "
            f"f1 {self.f1:.2f} | actors resolved {self.actors_ok}/{self.actors}"
        )


def sum_figures(scores: list[gold_scoring.GoldScore]) -> NewsFigures:
    """Micro precision, recall and F1: the counts of every excerpt summed before dividing."""
    tp = sum(s.true_positives for s in scores)
    counted = sum(s.counted for s in scores)
    found = sum(s.found for s in scores)
    core = sum(s.core for s in scores)
    precision = tp / counted if counted else 0.0
    recall = found / core if core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return NewsFigures(
        excerpts=len(scores),
        precision=precision,
        recall=recall,
        f1=f1,
        actors_ok=sum(1 for s in scores for row in s.actors if row[3]),
        actors=sum(len(s.actors) for s in scores),
    )


def score_excerpts(export: Export, folder: Path = NEWS) -> list[Excerpt]:
    """Every excerpt of `folder` extracted alone and scored against its gold file, in name order."""
    excerpts = []
    for text in sorted(folder.glob("*.txt")):
        meta = json.loads(text.with_name(text.stem + ".meta.json").read_text(encoding="utf-8"))
        gold = gold_scoring.load_gold(text.with_name(text.stem + ".gold.yaml"))
        records = export(read_paths([text]))
        excerpts.append(Excerpt(text.stem, str(meta.get("half", "dev")), gold_scoring.score(gold, records)))
    return excerpts


def report(excerpts: list[Excerpt], *, misses: bool = False) -> list[str]:
    """One line per half (DEV, HELD-OUT, all); with `misses`, each DEV excerpt's table first."""
    lines = []
    if misses:
        for e in excerpts:
            if e.half == "dev":
                lines += [f"-- {e.name}", *e.score.table(), *_actor_misses(e.score), e.score.line()]
    for half in HALVES:
        chosen = [e.score for e in excerpts if half == "all" or e.half == half]
        lines.append(f"{half:8} {sum_figures(chosen).line()}")
    return lines


def _actor_misses(score: gold_scoring.GoldScore) -> list[str]:
    rows = [f"ACTOR {label}: {n} node(s), kinds {kinds}" for label, n, kinds, ok in score.actors if not ok]
    return rows + [f"NOT-AN-ACTOR became an actor: {n}" for n in score.bad_actors]
