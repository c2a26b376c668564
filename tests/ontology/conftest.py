"""Fixtures of the ontology tests: each example and the founding article, extracted and mapped to RDF."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from tests.conftest import EXAMPLES

# ../shared/STANCES.md: the PLOVER event type of each stance type (None: no PLOVER counterpart)
PLOVER_OF: dict[str, str | None] = {
    "Demand": "REQUEST", "Reject": "REJECT", "Accuse": "ACCUSE", "Deny": "REJECT", "Agree": "AGREE",
    "Concede": "CONCEDE", "Offer": "AGREE", "Threaten": "THREATEN", "Support": "SUPPORT", "Oppose": "ACCUSE",
    "Aim": None, "Claim": None,
}


def extraction_graphs(extractor: Any, path: Path) -> dict[str, Graph]:
    """The RDF graph ingest would store for each document under `path`, by document id."""
    from graph.rdf import extraction_triples
    from graph.readers import read_paths
    from graph.records import Document

    graphs: dict[str, Graph] = {}
    for document in read_paths([path]):
        if isinstance(document, Document):
            graph = graphs[document.id] = Graph()
            for triple in extraction_triples(extractor.extract(document)):
                graph.add(triple)
    return graphs


@pytest.fixture(scope="session")
def example_graphs(extractor: Any) -> dict[str, Graph]:
    """Every document of examples/, by document id."""
    graphs = extraction_graphs(extractor, EXAMPLES)
    assert graphs, "examples/ holds no readable document"
    return graphs


@pytest.fixture(scope="session")
def seed_graph(extractor: Any, seed_article: Path) -> Graph:
    """The founding article's graph (skipped without ../shared)."""
    (graph,) = extraction_graphs(extractor, seed_article).values()
    return graph
