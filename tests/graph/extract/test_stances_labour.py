"""A labour dispute: unions and employers accuse, offer, refuse to budge and promise costs."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import assert_stance, extract, label, one


def test_accused_of_when_the_parser_hangs_of_on_the_object(extractor):
    e = extract(extractor, "The dockers union accused the port operators of bad faith.")
    assert_stance(e, "Accuse", "dockers union", "bad faith", None)


def test_a_collective_noun_is_an_accusations_target(extractor):
    e = extract(extractor, "The union accused the employers of lying about the pension fund.")
    assert label(e, one(e, "Accuse", "union").target) == "employers"


def test_a_final_offer_presented_is_an_offer(extractor):
    e = extract(extractor, "The union tabled its final offer on Thursday.")
    assert "final offer" in one(e, "Offer", "union").position.label


def test_refusing_to_budge_is_a_negative_concession(extractor):
    e = extract(extractor, "The employers refused to budge on overtime pay.")
    assert one(e, "Concede", "employers").polarity == "negative"


def test_a_promise_to_retaliate_is_a_threat(extractor):
    e = extract(extractor, "Brazil promised to retaliate against the new tariffs.")
    assert one(e, "Threaten", "Brazil")


def test_two_negotiators_blaming_each_other_still_accuse(extractor):
    e = extract(extractor, "The two negotiators blamed each other for the collapse of the talks.")
    assert one(e, "Accuse", "negotiators")
