"""The RDF terms, formats and parsers the store speaks, whichever backend holds the graph.

Both backends answer with the same term types (IRIs, literals, blank nodes, triples and quads) and the same
result objects (solutions, a boolean, triples); this module names them once, so the read side, the exports
and the HTTP edge take them from the store and never from the library that implements them. Parsing and
serialising RDF go through `parse_rdf` and `serialize_rdf`, and a syntax of `ontology/syntaxes.py` becomes
a store format with `rdf_format`.

Example:
    >>> bindings(document="http://example.org/d")
    {<Variable value=document>: <NamedNode value=http://example.org/d>}
    >>> [q.object.value for q in parse_rdf(b'<http://x/s> <http://x/p> "o" .', fmt=RdfFormat.N_TRIPLES)]
    ['o']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any

import rdflib
from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolution,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    Variable,
    parse,
    parse_query_results,
    serialize,
)

from ontology.syntaxes import RDF_SYNTAXES, RdfSyntax

__all__ = [
    "BlankNode", "DefaultGraph", "Literal", "NamedNode", "Quad", "QueryBoolean", "QueryResultsFormat",
    "QuerySolution", "QuerySolutions", "QueryTriples", "RdfFormat", "Term", "Triple", "Variable", "bindings",
    "parse_query_results", "parse_rdf", "rdf_format", "serialize_rdf", "store_quads", "store_term", "store_terms",
    "store_triples",
    "syntax_of",
]

Term = NamedNode | Literal | BlankNode
Substitutions = dict[Variable, Any]


_STORE_IRIS: dict[str, NamedNode] = {}
_STORE_TERMS_MAX = 200_000


def store_term(term: rdflib.term.Identifier) -> Term:
    """An rdflib term (what the extractor's RDF mapping yields) as a store term.

    IRI conversions are remembered (up to a bound), keyed by their plain string (a lookup keyed by the
    rdflib term itself would run rdflib's Python `__eq__` on every hit): predicates, classes and actor
    nodes recur in every document, and converting them again is most of the cost of writing a
    document's graph.

    >>> store_term(rdflib.URIRef("http://example.org/a"))
    <NamedNode value=http://example.org/a>
    >>> store_term(rdflib.Literal("3", datatype=rdflib.XSD.integer))
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    kind = type(term)
    if kind is rdflib.URIRef:
        return _iri(str.__str__(term))
    if kind is rdflib.Literal:
        literal: rdflib.Literal = term  # type: ignore[assignment]
        if literal.language:
            return Literal(str.__str__(literal), language=literal.language)
        if literal.datatype is not None:
            return Literal(str.__str__(literal), datatype=_iri(str.__str__(literal.datatype)))
        return Literal(str.__str__(literal))
    return _convert(term)


def _iri(value: str) -> NamedNode:
    known = _STORE_IRIS.get(value)
    if known is None:
        known = NamedNode(value)
        if len(_STORE_IRIS) >= _STORE_TERMS_MAX:
            _STORE_IRIS.clear()
        _STORE_IRIS[value] = known
    return known


def _convert(term: rdflib.term.Identifier) -> Term:
    """Any other rdflib term (a subclass of one, a blank node) the long way."""
    if isinstance(term, rdflib.URIRef):
        return NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return Literal(str(term), language=term.language)
        if term.datatype is not None:
            return Literal(str(term), datatype=NamedNode(str(term.datatype)))
        return Literal(str(term))
    if isinstance(term, rdflib.BNode):
        return BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def store_terms(triples: Iterable[tuple[Any, Any, Any]]) -> list[tuple[Term, Term, Term]]:
    """rdflib triples (the RDF mapping's output) as (subject, predicate, object) store terms, each distinct
    triple once, in the order the mapping gives them. Plain tuples: a store `Triple` costs more to build
    than its three terms, and a writer that makes quads needs none."""
    return list(dict.fromkeys((store_term(s), store_term(p), store_term(o)) for s, p, o in triples))


def store_triples(triples: Iterable[tuple[Any, Any, Any]]) -> list[Triple]:
    """rdflib triples as store triples, each distinct triple once, in the mapping's order."""
    return [Triple(s, p, o) for s, p, o in store_terms(triples)]  # type: ignore[arg-type]


def store_quads(triples: Iterable[tuple[Any, Any, Any]], graph: NamedNode) -> list[Quad]:
    """rdflib triples as store quads in the named graph `graph`, each distinct quad once, in the mapping's
    order."""
    return [Quad(s, p, o, graph) for s, p, o in store_terms(triples)]  # type: ignore[arg-type]


def bindings(**iris: str | None) -> Substitutions | None:
    """Bound variables of a query, each to an IRI (None or empty values are left unbound); None when none is.

    Raises:
        ValueError: a value is not a valid IRI.
    """
    bound = {Variable(name): NamedNode(iri) for name, iri in iris.items() if iri}
    return bound or None


def parse_rdf(data: bytes | str, *, fmt: RdfFormat, base_iri: str | None = None) -> Iterator[Quad]:
    """The quads (or triples, in the default graph) of an RDF document.

    Raises:
        SyntaxError: the data does not parse.
    """
    return iter(parse(data, format=fmt, base_iri=base_iri))


def serialize_rdf(items: Iterable[Quad] | Iterable[Triple], out: IO[bytes] | None = None, *, fmt: RdfFormat,
                  prefixes: dict[str, str] | None = None) -> bytes | None:
    """Quads or triples written in `fmt` to `out`, or returned as bytes without one."""
    return serialize(items, out, format=fmt, prefixes=prefixes)


def rdf_format(syntax: RdfSyntax) -> RdfFormat:
    """The store format of one of the project's RDF syntaxes.

    >>> from ontology.syntaxes import rdf_syntax
    >>> rdf_format(rdf_syntax("ttl")) == RdfFormat.TURTLE
    True
    """
    return _FORMATS[syntax.name]


def syntax_of(fmt: RdfFormat) -> RdfSyntax:
    """The project's syntax of a store format."""
    return next(s for s in RDF_SYNTAXES if _FORMATS[s.name] == fmt)


def _format_of(syntax: RdfSyntax) -> RdfFormat:
    found = RdfFormat.from_media_type(syntax.media_type)
    if found is None:
        raise LookupError(f"the store has no {syntax.media_type} parser")
    return found


_FORMATS = {syntax.name: _format_of(syntax) for syntax in RDF_SYNTAXES}
