"""The RDF syntaxes stancegraph reads and writes, declared once: short names, media types, file extension,
and the name each library knows them by.

Content negotiation (/sparql, /store, /ontology), the RDF exports, the service description and the command
line all take their formats from `RDF_SYNTAXES`, so a syntax is added, or its media type corrected, here.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True, slots=True)
class RdfSyntax:
    """One RDF syntax."""

    name: str  # the short name used by `--format` and `format=`
    media_type: str
    oxigraph: ox.RdfFormat
    rdflib: str  # rdflib's serializer and parser name
    names: tuple[str, ...] = ()  # other short names accepted
    aliases: tuple[str, ...] = ()  # other media types accepted for it in Accept headers
    charset: bool = True  # whether the media type takes "; charset=utf-8" (JSON-LD is UTF-8 by definition)

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.charset else self.media_type


RDF_SYNTAXES: tuple[RdfSyntax, ...] = (
    RdfSyntax("ttl", "text/turtle", ox.RdfFormat.TURTLE, "turtle", ("turtle",), ("application/x-turtle",)),
    RdfSyntax("nt", "application/n-triples", ox.RdfFormat.N_TRIPLES, "nt", ("ntriples", "n-triples"), ("text/plain",)),
    RdfSyntax("nq", "application/n-quads", ox.RdfFormat.N_QUADS, "nquads", ("nquads", "n-quads")),
    RdfSyntax("trig", "application/trig", ox.RdfFormat.TRIG, "trig"),
    RdfSyntax("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, "json-ld", ("json-ld", "json"),
              ("application/json",), charset=False),
    RdfSyntax("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML, "xml", ("rdf", "xml", "owl"),
              ("application/xml", "text/xml")),
    RdfSyntax("n3", "text/n3", ox.RdfFormat.N3, "n3"),
)


def rdf_syntax(name: str) -> RdfSyntax:
    """The syntax a short name, another name or a media type names (any case).

    >>> rdf_syntax("Turtle").media_type
    'text/turtle'
    >>> rdf_syntax("application/n-quads").name
    'nq'

    Raises:
        KeyError: no syntax has that name.
    """
    wanted = name.strip().lower()
    for syntax in RDF_SYNTAXES:
        if wanted in (syntax.name, syntax.media_type, *syntax.names):
            return syntax
    raise KeyError(f"unknown RDF syntax {name!r}; expected one of {', '.join(s.name for s in RDF_SYNTAXES)}")


def of_oxigraph(fmt: ox.RdfFormat) -> RdfSyntax:
    """The syntax of one of pyoxigraph's formats."""
    return next(s for s in RDF_SYNTAXES if s.oxigraph == fmt)
