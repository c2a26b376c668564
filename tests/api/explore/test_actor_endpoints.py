"""GET /actors, /actors/{id}, /actors/{id}/neighbourhood over a real server."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from graph.projection import projection_of
from graph.store import GraphStore
from queries.neighbourhood import neighbourhood
from tests.queries.built_graph import iri


def test_search_is_ranked_paged_and_forgiving(base: str) -> None:
    found = httpx.get(f"{base}/actors", params={"q": "zelenskyy"}).json()
    assert found["actors"][0]["key"] == "volodymyr-zelensky" and found["total"] >= 1
    everyone = httpx.get(f"{base}/actors", params={"limit": 2, "offset": 1}).json()
    assert len(everyone["actors"]) == 2 and everyone["total"] >= 7 and everyone["offset"] == 1
    assert httpx.get(f"{base}/actors", params={"limit": 0}).status_code == 422
    assert httpx.get(f"{base}/actors", params={"limit": 100_000}).status_code == 422


def test_the_card_by_key_or_by_iri(base: str) -> None:
    card = httpx.get(f"{base}/actors/vladimir-putin").json()
    assert card["label"] == "Vladimir Putin" and card["stances"]["as_target"] == {"Demand": 1}
    by_iri = httpx.get(f"{base}/actors/" + quote(card["id"], safe=""))
    assert by_iri.status_code == 200 and by_iri.json()["id"] == card["id"]


def test_an_unknown_actor_is_a_404_with_suggestions(base: str) -> None:
    answer = httpx.get(f"{base}/actors/vladimir-putn")
    assert answer.status_code == 404
    body = answer.json()
    assert body["suggestions"][0] == "Vladimir Putin" and "vladimir-putin" in body["error"]
    assert httpx.get(f"{base}/actors/vladimir-putn/neighbourhood").status_code == 404


def test_neighbourhood_edges_carry_stance_evidence_and_document(base: str) -> None:
    body = httpx.get(f"{base}/actors/vladimir-putin/neighbourhood", params={"depth": 2}).json()
    assert {"volodymyr-zelensky", "russia"} <= {n["key"] for n in body["nodes"]}
    for edge in body["edges"]:
        expected = {"stance", "type", "polarity", "modality", "position", "attributed_to", "evidence"}
        assert expected <= set(edge)
        assert edge["evidence"]["text"] and edge["evidence"]["document"]
    held = httpx.get(f"{base}/actors/vladimir-putin/neighbourhood",
                     params={"role": "target", "types": "Demand"}).json()
    labels = {n["id"]: n["label"] for n in held["nodes"]}
    assert [(labels[e["from"]], e["type"]) for e in held["edges"]] == [("Donald Trump", "Demand")]


def test_bad_neighbourhood_parameters_are_422_saying_what_was_expected(base: str) -> None:
    url = f"{base}/actors/vladimir-putin/neighbourhood"
    too_deep = httpx.get(url, params={"depth": 9})
    assert too_deep.status_code == 422 and "max_depth" in too_deep.json()["error"]
    assert "Demand" in httpx.get(url, params={"types": "Demnd"}).json()["error"]
    bad_date = httpx.get(url, params={"since": "yesterday"})
    assert bad_date.status_code == 422 and bad_date.json()["problems"][0]["parameter"] == "since"
    assert httpx.get(url, params={"role": "bystander"}).status_code == 422


def test_the_served_neighbourhood_is_the_functions_answer(built: GraphStore, base: str) -> None:
    # edges are served from JSON rendered once per record: the bytes must say what the records say
    for params in ({"depth": 2}, {"depth": 1, "role": "holder"}, {"depth": 2, "types": "Demand"}):
        served = [httpx.get(f"{base}/actors/vladimir-putin/neighbourhood", params=params).json()
                  for _ in range(2)]  # the second answer comes from the kept JSON
        types = frozenset(params["types"].split(",")) if "types" in params else None
        answer = neighbourhood(projection_of(built), iri("actor", "vladimir-putin"), depth=params["depth"],
                               role=params.get("role", "any"), types=types)
        assert served[0] == served[1] == json.loads(json.dumps(answer))
        assert served[0]["edges"]


def test_neighbourhoods_and_paths_are_answered_without_reading_the_store(
        built: GraphStore, base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    urls = [f"{base}/actors/vladimir-putin/neighbourhood?depth=2",
            f"{base}/paths?from=volodymyr-zelensky&to=vladimir-putin"]
    for url in urls:  # warm: the projection and the actor index are built once per store version
        assert httpx.get(url).status_code == 200
    queries: list[str] = []
    original = built.query
    def spy(*args: Any, **kwargs: Any) -> Any:
        queries.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(built, "query", spy)
    for url in urls:
        assert httpx.get(url).status_code == 200
    assert queries == []
    built.query("ASK { ?s ?p ?o }")  # the spy sees a query when there is one
    assert len(queries) == 1
