"""Agent nouns ("a supporter of", "a critic of"), people nouns as holders, verbs that present a proposal."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import assert_stance, extract, label, one, stances_of


def test_being_a_supporter_of_an_actor_supports_it(extractor):
    e = extract(extractor, "Senator Collins has long been a firm supporter of Taiwan.")
    assert label(e, one(e, "Support", "Collins").target) == "Taiwan"


def test_an_appositive_critic_of_a_plan_opposes_it(extractor):
    e = extract(extractor, "Governor Pritzker, a fierce critic of the tax plan, spoke on Monday.")
    assert_stance(e, "Oppose", "Pritzker", "tax plan", None)


def test_a_possessor_of_supporters_is_the_one_supported_not_a_holder(extractor):
    e = extract(extractor, "Macron's supporters gathered in Paris.")
    assert stances_of(e, "Support") == []


def test_a_people_noun_holds_a_stance_as_a_group(extractor):
    e = extract(extractor, "The moderators demanded more details on the budget.")
    assert one(e, "Demand", "moderators")


def test_an_unveiled_proposal_is_an_offer_of_its_presenters(extractor):
    e = extract(extractor, "Spain and Portugal unveiled a proposal for a joint power grid.")
    assert {label(e, s.holder) for s in stances_of(e, "Offer")} == {"Spain", "Portugal"}
