"""The store backends the read-side tests run on: the embedded store, `oxigraph serve` and Virtuoso 7.

Each server is started once per test session (by the `backend` fixture of tests/conftest.py) on free
loopback ports. A test writes into `Backend.fresh()`, an empty store; tests that only read share a data set
through `Backend.held_by(request, key, load)`, loaded once and again only before a test that finds it gone
(a server holds one data set at a time). A server that is not installed skips the tests of its backend, saying why.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.settings import Settings
from graph.store import GraphStore, open_store
from graph.store.terms import NamedNode, RdfFormat
from tests.sparql_servers import VIRTUOSO_SETTINGS, oxigraph_server, virtuoso_server

BACKENDS = ("embedded", "oxigraph", "virtuoso")
_SERVERS = {"oxigraph": (oxigraph_server, {}), "virtuoso": (virtuoso_server, VIRTUOSO_SETTINGS)}


@dataclass
class Backend:
    """One backend: its name, and for a server its base URL and the settings that reach it."""

    name: str
    base: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    _server_store: Any = None
    _system_graphs: frozenset[str] = frozenset()
    _held: dict[str, GraphStore] = field(default_factory=dict)
    _wanted: dict[tuple[str, str], tuple[str, Callable[[GraphStore], Any]]] = field(default_factory=dict)

    @property
    def remote(self) -> bool:
        return self.base is not None

    def settings(self, **more: Any) -> Settings:
        """Settings whose store is this backend (a server's URL and endpoints; embedded: `more` decides)."""
        store = {"store": self.base} if self.base else {}
        return Settings(**{**store, **self.options, **more})

    def environment(self) -> dict[str, str]:
        """The environment variables that point a `stancegraph` command at this backend's endpoints."""
        return {f"STANCEGRAPH_{name.upper()}": value for name, value in self.options.items()}

    def location(self, directory: Path) -> str:
        """What `--store` names: the server's URL (emptied first), or a store directory under `directory`."""
        if self.base is None:
            return str(directory / "store")
        self.fresh()
        return self.base

    def fresh(self) -> GraphStore:
        """An empty store: a new one in memory, or the server's, emptied of every graph the tests wrote."""
        if self.base is None:
            return open_store(None)
        store = self._server_store
        if self.name == "oxigraph":
            store.update("DROP ALL")  # the default graph too
        for graph in store.graph_names():  # Virtuoso: each graph, but its own
            if graph not in self._system_graphs:
                store.remove_graph(graph)
        self._held.clear()
        return store  # type: ignore[no-any-return]

    def holding(self, key: str, load: Callable[[GraphStore], Any]) -> GraphStore:
        """The store holding the data set `key`, which `load(store)` writes into an empty store."""
        store = self._held.get(key)
        if store is None:
            store = self.fresh()
            load(store)
            self._held[key] = store
        return store

    def held_by(self, request: pytest.FixtureRequest, key: str, load: Callable[[GraphStore], Any]) -> GraphStore:
        """`holding(key, load)` for the fixture making the request, which names the data set for the tests
        of its module that use it: `prepare` loads it again before each of them that finds it gone."""
        self._wanted[(request.module.__name__, request.fixturename)] = (key, load)
        return self.holding(key, load)

    def copy_held_by(self, request: pytest.FixtureRequest, key: str, source: GraphStore) -> GraphStore:
        """`held_by` for the data set of an embedded `source` store (the source itself, embedded)."""
        if self.base is None:
            return source
        return self.held_by(request, key, lambda store: copy_graphs(source, store))

    def prepare(self, request: pytest.FixtureRequest) -> None:
        """Before a test on a server: the data set its fixtures hold is there, loaded again if another test
        emptied the server meanwhile (a server holds one data set at a time)."""
        if self.base is None:
            return
        for name in request.fixturenames:
            wanted = self._wanted.get((request.module.__name__, name))
            if wanted is not None:
                self.holding(*wanted)


@dataclass(frozen=True)
class CommandStore:
    """What a `stancegraph` command is pointed at: `--store`, and the environment naming the endpoints."""

    location: str
    environment: dict[str, str] = field(default_factory=dict)

    def invoke(self, app: Any, *args: str) -> Any:
        """The command `args` run in this process against this store (typer's `CliRunner`)."""
        from typer.testing import CliRunner

        from graph.settings import get_settings

        get_settings.cache_clear()  # the settings are read from the environment the command runs in
        try:
            return CliRunner().invoke(app, [*args, "--store", self.location], env=self.environment)
        finally:
            get_settings.cache_clear()


def command_store(backend: Backend, request: pytest.FixtureRequest, key: str, load: Callable[[GraphStore], Any],
                  directory: Callable[[], Path]) -> CommandStore:
    """The data set `key` for the commands: on the server, or in the store directory `directory()` makes."""
    if backend.base is None:
        return CommandStore(str(directory()))
    backend.held_by(request, key, load)
    return CommandStore(backend.base, backend.environment())


def copy_graphs(source: GraphStore, target: GraphStore) -> None:
    """Write every named graph of `source` into `target`, graph by graph (one replacement each)."""
    for graph in source.graph_names():
        data = source.dump(fmt=RdfFormat.N_TRIPLES, graph=NamedNode(graph)) or b""
        target.write_graph(graph, data, fmt=RdfFormat.N_TRIPLES, replace=True)


@contextmanager
def started(name: str, directory: Path) -> Iterator[Backend]:
    """The backend `name`, its server running (in `directory`) for the length of the block."""
    if name == "embedded":
        yield Backend(name)
        return
    start, options = _SERVERS[name]
    with start(directory) as base:
        backend = Backend(name, base, dict(options))
        store = open_store(base, settings=backend.settings())
        backend._server_store = store
        backend._system_graphs = frozenset(store.graph_names())  # Virtuoso's own graphs stay
        try:
            yield backend
        finally:
            store.close()  # type: ignore[union-attr]
