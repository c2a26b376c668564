"""Cross-document position merging at ingest: a near-duplicate of a stored position reuses its node."""

from __future__ import annotations

from graph.ingest import ingest_items
from graph.records import Document
from graph.store import OxigraphStore

QUERY = "SELECT DISTINCT ?p ?label WHERE { GRAPH ?g { ?p a sg:Position ; skos:prefLabel ?label } }"


def test_near_duplicate_positions_in_two_documents_are_one_node(extractor):
    store = OxigraphStore()
    first = Document(id="a", text="Germany demanded a complete halt to Western arms exports.")
    ingest_items([first], store, extractor)
    second = Document(id="b", text="Austria demanded the halt of Western arms exports.")
    third = Document(id="c", text="Hungary rejected the new grain quota.")
    ingest_items([second, third], store, extractor)
    labels = sorted(row["label"].value for row in store.query(QUERY))
    assert labels == ["complete halt to Western arms exports", "new grain quota"]
