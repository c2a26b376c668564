"""Positions from a quotation before the verb, a noun cue's infinitive clause, a noun cue's modifier."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import assert_stance, extract, label, one


def test_a_quotation_before_a_bare_stance_verb_is_its_position(extractor):
    e = extract(extractor, "“Why should the port stay closed for another month?” Senator Kaine demanded.")
    assert_stance(e, "Demand", "Kaine", "port", None)


def test_a_call_for_an_actor_to_act_targets_the_actor(extractor):
    e = extract(extractor, "Chancellor Merz sounded a call for Poland to accept more refugees.")
    assert_stance(e, "Demand", "Friedrich Merz", "refugees", "Poland")


def test_a_noun_modifier_names_what_a_threat_is_about(extractor):
    e = extract(extractor, "The governor renewed his veto threat on Tuesday.")
    assert one(e, "Threaten", "governor").position.label == "veto"


def test_support_thrown_behind_an_actor_supports_it(extractor):
    e = extract(extractor, "The nurses union threw its support behind Governor Hochul.")
    assert label(e, one(e, "Support", "nurses union").target) == "Hochul"


def test_asking_an_actor_for_something_asks_for_the_thing(extractor):
    e = extract(extractor, "Niger asked Algeria for fuel deliveries during the blockade.")
    stance = one(e, "Demand", "Niger")
    assert label(e, stance.target) == "Algeria"
    assert "fuel" in stance.position.label


def test_ordering_an_act_demands_it(extractor):
    e = extract(extractor, "The court ordered the release of the detained reporters.")
    assert_stance(e, "Demand", "court", "release", None)


def test_ordering_goods_demands_nothing(extractor):
    assert extract(extractor, "Qantas ordered twelve new jets.").stances == []


def test_telling_someone_to_act_is_an_order(extractor):
    e = extract(extractor, "The police told the protesters to leave the bridge.")
    assert_stance(e, "Demand", "police", "leave", "protesters")
