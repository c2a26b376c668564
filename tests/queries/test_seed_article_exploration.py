"""Exploration of the founding article as the real extractor reads it (skipped without ../shared)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.projection import projection_of
from graph.store import GraphStore
from queries import named_queries
from queries.named import run_named_query
from queries.neighbourhood import neighbourhood
from queries.paths import find_paths
from tests.queries.built_graph import iri

pytestmark = pytest.mark.shared
NOT_YET = {
    "support-and-oppose": "the extractor does not yet give two actors opposite stances on one position",
}


def test_zelensky_and_putin_are_connected_with_article_evidence_on_every_hop(
    article_store: GraphStore, seed_article: Path,
) -> None:
    text = seed_article.read_text(encoding="utf-8")
    paths = find_paths(projection_of(article_store), iri("actor", "volodymyr-zelensky"),
                       iri("actor", "vladimir-putin"), mode="all_shortest")
    assert paths, "no path from Zelensky to Putin"
    for path in paths:
        assert len(path["edges"]) == path["length"] >= 1
        for edge in path["edges"]:
            evidence = edge["evidence"]
            assert evidence["document"].endswith("/putin-concedes-little")
            assert evidence["text"] and text[evidence["start"]:evidence["end"]] == evidence["text"]
            assert edge["stance"] and edge["type"]


def _is_halt_to_aid(label: str) -> bool:
    words = label.casefold()
    return any(w in words for w in ("cessation", "halt", "end", "stop")) and any(
        w in words for w in ("support", "aid", "assistance"))


def test_putins_neighbourhood_holds_the_kremlins_report_of_a_demand_to_halt_outside_aid(
    article_store: GraphStore,
) -> None:
    result = neighbourhood(projection_of(article_store), iri("actor", "vladimir-putin"), role="holder")
    labels = {n["id"]: n["label"] or "" for n in result["nodes"]}
    demands = [e for e in result["edges"] if e["type"] == "Demand" and e["role"] == "position"
               and e["polarity"] == "positive" and _is_halt_to_aid(labels[e["to"]])]
    assert demands, "no Demand on a halt to outside military aid"
    assert {e["attributed_to"] for e in demands} == {iri("actor", "kremlin")}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=False, reason=NOT_YET[name]))
    if name in NOT_YET else name for name in sorted(named_queries())])
def test_every_named_query_returns_rows_on_the_extracted_graph(seed_store: Any, name: str) -> None:
    result = run_named_query(seed_store, name, {}, limit=5)
    assert result["total"] > 0 and result["rows"]
