"""Every extraction conforms to the SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

from rdflib import Graph

from graph.rdf import extraction_triples
from graph.records import Document
from ontology.validate import validate_graph
from tests.conftest import require_shared
from tests.graph.extract.test_stances_lexicon import FAMILIES


def _violations(extraction) -> list:
    graph = Graph()
    for triple in extraction_triples(extraction):
        graph.add(triple)
    return validate_graph(graph)


def test_stance_family_sentences_conform(extractor):
    text = " ".join(f[0] for f in FAMILIES)
    extraction = extractor.extract(Document(id="families", text=text))
    assert len(extraction.stances) >= len(FAMILIES)
    assert _violations(extraction) == []


def test_founding_article_conforms(extractor):
    from graph.readers import read_paths

    documents = list(read_paths([require_shared("corpus", "putin-concedes-little.txt")]))
    extraction = extractor.extract(documents[0])
    assert _violations(extraction) == []
