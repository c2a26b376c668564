"""Denials without "deny": reports dismissed as false, "had nothing to do with"."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import assert_stance, extract, label, one, stances_of


def test_reports_dismissed_as_false_are_denied(extractor):
    e = extract(extractor, 'Venezuela dismissed as "baseless" reports that it had moved troops to the border.')
    assert_stance(e, "Deny", "Venezuela", "troops", None)


def test_claims_rejected_as_fabricated_are_denied(extractor):
    e = extract(extractor, "Belgrade rejected as fabricated claims that it had armed the militia.")
    assert one(e, "Deny", "Serbia").position is not None
    assert stances_of(e, "Reject") == []


def test_dismissing_a_proposal_stays_a_rejection(extractor):
    e = extract(extractor, "Chile dismissed the proposal as premature.")
    assert stances_of(e, "Deny") == [] and one(e, "Reject", "Chile")


def test_nothing_to_do_with_is_a_denial_by_the_speaker(extractor):
    e = extract(extractor, "Georgia said it had nothing to do with the fire at the depot.")
    assert_stance(e, "Deny", "Georgia", "fire", None)


def test_having_something_to_do_is_no_denial(extractor):
    e = extract(extractor, "Georgia said it had much to do before the summit.")
    assert stances_of(e, "Deny") == []


def test_an_allegation_made_by_a_means_clause_is_still_an_accusation(extractor):
    e = extract(extractor, "Ghana said Togo had violated the treaty by refusing to open the border.")
    assert label(e, one(e, "Accuse", "Ghana").target) == "Togo"
    assert one(e, "Reject", "Togo")


def test_playing_no_part_is_a_denial(extractor):
    e = extract(extractor, "Moldova said it played no part in the explosion at the depot.")
    assert_stance(e, "Deny", "Moldova", "explosion", None)
