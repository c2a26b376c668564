"""RDF exports: every format round-trips to a graph isomorphic to the store's; parts stay within the store."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.export import export_file
from graph.export.rdf import document_graphs
from graph.export.selection import Selection
from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH
from graph.store.terms import NamedNode, RdfFormat
from ontology.namespace import PREFIXES, SG
from queries.selection import make_selection

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
# rdflib's own N-Quads, TriG and JSON-LD parsers use APIs rdflib has deprecated
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]
RDFLIB_FORMATS = {"nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


def parse(store: Any, selection: Selection, fmt: str, **options: Any) -> Dataset:
    data = b"".join(export_file(store, selection, fmt, **options).chunks)
    dataset = Dataset()
    dataset.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return dataset


def named(dataset: Dataset) -> dict[str, Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if len(g) and isinstance(g.identifier, URIRef) and str(g.identifier) != "urn:x-rdflib:default"
    }


@pytest.fixture(scope="module")
def stored(seed_store: Any) -> dict[str, Graph]:
    """The store's document graphs, each dumped whole by the store (not through the exporters)."""
    graphs: dict[str, Graph] = {}
    for name in document_graphs(seed_store):
        graph = Graph()
        dumped = Graph().parse(data=seed_store.dump(fmt=RdfFormat.N_TRIPLES, graph=NamedNode(name)), format="nt")
        for subject, predicate, obj in dumped:
            if isinstance(obj, Literal) and obj.datatype == XSD_STRING:
                obj = Literal(str(obj))  # RDF 1.1: the same literal; rdflib's parsers write it plain
            graph.add((subject, predicate, obj))
        graphs[name] = graph
    return graphs


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_quad_formats_round_trip_one_isomorphic_graph_per_document(
    seed_store: Any, stored: dict[str, Graph], fmt: str
) -> None:
    graphs = named(parse(seed_store, Selection(), fmt))
    assert set(graphs) == set(stored) and len(stored) >= 4
    for name, graph in stored.items():
        assert isomorphic(graphs[name], graph), name


def test_turtle_round_trips_the_merged_graph(seed_store: Any, stored: dict[str, Graph]) -> None:
    data = b"".join(export_file(seed_store, Selection(), "ttl").chunks)
    merged = Graph()
    for graph in stored.values():
        for triple in graph:
            merged.add(triple)
    assert isomorphic(Graph().parse(data=data, format="turtle"), merged)


def test_a_document_export_is_exactly_its_graph(seed_store: Any, stored: dict[str, Graph]) -> None:
    selection = make_selection(seed_store, document="energy-truce", max_depth=3)
    graphs = named(parse(seed_store, selection, "trig"))
    assert list(graphs) == [selection.document]
    assert isomorphic(graphs[selection.document], stored[selection.document])


def test_reference_graphs_come_only_when_asked_and_round_trip_too(seed_store: Any) -> None:
    assert not {ONTOLOGY_GRAPH, ACTORS_GRAPH} & set(named(parse(seed_store, Selection(), "nq")))
    with_reference = named(parse(seed_store, Selection(), "nq", reference=True))
    assert {ONTOLOGY_GRAPH, ACTORS_GRAPH} <= set(with_reference)
    assert any(isinstance(node, BNode) for node in with_reference[ONTOLOGY_GRAPH].all_nodes())
    for fmt in ("trig", "jsonld"):
        other = named(parse(seed_store, Selection(), fmt, reference=True))
        for name in (ONTOLOGY_GRAPH, ACTORS_GRAPH):
            assert isomorphic(other[name], with_reference[name]), (fmt, name)


def test_a_part_holds_the_selected_stances_and_nothing_the_store_lacks(
    seed_store: Any, stored: dict[str, Graph]
) -> None:
    selection = make_selection(seed_store, types="Accuse", max_depth=3)
    part = named(parse(seed_store, selection, "nq"))
    assert part and set(part) <= set(stored)
    stances = 0
    for name, graph in part.items():
        for triple in graph:
            assert triple in stored[name], triple
        for node in graph.subjects(SG.holder, None):
            assert (node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SG.Accuse) in graph
            assert graph.value(node, SG.evidence) is not None
            stances += 1
    assert stances > 0
    for fmt in ("trig", "jsonld"):
        other = named(parse(seed_store, selection, fmt))
        assert set(other) == set(part) and all(isomorphic(other[n], part[n]) for n in part)


def test_json_ld_uses_the_ontology_prefixes_as_its_context(dated_store: Any) -> None:
    document = json.loads(b"".join(export_file(dated_store, Selection(), "jsonld").chunks))
    assert document["@context"] == PREFIXES
    first_graph = document["@graph"][0]
    assert first_graph["@id"].startswith("sgid:document/")
    assert any("sg:holder" in node for node in first_graph["@graph"])
