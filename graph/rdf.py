"""The one mapping from extracted records to RDF. Nothing else in the project writes triples.

Each document becomes a named graph (its IRI is the document's IRI) holding the document node, the
actors it mentions (labels, aliases, kind, links), its positions, its stances (n-ary node and the
direct holder->position/target edge, written together by `stance_triples`) and its contradictions.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rdflib import Literal, URIRef
from rdflib import namespace as rdflib_namespace
from rdflib.namespace import XSD

from graph import iris
from graph.records import Actor, Extraction, Position, Stance
from ontology import namespace
from ontology.namespace import DIRECT_EDGE, term


class _Remembered:
    """A namespace whose terms are each looked up once: rdflib builds a new IRI on every `SG.holder`,
    and a document's graph asks for the same few dozen terms thousands of times."""

    def __init__(self, terms: Any) -> None:
        self._terms = terms

    def __getattr__(self, name: str) -> URIRef:
        value: URIRef = getattr(self._terms, name)
        setattr(self, name, value)
        return value


SG, NIF = _Remembered(namespace.SG), _Remembered(namespace.NIF)
DCTERMS, OWL, PROV, RDF, RDFS, SKOS = (
    _Remembered(getattr(rdflib_namespace, name)) for name in ("DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS")
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def extraction_triples(extraction: Extraction) -> Iterator[Triple]:
    """All triples of one document's graph.

    Example:
        >>> from graph.records import Document, Extraction
        >>> triples = list(extraction_triples(Extraction(Document(id="d1", text="Hello."))))
        >>> len(triples) > 0
        True
    """
    doc = extraction.document
    doc_iri = iris.document_iri(doc.id)
    yield from document_triples(extraction)
    for actor in extraction.actors.values():
        yield from actor_triples(actor)
    for key in sorted(extraction.mentioned):
        yield doc_iri, SG.mentions, iris.actor_iri(key)
    for index, stance in enumerate(extraction.stances):
        answered = (
            iris.stance_iri(doc.id, stance.answers) if stance.answers is not None else None
        )
        yield from stance_triples(stance, iris.stance_iri(doc.id, index), answers=answered)
    for contradiction in extraction.contradictions:
        node = iris.contradiction_iri(doc.id, contradiction.first, contradiction.second)
        first = iris.stance_iri(doc.id, contradiction.first)
        second = iris.stance_iri(doc.id, contradiction.second)
        yield node, RDF.type, SG.Contradiction
        yield node, SG.contradictionOf, first
        yield node, SG.contradictionOf, second
        yield node, SG.reason, Literal(contradiction.reason)
        yield first, SG.contradicts, second
        yield second, SG.contradicts, first


def document_triples(extraction: Extraction) -> Iterator[Triple]:
    """The document node: id, text (as the NIF context string) and Dublin Core metadata."""
    doc = extraction.document
    node = iris.document_iri(doc.id)
    yield node, RDF.type, SG.Document
    yield node, SG.documentId, Literal(doc.id)
    yield node, NIF.isString, Literal(doc.text)
    if doc.title:
        yield node, DCTERMS.title, Literal(doc.title)
    if doc.date:
        yield node, DCTERMS.date, Literal(doc.date.isoformat(), datatype=XSD.date)
    if doc.publisher:
        yield node, DCTERMS.publisher, Literal(doc.publisher)
    if doc.author:
        yield node, DCTERMS.creator, Literal(doc.author)
    if doc.url:
        yield node, DCTERMS.source, URIRef(doc.url)


def actor_triples(actor: Actor) -> Iterator[Triple]:
    """An actor's label, aliases, kind and links, as seen in one document."""
    node = iris.actor_iri(actor.key)
    yield node, RDF.type, term(actor.kind)
    yield node, SKOS.prefLabel, Literal(actor.label)
    for alias in sorted(actor.aliases - {actor.label}):
        yield node, SKOS.altLabel, Literal(alias)
    if actor.represents:
        yield node, SG.represents, iris.actor_iri(actor.represents)
    for other in sorted(actor.affiliated_with):
        yield node, SG.affiliatedWith, iris.actor_iri(other)
    for same in sorted(actor.same_as):
        yield node, OWL.sameAs, URIRef(same)
    for office in sorted(actor.offices):
        office_node = iris.office_iri(office)
        yield node, SG.holdsOffice, office_node
        yield office_node, RDF.type, SG.Office
        yield office_node, SKOS.prefLabel, Literal(office)
    if actor.country:
        yield node, SG.country, iris.actor_iri(actor.country)


def position_triples(position: Position) -> Iterator[Triple]:
    node = iris.position_iri(position.key)
    yield node, RDF.type, SG.Position
    yield node, SKOS.prefLabel, Literal(position.label)
    yield node, SG.positionKey, Literal(position.key)


def stance_triples(stance: Stance, node: URIRef, *, answers: URIRef | None = None) -> Iterator[Triple]:
    """The n-ary stance node and, beside it, the direct edge(s) from the holder: one function, so they agree."""
    ev = stance.evidence
    doc_iri = iris.document_iri(ev.document_id)
    holder = iris.actor_iri(stance.holder)
    direct = term(DIRECT_EDGE[stance.type])
    yield node, RDF.type, term(stance.type)
    yield node, SG.holder, holder
    yield node, SG.polarity, term(stance.polarity)
    yield node, SG.modality, term(stance.modality)
    yield node, PROV.wasDerivedFrom, doc_iri
    if stance.target:
        target = iris.actor_iri(stance.target)
        yield node, SG.target, target
        if stance.polarity == "positive":
            yield holder, direct, target
    if stance.position:
        position = iris.position_iri(stance.position.key)
        yield from position_triples(stance.position)
        yield node, SG.position, position
        if stance.polarity == "positive":
            yield holder, direct, position
    if stance.attributed_to:
        yield node, PROV.wasAttributedTo, iris.actor_iri(stance.attributed_to)
    if stance.date:
        yield node, SG.stanceDate, Literal(stance.date.isoformat(), datatype=XSD.date)
    if stance.cue:
        yield node, RDFS.comment, Literal(f"cue: {stance.cue}")
    if stance.concession:
        for kind in stance.concession.types:
            yield node, RDF.type, term(kind)
            # the document graph says the type is a concession, so queries need not join the ontology
            yield term(kind), RDFS.subClassOf, SG.Concession
        if stance.concession.conceded_to:
            yield node, SG.concededTo, iris.actor_iri(stance.concession.conceded_to)
        for framer in stance.concession.framed_by:
            yield node, SG.framedBy, iris.actor_iri(framer)
    if answers is not None:
        yield node, SG.answers, answers
    mention = iris.mention_iri(ev.document_id, ev.start, ev.end)
    yield node, SG.evidence, mention
    yield mention, RDF.type, SG.Mention
    yield mention, SG.inDocument, doc_iri
    yield mention, NIF.referenceContext, doc_iri
    yield mention, NIF.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)
    yield mention, NIF.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)
    yield mention, NIF.anchorOf, Literal(ev.text)

