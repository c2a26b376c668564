"""Holders, positions, polarity, modality, attribution, concessions, contradictions and dates of stances."""

from __future__ import annotations

from datetime import date

import pytest

from tests.graph.extract.stance_helpers import extract, label, one, stances_of

WEDNESDAY = date(2025, 3, 19)


def test_one_stance_per_conjunct_position(extractor):
    e = extract(extractor, "Ghana demanded a pay rise, a shorter working week and new pensions.")
    labels = sorted(s.position.label for s in stances_of(e, "Demand", "Ghana") if s.position)
    assert len(labels) == 3
    assert any("pay rise" in x for x in labels) and any("pensions" in x for x in labels)


def test_one_stance_per_conjoined_holder(extractor):
    e = extract(extractor, "Kenya and Uganda rejected the tariff plan.")
    assert {label(e, s.holder) for s in stances_of(e, "Reject")} == {"Kenya", "Uganda"}


def test_passive_voice_takes_the_agent_as_holder(extractor):
    e = extract(extractor, "The tariff plan was rejected by Kenya.")
    assert one(e, "Reject", "Kenya").position.label == "tariff plan"


def test_position_label_drops_determiners_and_possessives(extractor):
    e = extract(extractor, "Chile rejected their latest offer.")
    assert one(e, "Reject", "Chile").position.label == "latest offer"


def test_negation_of_a_concession_is_a_negative_concede(extractor):
    e = extract(
        extractor,
        "Belgium's refusal to cede ground on the budget surprised its partners. "
        "Ireland has conceded little in the talks.",
    )
    assert one(e, "Concede", "Belgium").polarity == "negative"
    assert one(e, "Concede", "Ireland").polarity == "negative"


def test_negated_agree_is_typed_reject_and_negated_support_oppose(extractor):
    e = extract(extractor, "Cuba did not accept the new terms. Malta does not support the sanctions regime.")
    assert one(e, "Reject", "Cuba").polarity == "positive"
    assert one(e, "Oppose", "Malta").polarity == "positive"
    assert stances_of(e, "Agree") == [] and stances_of(e, "Support") == []


@pytest.mark.parametrize(
    ("text", "kind", "holder", "modality"),
    [
        ("Chile may be hoping to renegotiate the deal.", "Aim", "Chile", "hedged"),
        ("Canada could offer more troops to the mission.", "Offer", "Canada", "hypothetical"),
        ("Spain accepted the quota.", "Agree", "Spain", "asserted"),
    ],
)
def test_modality_from_hedges_and_hypotheticals(extractor, text, kind, holder, modality):
    assert one(extract(extractor, text), kind, holder).modality == modality


def test_according_to_attributes_and_reports(extractor):
    e = extract(extractor, "According to France, Germany demanded a halt to the arms exports.")
    stance = one(e, "Demand", "Germany")
    assert label(e, stance.attributed_to) == "France" and stance.modality == "reported"


def test_parenthetical_speaker_attributes(extractor):
    e = extract(extractor, "Germany, Poland said, demanded a halt to the arms exports.")
    assert label(e, one(e, "Demand", "Germany").attributed_to) == "Poland"


def test_speakers_own_statement_is_attributed_to_the_speaker(extractor):
    e = extract(extractor, "Denmark said it would be happy to host the summit.")
    stance = one(e, "Offer", "Denmark")
    assert label(e, stance.attributed_to) == "Denmark" and stance.modality == "asserted"


def test_stance_in_a_belief_is_not_stated(extractor):
    e = extract(extractor, "Analysts believe that Peru will reject the proposal.")
    assert stances_of(e, "Reject") == []


def test_stance_inside_another_stance_is_its_position(extractor):
    e = extract(extractor, "Greece demanded that its partners refuse to recognise the new state.")
    assert stances_of(e, "Reject") == []
    assert "refuse" in one(e, "Demand", "Greece").position.label


def test_conditional_and_partial_concessions(extractor):
    e = extract(
        extractor,
        "Spain said it would agree to the quota as long as Portugal does the same. "
        "Japan agreed to a limited 10-day pause in whaling.",
    )
    assert "ConditionalConcession" in one(e, "Agree", "Spain").concession.types
    assert "PartialConcession" in one(e, "Agree", "Japan").concession.types


def test_framed_concession_names_its_framers_and_addressee(extractor):
    e = extract(
        extractor,
        "What Peru agreed to during the talks — including a short fishing ban and a "
        "joint patrol — was portrayed as a concession to Chile in the statement released "
        "by Ecuador.",
    )
    framed = [s for s in stances_of(e, "Agree", "Peru") if s.concession]
    assert len(framed) == 2
    for stance in framed:
        assert "FramedConcession" in stance.concession.types
        assert label(e, stance.concession.conceded_to) == "Chile"
        assert [label(e, k) for k in stance.concession.framed_by] == ["Ecuador"]


def test_a_denial_of_what_another_source_reports_is_a_contradiction(extractor):
    e = extract(
        extractor,
        "According to Egypt, Ethiopia demanded an end to foreign aid for the dam project. "
        "Kenya denied that Ethiopia demanded an end to foreign aid.",
    )
    assert len(e.contradictions) == 1
    pair = {e.stances[e.contradictions[0].first].type, e.stances[e.contradictions[0].second].type}
    assert pair == {"Demand", "Deny"}


def test_agreeing_and_rejecting_the_same_position_contradict(extractor):
    e = extract(
        extractor, "Chile accepted the fishing quota on Monday. Chile rejected the fishing quota on Friday."
    )
    assert len(e.contradictions) == 1


def test_unrelated_stances_do_not_contradict(extractor):
    e = extract(
        extractor,
        "According to Egypt, Ethiopia demanded new dam talks. Kenya denied that it had closed the border.",
    )
    assert e.contradictions == []


def test_weekdays_resolve_before_the_document_date(extractor):
    e = extract(
        extractor,
        "On Tuesday, Germany demanded the return of the paintings. "
        "By Wednesday, Austria had rejected the request. Italy welcomed the talks.",
        on=WEDNESDAY,
    )
    assert one(e, "Demand", "Germany").date == date(2025, 3, 18)
    assert one(e, "Reject", "Austria").date == WEDNESDAY
    assert one(e, "Support", "Italy").date == WEDNESDAY


def test_collective_holder_without_entity_becomes_a_group(extractor):
    e = extract(extractor, "Striking dock workers demanded higher wages.")
    stance = stances_of(e, "Demand")[0]
    assert e.actors[stance.holder].kind in ("Group", "State", "Organization")
    assert "workers" in label(e, stance.holder)


def test_attribution_stops_at_a_conjoined_clause_with_its_own_subject(extractor):
    e = extract(extractor, "Russia offered to mediate, according to Belarus, and China urged restraint.")
    assert label(e, one(e, "Offer", "Russia").attributed_to) == "Belarus"
    assert one(e, "Demand", "China").attributed_to is None


def test_a_concession_restating_another_actors_demand_answers_it(extractor):
    e = extract(extractor, "Rebel leaders demanded an overhaul of the judiciary. "
                           "The president of Angola later agreed to an overhaul of the judiciary.")
    agree = stances_of(e, "Agree")[0]
    assert agree.answers is not None and e.stances[agree.answers].type == "Demand"
