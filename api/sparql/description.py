"""The SPARQL 1.1 Service Description answered by GET /sparql without a query.

It names the endpoint (the URL the client used), the languages (SPARQL 1.1 Query, and Update when a token
enables it), the result formats, the features (union default graph, federation when enabled) and the
default dataset with its size (`void:triples`). The W3C vocabularies used here (sd:, void:, formats) are
the standard's own, not the project's ontology.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML", "N3")


@lru_cache(maxsize=64)
def describe(endpoint: str, *, triples: int, update: bool, federation: bool, rdf_format: str) -> bytes:
    """The service description of `endpoint`, serialised by rdflib as `rdf_format` ("turtle", "xml" ...).

    Example:
        >>> b"sd:endpoint <http://localhost/sparql>" in describe("http://localhost/sparql", triples=3,
        ...     update=False, federation=False, rdf_format="turtle")
        True
    """
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.bind("formats", FORMATS)
    service = BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if update:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in _RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    if federation:
        graph.add((service, SD.feature, SD.BasicFederatedQuery))
    dataset, default_graph = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    graph.add((default_graph, VOID.triples, Literal(triples, datatype=XSD.integer)))
    graph.add((dataset, VOID.triples, Literal(triples, datatype=XSD.integer)))
    return graph.serialize(format=rdf_format, encoding="utf-8")
