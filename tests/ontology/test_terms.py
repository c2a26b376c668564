"""stancegraph.ttl: it parses, every term is labelled and defined, and the PLOVER/CAMEO alignment is sound."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ontology import ONTOLOGY_FILE
from ontology.namespace import CAMEO, ONTOLOGY_IRI, PLOVER, SG, STANCE_TYPES
from tests.ontology.conftest import PLOVER_OF

MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def sg_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects(RDF.type, None)
                   if isinstance(s, URIRef) and s.startswith(str(SG._NS))})


def test_the_ontology_header_has_versions(ontology: Graph) -> None:
    root = URIRef(ONTOLOGY_IRI)
    assert (root, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(root, OWL.versionInfo)
    assert version is not None
    assert str(ontology.value(root, OWL.versionIRI)).endswith("/" + str(version))


def test_every_term_has_an_english_label_and_a_definition(ontology: Graph) -> None:
    terms = sg_terms(ontology)
    assert len(terms) > 60
    problems = []
    for term in terms:
        labels = [o for o in ontology.objects(term, RDFS.label)
                  if isinstance(o, Literal) and o.language == "en"]
        comments = [str(o) for o in ontology.objects(term, RDFS.comment)]
        if len(labels) != 1:
            problems.append(f"{term}: {len(labels)} English labels")
        elif not comments:
            problems.append(f"{term}: no rdfs:comment")
        # a definition says more than the name: longer than the label by several words
        elif len(comments[0].split()) < len(str(labels[0]).split()) + 4:
            problems.append(f"{term}: the comment restates the label")
    assert problems == []


def test_every_declared_term_of_other_vocabularies_is_labelled_and_commented(ontology: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    declared = {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    unexplained = sorted(
        str(term) for term in declared
        if not any(isinstance(o, Literal) and o.language == "en" for o in ontology.objects(term, RDFS.label))
        or not list(ontology.objects(term, RDFS.comment))
    )
    assert len(declared) > len(sg_terms(ontology))  # PROV-O, NIF, Dublin Core, SKOS, VANN terms are declared
    assert unexplained == []


def test_each_term_has_one_owl_kind(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
    for term in sg_terms(ontology):
        declared = kinds & set(ontology.objects(term, RDF.type))
        assert len(declared) == 1, f"{term} is declared as {declared}"


def matches(graph: Graph, term: URIRef, scheme: str) -> list[URIRef]:
    return [c for m in MAPPINGS for c in graph.objects(term, m) if str(c).startswith(scheme)]


def test_each_stance_type_has_one_cameo_code_and_at_most_one_plover_type(ontology: Graph) -> None:
    for name in STANCE_TYPES:
        assert len(matches(ontology, SG[name], str(CAMEO))) == 1, name
        expected = 0 if name in ("Aim", "Claim") else 1
        assert len(matches(ontology, SG[name], str(PLOVER))) == expected, name


def test_alignment_targets_are_declared_concepts_of_their_scheme(ontology: Graph) -> None:
    for name in STANCE_TYPES:
        for prop in (*MAPPINGS, SKOS.broadMatch, SKOS.narrowMatch):
            for concept in ontology.objects(SG[name], prop):
                scheme = PLOVER if str(concept).startswith(str(PLOVER)) else CAMEO
                assert (concept, SKOS.inScheme, URIRef(str(scheme))) in ontology, concept
                assert ontology.value(concept, SKOS.notation) is not None, concept


def test_no_concept_is_the_exact_match_of_two_stance_types(ontology: Graph) -> None:
    # skos:exactMatch is transitive: two types with one exact match would be declared the same
    seen: dict[URIRef, str] = {}
    for name in STANCE_TYPES:
        for concept in ontology.objects(SG[name], SKOS.exactMatch):
            assert concept not in seen, f"{concept} is the exact match of {seen.get(concept)} and {name}"
            seen[concept] = name


def test_stances_md_alignment_holds(ontology: Graph) -> None:
    """The PLOVER column of ../shared/STANCES.md, as the ontology says it."""
    expected = {name: plover for name, plover in PLOVER_OF.items() if plover}
    found = {name: str(ontology.value(c, SKOS.notation))
             for name in STANCE_TYPES for c in matches(ontology, SG[name], str(PLOVER))}
    assert found == expected
