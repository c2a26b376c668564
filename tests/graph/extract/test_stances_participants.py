"""Passive accusations and threats, reciprocal "each other", agreement partners, demonym targets."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, label, one, stances_of


def test_passive_accusation_targets_the_subject_and_takes_the_agents_of_phrase(extractor):
    e = extract(extractor, "Belarus was accused by Lithuania of pushing migrants across the border.")
    assert_stance(e, "Accuse", "Lithuania", "migrants", "Belarus")


@pytest.mark.parametrize(
    ("text", "kind", "holder", "target"),
    [
        ("Finland has been threatened by Russia with unspecified countermeasures.", "Threaten", "Russia", "Finland"),
        ("Turkish steel makers were accused by Canada of dumping cheap steel.", "Accuse", "Canada", "Turkey"),
        ("Rwanda stands accused by Congo of backing the rebels.", "Accuse", "Congo", "Rwanda"),
        ("Serbia, accused by Croatia of shielding suspects, rejected the charge.", "Accuse", "Croatia", "Serbia"),
    ],
)
def test_a_passive_cue_with_an_agent_targets_its_subject(extractor, text, kind, holder, target):
    e = extract(extractor, text)
    assert label(e, one(e, kind, holder).target) == target


def test_collective_observers_hold_an_accusation(extractor):
    e = extract(extractor, "Eritrea was accused by U.N. investigators of torturing detainees.")
    assert [s.type for s in stances_of(e, "Accuse")] == ["Accuse"]


def test_each_other_makes_one_accusation_per_holder_aimed_at_the_other(extractor):
    e = extract(extractor, "Peru and Ecuador accused each other of violating the border accord.")
    pairs = {(label(e, s.holder), label(e, s.target)) for s in stances_of(e, "Accuse")}
    assert pairs == {("Peru", "Ecuador"), ("Ecuador", "Peru")}


def test_blaming_one_another(extractor):
    e = extract(extractor, "Sudan and Chad blamed one another for the raid on the border town.")
    pairs = {(label(e, s.holder), label(e, s.target)) for s in stances_of(e, "Accuse")}
    assert pairs == {("Sudan", "Chad"), ("Chad", "Sudan")}


def test_demonym_of_an_accused_object_names_its_state(extractor):
    e = extract(extractor, "Lithuania blamed Belarusian border guards for the incident.")
    assert label(e, one(e, "Accuse", "Lithuania").target) == "Belarus"


def test_the_partner_of_an_agreement_agrees_too(extractor):
    e = extract(extractor, "Portugal reached an agreement with Morocco on fishing rights.")
    assert {label(e, s.holder) for s in stances_of(e, "Agree")} == {"Portugal", "Morocco"}


def test_agreeing_with_someone_is_not_their_agreement(extractor):
    e = extract(extractor, "Austria agreed with Italy that the quota was too low.")
    assert "Italy" not in {label(e, s.holder) for s in stances_of(e, "Agree")}


def test_backing_a_proposal_agrees_to_it_and_supports_it(extractor):
    e = extract(extractor, "Norway backed a proposal to cap fishing quotas in the Arctic.")
    assert one(e, "Agree", "Norway") and one(e, "Support", "Norway")


def test_a_scheduled_thing_is_no_ones_intent(extractor):
    e = extract(extractor, "Negotiations on the border will resume in Geneva on Friday, Swiss officials said.")
    assert stances_of(e, "Offer") == []


def test_an_actors_intent_reported_by_officials_stays_an_offer(extractor):
    e = extract(extractor, "The rebels will free the hostages on Friday, Swiss officials said.")
    assert stances_of(e, "Offer")


def _pairs(e, kind):
    return {(label(e, s.holder), label(e, s.target)) for s in stances_of(e, kind)}


def test_traded_accusations_are_each_sides_accusation_of_the_other(extractor):
    e = extract(extractor, "Sudan and Chad traded accusations over the raid on the camp.")
    assert _pairs(e, "Accuse") == {("Sudan", "Chad"), ("Chad", "Sudan")}


def test_exchanged_threats_are_each_sides_threat(extractor):
    e = extract(extractor, "Greece and Turkey exchanged threats on Sunday.")
    assert _pairs(e, "Threaten") == {("Greece", "Turkey"), ("Turkey", "Greece")}


def test_blaming_each_others_forces_targets_the_other(extractor):
    e = extract(extractor, "Peru and Ecuador blamed each other's troops for the clash.")
    assert _pairs(e, "Accuse") == {("Peru", "Ecuador"), ("Ecuador", "Peru")}


def test_each_side_blamed_the_other(extractor):
    e = extract(extractor, "Each side blamed the other for the breakdown of the ceasefire.")
    assert [label(e, s.holder) for s in stances_of(e, "Accuse")] == ["side"]


def test_exchanged_prisoners_are_no_accusation(extractor):
    e = extract(extractor, "Greece and Turkey exchanged prisoners on Sunday.")
    assert stances_of(e, "Accuse") == [] and stances_of(e, "Threaten") == []
