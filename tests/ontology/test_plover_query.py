"""queries/stances-plover.rq lists every stance of the founding article with its PLOVER type."""
from __future__ import annotations

from typing import Any

from graph import iris
from graph.store import OxigraphStore
from ontology.namespace import SG, STANCE_TYPES
from queries.named import run_named_query
from tests.ontology.conftest import PLOVER_OF

SEED = str(iris.document_iri("putin-concedes-little"))


def rows(store: OxigraphStore, **params: str) -> list[dict[str, Any]]:
    result = run_named_query(store, "stances-plover", params, limit=1000, offset=0, max_rows=10_000)
    assert not result["truncated"]
    return list(result["rows"])


def test_every_seed_stance_is_listed_with_its_plover_type(seed_store: OxigraphStore) -> None:
    found = rows(seed_store, document="putin-concedes-little")
    stances = {r["stance"] for r in seed_store.select(
        f"SELECT ?stance WHERE {{ GRAPH <{SEED}> {{ ?stance sg:holder ?holder }} }}")}
    assert len(stances) >= 10
    assert {r["stance"] for r in found} == stances
    for row in found:
        stance_type = row["type"].removeprefix(str(SG._NS))
        assert stance_type in STANCE_TYPES
        assert row["plover"] == PLOVER_OF[stance_type], row


def test_all_request_events_in_plover_terms(seed_store: OxigraphStore) -> None:
    requests = rows(seed_store, event="REQUEST")
    assert requests, "the founding article has demands"
    assert {r["type"] for r in requests} == {str(SG.Demand)}
    assert {r["stance"] for r in rows(seed_store, event="demand")} == {r["stance"] for r in requests}
    assert rows(seed_store, event="Aim") == []
