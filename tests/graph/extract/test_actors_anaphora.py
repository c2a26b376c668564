"""Wire-style phenomena: paragraph breaks, datelines, role nouns in apposition, definite anaphora,
possessed bodies, "it" and "they" in the paragraph, heads of government, lone surnames, ministries."""
from __future__ import annotations


def test_a_headline_and_a_dateline_do_not_run_into_the_first_sentence(read):
    r = read("Army Rejects Truce Plan\n\nCAIRO — The army said on Sunday that it would not accept the plan.")
    assert r.token("CAIRO").is_sent_start
    assert r.doc.text.startswith("Army Rejects Truce Plan\n\nCAIRO")  # tokens and offsets untouched
    assert r.doc[r.token("CAIRO").i - 1].is_space
    assert r.at("Army") is None and r.at("Rejects") is None
    assert r.at("army") == "Egypt"  # the dateline's state


def test_a_wrapped_line_is_not_a_sentence_start(read):
    r = read("The envoys said the talks\nwould resume on Friday.")
    assert not r.token("would").is_sent_start
    r = read("The envoys from the neighbouring states said on Friday that the talks with\n"
             "Ghana would resume next week, after the holiday.")
    assert not r.token("Ghana").is_sent_start
    r = read("Army Rejects Truce Plan\nCAIRO — The army said on Sunday that it would not accept it.")
    assert r.token("CAIRO").is_sent_start  # after a short line, a single line break is enough


def test_a_news_agency_in_a_dateline_is_not_an_actor(read):
    r = read("GENEVA (Reuters) - Switzerland offered to host talks.")
    assert r.at("Reuters") is None
    assert r.labels == {"Switzerland"}


def test_a_role_noun_is_the_person_in_apposition(read):
    r = read("Kenya's president, William Ruto, offered to mediate between the two sides.")
    assert r.at("president") == "William Ruto"
    assert r.at("Kenya") == "Kenya"
    assert "President of Kenya" in r.offices("president")
    r = read("The country's army chief, General Tomas Arvid, rejected the plan.")
    assert r.at("chief") == "Tomas Arvid"


def test_the_group_is_the_one_organisation_of_the_paragraph(read):
    r = read("Hamas said on Monday that it had accepted the proposal. The group demanded a full withdrawal.")
    assert r.at("group") == "Hamas"
    r = read("The African Union said it would send observers. The bloc demanded a ceasefire.")
    assert r.at("bloc") == "African Union"


def test_the_group_stays_unresolved_between_two_organisations(read):
    r = read("Hamas and Hezbollah issued statements on Monday. The group demanded a full withdrawal.")
    assert r.at("group") is None


def test_the_army_is_the_army_named_before_or_the_one_state(read):
    r = read("The Sudanese army said it had retaken the city. The military denied targeting civilians.")
    assert r.at("military") == r.at("army")
    r = read("Chad's army chief rejected the plan on Monday. The army said it would keep fighting.")
    assert r.at("chief") == r.at("army", 1) == r.at("it") == "Army of Chad"  # a body that represents Chad
    r = read("Chad closed its border on Monday. The government said the move was temporary.")
    assert r.at("government") == "Chad"
    r = read("Chad accused Niger of arming rebels. The government said it had proof.")
    assert r.at("government") is None


def test_a_body_speaking_for_a_person_is_the_person(read):
    r = read("Prime Minister Benjamin Netanyahu spoke on Monday. His office later denied the report.")
    assert r.at("office") == "Benjamin Netanyahu"
    r = read("President Tomas Arvid of Chile spoke. The president's aides said the plan was dead.")
    assert r.at("aides") == r.at("Arvid") == "Tomas Arvid"


def test_it_for_the_one_state_of_the_paragraph(read):
    r = read("Germany signed the accord. It has long demanded stricter rules on emissions.")
    assert r.at("It") == "Germany"
    r = read("Germany signed the accord with France. It has long demanded stricter rules.")
    assert r.at("It") is None  # two states: ambiguous
    r = read("Germany signed the accord. It would cost billions.")
    assert r.at("It") is None  # "cost" takes no agent: the accord


def test_they_opening_a_paragraph_reaches_the_one_collective_actor_before(read):
    r = read("Hungarian officials met on Monday.\n\nThey rejected the quota.")
    assert r.at("They") == "Hungary"


def test_a_bare_leader_of_a_parliamentary_republic_is_the_head_of_government(read):
    r = read("The Israeli leader rejected the plan. The Indian leader welcomed it.")
    assert r.at("leader") == "Benjamin Netanyahu"
    assert r.at("leader", 1) == "Narendra Modi"
    r = read("The British leader said taxes would rise.")
    assert r.at("leader") == "Keir Starmer"  # not the Chancellor of the Exchequer


def test_a_lone_surname_needs_the_document_to_support_a_reference_person(read):
    r = read("Reeves, who runs a bakery in Leeds, said prices would rise.")
    assert r.at("Reeves") == "Reeves"
    r = read("The chancellor was in Leeds on Monday. Reeves said taxes would rise.")
    assert r.at("Reeves") == "Rachel Reeves"
    r = read("Ramaphosa said the talks would resume.")
    assert r.at("Ramaphosa") == "Cyril Ramaphosa"  # head of a G20 state


def test_an_unqualified_ministry_belongs_to_the_state_of_the_text(read):
    r = read("BEIJING — The Commerce Ministry said it opposed the tariffs.")
    assert r.at("Ministry") == "Chinese Commerce Ministry"
    r = read("Chile raised its tariffs on Monday. The Agriculture Ministry said farmers needed help.")
    assert r.at("Ministry") == "Agriculture Ministry of Chile"
    assert r.kind("Ministry") == "Government"
    r = read("MOMBASA, Kenya — The Foreign Ministry summoned the ambassador.")  # the dateline's country
    assert r.at("Ministry") == "Foreign Ministry of Kenya"
    r = read("Chile and Peru traded accusations on Monday. The Agriculture Ministry said it had proof.")
    assert r.kind("Ministry") == "Organization"  # two states: left as it is


def test_government_forces_are_the_one_state_of_the_paragraph(read):
    r = read("Niger closed its airspace. Government forces shelled rebel positions.")
    assert r.at("forces") == "Niger"
    r = read("Russia and Ukraine traded blame. Government forces shelled the town.")
    assert r.at("forces") is None


def test_the_agency_is_the_organisation_whose_full_name_says_agency(read):
    r = read("Iran said it would limit its work with the IAEA. The agency called the move a setback.")
    assert r.at("agency") == "IAEA"
