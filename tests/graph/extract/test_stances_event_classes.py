"""Cues of CAMEO's verbal event classes and the event/stance boundary (sentences written for these tests).

Nominal cues ("a call for", "pressure from X to", "assurances from X"), evidential accusations, passive
reports of wrongdoing, warnings that are threats or only predictions, welcome/praise as Support, and
the physical or scheduled events that must not become stances.
"""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, stances_of

# (sentence, stance type, holder, a word the position must contain or None, target or None)
CUES = [
    # nominal demands: "a call for", "pressure from X to ..." (the one under pressure is the target)
    ("Malawi issued a call for an inquiry into the flooding.", "Demand", "Malawi", "inquiry", None),
    ("Zambia faces pressure from Botswana to reopen the border.", "Demand", "Botswana", "reopen", "Zambia"),
    # nominalised acts: "X's rejection of Y", "expressed support for", "voiced opposition to"
    (
        "Slovakia's rejection of the asylum quota surprised analysts.",
        "Reject",
        "Slovakia",
        "asylum quota",
        None,
    ),
    (
        "Kazakhstan expressed support for the water-sharing plan.",
        "Support",
        "Kazakhstan",
        "water-sharing",
        None,
    ),
    ("Chile voiced opposition to the new copper tariffs.", "Oppose", "Chile", "copper tariffs", None),
    # appeals (CAMEO 02): "pleaded with X to", "implored X to", "appealed to X to"
    (
        "Portugal pleaded with Spain to reconsider the water levy.",
        "Demand",
        "Portugal",
        "reconsider",
        "Spain",
    ),
    ("Latvia implored Sweden to reopen the consulate.", "Demand", "Latvia", "consulate", "Sweden"),
    ("Greece appealed to Italy to share the cost of the rescue.", "Demand", "Greece", "share", "Italy"),
    # an offer received from someone: "received assurances from X that ..."
    (
        "Estonia received assurances from Finland that the ferry service would continue.",
        "Offer",
        "Finland",
        "ferry",
        "Estonia",
    ),
    # evidential and legal accusations (CAMEO 112, 1124), active and passive
    (
        "Colombia presented evidence against Venezuela at the hearing.",
        "Accuse",
        "Colombia",
        None,
        "Venezuela",
    ),
    ("Evidence against Paraguay was presented by Uruguay.", "Accuse", "Uruguay", None, "Paraguay"),
    ("Bolivia filed charges against Chile over the river.", "Accuse", "Bolivia", None, "Chile"),
    # a reported killing with a named perpetrator is an accusation of that perpetrator
    (
        "Human Rights Watch said five villagers were killed in a raid by Sudanese troops.",
        "Accuse",
        "Human Rights Watch",
        "raid",
        "Sudan",
    ),
    # a weapon fired "from X" in a reported passive names X as the accused; a flare from a ship names no one
    (
        "Lebanon said a rocket was fired at its border post from Syria on Sunday.",
        "Accuse",
        "Lebanon",
        None,
        "Syria",
    ),
    # welcome and praise are Support, even of a proposal; backing a resolution stays Agree
    ("Portugal welcomed the Spanish proposal for a rail link.", "Support", "Portugal", "rail link", None),
    ("Ireland praised Iceland for its fishing reforms.", "Support", "Ireland", None, "Iceland"),
    # asking for protection is a request; "thousands of X" are X
    (
        "Thousands of Eritrean refugees sought asylum in Norway.",
        "Demand",
        "Eritrean refugees",
        "asylum",
        None,
    ),
    # diplomatic cooperation: restoring or upgrading ties (an act that happened)
    ("Bolivia and Chile restored diplomatic relations last week.", "Support", "Bolivia", "relations", None),
    # "out of the question", "off the table": the speaker rules the subject out
    (
        "Finland said that joining the currency union was out of the question.",
        "Reject",
        "Finland",
        "currency union",
        None,
    ),
    ("Croatia said new border talks were off the table.", "Reject", "Croatia", "border talks", None),
    # a participle parsed as the speaker's subject stands for its own subject
    (
        "The Norwegian Refugee Council working in Mali said both armies must reopen the roads.",
        "Demand",
        "Norwegian Refugee Council",
        "reopen",
        None,
    ),
    # thanks and endorsements of a person are Support; rejecting an accusation is denying it
    ("Guatemala thanked Belize for its help with the floods.", "Support", "Guatemala", None, "Belize"),
    ("Jamaica endorsed the Barbadian candidate for the post.", "Support", "Jamaica", "candidate", None),
    ("Cyprus endorsed the fisheries agreement.", "Agree", "Cyprus", "fisheries", None),
    ("Peru rejected the Chilean accusation of espionage.", "Deny", "Peru", "accusation", None),
    ("Malta dismissed the allegations as baseless.", "Deny", "Malta", "allegations", None),
    # a clause before the cue is not its complement: the accusation survives a trailing denial
    (
        "Latvia accused Belarus of jamming its radar, a charge Belarus denied.",
        "Accuse",
        "Latvia",
        "radar",
        "Belarus",
    ),
    # warnings: of a cost the holder may impose is a threat, a prediction is a Claim
    ("Iran warned that it would close the strait if attacked.", "Threaten", "Iran", "strait", None),
    ("Denmark warned Norway of retaliation over the quotas.", "Threaten", "Denmark", None, "Norway"),
    ("Austria warned that energy prices would rise.", "Claim", "Austria", "energy prices", None),
    ("Spain warned that Madrid would not lift the visa rules.", "Threaten", "Spain", "visa rules", None),
    # an aim of force against a named target threatens it (CAMEO 138); other aims stay Aim
    ("Armenia wants to invade Azerbaijan.", "Threaten", "Armenia", "invade", "Azerbaijan"),
    ("Latvia wants to attack the problem of youth unemployment.", "Aim", "Latvia", "unemployment", None),
    # stated intents: reported, or not a scheduled encounter
    ("Peru said it would meet the rebel leaders in Lima.", "Offer", "Peru", "rebel leaders", None),
    # headline style: "X to free ..." announces an intent
    ("Ecuador to free detained Colombian fishermen", "Offer", "Ecuador", "fishermen", None),
]


