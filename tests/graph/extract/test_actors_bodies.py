"""Bodies that speak for a state (graph/extract/bodies.py): what the cases (cases/bodies.toml) cannot state,
the indefinite body that is no state's, the reference actor found instead of a new one, and the shapes."""
from __future__ import annotations


def test_an_indefinite_court_is_no_body_of_the_state(read):
    assert read("A Kenyan court blocked the deployment.").at("court") != "Court of Kenya"


def test_a_body_the_reference_actors_know_is_that_actor(read):
    r = read("Beijing's commerce ministry vowed to respond to the new export controls.")
    assert r.at("ministry") == "Chinese Commerce Ministry"
    assert "chinese-commerce-ministry" in r.resolver.mentioned and "china" not in {
        k for k in r.resolver.mentioned if r.resolver.actors[k].label == "commerce ministry"}


def test_bodies_conform_to_the_shapes_and_the_shapes_catch_a_wrong_body(extractor):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    from graph.rdf import extraction_triples
    from graph.records import Document
    from ontology.namespace import SG
    from ontology.validate import validate_graph

    text = ("Peru's interior ministry extended the curfew. The Malian army rejected the truce. "
            "Brazil's Supreme Court demanded a fine.")
    extraction = extractor.extract(Document(id="bodies", text=text))
    assert {a.represents for a in extraction.actors.values() if a.kind == "Government"} >= {"peru", "mali"}
    # a court judges, it does not govern: an Organization that represents its state
    assert {a.represents for a in extraction.actors.values() if a.kind == "Organization"} >= {"brazil"}
    graph = Graph()
    for triple in extraction_triples(extraction):
        graph.add(triple)
    assert validate_graph(graph) == []
    person = URIRef("https://w3id.org/stancegraph/id/actor/ana-lima")
    graph.add((person, RDF.type, SG.Person))
    graph.add((person, SKOS.prefLabel, Literal("Ana Lima")))
    graph.add((person, SG.represents, person))
    messages = {v.message for v in validate_graph(graph)}
    assert {"only a Government or an Organization represents another actor",
            "a body does not represent itself"} <= messages
