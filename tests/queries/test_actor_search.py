"""Actor search (case, accents, typos, other scripts), id resolution and the actor's card."""
from __future__ import annotations

import pytest

from graph.errors import UnknownActor
from graph.store import GraphStore
from queries.actors import actor_card, resolve_actor, search_actors


@pytest.mark.parametrize("query", [
    "zelenskyy", "Zelensky", "ZELENSKÝ", "zelenksy", "Зеленський", "volodymyr"])
def test_search_forgives_case_accents_typos_and_finds_other_scripts(built: GraphStore, query: str) -> None:
    hits = search_actors(built, query)
    assert hits and hits[0]["key"] == "volodymyr-zelensky"


def test_search_ranks_exact_names_first_and_skips_unrelated_actors(built: GraphStore) -> None:
    keys = [h["key"] for h in search_actors(built, "russia")]
    assert keys[0] == "russia"
    assert "donald-trump" not in keys
    assert search_actors(built, "Moscow")[0]["key"] == "russia"  # a metonym of the reference actor
    assert search_actors(built, "qqqqxz") == []


def test_empty_search_lists_every_actor_by_label_and_kind_filters(built: GraphStore) -> None:
    everyone = search_actors(built)
    labels = [h["label"].casefold() for h in everyone]
    assert labels == sorted(labels) and len(everyone) >= 7
    assert {h["kind"] for h in search_actors(built, kind="State")} == {"State"}


def test_resolution_accepts_key_iri_and_unique_alias(built: GraphStore) -> None:
    iri = "https://w3id.org/stancegraph/id/actor/vladimir-putin"
    assert resolve_actor(built, "vladimir-putin") == iri
    assert resolve_actor(built, iri) == iri
    assert resolve_actor(built, "Putin") == iri


def test_an_unknown_actor_comes_with_the_closest_matches(built: GraphStore) -> None:
    with pytest.raises(UnknownActor) as caught:
        resolve_actor(built, "vladimir-putn")
    assert caught.value.suggestions[0] == "Vladimir Putin"
    assert "vladimir-putin" in str(caught.value)


def test_the_card_holds_identity_links_counts_and_documents(built: GraphStore) -> None:
    card = actor_card(built, "vladimir-putin")
    assert card["label"] == "Vladimir Putin" and card["kind"] == "Person"
    assert "Vladimir V. Putin" in card["aliases"]  # from the reference actors
    assert card["same_as"] == ["http://www.wikidata.org/entity/Q7747"]
    assert [r["label"] for r in card["roles"]] == ["President of Russia"]
    assert card["country"].endswith("/actor/russia")
    assert card["stances"]["as_holder"] == {"Demand": 2, "Agree": 1, "Concede": 1}
    assert card["stances"]["as_target"] == {"Demand": 1}
    assert [d["id"].rsplit("/", 1)[-1] for d in card["documents"]] == ["call-readout", "kyiv-reply"]
    assert (card["first_seen"], card["last_seen"]) == ("2025-03-18", "2025-03-20")
    kremlin = actor_card(built, "kremlin")
    assert kremlin["represents"].endswith("/actor/russia")
    assert kremlin["stances"]["as_source"] == {"Demand": 1}
