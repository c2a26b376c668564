"""The embedded Oxigraph store: graphs per document, replacement, persistence, the rdflib view."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import Literal, URIRef

from graph.errors import QueryError
from graph.store import OxigraphStore

EX = "http://example.org/"
ROOT = Path(__file__).resolve().parents[2]


def triples(n: int, label: str = "x") -> list[tuple[URIRef, URIRef, Literal]]:
    return [(URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"{label}{i}")) for i in range(n)]


def test_replacing_a_graph_drops_its_old_triples_only() -> None:
    store = OxigraphStore()
    store.replace_graph(EX + "g1", triples(3))
    store.replace_graph(EX + "g2", triples(2))
    before = store.version
    store.replace_graph(EX + "g1", triples(1, "y"))
    assert store.triple_count() == 3
    assert store.graph_names() == [EX + "g1", EX + "g2"]
    assert store.version > before
    rows = list(store.select(f"SELECT ?o WHERE {{ GRAPH <{EX}g1> {{ ?s ?p ?o }} }}"))
    assert rows == [{"o": "y0"}]


def test_union_default_graph_and_change_listeners() -> None:
    store = OxigraphStore()
    seen: list[list[str]] = []
    store.on_change(seen.append)
    store.replace_graph(EX + "g1", triples(2))
    store.replace_graph(EX + "g2", triples(2, "z"))
    assert seen == [[EX + "g1"], [EX + "g2"]]
    count = next(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))["n"]
    assert count == 4
    assert not list(store.select("SELECT * WHERE { ?s ?p ?o }", union=False))


def test_store_persists_on_disk(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph(EX + "g", triples(5))
    store.flush()
    del store
    reopened = OxigraphStore(tmp_path / "store")
    assert reopened.triple_count() == 5


def test_malformed_query_is_a_query_error() -> None:
    with pytest.raises(QueryError):
        OxigraphStore().query("SELECT WHERE {")


def test_rdflib_dataset_sees_the_same_quads() -> None:
    store = OxigraphStore()
    store.replace_graph(EX + "g", triples(2))
    dataset = store.rdflib_dataset()
    assert len(list(dataset.quads((None, None, None, None)))) == 2


WRITES = frozenset({"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
                    "remove", "remove_graph", "update"})


class Crash(Exception):
    """The process 'dies' here: nothing after this write reaches the store."""


class CrashAfterWrites:
    """A real pyoxigraph store that stops (raises, or kills the process) after its `writes`-th write call."""

    def __init__(self, store: Any, writes: int, *, kill: bool = False) -> None:
        self._store, self._left, self._kill = store, writes, kill

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name not in WRITES:
            return attribute

        def write(*args: Any, **kwargs: Any) -> Any:
            result = attribute(*args, **kwargs)
            self._left -= 1
            if self._left == 0:
                if self._kill:
                    os.kill(os.getpid(), signal.SIGKILL)
                raise Crash(name)
            return result

        return write


def graph_objects(store: OxigraphStore, graph: str) -> set[str]:
    return {row["o"] for row in store.select(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")}


def test_a_crash_at_any_step_of_a_replacement_leaves_the_old_graph_or_the_new_one() -> None:
    old, new = {f"old{i}" for i in range(50)}, {f"new{i}" for i in range(40)}
    for writes in range(1, 10):
        store = OxigraphStore()
        store.replace_graph(EX + "g", triples(50, "old"))
        store.replace_graph(EX + "other", triples(3, "other"))
        real = store._store
        store._store = CrashAfterWrites(real, writes)  # type: ignore[assignment]
        try:
            store.replace_graph(EX + "g", triples(40, "new"))
        except Crash as crash:
            store._store = real
            seen = graph_objects(store, EX + "g")
            assert seen in (old, new), f"after write {writes} ({crash}): {len(seen)} triples"
            assert graph_objects(store, EX + "other") == {"other0", "other1", "other2"}
        else:
            break
    assert graph_objects(store, EX + "g") == new


def test_a_replacement_that_fails_inside_the_write_leaves_the_old_graph(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph(EX + "g", triples(5, "old"))
    bad = [*triples(3, "new"), (URIRef(EX + "s"), URIRef(EX + "p"), "not an RDF term")]
    with pytest.raises(TypeError):
        store.replace_graph(EX + "g", bad)  # type: ignore[list-item]
    assert graph_objects(store, EX + "g") == {f"old{i}" for i in range(5)}


KILLED_MID_REPLACE = """
import sys
from rdflib import Literal, URIRef
from graph.store import OxigraphStore
from tests.graph.test_store import CrashAfterWrites, triples

store = OxigraphStore(sys.argv[1])
store.replace_graph("http://example.org/g", triples(200, "old"))
store.flush()
store._store = CrashAfterWrites(store._store, 1, kill=True)
store.replace_graph("http://example.org/g", triples(100, "new"))
"""


def test_a_process_killed_mid_replacement_leaves_a_whole_graph_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "store"
    done = subprocess.run([sys.executable, "-c", KILLED_MID_REPLACE, str(path)], cwd=ROOT, check=False)
    assert done.returncode == -signal.SIGKILL
    seen = graph_objects(OxigraphStore(path), EX + "g")
    assert seen in ({f"old{i}" for i in range(200)}, {f"new{i}" for i in range(100)}), len(seen)


def test_a_first_write_holds_what_a_replacement_holds() -> None:
    rows = [*triples(4), *triples(2)]  # repeated triples are written (and counted) once
    first, replaced = OxigraphStore(), OxigraphStore()
    replaced.replace_graph(EX + "g", triples(1, "old"))
    assert first.replace_graph(EX + "g", rows) == replaced.replace_graph(EX + "g", rows) == 4
    assert list(first.quads()) == list(replaced.quads())  # in the same order too: readers that take the
    # first of several labels meet the same one
    assert first.replace_graph(EX + "empty", []) == 0
    assert first.has_graph(EX + "empty")


def test_a_first_write_that_fails_leaves_no_graph() -> None:
    store = OxigraphStore()
    bad = [*triples(3, "new"), (URIRef(EX + "s"), URIRef(EX + "p"), "not an RDF term")]
    with pytest.raises(TypeError):
        store.replace_graph(EX + "g", bad)  # type: ignore[list-item]
    assert not store.has_graph(EX + "g")
    assert store.triple_count() == 0
