"""An OWL 2 RL closure (owlrl) of the ontology plus an extraction raises no inconsistency."""
from __future__ import annotations

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from ontology import ONTOLOGY_FILE
from ontology.namespace import SG, SGID

ERRORS = owlrl.Namespaces.ERRNS


def inconsistencies(data: Graph) -> list[str]:
    """owlrl's error messages (disjoint classes sharing a member, distinct values made equal ...)
    and every member of owl:Nothing, for the closure of the ontology plus `data`."""
    graph = Graph().parse(ONTOLOGY_FILE)
    for triple in data:
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    messages = [str(graph.value(m, ERRORS.error)) for m in graph.subjects(RDF.type, ERRORS.ErrorMessage)]
    nothing = [f"{s} is a member of owl:Nothing" for s in graph.subjects(RDF.type, OWL.Nothing)]
    return sorted(messages + nothing)


@pytest.mark.slow
def test_the_seed_article_extraction_is_consistent(seed_graph: Graph) -> None:
    assert len(seed_graph) > 100
    assert inconsistencies(seed_graph) == []


def test_the_ontology_alone_is_consistent() -> None:
    assert inconsistencies(Graph()) == []


def stance(graph: Graph, name: str, *types: URIRef) -> URIRef:
    node = SGID["stance/test/" + name]
    for kind in types:
        graph.add((node, RDF.type, kind))
    graph.add((node, SG.holder, SGID["actor/vladimir-putin"]))
    graph.add((SGID["actor/vladimir-putin"], RDF.type, SG.Person))
    return node


def test_the_closure_catches_what_the_axioms_forbid() -> None:
    """The check can fail: each of these breaks one axiom of the ontology."""
    data = Graph()
    stance(data, "two-types", SG.Demand, SG.Reject)
    stance(data, "conceding-demand", SG.Demand, SG.SymbolicConcession)
    both = stance(data, "two-polarities", SG.Agree)
    data.add((both, SG.polarity, SG.positive))
    data.add((both, SG.polarity, SG.negative))
    data.add((SGID["actor/russia"], RDF.type, SG.State))
    data.add((SGID["actor/russia"], RDF.type, SG.Group))
    data.add((SGID["position/x"], RDF.type, SG.Position))
    data.add((SGID["position/x"], SG.holder, SGID["actor/russia"]))  # a position is not a stance
    data.add((SGID["position/x"], SG.documentId, Literal("x")))
    found = "\n".join(inconsistencies(data))
    for fragment in ("two-types", "conceding-demand", "positive", "actor/russia", "position/x"):
        assert fragment in found, f"no inconsistency about {fragment}:\n{found}"
