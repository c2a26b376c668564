"""Exports stream: the first bytes leave before any query runs; memory follows the nodes, not the stances."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from bench.export import synthetic_store
from graph.export import export_file
from graph.export.selection import Selection
from graph.store import GraphStore, OxigraphStore
from tests.graph.export.conftest import add_dated_documents


class CountingStore(OxigraphStore):
    """A real in-memory store that counts the SPARQL queries run on it."""

    def __init__(self) -> None:
        super().__init__()
        self.queries = 0

    def query(self, sparql: str, **kwargs: Any) -> Any:
        self.queries += 1
        return super().query(sparql, **kwargs)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_the_header_leaves_before_any_query_runs(fmt: str) -> None:
    store = CountingStore()
    add_dated_documents(store)
    store.queries = 0
    chunks = export_file(store, Selection(), fmt).chunks
    first = next(chunks)
    assert first.startswith(b"<?xml") and b"<node " not in first
    assert store.queries == 0
    rest = b"".join(chunks)
    assert store.queries > 0 and b"<node " in rest


def peak_memory(chunks: Iterator[bytes]) -> tuple[int, int, int]:
    """(peak traced bytes, bytes written, number of chunks) while consuming `chunks`."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    size = count = 0
    for chunk in chunks:
        size += len(chunk)
        count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, size, count


@pytest.fixture(scope="module")
def small_and_large() -> tuple[GraphStore, GraphStore]:
    """Two generated stores over the same actors and positions, the second with four times the stances."""
    return tuple(synthetic_store(n, actors=100, positions=200) for n in (600, 2_400))  # type: ignore[return-value]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["gexf", "csv", "nq", "jsonld"])  # one per writer family
def test_memory_grows_with_the_nodes_not_the_stances(small_and_large: Any, fmt: str) -> None:
    small, large = small_and_large
    small_peak, small_size, _ = peak_memory(export_file(small, Selection(), fmt).chunks)
    large_peak, large_size, chunks = peak_memory(export_file(large, Selection(), fmt).chunks)
    assert large_size > 3 * small_size
    assert large_peak < 1.5 * small_peak + 1_000_000, (small_peak, large_peak)
    assert chunks > 1 or fmt == "csv"  # the zip compresses the generated rows into one small chunk
