"""ontology.namespace lists exactly the terms stancegraph.ttl declares, and its constants agree with it."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ontology import ONTOLOGY_FILE
from ontology.namespace import (
    ACTOR_KINDS,
    CONCESSION_TYPES,
    DIRECT_EDGE,
    MODALITIES,
    OPPOSITE,
    POLARITIES,
    SG,
    STANCE_TYPES,
    ActorKind,
    StanceType,
)

NS = str(SG._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


def declared_terms(graph: Graph) -> set[str]:
    """Local names of the sg: IRIs that the Turtle gives a type."""
    return {str(s)[len(NS):] for s in graph.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_sg_lists_exactly_the_declared_terms(ontology: Graph) -> None:
    listed = set(SG.__annotations__)
    declared = declared_terms(ontology)
    assert declared, "no sg: term found in the Turtle"
    assert listed - declared == set(), "in namespace.py but not declared in stancegraph.ttl"
    assert declared - listed == set(), "declared in stancegraph.ttl but missing from namespace.py"


def test_every_sg_iri_used_in_the_turtle_is_declared(ontology: Graph) -> None:
    used = {str(t)[len(NS):] for triple in ontology for t in triple
            if isinstance(t, URIRef) and t.startswith(NS)}
    assert used - declared_terms(ontology) == set()


def test_a_misspelt_term_raises_instead_of_minting_an_iri() -> None:
    with pytest.raises(AttributeError):
        SG.Demnad  # noqa: B018


def test_constants_name_terms_of_the_right_kind(ontology: Graph) -> None:
    def subclasses(parent: URIRef) -> set[str]:
        return {str(s)[len(NS):] for s in ontology.subjects(RDFS.subClassOf, parent)}

    assert set(STANCE_TYPES) == subclasses(SG.Stance) - {"Concession"}
    assert set(CONCESSION_TYPES) == subclasses(SG.Concession)
    assert set(ACTOR_KINDS) == subclasses(SG.Actor)
    assert set(DIRECT_EDGE) == set(STANCE_TYPES)
    direct_edges = set(ontology.subjects(RDFS.subPropertyOf, SG.takesStanceOn))
    assert {SG[e] for e in DIRECT_EDGE.values()} == direct_edges
    assert {SG[p] for p in POLARITIES} == set(ontology.subjects(RDF.type, SG.Polarity))
    assert {SG[m] for m in MODALITIES} == set(ontology.subjects(RDF.type, SG.Modality))


def test_the_enums_are_the_ontology_s_types_and_opposites_stay_among_them(ontology: Graph) -> None:
    assert [str(t) for t in StanceType] == list(STANCE_TYPES)
    assert [str(k) for k in ActorKind] == list(ACTOR_KINDS)
    assert StanceType.Demand == "Demand" and SG[StanceType.Demand] == SG.Demand
    for kind, opposite in OPPOSITE.items():
        assert {kind, opposite} <= set(STANCE_TYPES) and kind not in OPPOSITE.values()
