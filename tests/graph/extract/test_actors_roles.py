"""Role nouns, state bodies, demonyms, groups, partitives and conjoined actors (graph/extract/roles.py)."""
from __future__ import annotations


def test_leader_noun_resolves_to_the_office_holder_in_the_reference_actors(read):
    r = read("The talks stalled on Friday. The Russian leader refused to attend.")
    assert r.at("leader") == "Vladimir Putin"
    assert r.at("Russian") == "Vladimir Putin"


def test_leader_noun_prefers_the_office_holder_the_document_names(read):
    r = read("President Volodymyr Zelensky met the envoys. Later the Ukrainian president sounded hopeful.")
    assert r.at("president") == "Volodymyr Zelensky"


def test_demonym_plus_state_body_is_the_state(read):
    r = read("Israeli police said they had detained two suspects. The Iraqi government rejected the report.")
    assert r.at("police") == "Israel" and r.kind("police") == "State"
    assert r.at("government") == "Iraq"


def test_conjoined_demonyms_give_every_state(read):
    r = read("Senior Czech and Slovak officials agreed to reopen the border crossing.")
    first, second = r.all_at("officials")
    assert first.startswith("Czech") and second.startswith("Slovak")
    assert r.kind("officials") == "State"


def test_conjoined_names_give_every_actor(read):
    r = read("Russia and Ukraine agreed to exchange prisoners.")
    assert r.all_at("Russia") == ["Russia", "Ukraine"]
    assert r.at("Ukraine") == "Ukraine"


def test_side_and_plural_demonym_are_the_state(read):
    r = read("Negotiators said the Russian side wanted more time, but the Ukrainians refused.")
    assert r.at("side") == "Russia"
    assert r.at("Ukrainians") == "Ukraine"


def test_an_administration_named_after_its_leader_is_the_state(read):
    r = read("The Trump administration imposed tariffs, and Trump administration officials defended them.")
    assert r.at("administration") == "United States"
    assert r.at("officials") == "United States"
    assert r.at("Trump") == "United States"


def test_state_name_modifier_makes_officials_the_state(read):
    r = read("U.S. officials denied the report.")
    assert r.at("officials") == "United States"


def test_minister_noun_names_the_office_holder(read):
    r = read("The Russian foreign minister said the talks failed. Russia's president agreed.")
    assert "Foreign Minister of Russia" in r.offices("minister")
    assert r.at("president") == "Vladimir Putin"
    assert r.at("Russia") == "Russia"


def test_minister_of_a_state_without_a_known_holder_is_the_state(read):
    r = read("Montenegro's prime minister has resigned.")
    assert r.at("minister") == "Montenegro" and r.kind("minister") == "State"


def test_plural_group_nouns_are_group_actors_named_by_their_phrase(read):
    r = read("Analysts said the deal was fragile. Ukraine's backers feared a collapse, and Fijian rebels "
             "rejected it.")
    assert r.at("Analysts") == "analysts" and r.kind("Analysts") == "Group"  # one name in every document
    assert r.at("backers") == "Ukraine's backers"
    assert r.at("Ukraine") == "Ukraine"  # the possessor stays the state
    assert r.at("rebels") == "Fijian rebels" and r.kind("rebels") == "Group"


def test_groups_are_actors_only_once_a_stance_asks(read):
    r = read("Economists warned that inflation would rise.")
    assert not any(a.kind == "Group" for a in r.resolver.actors.values())
    assert r.at("Economists") == "economists"
    assert "economists" in r.resolver.actors


def test_group_noun_named_after_an_organisation_is_the_organisation(read):
    r = read("Hamas militants fired rockets on Sunday.")
    assert r.at("militants") == "Hamas"


def test_partitive_takes_the_actor_of_its_whole(read):
    r = read("A group of Moroccan diplomats met the president. Members of NATO disagreed.")
    assert r.at("group") == "Morocco"
    assert r.at("Members") == "NATO"


def test_demonym_adjective_alone_is_not_an_actor(read):
    r = read("Russian exports of wheat rose in the spring.")
    assert r.at("Russian") is None
    assert "Russian" not in r.labels


def test_a_title_before_a_name_gives_the_person_that_office(read):
    r = read("Serbian President Milan Petrovic spoke. Then the Serbian president said he would go.")
    assert r.at("president") == "Milan Petrovic"
    assert r.offices("Petrovic") == {"President of Serbia"}
    assert r.at("he") == "Milan Petrovic"


def test_a_title_and_of_state_after_the_name(read):
    r = read("Foreign Minister Ana Lima of Brazil arrived. The Brazilian foreign minister later left.")
    assert r.at("Lima") == "Ana Lima" and r.kind("Lima") == "Person"
    assert r.at("minister") == "Ana Lima"


def test_state_bodies_located_in_a_state(read):
    r = read("Security forces in Guinea detained the refugees.")
    assert r.at("forces") == "Guinea"


def test_collective_group_with_a_modifier(read):
    r = read("A separatist militia based in the hills claimed the attack.")
    assert r.at("militia") == "separatist militia" and r.kind("militia") == "Group"


def test_nationality_nouns_without_plural_s(read):
    r = read("The Dutch and the Austrians will block the budget.")
    assert r.all_at("Dutch") == ["Netherlands", "Austria"]


def test_a_body_owned_by_a_person_speaks_for_the_person(read):
    r = read("Chancellor Friedrich Merz's office said the visit was cancelled.")
    assert r.at("office") == "Friedrich Merz"


def test_thousands_of_a_nationality_are_people_not_the_state(read):
    r = read("Thousands of Serbians marched in Belgrade.")
    assert r.kind("Thousands") == "Group"


def test_a_place_left_or_visited_is_a_place(read):
    r = read("The envoys left Cairo on Monday and visited Amman.")
    assert r.at("Cairo") is None and r.at("Amman") is None


def test_a_people_named_with_two_words_is_a_group(read):
    r = read("Bosnian Serbs demanded a truce.")
    assert r.at("Serbs") == "Bosnian Serbs" and r.kind("Serbs") == "Group"


def test_an_organisation_named_with_a_demonym_is_the_organisation_not_the_state(read):
    r = read("The Kurdish-led Syrian Democratic Forces agreed to hand over the oil fields.")
    assert r.at("Forces") == "Syrian Democratic Forces" and r.kind("Forces") == "Organization"
    assert "Syria" not in r.labels


def test_a_state_s_opposition_is_a_group_named_by_its_phrase(read):
    r = read("Georgia's opposition demanded new elections.")
    assert r.at("opposition") == "Georgia's opposition" and r.kind("opposition") == "Group"


def test_a_definite_role_of_a_state_in_apposition_is_one_of_the_person_s_names(read):
    r = read("Ana Duarte, Portugal's attorney general, urged prosecutors to reopen the case.")
    assert r.at("general") == "Ana Duarte"
    assert "Portugal's attorney general" in r.resolver.actors["ana-duarte"].aliases
    r = read("Ana Duarte, a lawyer in Lisbon, urged prosecutors to reopen the case.")
    assert r.resolver.actors["ana-duarte"].aliases == {"Ana Duarte"}


def test_collectives_of_states_and_organisations_are_groups(read):
    r = read("Gulf states rejected the proposal, and several Nordic countries backed it.")
    assert r.at("states") == "Gulf states" and r.kind("states") == "Group"
    assert r.kind("countries") == "Group"
    r = read("Aid agencies called for a truce, and trade unions called a general strike.")
    assert r.at("agencies") == "aid agencies" and r.at("unions") == "trade unions"  # common words lower-cased
