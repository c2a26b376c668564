"""What the rest of stancegraph needs from a store, whichever backend holds the graph.

Two backends implement it: `OxigraphStore` (embedded, in this process, the default) and `RemoteStore` (any
SPARQL 1.1 server over HTTP: Query, Update and the Graph Store Protocol). Results come back as the same
objects in both cases (`QuerySolutions`, `QueryBoolean`, or triples, of the term types of
`graph/store/terms.py`), and `select` gives plain rows, so the read side does not care where the graph lives.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Protocol

from graph.rdf import Triple
from graph.store.terms import DefaultGraph, Literal, NamedNode, Quad, RdfFormat
from ontology.namespace import PREFIXES, SGID

ONTOLOGY_GRAPH = str(SGID["graph/ontology"])
ACTORS_GRAPH = str(SGID["graph/reference-actors"])
Quads = Iterator[Quad]


def sparql_prologue() -> str:
    """PREFIX lines for every project prefix, for queries written with them."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class GraphStore(Protocol):
    """The operations the project performs on a store."""

    @property
    def version(self) -> int:
        """A stamp that changes whenever the store changes through this object (ETags, projections)."""
        ...

    @property
    def location(self) -> str:
        """Where the graph lives, for messages: a directory, a URL, or "memory"."""
        ...

    @property
    def remote(self) -> bool:
        """Whether every answer crosses HTTP (bulk reads then ask for triples, the most compact answer)."""
        ...

    def on_change(self, callback: Callable[[list[str]], Any]) -> None: ...
    def replace_graph(self, graph_iri: str, triples: Iterable[Triple]) -> int: ...
    def load_graph(self, graph_iri: str, data: bytes | str, *, fmt: RdfFormat) -> None: ...
    def write_graph(self, graph_iri: str | None, data: bytes, *, fmt: RdfFormat, replace: bool,
                    base_iri: str | None = None) -> None: ...
    def remove_graph(self, graph_iri: str) -> None: ...
    def has_graph(self, graph_iri: str) -> bool: ...
    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any: ...
    def select(self, sparql: str, **kwargs: Any) -> Iterator[dict[str, Any]]: ...
    def update(self, sparql: str, *, base_iri: str | None = None) -> None: ...
    def quads(self, subject: NamedNode | None = None, predicate: NamedNode | None = None,
              graph: NamedNode | None = None) -> Quads: ...
    def dump(self, out: IO[bytes] | None = None, *, fmt: RdfFormat,
             graph: NamedNode | DefaultGraph | None = None) -> bytes | None: ...
    def triple_count(self) -> int: ...
    def graph_names(self) -> list[str]: ...
    def flush(self) -> None: ...


class ChangeStamp:
    """The version counter and change listeners both backends share: `version` moves on, and every
    listener hears which graphs changed, after each change made through the store."""

    def __init__(self) -> None:
        self._version = 0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[list[str]], Any]] = []

    @property
    def version(self) -> int:
        """A counter that changes whenever the store changes (for ETags and cached projections)."""
        return self._version

    def on_change(self, callback: Callable[[list[str]], Any]) -> None:
        """Call `callback(graph_iris)` after every change set."""
        self._listeners.append(callback)

    def _changed(self, graphs: list[str]) -> None:
        with self._lock:
            self._version += 1
        for callback in self._listeners:
            callback(graphs)


def python_value(term: Any) -> Any:
    """A store term as a plain Python value: IRIs and strings as str, numbers as int/float."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = term.datatype.value
        if datatype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if datatype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def rows_of(result: Any) -> Iterator[dict[str, Any]]:
    """Rows of SELECT solutions as dicts of variable name -> Python value (str, int, None)."""
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: python_value(solution[name]) for name in names}
