"""One sentence of its own for each cue family of graph/extract/lexicon.py (written for these tests)."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, stances_of

# (sentence, stance type, holder, a word the position must contain or None, target or None)
FAMILIES = [
    # Demand: verb + that-clause, "call for", "urge X to", a possessed noun, "key condition:",
    # "must" in reported speech
    (
        "Germany demanded that Poland release the detained journalists.",
        "Demand",
        "Germany",
        "journalists",
        "Poland",
    ),
    ("France called for an immediate ceasefire in the region.", "Demand", "France", "ceasefire", None),
    ("Japan urged China to resume fishing talks.", "Demand", "Japan", "fishing", "China"),
    ("Brazil's demands on Argentina remained unchanged.", "Demand", "Brazil", None, "Argentina"),
    (
        "Turkey set out its key condition: a full withdrawal of foreign troops from the border.",
        "Demand",
        "Turkey",
        "withdrawal",
        None,
    ),
    ("Canada said Mexico must extradite the suspects.", "Demand", "Canada", "extradite", "Mexico"),
    # Reject: reject, refuse to, rule out, "has never accepted", "will not negotiate", "failed to reach"
    # the author of a rejected proposal is its target
    (
        "Egypt rejected the Ethiopian proposal for a joint dam authority.",
        "Reject",
        "Egypt",
        "proposal",
        "Ethiopia",
    ),
    ("Chile refused to sign the fisheries agreement.", "Reject", "Chile", "fisheries", None),
    ("Norway ruled out new drilling licences.", "Reject", "Norway", "drilling", None),
    ("India has never accepted the border ruling.", "Reject", "India", "border ruling", None),
    ("Peru will not negotiate with the rebels.", "Reject", "Peru", "negotiate", None),
    ("Kenya failed to reach an agreement with the unions.", "Reject", "Kenya", "unions", None),
    # Accuse: "accused X of", an alleged wrongdoing in reported speech
    ("Sweden accused Iran of violating the consular treaty.", "Accuse", "Sweden", "violating", "Iran"),
    ("Greece said Turkey had violated its airspace.", "Accuse", "Greece", "airspace", "Turkey"),
    # Deny
    ("Hungary denied that it had blocked the aid package.", "Deny", "Hungary", "aid package", None),
    # Agree: agree to, sign, "reach an agreement", support for a resolution
    ("Spain agreed to extend the fishing quota.", "Agree", "Spain", "quota", None),
    ("Italy signed the trade pact.", "Agree", "Italy", "trade pact", None),
    (
        "Vietnam and Cambodia reached an agreement on the river border.",
        "Agree",
        "Cambodia",
        "river border",
        None,
    ),
    ("Hungary backed the UN resolution on refugees.", "Agree", "Hungary", "resolution", None),
    # Concede: back down, lift a restriction
    ("Austria backed down on the tariff dispute.", "Concede", "Austria", "tariff", None),
    ("Serbia lifted the curfew in the northern province.", "Concede", "Serbia", "curfew", None),
    # Offer: offer to, propose, "would be happy to", a stated intent ("will provide ... to X")
    ("Qatar offered to mediate between the two factions.", "Offer", "Qatar", "mediate", None),
    ("Norway proposed a new round of talks.", "Offer", "Norway", "talks", None),
    ("Denmark said it would be happy to host the summit.", "Offer", "Denmark", "summit", None),
    ("Finland will provide emergency food aid to Sudan.", "Offer", "Finland", "food aid", "Sudan"),
    # Threaten: threaten to, warn X of, "would boycott ... unless"
    ("Iran threatened to close the strait.", "Threaten", "Iran", "strait", None),
    ("Russia warned Finland of countermeasures.", "Threaten", "Russia", "countermeasures", "Finland"),
    (
        "Algeria said it would boycott the summit unless Morocco withdrew its envoy.",
        "Threaten",
        "Algeria",
        "summit",
        None,
    ),
    # Support: welcome, back
    ("Australia welcomed the election result.", "Support", "Australia", "election", None),
    ("Estonia backed Latvia's bid for the council seat.", "Support", "Estonia", "bid", None),
    # Oppose: condemn, "criticized X for"
    ("Poland condemned the attack on the embassy.", "Oppose", "Poland", "embassy", None),
    ("Lithuania criticized Belarus for the border closures.", "Oppose", "Lithuania", "closures", "Belarus"),
    # Aim: seek, "eager to"
    ("Mongolia seeks closer ties with Japan.", "Aim", "Mongolia", "ties", None),
    ("Georgia is eager to join the alliance.", "Aim", "Georgia", "alliance", None),
    # Claim: a statement with no stronger type
    ("Thailand said the border was calm.", "Claim", "Thailand", "calm", None),
]


@pytest.mark.parametrize(
    ("text", "kind", "holder", "word", "target"), FAMILIES, ids=[f[0][:40] for f in FAMILIES]
)
def test_each_cue_family_finds_its_stance(extractor, text, kind, holder, word, target):
    stance = assert_stance(extract(extractor, text), kind, holder, word, target)
    assert stance.polarity == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town and killed three soldiers.",
        "Police arrested twelve protesters on Monday.",
        "The storm destroyed two bridges near the coast.",
        "The carmaker said it would cut 4,000 jobs next year.",
    ],
)
def test_physical_events_yield_no_stance(extractor, text):
    extraction = extract(extractor, text)
    assert [s for s in extraction.stances if s.type != "Claim"] == []


def test_a_verb_without_holder_or_position_is_no_stance(extractor):
    extraction = extract(extractor, "Welcome to the conference centre.")
    assert stances_of(extraction, "Support") == []
