"""docs/ontology.md is what `python -m ontology.docs` prints, and it documents every term."""
from __future__ import annotations

import subprocess
import sys

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ontology import ONTOLOGY_FILE
from ontology.docs import reference_html, reference_markdown
from ontology.namespace import SG
from tests.conftest import ROOT


def test_docs_ontology_md_is_not_stale() -> None:
    checked_in = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert checked_in == reference_markdown(), "docs/ontology.md is stale: run make docs"


def test_the_command_prints_the_page() -> None:
    done = subprocess.run([sys.executable, "-m", "ontology.docs"], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    assert done.stdout == reference_markdown()


def test_every_term_and_shape_is_on_the_page() -> None:
    graph = Graph().parse(ONTOLOGY_FILE)
    page, html = reference_markdown(), reference_html()
    terms = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(SG._NS))}
    for term in terms:
        name = "sg:" + term[len(str(SG._NS)):]
        assert f"`{name}`" in page, name
        assert f"<code>{name}</code>" in html, name
    assert "sgsh:StanceShape" in page
    assert "| `sg:Demand` | REQUEST (exactMatch) | 10 (exactMatch) |" in page
