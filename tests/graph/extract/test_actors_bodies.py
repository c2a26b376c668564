"""Bodies that speak for a state (graph/extract/bodies.py): one named actor that represents the state,
which later definite nouns find again; kinds of organisation in apposition and as definite nouns."""
from __future__ import annotations

import pytest

# (text, word, the actor it is): one construction a row
CASES = [
    ("The Chadian defence ministry denied the report.", "ministry", "Defence Ministry of Chad"),
    ("The health ministry of Ghana rejected the figures.", "ministry", "Health Ministry of Ghana"),
    ("A spokeswoman for the Kenyan foreign ministry called for restraint.", "spokeswoman",
     "Foreign Ministry of Kenya"),
    ("A spokesman for the World Bank declined to comment.", "spokesman", "World Bank"),
    ("Ecuador's government rejected the ruling.", "government", "Ecuador"),  # the state (STANCES.md)
    ("Japan's cabinet approved the stimulus package.", "cabinet", "Cabinet of Japan"),
]


@pytest.mark.parametrize(("text", "word", "actor"), CASES)
def test_each_construction_names_its_body(read, text: str, word: str, actor: str) -> None:
    assert read(text).at(word) == actor


def test_an_indefinite_court_is_no_body_of_the_state(read):
    assert read("A Kenyan court blocked the deployment.").at("court") != "Court of Kenya"


def represents(r, word: str, nth: int = 0) -> str | None:
    actor = r.resolver.actor_at(r.token(word, nth))
    return actor.represents if actor else None


def test_a_ministry_of_a_named_state_is_one_body_that_represents_it(read):
    r = read("Peru's interior ministry said it would extend the curfew. The ministry blamed the protesters.")
    assert r.at("ministry") == "Interior Ministry of Peru" and r.kind("ministry") == "Government"
    assert represents(r, "ministry") == "peru"
    assert r.at("Peru") == "Peru"  # the possessor stays the state
    assert r.at("ministry", 1) == "Interior Ministry of Peru"  # the later mention is the same body
    assert r.at("it") == "Interior Ministry of Peru"


def test_a_body_the_reference_actors_know_is_that_actor(read):
    r = read("Beijing's commerce ministry vowed to respond to the new export controls.")
    assert r.at("ministry") == "Chinese Commerce Ministry"
    assert "chinese-commerce-ministry" in r.resolver.mentioned and "china" not in {
        k for k in r.resolver.mentioned if r.resolver.actors[k].label == "commerce ministry"}


def test_courts_armies_and_cabinets_of_a_state_are_bodies_too(read):
    r = read("Brazil's Supreme Court ordered the platform to block the accounts. The court also set a fine.")
    assert r.at("Court") == "Supreme Court of Brazil" and represents(r, "Court") == "brazil"
    assert r.at("court") == "Supreme Court of Brazil"
    assert {r.resolver.actors[k].label for k in r.resolver.mentioned} == {"Brazil", "Supreme Court of Brazil"}
    r = read("The Malian army said it had retaken the town.")
    assert r.at("army") == "Army of Mali" and r.at("it") == "Army of Mali"


def test_an_unqualified_ministry_is_placed_by_the_dateline(read):
    r = read("HANOI — The foreign ministry said on Monday it opposed the new sanctions.")
    assert r.at("ministry") == "Foreign Ministry of Vietnam" and represents(r, "ministry") == "vietnam"


def test_a_kind_of_organisation_in_apposition_is_that_organisation(read):
    r = read("Britain's largest union, Unite, rejected the offer. The union said talks would resume.")
    assert r.at("union") == "Unite" and r.at("Britain") == "United Kingdom"
    assert r.at("union", 1) == "Unite"
    r = read("France's biggest union, the CFDT, rejected the pension reform.")
    assert r.at("union") == "CFDT"


def test_the_union_and_the_company_are_the_organisations_named_before(read):
    r = read("The Teamsters struck at two warehouses on Friday. The union demanded higher pay.")
    assert r.at("union") == r.at("Teamsters") is not None
    r = read("Volkswagen said the strike would cost it dearly. The company offered a 5% raise.")
    assert r.at("company") == "Volkswagen"
    r = read("Volkswagen and IG Metall met on Friday. The company offered a 5% raise.")
    assert r.at("company") is None  # two organisations: left unresolved


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
    assert {a.represents for a in extraction.actors.values() if a.kind == "Government"} >= {
        "peru", "mali", "brazil"}
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


def test_the_union_is_never_the_company_it_bargains_with(read):
    r = read("Airbus said on Monday that talks had resumed. The union rejected the latest offer.")
    assert r.at("union") is None  # Airbus is a company, not a union
    r = read("Airbus and the National Union of Engineers met on Monday. The union rejected the offer.")
    assert r.at("union") == r.at("National") is not None
    r = read("Airbus and the National Union of Engineers met on Monday. The company made an offer.")
    assert r.at("company") == "Airbus"


def test_a_ministry_spokesman_speaks_for_the_ministry_of_the_state_that_modifies_him(read):
    r = read("The Kenyan foreign ministry spokesman said the envoy had been recalled.")
    assert r.at("spokesman") == "Foreign Ministry of Kenya"
    assert r.resolver.actors_at(r.token("spokesman"))[0].represents == "kenya"


def test_the_office_is_what_an_earlier_office_stood_for(read):
    r = read("Prime Minister Tom Reyes's office said the vote would go ahead. The office denied any delay.")
    assert r.at("office", 0) == "Tom Reyes" and r.at("office", 1) == "Tom Reyes"
