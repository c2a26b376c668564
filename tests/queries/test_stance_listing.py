"""Filtered stance listings in the export's record format, and contradictions with both stances."""
from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.store import GraphStore
from queries.stances import StanceFilter, contradictions, list_stances, stance_types
from tests.queries.built_graph import iri


def listed(store: GraphStore, **filters: object) -> list[dict[str, object]]:
    return list_stances(store, StanceFilter(**filters))[0]  # type: ignore[arg-type]


def test_each_filter_narrows_to_the_matching_stances(built: GraphStore) -> None:
    putin = iri("actor", "vladimir-putin")
    assert {r["type"] for r in listed(built, holder=putin)} == {"Demand", "Agree", "Concede"}
    assert [r["holder"] for r in listed(built, target=putin)] == [iri("actor", "donald-trump")]
    halt = iri("position", "halt-outside-military-aid")
    assert len(listed(built, position=halt)) == 3
    assert len(listed(built, position=halt, polarity="negative")) == 1
    assert [r["evidence"]["text"] for r in listed(built, attributed_to=iri("actor", "kremlin"))] == [
        "The Kremlin said Putin demanded a halt to outside military aid."]
    assert {r["type"] for r in listed(built, types=frozenset({"Agree", "Offer"}))} == {"Agree", "Offer"}
    doc = "https://w3id.org/stancegraph/id/document/kyiv-reply"
    assert {r["evidence"]["document"] for r in listed(built, document=doc)} == {doc}


def test_date_filters_use_the_document_date_when_the_stance_has_none(built: GraphStore) -> None:
    assert len(listed(built, since="2025-03-19")) == 5
    assert len(listed(built, until="2025-03-18")) == 5
    assert listed(built, since="2025-03-21") == []


def test_pages_and_totals(built: GraphStore) -> None:
    everything, total = list_stances(built, StanceFilter())
    page, same_total = list_stances(built, StanceFilter(), limit=3, offset=2)
    assert total == same_total == 10 and page == everything[2:5]
    assert all(r["record"] == "stance" and "evidence" in r for r in everything)


def test_stance_types_are_checked() -> None:
    assert stance_types("Reject, demand") == ("Demand", "Reject")
    assert stance_types(None) == ()
    with pytest.raises(InputError, match="Demnd"):
        stance_types("Demnd")


def test_contradictions_carry_both_stances(built: GraphStore) -> None:
    [pair] = contradictions(built)
    assert pair["reason"] == "Trump denies that aid was discussed"
    assert [r["type"] for r in pair["records"]] == ["Demand", "Deny"]
    assert contradictions(built, document="https://w3id.org/stancegraph/id/document/kyiv-reply") == []
