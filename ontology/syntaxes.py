"""The RDF syntaxes stancegraph reads and writes, declared once: short names, media types, file extension,
and the name rdflib knows them by (the store maps them to its formats: `graph.store.rdf_format`).

Content negotiation (/sparql, /store, /ontology), the RDF exports, the service description and the command
line all take their formats from `RDF_SYNTAXES`, so a syntax is added, or its media type corrected, here.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RdfSyntax:
    """One RDF syntax."""

    name: str  # the short name used by `--format` and `format=`
    media_type: str
    rdflib: str  # rdflib's serializer and parser name
    names: tuple[str, ...] = ()  # other short names accepted
    aliases: tuple[str, ...] = ()  # other media types accepted for it in Accept headers
    charset: bool = True  # whether the media type takes "; charset=utf-8" (JSON-LD is UTF-8 by definition)

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.charset else self.media_type


RDF_SYNTAXES: tuple[RdfSyntax, ...] = (
    RdfSyntax("ttl", "text/turtle", "turtle", ("turtle",), ("application/x-turtle",)),
    RdfSyntax("nt", "application/n-triples", "nt", ("ntriples", "n-triples"), ("text/plain",)),
    RdfSyntax("nq", "application/n-quads", "nquads", ("nquads", "n-quads")),
    RdfSyntax("trig", "application/trig", "trig"),
    RdfSyntax("jsonld", "application/ld+json", "json-ld", ("json-ld", "json"),
              ("application/json",), charset=False),
    RdfSyntax("rdfxml", "application/rdf+xml", "xml", ("rdf", "xml", "owl"),
              ("application/xml", "text/xml")),
    RdfSyntax("n3", "text/n3", "n3"),
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

