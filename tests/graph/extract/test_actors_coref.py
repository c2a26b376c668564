"""Pronouns resolved to the most recent compatible actor of the paragraph (graph/extract/coref.py)."""
from __future__ import annotations


def test_he_and_his_go_to_the_subject_person(read):
    r = read("Chancellor Friedrich Merz met the envoy on Monday. He said his government would not yield.")
    assert r.at("He") == "Friedrich Merz"
    assert r.at("his") == "Friedrich Merz"


def test_gender_from_honorifics_keeps_he_off_a_woman(read):
    r = read("Ms. Anna Berg said that Mr. Tomas Lind would resign, and that he had told her so.")
    assert r.at("he") == "Tomas Lind"
    assert r.at("her") == "Anna Berg"


def test_its_prefers_the_subject_state(read):
    r = read("Poland signed a treaty with Lithuania, securing the future of its farmers.")
    assert r.at("its") == "Poland"


def test_they_and_their_go_to_collective_actors(read):
    r = read("Israeli officials said they would hold their fire.")
    assert r.at("they") == "Israel"
    assert r.at("their") == "Israel"


def test_they_after_conjoined_states_names_both(read):
    r = read("Greek and Bulgarian officials said that their governments would share data.")
    assert r.all_at("their") == ["Greece", "Bulgaria"]


def test_empty_it_is_not_an_actor(read):
    r = read("Germany rejected the plan. It is likely that talks will resume.")
    assert r.at("It") is None


def test_a_pronoun_opening_a_paragraph_may_reach_the_previous_subject(read):
    r = read("Mr. Jonas Weber said the deal was weak.\n\nHe added that sanctions should stay.")
    assert r.at("He") == "Jonas Weber"


def test_pronouns_do_not_cross_into_unrelated_paragraphs_without_a_subject(read):
    r = read("The weather was cold.\n\nHe added that sanctions should stay.")
    assert r.at("He") is None


def test_them_needs_a_plural_actor(read):
    r = read("Canada imposed new tariffs, and Mexico demanded that Ottawa withdraw them.")
    assert r.at("them") is None
    r = read("Danish officials said the summit had left them frustrated.")
    assert r.at("them") == "Denmark"


def test_a_body_owned_by_a_resolved_pronoun_is_that_persons_state(read):
    r = read("The German leader said his government would back the plan.")
    assert r.at("his") == r.at("leader")
    assert r.at("government") == "Germany"


def test_it_only_after_a_subject_that_governs_it(read):
    r = read("Norway said it would send troops.")
    assert r.at("it") == "Norway"
    r = read("Dutch officials rejected the plan, saying it would burden taxpayers.")
    assert r.at("it") is None


def test_it_with_a_copula_is_referential_unless_a_clause_is_extraposed(read):
    r = read("Qatar's foreign ministry said it remained committed to mediation.")
    assert r.at("it") == "Foreign Ministry of Qatar"  # the ministry, a body that represents Qatar
    r = read("It remains unclear whether Iran will attend.")
    assert r.at("It") is None


def test_a_person_in_apposition_to_the_subject_counts_as_the_subject(read):
    r = read("The prime minister's office said the talks had failed. A senior rebel commander, Ivan Petrov, "
             "said the group would fight on. He accused the army of shelling villages.")
    assert r.at("He") == "Ivan Petrov"


def test_it_for_one_collective_group_but_not_for_a_plural_one(read):
    r = read("A northern militia said on Friday that it would join peace talks.")
    assert r.at("it") == "northern militia"
    r = read("Analysts said it would fail.")
    assert r.at("it") is None
