"""SHACL: the extractor's output for every example and the founding article has zero violations,
the reference actors conform, and each shape does catch what it forbids."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ontology import ACTORS_FILE
from ontology.namespace import NIF, SG
from ontology.validate import validate_graph


def test_every_example_extraction_conforms(example_graphs: dict[str, Graph]) -> None:
    for name, graph in example_graphs.items():
        assert any(graph.subjects(SG.holder, None)), f"{name}: no stance extracted, nothing validated"
        assert [str(v) for v in validate_graph(graph)] == [], name


def test_the_seed_article_extraction_conforms(seed_graph: Graph) -> None:
    assert [str(v) for v in validate_graph(seed_graph)] == []


def test_the_reference_actors_conform() -> None:
    assert [str(v) for v in validate_graph(Graph().parse(ACTORS_FILE))] == []


def first(graph: Graph, kind: URIRef) -> URIRef:
    node = next(iter(sorted(graph.subjects(RDF.type, kind))), None)
    assert isinstance(node, URIRef), f"no {kind} in the graph"
    return node


def broken(graph: Graph, change: str) -> Graph:
    """A copy of `graph` with one defect of the kind `change` names."""
    from rdflib.namespace import XSD  # imported here: pytest's collection probes module attributes

    copy = Graph()
    for triple in graph:
        copy.add(triple)
    stance = first(copy, SG.Stance) if (None, RDF.type, SG.Stance) in copy else next(
        s for s in sorted(copy.subjects(SG.holder, None)) if isinstance(s, URIRef))
    mention = copy.value(stance, SG.evidence)
    actor = copy.value(stance, SG.holder)
    if change == "no holder":
        copy.remove((stance, SG.holder, None))
    elif change == "two types":
        copy.add((stance, RDF.type, SG.Claim if (stance, RDF.type, SG.Claim) not in copy else SG.Aim))
    elif change == "no type":
        for kind in list(copy.objects(stance, RDF.type)):
            copy.remove((stance, RDF.type, kind))
    elif change == "bad polarity":
        copy.set((stance, SG.polarity, SG.reported))
    elif change == "no modality":
        copy.remove((stance, SG.modality, None))
    elif change == "no evidence":
        copy.remove((stance, SG.evidence, None))
    elif change == "offsets past the text":
        copy.set((mention, NIF.endIndex, Literal(10**7, datatype=XSD.nonNegativeInteger)))
    elif change == "wrong anchor":
        copy.set((mention, NIF.anchorOf, Literal("not the text")))
    elif change == "concession on a demand":
        for kind in list(copy.objects(stance, RDF.type)):
            copy.remove((stance, RDF.type, kind))
        copy.add((stance, RDF.type, SG.Demand))
        copy.add((stance, RDF.type, SG.SymbolicConcession))
    elif change == "actor without a label":
        copy.remove((actor, SKOS.prefLabel, None))
    elif change == "actor of two kinds":
        copy.add((actor, RDF.type, SG.Group if (actor, RDF.type, SG.Group) not in copy else SG.State))
    elif change == "position without a label":
        position = first(copy, SG.Position)
        copy.remove((position, SKOS.prefLabel, None))
    return copy


@pytest.mark.parametrize("change", [
    "no holder", "two types", "no type", "bad polarity", "no modality", "no evidence",
    "offsets past the text", "wrong anchor", "concession on a demand", "actor without a label",
    "actor of two kinds", "position without a label",
])
def test_each_defect_is_a_violation(example_graphs: dict[str, Graph], change: str) -> None:
    graph = next(iter(example_graphs.values()))
    assert validate_graph(graph) == []
    assert validate_graph(broken(graph, change)) != [], f"{change} went unnoticed"
