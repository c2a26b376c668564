"""The embedded backend: pyoxigraph on disk (RocksDB) or in memory, in this process.

Every document lives in a named graph whose IRI is the document's IRI; replacing a document replaces
its graph in one transaction, so ingest is idempotent and a crash never leaves half a document.
Queries see the union of all graphs as the default graph. Only one process can open a directory.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from graph.errors import QueryError
from graph.rdf import Triple
from graph.store.base import ChangeStamp, Quads, rows_of
from graph.store.terms import store_terms, store_triples
from ontology.namespace import PREFIXES


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


class OxigraphStore(ChangeStamp):
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
        self._writing = threading.RLock()  # replace_graph checks for its graph and writes under it
        super().__init__()

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else "memory"

    @property
    def remote(self) -> bool:
        return False

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for the SPARQL service's fast path alone."""
        return self._store


    def replace_graph(self, graph_iri: str, triples: Iterable[Triple]) -> int:
        """Replace the named graph `graph_iri` with `triples`; returns the triple count.

        Every new triple is built before the store is touched, so a bad record fails with nothing
        changed; the old graph is then dropped and the new one written in one update, one transaction,
        so a crash or an error during the write leaves the old graph whole. A graph the store does not hold
        yet (a document ingested the first time) is written by one transactional insert instead, which
        skips the SPARQL text; the store's writes hold one lock, so no other write in this process comes
        between the check and the insert.
        """
        graph = ox.NamedNode(graph_iri)
        with self._writing:
            if self._store.contains_named_graph(graph):
                rows = store_triples(triples)
                self._store.update(replacement_update(graph, rows))
                written = len(rows)
            else:  # a new graph: one transactional insert writes all of it or nothing, with no SPARQL to parse
                # the triples' own order, as the update would insert them: which of two documents' labels
                # of one actor a reader meets first follows the order of insertion
                quads = [ox.Quad(s, p, o, graph) for s, p, o in store_terms(triples)]  # type: ignore[arg-type]
                if quads:
                    self._store.extend(quads)
                else:
                    self._store.add_graph(graph)
                written = len(quads)
        self._changed([graph_iri])
        return written

    def load_graph(self, graph_iri: str, data: bytes | str, *, fmt: ox.RdfFormat) -> None:
        """Replace a named graph with a parsed file (parsed whole first, then swapped in one transaction)."""
        graph = ox.NamedNode(graph_iri)
        update = replacement_update(graph, ox.parse(data, format=fmt))
        with self._writing:
            self._store.update(update)
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
        update = replacement_update(graph, rows, keep_old=not replace)
        with self._writing:
            self._store.update(update)
        self._changed([graph_iri] if graph_iri else [])

    def remove_graph(self, graph_iri: str) -> None:
        with self._writing:
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
        return rows_of(self.query(sparql, **kwargs))

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        try:
            with self._writing:
                self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        self._changed([])

    def has_graph(self, graph_iri: str) -> bool:
        """Whether the store holds a named graph of that IRI (an empty one counts)."""
        return bool(self._store.contains_named_graph(ox.NamedNode(graph_iri)))

    def quads(self, subject: ox.NamedNode | None = None, predicate: ox.NamedNode | None = None,
              graph: ox.NamedNode | None = None) -> Quads:
        """The quads matching a pattern (None matches anything), streamed from the index."""
        return iter(self._store.quads_for_pattern(subject, predicate, None, graph))

    def dump(self, out: IO[bytes] | None = None, *, fmt: ox.RdfFormat,
             graph: ox.NamedNode | ox.DefaultGraph | None = None) -> bytes | None:
        """The whole store (or one graph) in `fmt`, written to `out`, or returned as bytes without one."""
        if graph is None:
            return self._store.dump(out, format=fmt)
        return self._store.dump(out, format=fmt, from_graph=graph)

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
