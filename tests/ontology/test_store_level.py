"""The store as users query it: the union of every document graph, the ontology and the reference actors
(seed article and examples) is still SHACL-valid and OWL RL consistent, so documents agree on actor kinds."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph.store import OxigraphStore
from ontology.namespace import SG
from ontology.validate import validate_graph
from tests.ontology.test_reasoning import inconsistencies


@pytest.fixture(scope="module")
def union(seed_store: OxigraphStore) -> Graph:
    triples = seed_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    graph = Graph().parse(data=triples.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert len(set(graph.subjects(SG.documentId, None))) >= 2, "the store should hold several documents"
    return graph


def test_the_whole_store_conforms_to_the_shapes(union: Graph) -> None:
    assert [str(v) for v in validate_graph(union)] == []


@pytest.mark.slow
def test_the_whole_store_is_consistent(union: Graph) -> None:
    assert inconsistencies(union) == []
