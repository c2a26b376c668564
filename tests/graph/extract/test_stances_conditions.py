"""Demands stated as conditions, deadlines and necessities (graph/extract/conditions.py, obligations.py);
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import assert_stance, extract, label, stances_of

# (sentence, holder, a word the position must contain, target or None)
DEMANDS = [
    # a condition set
    ("Georgia set free elections as a precondition for any talks.", "Georgia", "elections", None),
    ("Finland named the return of the ships as its condition for a deal.", "Finland", "ships", None),
    ("Japan made the release of the loans for Laos conditional on audits of the dam.", "Japan", "audits", "Laos"),
    ("Austria conditioned its aid on new elections.", "Austria", "elections", None),
    # a condition stated by its copula, or stipulated
    ("Serbia's condition for talks is that Kosovo dissolve its police.", "Serbia", "police", "Kosovo"),
    ("Qatar said its condition for a loan was the release of the prisoners.", "Qatar", "prisoners", None),
    ("Iraq will sign the pact on condition that Turkey stops the shelling.", "Iraq", "shelling", "Turkey"),
    ("Laos will sign the treaty only if Thailand ends the logging.", "Laos", "logging", "Thailand"),
    ("Oman said it would agree to the deal provided that Yemen frees the sailors.", "Oman", "sailors", "Yemen"),
    # a deadline given
    ("Morocco gave Spain until Monday to return the fishing boats.", "Morocco", "fishing boats", "Spain"),
    ("Angola gave Zambia 72 hours to withdraw its troops.", "Angola", "withdraw", "Zambia"),
    ("Sudan set a deadline of Friday for Chad to close its border.", "Sudan", "border", "Chad"),
    ("Belgium gave Congo a week to answer the request.", "Belgium", "answer", "Congo"),
    ("Iraq gave Kuwait an ultimatum to pay the debt.", "Iraq", "debt", "Kuwait"),
    ("Egypt made any truce conditional on Ethiopia's halt to the dam.", "Egypt", "halt", None),
    # necessity and the mandative subjunctive in a reported statement
    ("Chile said it was essential that Peru halt the dredging.", "Chile", "dredging", "Peru"),
    ("Nepal said it was time that India reopen the border.", "Nepal", "border", "India"),
    ("Cuba said that Washington lift the embargo at once.", "Cuba", "embargo", "United States"),
    ("Qatar demanded in a statement that Iran free the tanker.", "Qatar", "tanker", "Iran"),
    ("Jordan said Israel has to open the crossings.", "Jordan", "crossings", "Israel"),
    ("Norway said Russia needs to release the trawler.", "Norway", "trawler", "Russia"),
    ("Mexico should stop the logging, Belize recommended in a report.", "Belize", "logging", "Mexico"),
]


@pytest.mark.parametrize(("text", "holder", "word", "target"), DEMANDS)
def test_conditions_deadlines_and_necessities_are_demands(extractor, text, holder, word, target):
    assert_stance(extract(extractor, text), "Demand", holder, word, target)


@pytest.mark.parametrize(
    "text",
    [
        "Greece gave Albania a loan to build the road.",  # no deadline: a gift, not an ultimatum
        "Mali said it was essential to train more teachers.",  # no one is required to act
        "Laos set the table for the dinner.",  # no condition named
        "The talks will resume only if the weather improves.",  # a condition no actor is asked to meet
    ],
)
def test_gifts_and_plain_necessities_are_no_demands(extractor, text):
    extraction = extract(extractor, text)
    assert not stances_of(extraction, "Demand"), [(s.type, label(extraction, s.holder)) for s in extraction.stances]
