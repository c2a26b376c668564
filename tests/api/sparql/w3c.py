"""Reading the W3C SPARQL 1.1 test manifests (Protocol, Graph Store Protocol) and replaying their HTTP
exchanges against a live server.

Each manifest test holds `ht:Request`s with a method, a path starting `/sparql/` or `/gsp`, headers, a body,
and an `ht:Response` with the expected status (class), format, boolean, content type and graph. The runner
sends them in order on one client, substituting `$LOCATION$`, and checks every expectation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")

STATUS = {"OK": {200}, "Created": {201}, "NoContent": {204}, "NotFound": {404}}
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
BOOLEAN_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                 "application/sparql-results+xml": ox.QueryResultsFormat.XML}
RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
             "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
             "application/n-quads": ox.RdfFormat.N_QUADS, "application/trig": ox.RdfFormat.TRIG}


@dataclass
class Exchange:
    """One request of a test and what its response must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    statuses: set[int]
    expected_format: str | None = None
    expected_boolean: bool | None = None
    expected_content_type: str | None = None
    expected_body: str | None = None
    location_variable: str | None = None


@dataclass
class ManifestTest:
    """A manifest entry: its local name, title, required features, graph set-up and exchanges."""

    name: str
    title: str
    requires: set[str] = field(default_factory=set)
    graph_data: list[tuple[Path, str]] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)


def _statuses(graph: Graph, response: Any) -> set[int]:
    codes: set[int] = set()
    for status in graph.objects(response, MF.expectedStatus):
        local = str(status).rsplit("#", 1)[-1]
        if local.startswith("StatusCode") and local.endswith("xx"):
            hundred = int(local[len("StatusCode")]) * 100
            codes |= set(range(hundred, hundred + 100))
        else:
            codes |= STATUS[local]
    return codes


def _headers(graph: Graph, node: Any) -> dict[str, str]:
    headers: dict[str, str] = {}
    for header_list in graph.objects(node, HT.headers):
        for header in Collection(graph, header_list):
            headers[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
    return headers


def _chars(graph: Graph, node: Any) -> str | None:
    body = graph.value(node, HT.body)
    return None if body is None else str(graph.value(body, CNT.chars))


def read_manifest(path: Path) -> list[ManifestTest]:
    """The tests of a manifest (and of the manifests it includes), in manifest order."""
    graph = Graph().parse(path, format="turtle", publicID=path.as_uri())
    manifest = URIRef(path.as_uri())
    tests: list[ManifestTest] = []
    for included in graph.objects(manifest, MF.include):
        for item in Collection(graph, included):
            tests += read_manifest(Path(str(item).removeprefix("file://")))
    for entries in graph.objects(manifest, MF.entries):
        for entry in Collection(graph, entries):
            tests.append(_read_test(graph, entry))
    return tests


def _read_test(graph: Graph, entry: Any) -> ManifestTest:
    test = ManifestTest(name=str(entry).rsplit("#", 1)[-1], title=str(graph.value(entry, MF.name)))
    test.requires = {str(r).rsplit("#", 1)[-1] for r in graph.objects(entry, MF.requires)}
    for data in graph.objects(entry, UT.graphData):
        test.graph_data.append((Path(str(graph.value(data, UT.graph)).removeprefix("file://")),
                                str(graph.value(data, RDFS_LABEL))))
    action = graph.value(entry, MF.action)
    if action is None:
        return test
    for requests in graph.objects(action, HT.requests):
        for request in Collection(graph, requests):
            response = graph.value(request, HT.resp)
            boolean = graph.value(response, MF.expectedBoolean)
            fmt = graph.value(response, MF.expectedFormat)
            location = graph.value(response, MF.expectedLocation)
            test.exchanges.append(Exchange(
                method=str(graph.value(request, HT.methodName)),
                path=str(graph.value(request, HT.absolutePath)),
                headers=_headers(graph, request),
                body=_chars(graph, request),
                statuses=_statuses(graph, response),
                expected_format=None if fmt is None else str(fmt),
                expected_boolean=None if boolean is None else boolean.toPython(),
                expected_content_type=_headers(graph, response).get("content-type"),
                expected_body=_chars(graph, response),
                location_variable=None if location is None else str(location),
            ))
    return test


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _charset(content_type: str | None) -> str:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip()
    return "utf-8"


def replay(client: httpx.Client, test: ManifestTest, *, paths: dict[str, str], auth: dict[str, str]) -> None:
    """Send every exchange of `test` in order and assert each expectation (AssertionError names the step)."""
    variables: dict[str, str] = {}
    for step, exchange in enumerate(test.exchanges, 1):
        path, body = exchange.path, exchange.body
        for variable, value in variables.items():
            path = path.replace(variable, value)
            body = body.replace(variable, value) if body is not None else None
        for prefix, replacement in paths.items():
            if path.startswith(prefix):
                path = replacement + path[len(prefix):]
                break
        headers = {**auth, **exchange.headers}
        content = None if body is None else body.encode(_charset(headers.get("content-type")))
        response = client.request(exchange.method, path, headers=headers, content=content)
        where = (f"{test.name} step {step}: {exchange.method} {path} -> {response.status_code} "
                 f"{response.text[:300]}")
        assert response.status_code in exchange.statuses, where
        media = _media(response.headers.get("content-type"))
        if exchange.expected_content_type:
            assert media == _media(exchange.expected_content_type), where
        if exchange.expected_format == "boolean" or exchange.expected_boolean is not None:
            assert media in BOOLEAN_TYPES, where
            value = ox.parse_query_results(response.content, format=BOOLEAN_TYPES[media])
            assert isinstance(value, ox.QueryBoolean), where
            if exchange.expected_boolean is not None:
                assert bool(value) is exchange.expected_boolean, where
        elif exchange.expected_format == "tabular":
            assert media in RESULT_TYPES, where
            results_format = ox.QueryResultsFormat.from_media_type(media)
            solutions = ox.parse_query_results(response.content, format=results_format)
            assert isinstance(solutions, ox.QuerySolutions), where
            list(solutions)
        elif exchange.expected_format == "RDF":
            assert media in RDF_TYPES, where
            list(ox.parse(response.content, format=RDF_TYPES[media]))
        if exchange.expected_body is not None:
            expected = Graph().parse(data=exchange.expected_body, format="turtle")
            got = Graph().parse(data=response.content, format="turtle")
            assert isomorphic(expected, got), f"{where}\nexpected graph differs:\n{response.text}"
        if exchange.location_variable:
            assert "location" in response.headers, where
            variables[exchange.location_variable] = response.headers["location"]
