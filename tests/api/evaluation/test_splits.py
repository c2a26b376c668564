"""The DEV / HELD-OUT split of the development sets, and their figures from the shared scorers."""

from __future__ import annotations

import re

import pytest

from api.evaluation import splits as quality_splits
from api.evaluation.quality import export_records
from tests.conftest import require_shared


def test_checks_split_takes_the_first_two_cases_of_each_construction_for_dev():
    cases = [{"id": f"{k}{n}", "construction": k} for n in range(4) for k in ("a", "b")]
    halves = quality_splits.checks_split(cases)
    assert [c["id"] for c in halves["dev"]] == ["a0", "b0", "a1", "b1"]
    assert [c["id"] for c in halves["held-out"]] == ["a2", "b2", "a3", "b3"]
    assert halves["all"] == cases


def test_alternate_split_puts_even_indices_in_dev():
    halves = quality_splits.alternate_split(["r0", "r1", "r2", "r3", "r4"])
    assert halves == {"dev": ["r0", "r2", "r4"], "held-out": ["r1", "r3"], "all": ["r0", "r1", "r2", "r3", "r4"]}


def test_closing_line_is_the_scorers_summary():
    output = "FAIL v-1 ...\n0.50  1/2  x\nchecks: cases 2 | passed 1 (0.50) | constructions passed fully 0/1\n"
    assert quality_splits.ScoringRun.closing(output).startswith("checks: cases 2 |")


@pytest.mark.slow
def test_checks_figures_cover_both_halves_and_the_whole(extractor):
    shared = require_shared("dev", "checks.jsonl").parent.parent
    require_shared("eval", "score_checks.py")
    figures = quality_splits.checks_figures(lambda docs: export_records(extractor, docs), shared)
    counts = {h: int(re.search(r"cases (\d+)", line).group(1)) for h, line in figures.lines.items()}
    assert counts["dev"] + counts["held-out"] == counts["all"] > 0
    assert all(line.startswith("checks: ") for line in figures.lines.values())
    # failures shown are the DEV half's only
    dev_ids = {line.split()[1] for line in figures.failures}
    assert len(dev_ids) <= counts["dev"]
