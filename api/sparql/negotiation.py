"""Content negotiation for the SPARQL service: the `Accept` header (with q-values) or a `format` parameter
picks one of pyoxigraph's own writers.

Results of SELECT and ASK are served as SPARQL results JSON, XML, CSV or TSV; graphs (CONSTRUCT, DESCRIBE,
the service description, the Graph Store Protocol) as Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML
or N3. The first format of each table is the default for a client that accepts anything; the Accept header is
read by the one negotiation rule of `api/negotiation.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from api.negotiation import preferred
from graph.store.terms import rdf_format
from ontology.syntaxes import RDF_SYNTAXES


@dataclass(frozen=True, slots=True)
class Format:
    """One serialisation: its media type (as sent), other media types it answers to, short names."""

    media_type: str
    content_type: str
    names: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None


RESULT_FORMATS: tuple[Format, ...] = (
    Format("application/sparql-results+json", "application/sparql-results+json", ("json", "srj"),
           ("application/json",), results=ox.QueryResultsFormat.JSON),
    Format("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8", ("xml", "srx"),
           ("application/xml", "text/xml"), results=ox.QueryResultsFormat.XML),
    Format("text/csv", "text/csv; charset=utf-8", ("csv",), results=ox.QueryResultsFormat.CSV),
    Format("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", ("tsv",),
           results=ox.QueryResultsFormat.TSV),
)

GRAPH_FORMATS: tuple[Format, ...] = tuple(
    Format(syntax.media_type, syntax.content_type, (syntax.name, *syntax.names), syntax.aliases, rdf=rdf_format(syntax))
    for syntax in RDF_SYNTAXES
)

# RDF syntaxes accepted in request bodies (Graph Store Protocol), by media type.
PARSEABLE: dict[str, ox.RdfFormat] = {
    media: f.rdf for f in GRAPH_FORMATS if f.rdf is not None for media in (f.media_type, *f.aliases)
    if media not in ("application/json", "text/plain", "application/xml", "text/xml")
} | {"application/xml": ox.RdfFormat.RDF_XML}


@lru_cache(maxsize=512)
def choose(kind: str, accept: str | None, name: str | None) -> Format | None:
    """The format to answer with, or None when nothing acceptable can be served (406).

    Args:
        kind: "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE, service description, graph store).
        accept: the request's Accept header.
        name: a `format` parameter (short name or media type), which overrides Accept.

    Example:
        >>> choose("results", "text/csv;q=0.5, application/sparql-results+xml", None).media_type
        'application/sparql-results+xml'
        >>> choose("graph", None, "nt").media_type
        'application/n-triples'
    """
    table = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    if name:
        wanted = name.strip().lower()
        for fmt in table:
            if wanted in fmt.names or wanted == fmt.media_type or wanted in fmt.aliases:
                return fmt
        return None
    offered, formats = _offers(kind)
    index = preferred(accept, offered)
    return None if index is None else formats[index]


@lru_cache(maxsize=2)
def _offers(kind: str) -> tuple[tuple[str, ...], tuple[Format, ...]]:
    """Every media type a table answers to, each format's own type before the aliases, in table order."""
    table = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    pairs = [(f.media_type, f) for f in table] + [(alias, f) for f in table for alias in f.aliases]
    return tuple(m for m, _ in pairs), tuple(f for _, f in pairs)


def accepted_media_types(kind: str) -> list[str]:
    """The media types served for `kind`, for 406 messages and the service description."""
    table = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    return [fmt.media_type for fmt in table]
