"""Large answers: streamed without a row cap, cut exactly at the cap across many writer chunks."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pyoxigraph as ox
import pytest

from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import live_server

ROWS = 20_000
SELECT = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o }"


def _store() -> OxigraphStore:
    store = OxigraphStore()
    graph, predicate = ox.NamedNode("http://example.org/g"), ox.NamedNode("http://example.org/p")
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), predicate,
                ox.Literal(f"value {i}\twith, \"marks\"\n"), graph)
        for i in range(ROWS)
    )
    return store


@pytest.fixture(scope="module")
def uncapped() -> Iterator[httpx.Client]:
    from api.app import create_app

    with live_server(create_app(Settings(max_rows=0), store=_store())) as base, \
            httpx.Client(base_url=base, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def capped() -> Iterator[httpx.Client]:
    from api.app import create_app

    with live_server(create_app(Settings(max_rows=1234), store=_store())) as base, \
            httpx.Client(base_url=base, timeout=60) as client:
        yield client


def _count(response: httpx.Response, fmt: str) -> int:
    if fmt == "csv":
        return len(list(csv.reader(io.StringIO(response.text)))) - 1
    results = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_extension(fmt))
    return len(list(results))


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_large_select_streams_whole_without_a_cap(uncapped: httpx.Client, fmt: str) -> None:
    response = uncapped.get("/sparql", params={"query": SELECT, "format": fmt})
    assert response.status_code == 200
    assert response.headers.get("transfer-encoding") == "chunked"  # streamed, not one buffer
    assert "x-stancegraph-truncated" not in response.headers
    assert _count(response, fmt) == ROWS


def test_a_large_construct_streams(uncapped: httpx.Client) -> None:
    response = uncapped.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
    assert response.headers.get("transfer-encoding") == "chunked"
    assert len(list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))) == ROWS


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_the_cap_cuts_exactly_across_writer_chunks(capped: httpx.Client, fmt: str) -> None:
    response = capped.get("/sparql", params={"query": SELECT, "format": fmt})
    assert response.status_code == 200
    assert response.headers["x-stancegraph-truncated"] == "true"
    assert response.headers["x-stancegraph-max-rows"] == "1234"
    assert _count(response, fmt) == 1234
