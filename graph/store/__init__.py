"""The store: one interface (`GraphStore`), two backends, and `open_store` to choose between them.

- `OxigraphStore` (graph/store/embedded.py): the embedded default, pyoxigraph in this process, on disk or
  in memory. Only one process can open a directory.
- `RemoteStore` (graph/store/remote.py): any SPARQL 1.1 server over HTTP (Oxigraph server, Virtuoso ...),
  for a graph that several processes share or that outgrows one machine.

`open_store` takes what the `store` setting holds: a directory, or an `http(s)://` base URL (None: a new
store in memory). The term types, formats and RDF parsers both backends share live in graph/store/terms.py;
outside this package, only the SPARQL service's embedded fast path (api/sparql/) reaches the library itself.
"""
from __future__ import annotations

from pathlib import Path

from graph.settings import Settings
from graph.store.base import ACTORS_GRAPH, ONTOLOGY_GRAPH, GraphStore, python_value, rows_of, sparql_prologue
from graph.store.embedded import OxigraphStore, replacement_update
from graph.store.remote import Endpoints, RemoteStore

__all__ = [
    "ACTORS_GRAPH", "ONTOLOGY_GRAPH", "Endpoints", "GraphStore", "OxigraphStore", "RemoteStore", "is_remote",
    "open_store", "python_value", "replacement_update", "rows_of", "sparql_prologue",
]


def is_remote(location: str | Path | None) -> bool:
    """Whether a store location names a SPARQL server (an http or https URL) rather than a directory."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def open_store(location: str | Path | None, *, read_only: bool = False,
               settings: Settings | None = None) -> OxigraphStore | RemoteStore:
    """The store at `location`: a SPARQL server for an http(s) URL, else the embedded store in that
    directory (None: in memory). The remote endpoints and credentials come from `settings`.

    >>> open_store(None).location
    'memory'
    >>> open_store("http://127.0.0.1:7878").endpoints.graph_store
    'http://127.0.0.1:7878/store'
    """
    if is_remote(location):
        assert isinstance(location, str)
        return RemoteStore(remote_endpoints(location, settings or Settings()))
    return OxigraphStore(location, read_only=read_only)


def remote_endpoints(base: str, settings: Settings) -> Endpoints:
    """The endpoints of the server at `base`, as the settings name them (Oxigraph server's by default)."""
    return Endpoints.under(
        base, query=settings.store_query_path, update=settings.store_update_path,
        graph_store=settings.store_graph_store_path, user=settings.store_user,
        password=settings.store_password, union_parameter=settings.store_union_parameter or None,
        timeout=settings.store_timeout,
    )
