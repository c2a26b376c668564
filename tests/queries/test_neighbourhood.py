"""Neighbourhoods: depth, role, type and date filters, hub caps and limits."""
from __future__ import annotations

from datetime import date

from graph.ingest import store_extraction
from graph.projection import projection_of
from graph.records import Document, Evidence, Extraction, Position, Stance
from graph.store import GraphStore
from queries.neighbourhood import neighbourhood
from tests.backends import Backend
from tests.queries.built_graph import ACTORS, build_store, iri

PUTIN = iri("actor", "vladimir-putin")


def keys(result: dict[str, object]) -> set[str]:
    return {n["key"] for n in result["nodes"]}  # type: ignore[attr-defined, index]


def test_depth_one_holds_the_actors_own_stances_and_those_aimed_at_it(built: GraphStore) -> None:
    result = neighbourhood(projection_of(built), PUTIN, depth=1)
    assert keys(result) == {"vladimir-putin", "halt-outside-military-aid", "energy-pause",
                            "ground-on-ukraine", "donald-trump"}
    assert all(n["distance"] <= 1 for n in result["nodes"])
    demand = next(e for e in result["edges"] if e["type"] == "Demand" and e["polarity"] == "positive"
                  and e["from"] == PUTIN)
    labels = {n["id"]: n["label"] for n in result["nodes"]}
    assert labels[demand["to"]] == "a halt to outside military aid"
    assert demand["attributed_to"] == iri("actor", "kremlin") and demand["modality"] == "reported"
    assert demand["evidence"]["text"] == "The Kremlin said Putin demanded a halt to outside military aid."
    assert not result["capped"] and not result["truncated"]


def test_role_filters_the_first_hop(built: GraphStore) -> None:
    projection = projection_of(built)
    as_target = neighbourhood(projection, PUTIN, role="target")
    assert keys(as_target) == {"vladimir-putin", "donald-trump"}
    assert [e["type"] for e in as_target["edges"]] == ["Demand"]
    assert "donald-trump" not in keys(neighbourhood(projection, PUTIN, role="holder"))


def test_depth_two_reaches_whoever_took_a_stance_on_the_same_positions(built: GraphStore) -> None:
    result = neighbourhood(projection_of(built), PUTIN, depth=2)
    assert {"volodymyr-zelensky", "russia", "full-cease-fire", "aid-condition"} <= keys(result)
    distance = {n["key"]: n["distance"] for n in result["nodes"]}
    assert distance["volodymyr-zelensky"] == 2 and distance["energy-pause"] == 1


def test_type_and_date_filters(built: GraphStore) -> None:
    projection = projection_of(built)
    agree = neighbourhood(projection, PUTIN, depth=2, types=frozenset({"Agree"}))
    assert {e["type"] for e in agree["edges"]} == {"Agree"}
    assert "volodymyr-zelensky" in keys(agree) and "russia" not in keys(agree)
    later = neighbourhood(projection, PUTIN, since=date(2025, 3, 19).isoformat())
    assert [e["evidence"]["document"].rsplit("/", 1)[-1] for e in later["edges"]] == ["kyiv-reply"]
    assert neighbourhood(projection, PUTIN, until="2025-03-17")["edges"] == []


def test_hubs_are_capped_and_the_limit_truncates_with_a_signal(backend: Backend) -> None:
    store = build_store(backend.fresh())
    text = " ".join(f"Trump offered deal {i}." for i in range(12))
    doc = Document(id="many-offers", text=text)
    stances, start = [], 0
    for i in range(12):
        sentence = f"Trump offered deal {i}."
        evidence = Evidence("many-offers", sentence, start, start + len(sentence))
        stances.append(Stance("Offer", "donald-trump", evidence, position=Position(f"deal-{i}", f"deal {i}")))
        start += len(sentence) + 1
    store_extraction(store, Extraction(doc, actors={"donald-trump": ACTORS["donald-trump"]}, stances=stances))
    projection = projection_of(store)
    result = neighbourhood(projection, PUTIN, depth=2, hub_cap=5)
    hub = next(h for h in result["capped"] if h["key"] == "donald-trump")
    assert hub["edges"] == 15 and hub["shown"] == 5  # 12 offers, a deny, a demand (to Putin and a position)
    assert sum(1 for e in result["edges"] if e["from"] == iri("actor", "donald-trump")) <= 5 + 1
    small = neighbourhood(projection, PUTIN, depth=2, limit=3)
    assert len(small["edges"]) == 3 and small["truncated"]


def test_an_actor_without_stances_has_itself_alone(built: GraphStore) -> None:
    result = neighbourhood(projection_of(built), iri("actor", "nato"), depth=2)
    assert result["edges"] == [] and [n["key"] for n in result["nodes"]] == ["nato"]
