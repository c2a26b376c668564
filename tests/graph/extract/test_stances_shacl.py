"""Every extraction conforms to the SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from rdflib import Graph

from graph.rdf import extraction_triples
from graph.records import Document
from ontology.validate import validate_graph
from tests.conftest import require_shared

LEXICON_CASES = Path(__file__).parent / "cases" / "lexicon.toml"


def _violations(extraction) -> list:
    graph = Graph()
    for triple in extraction_triples(extraction):
        graph.add(triple)
    return validate_graph(graph)


def test_stance_family_sentences_conform(extractor):
    families = tomllib.loads(LEXICON_CASES.read_text())["stance"]  # one sentence a cue family
    extraction = extractor.extract(Document(id="families", text=" ".join(case["text"] for case in families)))
    assert len(extraction.stances) >= len(families)
    assert _violations(extraction) == []


def test_founding_article_conforms(extractor):
    from graph.readers import read_paths

    documents = list(read_paths([require_shared("corpus", "putin-concedes-little.txt")]))
    extraction = extractor.extract(documents[0])
    assert _violations(extraction) == []
