"""GET /ontology: content negotiation over a real server (Turtle, JSON-LD, RDF/XML, HTML; 406 otherwise)."""
from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from api.app import create_app
from graph.settings import Settings
from graph.store import OxigraphStore
from ontology import ONTOLOGY_FILE
from tests.conftest import live_server


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = create_app(Settings(), store=OxigraphStore())
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


# rdflib's own JSON-LD parser warns about its internals
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(("accept", "media_type", "rdf_format"), [
    (None, "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("text/turtle;q=0.2, application/rdf+xml;q=0.9", "application/rdf+xml", "xml"),
    ("*/*", "text/turtle", "turtle"),
    ("application/*", "application/ld+json", "json-ld"),
])
def test_rdf_formats_carry_the_same_graph(base_url: str, ontology: Graph, accept: str | None, media_type: str,
                                          rdf_format: str) -> None:
    response = httpx.get(f"{base_url}/ontology", headers={"Accept": accept or ""})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert "accept" in response.headers["vary"].lower()
    assert isomorphic(Graph().parse(data=response.content, format=rdf_format), ontology)


def test_a_browser_gets_the_reference_page(base_url: str) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = httpx.get(f"{base_url}/ontology", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<code>sg:Demand</code>" in response.text


@pytest.mark.parametrize("accept", ["application/json", "image/png", "text/turtle;q=0"])
def test_an_unsupported_type_is_406_in_the_error_shape(base_url: str, accept: str) -> None:
    response = httpx.get(f"{base_url}/ontology", headers={"Accept": accept})
    assert response.status_code == 406
    body = response.json()
    assert body["status"] == 406 and "text/turtle" in body["error"]
    assert body["supported"] == ["text/turtle", "application/ld+json", "application/rdf+xml", "text/html"]
