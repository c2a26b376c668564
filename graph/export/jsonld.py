"""A streaming JSON-LD writer: one named graph per document, IRIs compacted with the project's prefixes.

Oxigraph's JSON-LD serialiser writes expanded IRIs and no context; this one writes a context made of
`ontology.namespace.PREFIXES` and compact IRIs (`sg:holder`, `sgid:actor/...`), so the file reads well and
expands to the same quads. Quads arrive grouped by graph and subject (Oxigraph's index order); each run of
one subject becomes one node object, so memory holds one subject at a time.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from graph.export.markup import CHUNK_SIZE
from graph.store.terms import BlankNode, Literal, Quad
from ontology.namespace import PREFIXES, RDF_TYPE

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# longest namespace first, so `sgid:` wins over a shorter prefix of the same IRI
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(iri: str) -> str:
    """`iri` as a compact IRI when a project prefix covers it, else unchanged.

    >>> compact("https://w3id.org/stancegraph/ontology#holder")
    'sg:holder'
    """
    for prefix, namespace in _BY_LENGTH:
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and not local.startswith("/"):
            return f"{prefix}:{local}"
    return iri


def _node_id(term: Any) -> str:
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return compact(term.value)


def _object(term: Any) -> dict[str, str]:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": compact(term.datatype.value)}
    return {"@id": _node_id(term)}


def _node_object(subject: Any, pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": _node_id(subject)}
    for predicate, obj in pairs:
        if predicate.value == RDF_TYPE and not isinstance(obj, Literal):
            node.setdefault("@type", []).append(_node_id(obj))
        else:
            node.setdefault(compact(predicate.value), []).append(_object(obj))
    return node


def _parts(quads: Iterable[Quad]) -> Iterator[bytes]:
    yield b'{"@context":' + orjson.dumps(PREFIXES) + b',\n"@graph":['
    graph: Any = None
    subject: Any = None
    pairs: list[tuple[Any, Any]] = []
    first_graph = True
    first_node = True
    for quad in quads:
        if quad.graph_name != graph or quad.subject != subject:
            if pairs:
                yield (b"" if first_node else b",\n") + orjson.dumps(_node_object(subject, pairs))
                first_node = False
            pairs = []
            subject = quad.subject
        if quad.graph_name != graph:
            if graph is not None:
                yield b"]}"
            graph = quad.graph_name
            opening = b'{"@id":' + orjson.dumps(_node_id(graph)) + b',"@graph":[\n'
            yield (b"\n" if first_graph else b",\n") + opening
            first_graph, first_node = False, True
        pairs.append((quad.predicate, quad.object))
    if pairs:
        yield (b"" if first_node else b",\n") + orjson.dumps(_node_object(subject, pairs))
    if graph is not None:
        yield b"]}"
    yield b"\n]}\n"


def write_jsonld(quads: Iterable[Quad]) -> Iterator[bytes]:
    """JSON-LD of named-graph quads (grouped by graph, then subject), in chunks of about CHUNK_SIZE bytes."""
    pending: list[bytes] = []
    length = 0
    for part in _parts(quads):
        pending.append(part)
        length += len(part)
        if length >= CHUNK_SIZE:
            yield b"".join(pending)
            pending, length = [], 0
    if pending:
        yield b"".join(pending)
