"""Conditional and prospective coercion (graph/extract/threats.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, label, stances_of

# (sentence, holder, a word the position must contain or None, target or None)
THREATS = [
    # readiness for force
    ("Norway is prepared to take all necessary measures to protect its fisheries.", "Norway", "measures", None),
    ("Egypt stands ready to retaliate against any attack on its dam.", "Egypt", "retaliate", None),
    ("Taiwan is ready to defend itself against any invasion.", "Taiwan", "defend", None),
    ("Oman said it was ready to respond to any aggression.", "Oman", "respond", None),
    # a promise of force
    ("Tehran promised a crushing response to any attack.", "Iran", "response", None),
    ("Qatar pledged to retaliate against the blockade.", "Qatar", "retaliate", None),
    # stated coercive measures
    ("Brazil will take firm steps to defend its borders.", "Brazil", "steps", None),
    ("If the raids continue, Kenya will consider stronger measures.", "Kenya", "measures", None),
    # a coercive act under a modal and a condition; the condition's subject is the one threatened
    ("Algeria may halt gas exports unless Spain changes its position.", "Algeria", "gas", "Spain"),
    (
        "Vietnam could suspend its fishing accord with Indonesia if Jakarta seizes more boats.",
        "Vietnam",
        "accord",
        "Indonesia",
    ),
    ("If Serbia does not withdraw its troops, Croatia will impose sanctions.", "Croatia", "sanctions", "Serbia"),
    # tightening a restriction
    ("Israel said it will extend the blockade of the port.", "Israel", "blockade", None),
    ("Unless the hostages are freed, Jordan will expand its offensive.", "Jordan", "offensive", None),
    ("If the border is crossed, Armenia will respond with force.", "Armenia", "force", None),
    ("Should Ecuador seize the ships, Colombia will respond harshly.", "Colombia", None, "Ecuador"),
    # the threatened act is what is threatened, not the object of its inner verb
    ("Poland threatened to veto the budget.", "Poland", "veto", None),
    # the target is named in what the threat is against, or in the provocation it answers
    ("Canada threatened steep tariffs on Mexican steel.", "Canada", "tariffs", "Mexico"),
    ("Chile threatened duties on imports from Peru.", "Chile", "duties", "Peru"),
    ("Sweden warned that it would retaliate against any Russian sanctions.", "Sweden", "retaliate", "Russia"),
    ("Chile vowed countermeasures after Argentina closed the border.", "Chile", "countermeasures", "Argentina"),
    # a cost the warned one will bear
    ("Japan warned that China would pay a heavy price.", "Japan", None, "China"),
    ("Kenya warned that Somalia would face consequences.", "Kenya", None, "Somalia"),
    # a passive threat: the threatened is its subject
    ("Norway and Denmark were threatened by Russia in a broadcast.", "Russia", None, "Norway"),
    ("Ghana vowed a firm response to Nigeria's new import duties.", "Ghana", "response", "Nigeria"),
]


@pytest.mark.parametrize(("text", "holder", "word", "target"), THREATS)
def test_coercion_is_a_threat(extractor, text, holder, word, target):
    assert_stance(extract(extractor, text), "Threaten", holder, word, target)


def test_a_hypothetical_threat_keeps_its_modality(extractor):
    extraction = extract(extractor, "Australia could impose duties on Thai rice if the dumping goes on.")
    stance = assert_stance(extraction, "Threaten", "Australia", "duties", None)
    assert stance.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Syria is willing to withdraw its troops from the border.",  # readiness to withdraw may concede
        "Peru is ready to take steps to improve its schools.",  # steps with no force meant
        "Portugal will extend its aid to the flooded regions.",  # extending aid is no restriction
        "Bahrain pledged to expel the exiled dissidents under the accord.",  # a pledge to a third party
    ],
)
def test_readiness_and_measures_without_force_are_no_threat(extractor, text):
    extraction = extract(extractor, text)
    assert not stances_of(extraction, "Threaten"), [(s.type, label(extraction, s.holder)) for s in extraction.stances]


def test_a_stance_inside_the_condition_is_not_taken(extractor):
    extraction = extract(extractor, "Libya may suspend oil sales unless the council condemns the raids.")
    assert not stances_of(extraction, "Oppose"), [(s.type, label(extraction, s.holder)) for s in extraction.stances]
