"""The networkx projection: built once, kept current per change set, never rebuilt per read."""
from __future__ import annotations

import networkx as nx
import orjson

from graph.ingest import store_extraction
from graph.projection import STANCE_EDGES, STANCE_FACTS, Projection, node_record, projection_of, stance_rows_of
from graph.records import Document, Evidence, Extraction, Position, Stance
from graph.store import GraphStore
from tests.backends import Backend
from tests.queries.built_graph import ACTORS, build_store, extractions, iri


def edge_set(graph: nx.MultiDiGraph) -> set[tuple[str, str, str, str]]:
    return {(u, v, k, d["type"]) for u, v, k, d in graph.edges(keys=True, data=True)}


def test_every_stance_with_a_target_or_position_is_an_edge_with_its_evidence(built: GraphStore) -> None:
    with projection_of(built).reading() as graph:
        putin, halt = iri("actor", "vladimir-putin"), iri("position", "halt-outside-military-aid")
        demands = [d for d in graph.get_edge_data(putin, halt).values() if d["type"] == "Demand"]
        assert {d["polarity"] for d in demands} == {"positive", "negative"}
        positive = next(d for d in demands if d["polarity"] == "positive")
        assert positive["attributed_to"] == iri("actor", "kremlin")
        evidence = positive["evidence"]
        assert evidence["text"] == "The Kremlin said Putin demanded a halt to outside military aid."
        assert evidence["document"].endswith("/call-readout") and positive["date"] == "2025-03-18"
        assert (positive["from"], positive["to"], positive["role"]) == (putin, halt, "position")
        assert graph.nodes[halt] == {"kind": "Position", "label": "a halt to outside military aid"}
        assert graph.nodes[putin]["kind"] == "Person"
        # 10 stances: one edge each to a target or position, two for the demand with both
        assert graph.number_of_edges() == 11


def test_the_projection_follows_ingest_replacement_and_removal(backend: Backend) -> None:
    store = backend.fresh()
    projection = Projection(store)
    with projection.reading() as graph:
        assert graph.number_of_edges() == 0
    build_store(store)
    with projection.reading() as graph:
        assert graph.number_of_edges() == 11
    # replacing a document with fewer stances drops its old edges
    reply = extractions()[1]
    reply.stances = reply.stances[:1]
    store_extraction(store, reply)
    with projection.reading() as graph:
        assert graph.number_of_edges() == 7
        assert iri("actor", "russia") not in graph  # its only stance was in the replaced part
    store.remove_graph(next(g for g in store.graph_names() if g.endswith("/kyiv-reply")))
    with projection.reading() as graph:
        assert graph.number_of_edges() == 6
        assert iri("actor", "volodymyr-zelensky") not in graph


def test_incremental_updates_equal_a_fresh_build(backend: Backend) -> None:
    store = backend.fresh()
    live = Projection(store)
    live.refresh()
    build_store(store)
    doc = Document(id="late", text="Trump offered a deal.")
    store_extraction(store, Extraction(doc, actors={"donald-trump": ACTORS["donald-trump"]}, stances=[
        Stance("Offer", "donald-trump", Evidence("late", doc.text, 0, len(doc.text)),
               position=Position("deal", "a deal"))]))
    with live.reading() as incremental, Projection(store).reading() as fresh:
        assert edge_set(incremental) == edge_set(fresh)
        assert dict(incremental.nodes(data=True)) == dict(fresh.nodes(data=True))


def test_reads_without_a_change_do_not_touch_the_store(backend: Backend, monkeypatch: object) -> None:
    store = build_store(backend.fresh())
    projection = Projection(store)
    projection.refresh()
    calls = []
    original = projection._add_edges
    def spy(document: str | None) -> set[str]:
        calls.append(document)
        return original(document)

    projection._add_edges = spy  # type: ignore[method-assign]
    for _ in range(3):
        with projection.reading():
            pass
    assert calls == []
    store_extraction(store, extractions()[0])
    store_extraction(store, extractions()[1])
    with projection.reading():
        pass
    with projection.reading():
        pass
    assert len(calls) == 2  # one read per changed document, applied once for the change set
    assert projection_of(store) is projection_of(store)


def test_edge_json_is_each_record_rendered_once_and_follows_replacement(backend: Backend) -> None:
    store = build_store(backend.fresh())
    projection = Projection(store)
    with projection.reading() as graph:
        records = [data for _, _, data in graph.edges(data=True)]
    assert orjson.loads(orjson.dumps(projection.edge_json(records))) == records
    putin = iri("actor", "vladimir-putin")
    with projection.reading() as graph:
        card = projection.node_record(putin)
        assert card == node_record(putin, graph) and projection.node_record(putin) is card
    kept = projection.edge_json(records)
    assert all(a is b for a, b in zip(kept, projection.edge_json(records), strict=True))
    # the reply document again, with its first stance only: its records change, their JSON follows
    reply = extractions()[1]
    reply.stances = reply.stances[:1]
    store_extraction(store, reply)
    with projection.reading() as graph:
        fresh = [data for _, _, data in graph.edges(data=True)]
    assert len(fresh) < len(records)
    assert orjson.loads(orjson.dumps(projection.edge_json(fresh))) == fresh
    assert len(projection._json) == len(fresh)  # the dropped records' JSON is gone
    with projection.reading() as graph:  # node records are made again after an update
        assert projection.node_record(putin) is not card and projection.node_record(putin) == card


def test_the_stance_facts_a_remote_store_is_read_with_give_the_rows_of_the_stance_edges(built: GraphStore) -> None:
    rows = sorted(tuple(None if term is None else term.value for term in row) for row in built.query(STANCE_EDGES))
    from_facts = sorted(tuple(row) for row in stance_rows_of(built.query(STANCE_FACTS)))
    assert from_facts == rows and len(rows) == 10
