"""Refusals and their near relations (lexicon PHRASAL, RECOGNIZING_VERBS; nominal.yields_to_demand);
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, label, stances_of

# (sentence, type, holder, a word the position must contain or None, target or None)
STANCES = [
    # dismissing what another proposed or asked
    ("Uruguay brushed aside Brazilian calls to reopen the port.", "Reject", "Uruguay", "port", None),
    ("Hungary shrugged off the demand for a new vote.", "Reject", "Hungary", "vote", None),
    ("Poland waved away the proposal to share the quota.", "Reject", "Poland", "quota", None),
    # refusing to yield to a demand rejects it; yielding concedes
    ("Kenya said it would not give in to demands for new elections.", "Reject", "Kenya", "elections", None),
    ("Peru bowed to pressure and lifted the ban.", "Concede", "Peru", None, None),
    # what is asked for, not what it is for
    ("Moldova asked Romania for gas supplies to get through the winter.", "Demand", "Moldova", "gas", "Romania"),
    # refusing to talk, pressing to act, what is called unacceptable, a caution
    ("Chad won't negotiate with the rebels, the minister said.", "Reject", "Chad", "negotiate", None),
    ("Mali will not hold talks until the shelling stops.", "Reject", "Mali", "talks", None),
    ("Canada pushed Cuba to free the detained activists.", "Demand", "Canada", "free", "Cuba"),
    ("Italy pressured Libya to stop the boats.", "Demand", "Italy", "boats", "Libya"),
    ("Greece demanded reparations from Germany.", "Demand", "Greece", "reparations", "Germany"),
    ("Niger said the demands were unacceptable.", "Reject", "Niger", "demands", None),
    ("Benin called the proposal unacceptable.", "Reject", "Benin", "proposal", None),
    ("Togo deemed the terms unacceptable.", "Reject", "Togo", "terms", None),
    (
        "Britain cautioned that it would act if the ship entered its waters.",
        "Threaten",
        "United Kingdom",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "holder", "word", "target"), STANCES)
def test_refusals_requests_and_pressure(extractor, text, kind, holder, word, target):
    assert_stance(extract(extractor, text), kind, holder, word, target)


def test_never_recognising_an_independence_opposes_it(extractor):
    extraction = extract(extractor, "Spain has never recognised the independence of the breakaway region.")
    stances = stances_of(extraction, "Oppose", "Spain") + [
        s for s in stances_of(extraction, "Support", "Spain") if s.polarity == "negative"
    ]
    assert stances and "independence" in (stances[0].position.label if stances[0].position else "")


def test_recognising_a_problem_takes_no_stance(extractor):
    extraction = extract(extractor, "Italy recognised the problem of youth unemployment.")
    assert not [s for s in extraction.stances if s.type in ("Support", "Oppose")], [
        (s.type, label(extraction, s.holder)) for s in extraction.stances
    ]
