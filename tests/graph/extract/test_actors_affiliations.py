"""Affiliations from appositions, titles and media roles (graph/extract/affiliations.py)."""
from __future__ import annotations


def affiliations(r, word: str) -> set[str]:
    actor = r.resolver.actor_at(r.token(word))
    return {r.resolver.actors[key].label for key in actor.affiliated_with}


def test_apposition_after_the_name(read):
    r = read("Sofia Marin, a senior fellow at the European Policy Centre, said the vote was close.")
    assert affiliations(r, "Sofia") == {"European Policy Centre"}


def test_apposition_with_a_relative_clause(read):
    r = read("Tom Hale, a former diplomat who now works at the Atlantic Council, a think tank in Washington, "
             "said the plan was doomed.")
    assert affiliations(r, "Tom") == {"Atlantic Council"}


def test_a_parenthetical_source_is_not_an_affiliation(read):
    r = read("President Vladimir V. Putin of Russia, the Kremlin said, set out his conditions.")
    assert affiliations(r, "Vladimir") == set()


def test_prepositional_phrase_after_a_name_is_not_an_apposition(read):
    r = read("Mr. Peter Novak, in an interview with Reuters, denied the report.")
    assert affiliations(r, "Peter") == set()


def test_organisation_title_before_the_name(read):
    r = read("Fox News host Laura Ingraham asked about aid.")
    assert affiliations(r, "Laura") == {"Fox News"}


def test_interviewer_is_affiliated_with_the_outlet_of_the_interview(read):
    r = read("Mr. Peter Novak, in an interview with Sky News, denied the report.\n\n"
             "\u201cWe never discussed it,\u201d Mr. Novak told the interviewer, Jane Brook.")
    assert affiliations(r, "Jane") == {"Sky News"}


def test_role_noun_naming_an_organisation_before_the_name(read):
    r = read("The Kremlin spokesman, Dmitry Peskov, dismissed the talks.")
    assert affiliations(r, "Dmitry") == {"Kremlin"}


def test_the_head_organisation_wins_over_a_place_modifier(read):
    r = read("Pedro Alvarez, an economist at the Brussels-based Bruegel institute, said the plan would fail.")
    assert affiliations(r, "Pedro") == {"Bruegel institute"}


def test_role_noun_owned_by_an_organisation_pronoun(read):
    r = read("The Bank of England kept rates unchanged, and its governor, Andrew Bailey, warned of risks.")
    assert affiliations(r, "Andrew") == {"Bank of England"}
