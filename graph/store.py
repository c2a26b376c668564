"""The store interface and its embedded Oxigraph backend.

Every document lives in a named graph whose IRI is the document's IRI; replacing a document replaces
its graph, so ingest is idempotent. Queries see the union of all graphs as the default graph.
Reference data (the ontology and the reference actors) lives in graphs of their own.

`GraphStore` is the interface the rest of the project uses; `OxigraphStore` is the embedded backend
(a persistent directory, or memory for tests). A remote SPARQL backend can implement the same methods.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from graph.errors import QueryError
from graph.rdf import Triple
from ontology.namespace import PREFIXES, SGID

ONTOLOGY_GRAPH = str(SGID["graph/ontology"])
ACTORS_GRAPH = str(SGID["graph/reference-actors"])


_OX_TERMS: dict[URIRef | Literal | BNode, ox.NamedNode | ox.Literal | ox.BlankNode] = {}
_OX_TERMS_MAX = 200_000


def to_ox(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term.

    Conversions are remembered (up to a bound): predicates, classes and actor nodes recur in every
    document, and converting them again is most of the cost of writing a document's graph.

    >>> to_ox(URIRef("http://example.org/a"))
    <NamedNode value=http://example.org/a>
    """
    known = _OX_TERMS.get(term)
    if known is not None:
        return known
    converted = _convert(term)
    if len(_OX_TERMS) >= _OX_TERMS_MAX:
        _OX_TERMS.clear()
    _OX_TERMS[term] = converted
    return converted


def _convert(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def replacement_update(
    graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple | ox.Quad], *, keep_old: bool = False,
) -> str:
    """One SPARQL update that empties `graph` (unless `keep_old`) and writes `triples` into it.

    Oxigraph runs a whole update in one transaction, so the graph is never seen, nor left after a
    crash, half written or missing. The triples travel as N-Triples, written by Oxigraph's serializer.

    >>> g = ox.NamedNode("http://example.org/g")
    >>> print(replacement_update(g, [ox.Triple(g, g, ox.Literal("x"))]))
    DROP SILENT GRAPH <http://example.org/g> ;
    CREATE SILENT GRAPH <http://example.org/g> ;
    INSERT DATA { GRAPH <http://example.org/g> {
    <http://example.org/g> <http://example.org/g> "x" .
    } }
    """
    body = ox.serialize(
        (ox.Triple(t.subject, t.predicate, t.object) if isinstance(t, ox.Quad) else t for t in triples),
        format=ox.RdfFormat.N_TRIPLES,
    ) or b""
    if isinstance(graph, ox.DefaultGraph):
        clear = "" if keep_old else "CLEAR SILENT DEFAULT ;\n"
        return f"{clear}INSERT DATA {{\n{body.decode()}}}"
    drop = "" if keep_old else f"DROP SILENT GRAPH {graph} ;\n"
    return f"{drop}CREATE SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body.decode()}}} }}"


def sparql_prologue() -> str:
    """PREFIX lines for every project prefix, for queries written with them."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class GraphStore(Protocol):
    """What the rest of stancegraph needs from a store."""

    def replace_graph(self, graph_iri: str, triples: Iterable[Triple]) -> int: ...
    def remove_graph(self, graph_iri: str) -> None: ...
    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any: ...
    def update(self, sparql: str) -> None: ...
    def triple_count(self) -> int: ...
    def graph_names(self) -> list[str]: ...
    @property
    def version(self) -> int: ...


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (`path`) or in memory (`path=None`).

    Args:
        path: directory of the store; created when missing. None keeps everything in memory.
        read_only: open an existing store without write access.

    Example:
        >>> store = OxigraphStore()
        >>> from rdflib import URIRef, Literal
        >>> store.replace_graph("http://example.org/g", [(URIRef("http://example.org/s"),
        ...     URIRef("http://example.org/p"), Literal("o"))])
        1
        >>> store.triple_count()
        1
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is None:
            self._store = ox.Store()
        elif read_only:
            self._store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        self._version = 0
        self._lock = threading.Lock()
        self._listeners: list[Any] = []

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for the SPARQL service and bulk work."""
        return self._store

    @property
    def version(self) -> int:
        """A counter that changes whenever the store changes (for ETags and cached projections)."""
        return self._version

    def on_change(self, callback: Any) -> None:
        """Call `callback(graph_iris)` after every change set."""
        self._listeners.append(callback)

    def _changed(self, graphs: list[str]) -> None:
        with self._lock:
            self._version += 1
        for callback in self._listeners:
            callback(graphs)

    def replace_graph(self, graph_iri: str, triples: Iterable[Triple]) -> int:
        """Replace the named graph `graph_iri` with `triples`; returns the triple count.

        Every new triple is built before the store is touched, so a bad record fails with nothing
        changed; the old graph is then dropped and the new one written in one update, one transaction,
        so a crash or an error during the write leaves the old graph whole.
        """
        graph = ox.NamedNode(graph_iri)
        rows = list({
            ox.Triple(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]
            for s, p, o in triples
        })
        self._store.update(replacement_update(graph, rows))
        self._changed([graph_iri])
        return len(rows)

    def load_graph(self, graph_iri: str, data: bytes | str, *, fmt: ox.RdfFormat) -> None:
        """Replace a named graph with a parsed file (parsed whole first, then swapped in one transaction)."""
        graph = ox.NamedNode(graph_iri)
        self._store.update(replacement_update(graph, ox.parse(data, format=fmt)))
        self._changed([graph_iri])

    def write_graph(
        self, graph_iri: str | None, data: bytes, *, fmt: ox.RdfFormat, replace: bool, base_iri: str | None = None
    ) -> None:
        """Parse RDF (all of it first, so a syntax error changes nothing) into a named graph or, for None,
        the default graph; `replace` drops the graph's old triples, else they are kept. The write is one
        transaction: a failure leaves the graph as it was.

        Raises:
            QueryError: the data does not parse.
        """
        graph: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
        try:
            rows = list(ox.parse(data, format=fmt, base_iri=base_iri))
        except SyntaxError as exc:
            raise QueryError(f"the RDF does not parse: {exc}") from exc
        self._store.update(replacement_update(graph, rows, keep_old=not replace))
        self._changed([graph_iri] if graph_iri else [])

    def remove_graph(self, graph_iri: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")
        self._changed([graph_iri])

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a SPARQL query; the default graph is the union of all graphs unless `union=False`.

        Raises:
            QueryError: the query does not parse.
        """
        try:
            return self._store.query(
                sparql, use_default_graph_as_union=union, prefixes=PREFIXES, **kwargs
            )
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc

    def select(self, sparql: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """Rows of a SELECT query as dicts of variable name -> Python value (str, int, None)."""
        result = self.query(sparql, **kwargs)
        names = [v.value for v in result.variables]
        for solution in result:
            yield {name: python_value(solution[name]) for name in names}

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        self._changed([])

    def triple_count(self) -> int:
        """Number of quads in the store (every graph)."""
        return len(self._store)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def rdflib_dataset(self) -> Any:
        """The same store as an rdflib `Dataset` (through oxrdflib), for users of the rdflib API."""
        from oxrdflib import OxigraphStore as RdflibOxigraphStore
        from rdflib import Dataset

        return Dataset(store=RdflibOxigraphStore(store=self._store))

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()


def python_value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as str, numbers as int/float."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if datatype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def open_store(path: str | Path | None, *, read_only: bool = False) -> OxigraphStore:
    """Open the embedded store at `path` (None: in memory)."""
    return OxigraphStore(path, read_only=read_only)
