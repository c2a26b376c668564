"""Nominal stances and their lists (graph/extract/nominal.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import extract, label, stances_of

# (sentence, type, holder, one word of each list member's position)
LISTS = [
    (
        "Bolivia's demands for a new census, a fair count and the return of seized ballots angered La Paz.",
        "Demand",
        "Bolivia",
        ["census", "count", "ballots"],
    ),
    (
        "Ghana's demands for debt relief, a lower interest rate and longer terms were refused.",
        "Demand",
        "Ghana",
        ["debt", "interest", "terms"],
    ),
    (
        "Mali's demands included free elections, the release of prisoners and an end to censorship.",
        "Demand",
        "Mali",
        ["elections", "prisoners", "censorship"],
    ),
    (
        "Among Chad's demands are a permanent truce and the return of the refugees.",
        "Demand",
        "Chad",
        ["truce", "refugees"],
    ),
    (
        "Niger demanded a ceasefire, the release of prisoners and a share of the oil revenues.",
        "Demand",
        "Niger",
        ["ceasefire", "prisoners", "oil"],
    ),
    (
        "Peru renewed its demands for a truce, a full withdrawal and the return of the displaced.",
        "Demand",
        "Peru",
        ["truce", "withdrawal", "return"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "holder", "words"), LISTS)
def test_a_nominal_stance_takes_every_member_of_its_list(extractor, text, kind, holder, words):
    extraction = extract(extractor, text)
    found = stances_of(extraction, kind, holder)
    labels = [s.position.label for s in found if s.position]
    for word in words:
        assert any(word in p for p in labels), (word, labels)


def test_two_nouns_and_no_list_stay_one_position(extractor):
    extraction = extract(extractor, "Chile's demand for a pay rise, officials said, was turned down.")
    found = stances_of(extraction, "Demand")
    assert [s.position.label for s in found if s.position] == ["pay rise"], [
        (s.type, label(extraction, s.holder), s.position) for s in extraction.stances
    ]


def test_a_threat_of_something_threatens_it(extractor):
    extraction = extract(extractor, "Peru renewed its threat of sanctions over the mining dispute.")
    found = stances_of(extraction, "Threaten", "Peru")
    assert found and found[0].position and "sanctions" in found[0].position.label
