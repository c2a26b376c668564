"""The deadline and the concurrency bound, on a generated graph where a cross product runs for minutes.

The query `HEAVY` joins every triple with every other and every third (27 billion combinations over 3,000
triples) and writes a row now and then, so it would run far longer than any test; the server must answer
503 at the deadline, keep answering other requests meanwhile, refuse a query beyond the slot limit at once,
and stop the abandoned evaluation (its worker slot comes back).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import live_server

TIMEOUT = 2.0
HEAVY = 'SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 FILTER(STR(?o3) = "0") }'
LIGHT = "ASK { ?s ?p 7 }"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Any]]:
    from api.app import create_app

    store = OxigraphStore()
    graph = ox.NamedNode("http://example.org/generated")
    predicate = ox.NamedNode("http://example.org/p")
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), predicate, ox.Literal(i), graph)
        for i in range(3000)
    )
    app = create_app(Settings(query_timeout=TIMEOUT, max_concurrent_queries=2), store=store)
    with live_server(app) as base:
        yield base, app


def _heavy(base: str, answers: list[httpx.Response]) -> threading.Thread:
    def run() -> None:
        # The client gives up one second after the server's deadline: a later answer fails the test.
        answers.append(httpx.get(f"{base}/sparql", params={"query": HEAVY}, timeout=TIMEOUT + 1))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _wait_for_free_slots(app: Any) -> int:
    for _ in range(200):
        if app.state.sparql_service.pool.busy == 0:
            return 0
        time.sleep(0.05)
    busy: int = app.state.sparql_service.pool.busy
    return busy


@pytest.mark.slow
def test_a_runaway_query_gets_503_in_time_while_a_light_query_is_answered(server: tuple[str, Any]) -> None:
    base, app = server
    answers: list[httpx.Response] = []
    thread = _heavy(base, answers)
    time.sleep(0.3)
    light = httpx.get(f"{base}/sparql", params={"query": LIGHT}, timeout=TIMEOUT)
    assert light.status_code == 200 and light.json()["boolean"] is True
    assert thread.is_alive(), "the heavy query was answered before the light one: it is not heavy"
    thread.join(TIMEOUT + 2)
    (answer,) = answers
    assert answer.status_code == 503
    assert answer.json()["error"] == (
        f"the query ran past the time limit of {TIMEOUT:g} s (STANCEGRAPH_QUERY_TIMEOUT)"
    )
    # At the deadline the pipe is closed, so the next write fails and the evaluation stops: the slot returns.
    assert _wait_for_free_slots(app) == 0


@pytest.mark.slow
def test_beyond_the_slot_limit_a_query_is_refused_at_once(server: tuple[str, Any]) -> None:
    base, app = server
    answers: list[httpx.Response] = []
    threads = [_heavy(base, answers) for _ in range(2)]
    for _ in range(100):
        if app.state.sparql_service.pool.busy == 2:
            break
        time.sleep(0.02)
    refused = httpx.get(f"{base}/sparql", params={"query": LIGHT}, timeout=TIMEOUT)
    assert refused.status_code == 503
    assert "all 2 query slots are busy" in refused.json()["error"]
    assert refused.headers["retry-after"] == "1"
    for thread in threads:
        thread.join(TIMEOUT + 2)
    assert [a.status_code for a in answers] == [503, 503]
    assert _wait_for_free_slots(app) == 0
    assert httpx.get(f"{base}/sparql", params={"query": LIGHT}).status_code == 200
