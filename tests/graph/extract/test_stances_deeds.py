"""Concessions made by deed: releases, lifted and shortened restrictions, permissions, surrender."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import extract, one, stances_of


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        ("Belarus released 16 political prisoners on Friday.", "Belarus", "prisoners"),
        ("Egypt freed dozens of detainees ahead of the holiday.", "Egypt", "detainees"),
        ("Bolivia lifted the state of emergency in three provinces.", "Bolivia", "emergency"),
        ("Kenya shortened the curfew in the capital.", "Kenya", "curfew"),
        ("Zimbabwe allowed the opposition leader to return from exile.", "Zimbabwe", "return"),
        ("Japan had surrendered.", "Japan", None),
    ],
)
def test_a_deed_that_gives_up_a_hold_is_a_concession(extractor, text, holder, word):
    stance = one(extract(extractor, text), "Concede", holder)
    if word:
        assert stance.position is not None and word in stance.position.label


def test_a_promised_release_stays_an_offer(extractor):
    e = extract(extractor, "Belarus will release 16 political prisoners.")
    assert one(e, "Offer", "Belarus") and stances_of(e, "Concede") == []


@pytest.mark.parametrize(
    "text",
    [
        "Belarus released a statement on Friday.",
        "Kenya extended the curfew in the capital.",
        "Zimbabwe allowed the price of bread to rise.",
    ],
)
def test_acts_that_yield_nothing_are_no_concession(extractor, text):
    assert stances_of(extract(extractor, text), "Concede") == []


def test_no_sign_of_retreating_is_a_negative_concession(extractor):
    e = extract(extractor, "The mayor has shown no sign of retreating from his plan to close the library.")
    assert one(e, "Concede", "mayor").polarity == "negative"


def test_the_surrender_of_an_actor_is_its_concession(extractor):
    e = extract(extractor, "Ankara said the siege had forced the surrender of Kobani.")
    assert one(e, "Concede", "Kobani")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The guerrillas laid down their arms in March.", "guerrillas"),
        ("The militants handed over their weapons to the army.", "militants"),
        ("Two suspects turned themselves in to the police.", "suspects"),
    ],
)
def test_giving_up_arms_or_oneself_is_a_concession(extractor, text, holder):
    assert one(extract(extractor, text), "Concede", holder)


def test_laying_down_rules_is_no_concession(extractor):
    assert stances_of(extract(extractor, "The ministry laid down new rules for imports."), "Concede") == []
