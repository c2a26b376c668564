"""The embedded Oxigraph store: graphs per document, replacement, persistence, the rdflib view."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.errors import QueryError
from graph.store import OxigraphStore

EX = "http://example.org/"


def triples(n: int, label: str = "x") -> list[tuple[URIRef, URIRef, Literal]]:
    return [(URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"{label}{i}")) for i in range(n)]


def test_replacing_a_graph_drops_its_old_triples_only() -> None:
    store = OxigraphStore()
    store.replace_graph(EX + "g1", triples(3))
    store.replace_graph(EX + "g2", triples(2))
    before = store.version
    store.replace_graph(EX + "g1", triples(1, "y"))
    assert store.triple_count() == 3
    assert store.graph_names() == [EX + "g1", EX + "g2"]
    assert store.version > before
    rows = list(store.select(f"SELECT ?o WHERE {{ GRAPH <{EX}g1> {{ ?s ?p ?o }} }}"))
    assert rows == [{"o": "y0"}]


def test_union_default_graph_and_change_listeners() -> None:
    store = OxigraphStore()
    seen: list[list[str]] = []
    store.on_change(seen.append)
    store.replace_graph(EX + "g1", triples(2))
    store.replace_graph(EX + "g2", triples(2, "z"))
    assert seen == [[EX + "g1"], [EX + "g2"]]
    count = next(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))["n"]
    assert count == 4
    assert not list(store.select("SELECT * WHERE { ?s ?p ?o }", union=False))


def test_store_persists_on_disk(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph(EX + "g", triples(5))
    store.flush()
    del store
    reopened = OxigraphStore(tmp_path / "store")
    assert reopened.triple_count() == 5


def test_malformed_query_is_a_query_error() -> None:
    with pytest.raises(QueryError):
        OxigraphStore().query("SELECT WHERE {")


def test_rdflib_dataset_sees_the_same_quads() -> None:
    store = OxigraphStore()
    store.replace_graph(EX + "g", triples(2))
    dataset = store.rdflib_dataset()
    assert len(list(dataset.quads((None, None, None, None)))) == 2
