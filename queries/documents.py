"""Documents: the listing with metadata and counts, and one document's actors and stances."""
from __future__ import annotations

from typing import Any

from graph.errors import UnknownDocument
from graph.store import GraphStore, python_value
from graph.store.terms import bindings
from queries.cache import per_version
from queries.stances import StanceFilter, contradictions, document_iri, list_stances

DOCUMENTS = """
SELECT ?document ?id ?title ?date ?publisher ?author ?url
       (COUNT(DISTINCT ?stance) AS ?stances) (COUNT(DISTINCT ?actor) AS ?actors) WHERE {
  GRAPH ?document {
    ?document a sg:Document ; sg:documentId ?id .
    OPTIONAL { ?document dcterms:title ?title }
    OPTIONAL { ?document dcterms:date ?date }
    OPTIONAL { ?document dcterms:publisher ?publisher }
    OPTIONAL { ?document dcterms:creator ?author }
    OPTIONAL { ?document dcterms:source ?url }
    OPTIONAL { ?stance sg:holder ?holder }
    OPTIONAL { ?document sg:mentions ?actor }
  }
} GROUP BY ?document ?id ?title ?date ?publisher ?author ?url ORDER BY ?date ?id"""

TEXT = "SELECT ?document ?text WHERE { GRAPH ?document { ?document nif:isString ?text } }"

MENTIONED = """
SELECT DISTINCT ?document ?actor ?label WHERE {
  GRAPH ?document { ?document sg:mentions ?actor }
  OPTIONAL { ?actor skos:prefLabel ?label }
} ORDER BY ?label"""


def all_documents(store: GraphStore) -> list[dict[str, Any]]:
    """Every document with its metadata, number of stances and of actors named, oldest first."""
    return per_version(store, "documents", lambda s: list(s.select(DOCUMENTS)))


def resolve_document(store: GraphStore, ident: str) -> str:
    """The IRI of the document named by its id (`harbour-talks`) or its IRI.

    Raises:
        UnknownDocument: the store holds no such document.
    """
    iri: str = _listed(store, ident)["document"]
    return iri


def _listed(store: GraphStore, ident: str) -> dict[str, Any]:
    """The listing row of the document named by its id or IRI; UnknownDocument when there is none."""
    iri = document_iri(ident.strip())
    for row in all_documents(store):
        if row["document"] == iri:
            return row
    raise UnknownDocument(f"unknown document {ident!r}")


def document_card(store: GraphStore, ident: str) -> dict[str, Any]:
    """One document: its metadata, its text, the actors it names, its stances and contradictions.

    The text is the one the evidence offsets count in, so a reader can show each stance's sentence in
    its place.

    Raises:
        UnknownDocument: no document has that id or IRI.
    """
    listed = _listed(store, ident)
    iri = listed["document"]
    bound = bindings(document=iri)
    text = next((python_value(row["text"]) for row in store.query(TEXT, substitutions=bound)), "")
    actors: dict[str, str] = {}
    for row in store.query(MENTIONED, substitutions=bound):
        actors.setdefault(row["actor"].value, python_value(row["label"]) or row["actor"].value)
    stances, _ = list_stances(store, StanceFilter(document=iri))
    return {**listed, "text": text, "mentions": [{"id": a, "label": label} for a, label in actors.items()],
            "stance_records": stances, "contradictions": contradictions(store, document=iri)}
