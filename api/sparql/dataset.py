"""Which graphs a query or an update sees.

The service's default dataset: the default graph is the union of every graph (each document lives in a
named graph of its own) and every named graph can be named in `GRAPH`. An explicit dataset wins over that
default, as the SPARQL 1.1 Protocol requires: `default-graph-uri` / `named-graph-uri` in the request,
else `FROM` / `FROM NAMED` in the query. When the request names only named graphs, the default graph is
empty; when it names only default graphs, there are no named graphs.

Updates write to the store itself: their WHERE clauses read the store's own default graph (not the union),
unless `using-graph-uri` / `using-named-graph-uri` are given, which act as `USING` / `USING NAMED` on every
operation (an update that has its own `USING` or `WITH` then gets a 400, as the protocol requires).
"""
from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from api.sparql.lexer import keywords
from api.sparql.protocol import Operation, ProtocolError


def _iris(operation: Operation, name: str) -> list[ox.NamedNode]:
    nodes = []
    for value in operation.values(name):
        try:
            nodes.append(ox.NamedNode(value))
        except ValueError as exc:
            raise ProtocolError(400, f"{name} '{value}' is not an absolute IRI: {exc}") from exc
    return nodes


def query_dataset(operation: Operation, words: frozenset[str]) -> dict[str, Any]:
    """Keyword arguments of `GraphStore.query` for the request's dataset."""
    if "default-graph-uri" in operation.params or "named-graph-uri" in operation.params:
        return {
            "union": False,
            "default_graph": _iris(operation, "default-graph-uri"),
            "named_graphs": _iris(operation, "named-graph-uri"),
        }
    if "FROM" in words:
        return {"union": False}
    return {"union": True}


def update_with_dataset(operation: Operation) -> str:
    """The update text with `using-graph-uri` / `using-named-graph-uri` written in as USING clauses.

    Example:
        >>> op = Operation("update", "INSERT { <a> <b> ?o } WHERE { ?s ?p ?o }",
        ...                {"using-graph-uri": ["http://example.org/g"]})
        >>> update_with_dataset(op)
        'INSERT { <a> <b> ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }'
    """
    using = _iris(operation, "using-graph-uri")
    using_named = _iris(operation, "using-named-graph-uri")
    text = operation.text
    if not using and not using_named:
        return text
    top = [k for k in keywords(text) if k.depth == 0]
    for keyword in top:
        if keyword.word in ("USING", "WITH"):
            raise ProtocolError(
                400, f"the update has its own {keyword.word} clause and the request gives "
                "using-graph-uri/using-named-graph-uri: the protocol forbids both",
            )
    clause = " ".join([f"USING <{g.value}>" for g in using]
                      + [f"USING NAMED <{g.value}>" for g in using_named])
    inserts = []
    for before, keyword in zip([None, *top], top, strict=False):
        if keyword.word != "WHERE":
            continue
        if before is not None and before.word == "DELETE":
            raise ProtocolError(
                400, "using-graph-uri cannot apply to DELETE WHERE; write DELETE { ... } WHERE { ... }"
            )
        inserts.append(keyword.start)
    for start in reversed(inserts):
        text = f"{text[:start]}{clause} {text[start:]}"
    return text