@pytest.mark.parametrize(("text", "kind", "holder", "word", "target"), CUES, ids=[c[0][:40] for c in CUES])
def test_event_class_cue_finds_its_stance(extractor, text, kind, holder, word, target):
    assert_stance(extract(extractor, text), kind, holder, word, target)


def test_a_prediction_is_no_threat(extractor):
    assert stances_of(extract(extractor, "Austria warned that energy prices would rise."), "Threaten") == []


def test_a_warning_about_another_actors_act_is_no_threat(extractor):
    extraction = extract(extractor, "Austria warned that Hungary would veto the budget.")
    assert stances_of(extraction, "Threaten") == []
    assert stances_of(extraction, "Claim", "Austria")


def test_welcoming_a_proposal_is_not_agreeing_to_it(extractor):
    extraction = extract(extractor, "Portugal welcomed the Spanish proposal for a rail link.")
    assert stances_of(extraction, "Agree") == []


@pytest.mark.parametrize(
    "text",
    [
        # purpose of a protest or blockade: the act is the event (CAMEO 14), not a stated demand
        "Farmers from Kenya blocked roads near Nairobi on Monday, demanding higher grain prices.",
        "Students in Chile marched through Santiago demanding free tuition.",
        "Ukrainian workers began a hunger strike on Friday to protest against the mine closures.",
        "Police in Ecuador dispersed demonstrators protesting the fuel price rise.",
        "Ghanaian students held a peaceful demonstration calling for lower fees.",
        # a reporter's schedule is a consultation (CAMEO 04), not a stated intent
        "The presidents of Peru and Chile will meet in Lima next week to discuss trade.",
        "Ghana will host the regional summit in March.",
        "Obama to meet Putin in Geneva",
        # "a phone call", "under pressure" ask nothing
        "Nigeria made a phone call to Ghana on Tuesday.",
        "Canada sent military support to Latvia.",
        # a weapon fired from a place that names no actor accuses no one
        "The Peruvian navy said a flare was fired from the ship.",
        # "pleaded guilty" asks nothing; a speaker's report of its own killing accuses no one
        "The Bolivian general pleaded guilty to the charges.",
        "The Nigerian army said it had killed fifty militants in an operation.",
        # what is called difficult or impossible is not agreed to
        "Italy warned that it would be difficult to reach a deal with Libya.",
        "Kenya found it hard to agree to the Ugandan plan.",
        # an ability to restore ties is no act of restoring them
        "The best result for Chile is one where Bolivia can normalize relations with Peru.",
    ],
)
def test_events_and_schedules_yield_no_stance(extractor, text):
    extraction = extract(extractor, text)
    assert [s.type for s in extraction.stances if s.type != "Claim"] == []


def test_an_actor_stating_a_demand_at_a_protest_is_still_a_demand(extractor):
    extraction = extract(extractor, "At the rally, Kenya's opposition demanded that the election be rerun.")
    assert stances_of(extraction, "Demand")
