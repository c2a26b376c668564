"""Real SPARQL clients against the live endpoint: SPARQLWrapper and rdflib's SPARQLStore /
SPARQLUpdateStore."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

from graph.store.terms import NamedNode
from tests.api.sparql.conftest import TOKEN, Endpoint

EX = "http://example.org/"
DATA = f"""INSERT DATA {{
  GRAPH <{EX}doc1> {{ <{EX}putin> <{EX}demands> <{EX}neutrality> ; <{EX}label> "Putin" }}
  GRAPH <{EX}doc2> {{ <{EX}zelensky> <{EX}rejects> <{EX}neutrality> ; <{EX}label> "Zelensky"@en }}
}}"""


@pytest.fixture()
def loaded(endpoint: Endpoint) -> Endpoint:
    endpoint.empty()
    endpoint.store.update(DATA)
    return endpoint


def _wrapper(endpoint: Endpoint, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{endpoint.base}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_select_json_sees_the_union_of_document_graphs(loaded: Endpoint) -> None:
    query = f"SELECT ?who WHERE {{ ?who ?stance <{EX}neutrality> }} ORDER BY ?who"
    result = _wrapper(loaded, query, JSON).queryAndConvert()
    assert [b["who"]["value"] for b in result["results"]["bindings"]] == [f"{EX}putin", f"{EX}zelensky"]


def test_sparqlwrapper_select_xml(loaded: Endpoint) -> None:
    query = f'SELECT ?label WHERE {{ <{EX}zelensky> <{EX}label> ?label }}'
    document = _wrapper(loaded, query, XML).queryAndConvert()
    literal = document.getElementsByTagName("literal")[0]
    assert literal.firstChild.data == "Zelensky"
    assert literal.getAttribute("xml:lang") == "en"


def test_sparqlwrapper_construct_turtle(loaded: Endpoint) -> None:
    query = f"CONSTRUCT {{ ?s <{EX}takes> ?o }} WHERE {{ ?s ?p <{EX}neutrality> BIND(?p AS ?o) }}"
    raw = _wrapper(loaded, query, TURTLE).queryAndConvert()
    graph = Graph().parse(data=raw, format="turtle")
    assert set(graph.objects(URIRef(f"{EX}putin"), URIRef(f"{EX}takes"))) == {URIRef(f"{EX}demands")}
    assert len(graph) == 2


def test_rdflib_sparqlstore_reads(loaded: Endpoint) -> None:
    graph = Graph(SPARQLStore(f"{loaded.base}/sparql"))
    rows = list(graph.query(f"SELECT ?label WHERE {{ <{EX}putin> <{EX}label> ?label }}"))
    assert rows[0][0] == Literal("Putin")
    assert graph.query(f"ASK {{ <{EX}zelensky> ?p ?o }}").askAnswer is True


def test_rdflib_sparqlupdatestore_writes_with_the_token(loaded: Endpoint) -> None:
    store = SPARQLUpdateStore(f"{loaded.base}/sparql", f"{loaded.base}/sparql",
                              headers={"Authorization": f"Bearer {TOKEN}"})
    store.update(f"INSERT DATA {{ GRAPH <{EX}doc3> {{ <{EX}erdogan> <{EX}offers> <{EX}talks> }} }}")
    assert f"{EX}doc3" in loaded.store.graph_names()
    rows = list(Graph(store).query(f"SELECT ?o WHERE {{ <{EX}erdogan> <{EX}offers> ?o }}"))
    assert rows == [(URIRef(f"{EX}talks"),)]


def test_rdflib_sparqlupdatestore_without_the_token_is_refused(loaded: Endpoint) -> None:
    store = SPARQLUpdateStore(f"{loaded.base}/sparql", f"{loaded.base}/sparql")
    with pytest.raises(Exception, match="401"):
        store.update(f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}")
    ours = [g for g in loaded.store.graph_names() if g.startswith(EX)]  # beside Virtuoso's own graphs
    assert sum(1 for g in ours for _ in loaded.store.quads(graph=NamedNode(g))) == 4
