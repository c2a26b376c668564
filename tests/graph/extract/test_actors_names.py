"""Names: titles and honorifics stripped, full names and surnames merged, hyphenated names kept whole,
organisations, places used as places, and page furniture."""
from __future__ import annotations

from graph.extract.boilerplate import LineKind, LineMap, classify_line


def test_titles_and_honorifics_are_stripped_and_surnames_merge(read):
    r = read("Prime Minister Keir Starmer met union leaders on Monday. Later Mr. Starmer said the talks "
             "had gone well, and Sir Keir promised a second meeting.")
    assert r.at("Keir") == r.at("Starmer", 1) == "Keir Starmer"
    assert r.kind("Starmer", 1) == "Person"
    assert "Prime Minister Keir Starmer" not in r.labels and "Mr. Starmer" not in r.labels


def test_a_surname_before_the_full_name_goes_to_the_full_name(read):
    r = read("Okafor rejects the budget.\n\nThe finance minister, Ngozi Okafor, rejected the budget on "
             "Tuesday. Ms. Okafor said it was unfunded.")
    assert r.at("Okafor", 0) == r.at("Okafor", 1) == r.at("Okafor", 2) == "Ngozi Okafor"


def test_hyphenated_names_keep_their_hyphen(read):
    r = read("Maria Lopez-Garcia, a researcher at the Institute for Fiscal Studies, said the plan would fail."
             " "
             "Ms. Lopez-Garcia added that taxes would rise.")
    assert r.at("Maria") == "Maria Lopez-Garcia"
    assert r.at("Garcia", 1) == "Maria Lopez-Garcia"


def test_reference_people_merge_with_their_aliases(read):
    r = read("President Vladimir V. Putin spoke to reporters. Mr. Putin said the talks were over.")
    assert r.at("Vladimir") == r.at("Putin", 1) == "Vladimir Putin"


def test_places_used_as_places_are_not_actors(read):
    r = read("Reporting from Marseille\n\nDelegates met in Tromso, near the Barents Sea, to discuss fishing "
             "quotas with officials from the Kursk region.")
    assert not {"Marseille", "Tromso", "Barents Sea", "Kursk"} & r.labels


def test_a_capital_in_a_dateline_is_a_place_but_acting_it_is_its_state(read):
    r = read("MOSCOW — The talks ended.\n\nMoscow rejected the proposal on Friday.")
    assert r.at("MOSCOW") is None
    assert r.at("Moscow") == "Russia"


def test_page_furniture_never_yields_actors():
    text = ("  • Share full article\n  • 249\nCredit...Pool photo by Jane Doe\nBy John Roe\n"
            "Follow our live coverage")
    lines = LineMap(text)
    assert all(kind is LineKind.FURNITURE for kind in lines.kinds)
    assert classify_line("Chancellor Wins Vote on Pension Reform") is LineKind.HEADLINE
    assert classify_line("The chancellor won the vote on Tuesday.") is LineKind.BODY


def test_headline_fragments_are_not_people(read):
    r = read("Merz Digs In on Pensions\n\nChancellor Friedrich Merz refused to change the pension plan. "
             "Mr. Merz said the plan was fair.")
    assert "Merz Digs" not in r.labels
    assert r.at("Merz", 0) == "Friedrich Merz"
    assert r.at("Digs") is None


def test_furniture_lines_name_no_one(read):
    r = read("Credit...Pool photo by Jane Doe\n\nBy John Roe\n\nThe senator, Mary Major, opposed the bill.")
    assert {"Jane Doe", "John Roe"}.isdisjoint(r.labels)
    assert r.at("Mary") == "Mary Major"


def test_organisation_names_split_by_a_place_are_joined(read):
    r = read("Irina Volkova, director of the Carnegie Russia Eurasia Center, said sanctions had failed.")
    assert r.at("Eurasia") == "Carnegie Russia Eurasia Center"
    assert r.kind("Eurasia") == "Organization"


def test_noise_entities_are_dropped(read):
    r = read("The minister hadn't retreated, and the Secretary of State said nothing.")
    assert not {"n't", "n’t", "State"} & r.labels


def test_a_capital_inside_a_person_name_is_part_of_the_name(read):
    r = read("Mr. Lima said no. Talks in Lima ended, and Lima rejected the plan.")
    assert r.at("Lima", 0) == "Lima" and r.kind("Lima", 0) == "Person"
    assert r.at("Lima", 1) is None  # a place
    assert r.at("Lima", 2) == "Peru"


def test_a_shared_surname_goes_to_the_latest_full_name(read):
    r = read("Anna Berg opened the debate. Later Tomas Berg replied, and Mr. Berg said the vote would wait.")
    assert r.at("Berg", 2) == "Tomas Berg"
    assert r.at("Berg", 0) == "Anna Berg"


def test_ner_slips_are_not_names(read):
    r = read("Ugandan troops crossed the border. British Defence Secretary Tom Reed said the army was ready.")
    assert "Ugandan" not in r.labels and "British Defence" not in r.labels
    assert r.at("Reed") == "Tom Reed"


def test_a_platform_named_as_the_medium_of_a_statement_is_no_actor(read):
    r = read("The senator wrote on Truth Social that the bill was dead. Ukraine's leader said in a "
             "Telegram post that the talks had failed.")
    assert r.at("Social") is None and r.at("Telegram") is None
    assert not {"Truth Social", "Telegram"} & r.labels


def test_a_news_agency_is_an_organisation_never_a_person(read):
    r = read("Reuters reported that the talks had stalled. Xinhua said China rejected the claims.")
    assert r.kind("Xinhua") == "Organization"


def test_operations_exercises_and_names_given_by_dubbed_are_no_actors(read):
    r = read("Officials said Operation Desert Hammer would continue. The drills, dubbed Iron Shield "
             "Twenty, were condemned by Japan.")
    assert not {"Operation Desert Hammer", "Iron Shield Twenty", "Iron Shield"} & r.labels
    assert r.at("Japan") == "Japan"


def test_emphatic_capitals_and_an_indefinite_article_make_no_name(read):
    r = read("The governor promised MASSIVE Investments in the port and demanded a Total Overhaul of the "
             "tax code.")
    assert not {"MASSIVE Investments", "Investments", "Total Overhaul", "a Total Overhaul"} & r.labels
    assert r.resolver.actor_at(r.token("Investments")) is None


def test_a_surname_the_ner_missed_is_still_the_reference_leader(read):
    r = read("Trump wrote on Truth Social that he would impose ADDITIONAL Tariffs on Mexico.")
    assert r.at("Trump") == "Donald Trump" and r.at("he") == "Donald Trump"


def test_a_lone_first_word_of_a_family_name_first_name_is_that_person(read):
    r = read("Foreign Ministry spokeswoman Mao Ning said the talks were useful. Mao urged restraint.")
    assert r.at("Mao", 1) == "Mao Ning"
    assert "Mao" not in r.labels
