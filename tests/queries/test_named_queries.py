"""Named queries: every one runs and returns the facts it promises; parameters are bound as RDF
terms, so a value that tries to inject SPARQL is a plain value."""
from __future__ import annotations

import pytest

from graph.errors import InputError, UnknownActor
from graph.store import GraphStore
from queries import named_queries
from queries.named import UnknownQuery, run_named_query

ANALYST_QUERIES = ("actor-stances", "demands-on-actor", "concessions", "source-contradictions",
                   "support-and-oppose", "actor-timeline", "most-active-actors")


def run(store: GraphStore, name: str, **values: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = run_named_query(store, name, values, limit=1000)["rows"]
    return rows


def short(value: object) -> str:
    return str(value).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def test_the_analyst_queries_are_shipped_with_descriptions() -> None:
    queries = named_queries()
    for name in ANALYST_QUERIES:
        assert queries[name].description, name


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_returns_rows(built: GraphStore, name: str) -> None:
    assert run(built, name), name


def test_stances_and_timeline_of_an_actor(built: GraphStore) -> None:
    rows = run(built, "actor-stances", actor="vladimir-putin")
    assert {(r["role"], short(r["type"])) for r in rows} == {
        ("holder", "Demand"), ("holder", "Agree"), ("holder", "Concede"), ("target", "Demand")}
    agreed = run(built, "actor-stances", actor="vladimir-putin", type="Agree")
    assert [short(r["type"]) for r in agreed] == ["Agree"]
    assert len(run(built, "actor-stances", actor="vladimir-putin", word="ENERGY")) == 1
    timeline = run(built, "actor-timeline", actor="vladimir-putin")
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)  # type: ignore[type-var]
    assert {short(r["document"]) for r in timeline} == {"call-readout", "kyiv-reply"}


def test_demands_made_of_an_actor(built: GraphStore) -> None:
    [row] = run(built, "demands-on-actor", actor="vladimir-putin")
    assert short(row["holder"]) == "donald-trump" and row["positionLabel"] == "a full cease-fire"
    assert run(built, "demands-on-actor", actor="volodymyr-zelensky") == []


def test_framed_versus_substantive_concessions(built: GraphStore) -> None:
    rows = {(short(r["holder"]), r["category"]) for r in run(built, "concessions")}
    assert rows == {("vladimir-putin", "framed"), ("vladimir-putin", "none"), ("russia", "other")}
    framed = next(r for r in run(built, "concessions", holder="vladimir-putin") if r["category"] == "framed")
    assert short(framed["framedBy"]) == "kremlin" and short(framed["concededTo"]) == "donald-trump"


def test_contradictions_between_sources(built: GraphStore) -> None:
    rows = run(built, "source-contradictions")
    recorded = next(r for r in rows if r["reason"] == "Trump denies that aid was discussed")
    assert short(recorded["firstSource"]) == "kremlin" and short(recorded["secondHolder"]) == "donald-trump"
    across = next(r for r in rows if r["firstDocument"] != r["secondDocument"])
    assert {short(across["firstSource"]), short(across["secondSource"])} == {"kremlin", "united-states"}


def test_actors_who_support_and_oppose_the_same_position(built: GraphStore) -> None:
    rows = run(built, "support-and-oppose", position="halt-outside-military-aid")
    assert {(short(r["supporter"]), short(r["opponent"])) for r in rows} == {
        ("vladimir-putin", "volodymyr-zelensky"), ("vladimir-putin", "vladimir-putin")}


def test_most_active_actors_per_stance_type(built: GraphStore) -> None:
    demand = run(built, "most-active-actors", type="Demand")
    assert (short(demand[0]["actor"]), demand[0]["stances"]) == ("vladimir-putin", 2)
    assert {short(r["type"]) for r in demand} == {"Demand"}
    assert {short(r["kind"]) for r in run(built, "most-active-actors", kind="State")} == {"State"}


@pytest.mark.parametrize("attempt", [
    '") || true || ("', "} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o", "' . ?s ?p ?o . FILTER(true) #"])
def test_an_injection_attempt_is_a_plain_value(built: GraphStore, attempt: str) -> None:
    before = built.triple_count()
    assert run(built, "actor-stances", actor="vladimir-putin", word=attempt) == []
    with pytest.raises(UnknownActor):
        run(built, "actor-stances", actor=attempt)
    with pytest.raises(InputError):
        run(built, "export-stances", document="http://example.org/x> } ; DROP ALL ; #")
    assert built.triple_count() == before


def test_bad_names_parameters_and_values_are_refused(built: GraphStore) -> None:
    with pytest.raises(UnknownQuery, match="actor-stances"):
        run(built, "no-such-query")
    with pytest.raises(InputError, match="unknown parameter"):
        run(built, "actor-stances", actr="vladimir-putin")
    with pytest.raises(InputError, match="Demand"):
        run(built, "most-active-actors", type="Demandz")


def test_paging_keeps_the_total(built: GraphStore) -> None:
    whole = run_named_query(built, "export-stances", {}, limit=1000)
    page = run_named_query(built, "export-stances", {}, limit=2, offset=3)
    assert page["total"] == whole["total"] == 10 and page["rows"] == whole["rows"][3:5]
