"""The ontology in each format it is published in: Turtle, JSON-LD, RDF/XML and an HTML reference page.

GET /ontology picks one by content negotiation; the bytes are built once per process.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph

from ontology import ONTOLOGY_FILE
from ontology.namespace import PREFIXES
from ontology.syntaxes import rdf_syntax

TURTLE = rdf_syntax("ttl").media_type
JSON_LD = rdf_syntax("jsonld").media_type
RDF_XML = rdf_syntax("rdfxml").media_type
HTML = "text/html"
# in order of preference when a client accepts several equally (Turtle is the source format)
MEDIA_TYPES: tuple[str, ...] = (TURTLE, JSON_LD, RDF_XML, HTML)


@lru_cache(maxsize=len(MEDIA_TYPES))
def ontology_bytes(media_type: str) -> bytes:
    """The ontology as `media_type` (one of MEDIA_TYPES).

    Example:
        >>> ontology_bytes("text/turtle").startswith(b"@prefix")
        True

    Raises:
        ValueError: `media_type` is not one the ontology is published in.
    """
    if media_type == TURTLE:
        return ONTOLOGY_FILE.read_bytes()
    if media_type == HTML:
        from ontology.docs import reference_html

        return reference_html().encode("utf-8")
    graph = Graph().parse(ONTOLOGY_FILE)
    if media_type == JSON_LD:
        context = {prefix: iri for prefix, iri in PREFIXES.items() if prefix != "sgid"}
        return graph.serialize(format=rdf_syntax("jsonld").rdflib, context=context, auto_compact=True).encode()
    if media_type == RDF_XML:
        return graph.serialize(format=rdf_syntax("rdfxml").rdflib).encode("utf-8")
    raise ValueError(f"the ontology is not published as {media_type!r}; it is as {', '.join(MEDIA_TYPES)}")
