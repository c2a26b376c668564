"""Hedged stances: passive raising ("is said / believed to have ...") and hedging adverbs
(graph/extract/modality.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract


@pytest.mark.parametrize(
    ("text", "kind", "holder", "word"),
    [
        ("Syria is believed to have rejected the Jordanian plan.", "Reject", "Syria", "plan"),
        ("Libya is said to have demanded a ransom.", "Demand", "Libya", "ransom"),
        ("Belarus is reported to have refused the transit request.", "Reject", "Belarus", "transit"),
        ("Cuba allegedly rejected the offer of talks.", "Reject", "Cuba", "talks"),
    ],
)
def test_raised_and_hedged_stances_belong_to_the_subject_and_are_hedged(extractor, text, kind, holder, word):
    stance = assert_stance(extract(extractor, text), kind, holder, word, None)
    assert stance.modality == "hedged"


def test_an_active_belief_still_shields_what_it_believes(extractor):
    extraction = extract(extractor, "Analysts believe Syria rejected the plan.")
    assert not [s for s in extraction.stances if s.type == "Reject"]
