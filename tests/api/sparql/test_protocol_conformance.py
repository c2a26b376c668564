"""The W3C SPARQL 1.1 Protocol tests (34) and Service Description tests (3) against a real uvicorn server.

Requests and expected status classes come from ../shared/conformance/w3c-sparql11/protocol/manifest.ttl.
`OUR_STATUS` holds, for every manifest test, the exact status each of its requests gets from us (stricter
than the manifest's classes); a manifest test missing from it, or an entry with no manifest test, fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD

from graph.store.terms import RdfFormat
from tests.api.sparql.conftest import TOKEN, Endpoint
from tests.api.sparql.w3c import ManifestTest, read_manifest, replay
from tests.conftest import SHARED, require_shared

pytestmark = pytest.mark.shared

PROTOCOL = SHARED / "conformance" / "w3c-sparql11" / "protocol" / "manifest.ttl"
DESCRIPTION = SHARED / "conformance" / "w3c-sparql11" / "service-description" / "manifest.ttl"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

OUR_STATUS: dict[str, list[int]] = {
    "query_post_form": [200],
    "query_dataset_default_graphs_get": [200],
    "query_dataset_default_graphs_post": [200],
    "query_dataset_named_graphs_post": [200],
    "query_dataset_named_graphs_get": [200],
    "query_dataset_full": [200],
    "query_multiple_dataset": [200],
    "query_get": [200],
    "query_content_type_select": [200],
    "query_content_type_ask": [200],
    "query_content_type_describe": [200],
    "query_content_type_construct": [200],
    "update_dataset_default_graph": [204, 200],
    "update_dataset_default_graphs": [204, 200],
    "update_dataset_named_graphs": [204, 200],
    "update_dataset_full": [204, 200],
    "update_post_form": [204],
    "update_post_direct": [204],
    "update_base_uri": [204, 200],
    "query_post_direct": [200],
    "bad_query_method": [405],
    "bad_multiple_queries": [400],
    "bad_query_wrong_media_type": [400],
    "bad_query_missing_form_type": [400],
    "bad_query_missing_direct_type": [400],
    "bad_query_non_utf8": [400],
    "bad_query_syntax": [400],
    "bad_update_get": [400],
    "bad_multiple_updates": [400],
    "bad_update_wrong_media_type": [400],
    "bad_update_missing_form_type": [400],
    "bad_update_non_utf8": [400],
    "bad_update_syntax": [400],
    "bad_update_dataset_conflict": [400],
}


def _tests(path: Path) -> list[ManifestTest]:
    return read_manifest(path) if path.exists() else []


def test_every_manifest_test_has_an_expectation() -> None:
    require_shared("conformance", "w3c-sparql11", "protocol", "manifest.ttl")
    names = [t.name for t in _tests(PROTOCOL)]
    assert len(names) == 34
    assert set(names) == set(OUR_STATUS), set(names) ^ set(OUR_STATUS)


def _load_graph_data(endpoint: Endpoint, test: ManifestTest) -> None:
    endpoint.empty()
    for path, graph_iri in test.graph_data:
        endpoint.store.write_graph(graph_iri, path.read_bytes(), fmt=RdfFormat.N_TRIPLES, replace=True)


@pytest.mark.parametrize("test", _tests(PROTOCOL), ids=lambda t: t.name)
def test_protocol(endpoint: Endpoint, test: ManifestTest) -> None:
    require_shared("conformance", "w3c-sparql11", "protocol", "manifest.ttl")
    _load_graph_data(endpoint, test)
    for exchange, status in zip(test.exchanges, OUR_STATUS[test.name], strict=True):
        exchange.statuses &= {status}  # our exact answer, inside the manifest's class
        assert exchange.statuses, f"{test.name}: {status} is outside the manifest's expected statuses"
    replay(endpoint.client, test, paths={"/sparql/": "/sparql"}, auth={"authorization": f"Bearer {TOKEN}"})


# --- service description: the manifest names the tests; each has a check here


def _description(endpoint: Endpoint, accept: str, rdflib_format: str) -> Graph:
    response = endpoint.client.get("/sparql", headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    return Graph().parse(data=response.content, format=rdflib_format)


def check_returns_rdf(endpoint: Endpoint) -> None:
    for accept, fmt in (("text/turtle", "turtle"), ("application/rdf+xml", "xml"),
                        ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        assert len(_description(endpoint, accept, fmt)) > 10


def check_has_endpoint_triple(endpoint: Endpoint) -> None:
    graph = _description(endpoint, "text/turtle", "turtle")
    assert list(graph.subjects(SD.endpoint, URIRef(f"{endpoint.base}/sparql")))


def check_conforms_to_schema(endpoint: Endpoint) -> None:
    endpoint.empty()
    endpoint.store.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                          "<http://example.org/p> 1, 2 } }")
    for accept, fmt in (("text/turtle", "turtle"), ("application/rdf+xml", "xml")):
        graph = _description(endpoint, accept, fmt)
        (service,) = graph.subjects(RDF.type, SD.Service)
        assert isinstance(graph.value(service, SD.endpoint), URIRef)
        languages = set(graph.objects(service, SD.supportedLanguage))
        assert SD.SPARQL11Query in languages
        assert languages <= {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
        assert all(isinstance(f, URIRef) for f in graph.objects(service, SD.resultFormat))
        dataset = graph.value(service, SD.defaultDataset)
        assert (dataset, RDF.type, SD.Dataset) in graph
        default_graph = graph.value(dataset, SD.defaultGraph)
        assert (default_graph, RDF.type, SD.Graph) in graph
        assert graph.value(default_graph, VOID.triples) == Literal(default_triples(endpoint), datatype=XSD.integer)


def default_triples(endpoint: Endpoint) -> int:
    """The triples of the default graph after the two the check writes: two, beside Virtuoso's own graphs."""
    rows = list(endpoint.store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    count = int(rows[0]["n"])
    assert count == 2 or endpoint.backend.name == "virtuoso"
    return count


DESCRIPTION_CHECKS = {
    "returns-rdf": check_returns_rdf,
    "has-endpoint-triple": check_has_endpoint_triple,
    "conforms-to-schema": check_conforms_to_schema,
}


def test_every_description_test_has_a_check() -> None:
    require_shared("conformance", "w3c-sparql11", "service-description", "manifest.ttl")
    assert {t.name for t in _tests(DESCRIPTION)} == set(DESCRIPTION_CHECKS)


@pytest.mark.parametrize("test", _tests(DESCRIPTION), ids=lambda t: t.name)
def test_service_description(endpoint: Endpoint, test: ManifestTest) -> None:
    DESCRIPTION_CHECKS[test.name](endpoint)


def test_the_runner_catches_a_wrong_answer(endpoint: Endpoint) -> None:
    """The replay fails when the server's boolean differs from the manifest's (the runner can fail)."""
    require_shared("conformance", "w3c-sparql11", "protocol", "manifest.ttl")
    (test,) = [t for t in _tests(PROTOCOL) if t.name == "query_get"]
    test.exchanges[0].expected_boolean = False
    with pytest.raises(AssertionError, match="query_get step 1"):
        replay(endpoint.client, test, paths={"/sparql/": "/sparql"}, auth={})
