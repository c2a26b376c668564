"""Claims of who said or thought what: "according to", report verbs, quotations continued, retaliation."""

from __future__ import annotations

import pytest

from tests.graph.extract.stance_helpers import extract, label, one, stances_of


def test_according_to_is_the_sources_claim_and_attributes_the_inner_stance(extractor):
    e = extract(extractor, "Chile has rejected the lithium deal, according to the Reuters news agency.")
    assert one(e, "Claim", "Reuters")
    assert label(e, one(e, "Reject", "Chile").attributed_to) == "Reuters"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Senator Warren tweeted about the hearing on Sunday.", "Warren"),
        ("Governor Newsom told reporters that the budget was balanced.", "Newsom"),
        ("Mayor Adams believes that the subway is safe.", "Adams"),
        ("Senator Cruz called the bill a disgrace.", "Cruz"),
    ],
)
def test_a_report_verb_with_a_subject_is_a_claim(extractor, text, holder):
    e = extract(extractor, text)
    claims = [label(e, s.holder) or "" for s in stances_of(e, "Claim")]
    assert any(holder in c for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Adams knows the city well.",
        "Senator Cruz called a press conference.",
        "Governor Newsom will respond to the letter next week.",
    ],
)
def test_verbs_that_report_nothing_give_no_claim(extractor, text):
    assert stances_of(extract(extractor, text), "Claim") == []


def test_a_claim_about_another_actors_stance_is_the_speakers(extractor):
    e = extract(extractor, "Canada said that Mexico had refused the quota.")
    assert one(e, "Reject", "Mexico") and one(e, "Claim", "Canada")


def test_the_speakers_own_stance_gets_no_second_claim(extractor):
    e = extract(extractor, "Canada said it would reject the quota.")
    assert one(e, "Reject", "Canada") and stances_of(e, "Claim") == []


def test_a_report_verbs_noun_subject_is_a_group(extractor):
    e = extract(extractor, "Several aides said the senator had left the building.")
    assert [label(e, s.holder) for s in stances_of(e, "Claim")] == ["aides"]


def test_a_quotation_after_a_verb_of_addressing_is_the_speakers(extractor):
    e = extract(
        extractor,
        'Chancellor Olaf Scholz spoke to reporters in Berlin on Monday. "We will not accept new tariffs."',
    )
    assert one(e, "Reject", "Olaf Scholz")


def test_a_response_with_force_is_a_threat(extractor):
    e = extract(extractor, '"Greece will respond to any provocation with force," the minister said.')
    assert one(e, "Threaten", "Greece")


def test_a_transcript_line_is_the_named_speakers_claim(extractor):
    e = extract(extractor, 'Partial transcript:\n\n"HARRIS: We will keep the clinics open.\n\n"BAIER: Why now?')
    holders = {label(e, s.holder) for s in stances_of(e, "Claim")}
    assert {"HARRIS", "BAIER"} <= holders


def test_a_list_after_a_colon_is_no_speaker(extractor):
    e = extract(extractor, "The plan has three parts: a truce, an exchange of prisoners and talks.")
    assert stances_of(e, "Claim") == []


def test_voting_against_a_bill_rejects_it(extractor):
    e = extract(extractor, "Senator Tillis voted against the spending bill.")
    assert "spending bill" in one(e, "Reject", "Tillis").position.label


def test_a_sentence_opening_with_according_to_is_the_sources_claim(extractor):
    e = extract(extractor, "According to Senator Warner, the hearing was postponed.")
    assert one(e, "Claim", "Warner")
