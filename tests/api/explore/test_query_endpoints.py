"""GET /queries and /queries/{name}: parameters bound as RDF terms, injections are plain values."""
from __future__ import annotations

import httpx
import pytest

from graph.store import GraphStore


def test_the_named_queries_are_listed_with_their_parameters(base: str) -> None:
    queries = {q["name"]: q for q in httpx.get(f"{base}/queries").json()["queries"]}
    assert {"actor-stances", "demands-on-actor", "concessions", "source-contradictions",
            "support-and-oppose", "actor-timeline", "most-active-actors"} <= set(queries)
    assert [p["name"] for p in queries["actor-stances"]["params"]] == ["actor", "type", "word"]
    assert all(q["description"] for q in queries.values())


def test_a_query_runs_with_parameters_and_pages(base: str) -> None:
    body = httpx.get(f"{base}/queries/demands-on-actor", params={"actor": "vladimir-putin"}).json()
    assert body["total"] == 1 and body["rows"][0]["positionLabel"] == "a full cease-fire"
    page = httpx.get(f"{base}/queries/export-stances", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 10 and len(page["rows"]) == 2


@pytest.mark.parametrize("attempt", ['") || true || ("', "} ; DROP ALL ; #", "x' } UNION { ?s ?p ?o"])
def test_injection_attempts_are_plain_values(base: str, built: GraphStore, attempt: str) -> None:
    before = built.triple_count()
    answer = httpx.get(f"{base}/queries/actor-stances", params={"actor": "vladimir-putin", "word": attempt})
    assert answer.status_code == 200 and answer.json()["rows"] == []
    assert httpx.get(f"{base}/queries/actor-stances", params={"actor": attempt}).status_code == 404
    assert built.triple_count() == before


def test_bad_query_requests(base: str) -> None:
    assert httpx.get(f"{base}/queries/no-such-query").status_code == 404
    unknown = httpx.get(f"{base}/queries/actor-stances", params={"actr": "x"})
    assert unknown.status_code == 422 and "expected actor, type, word" in unknown.json()["error"]
    assert httpx.get(f"{base}/queries/most-active-actors", params={"type": "Demandz"}).status_code == 422
