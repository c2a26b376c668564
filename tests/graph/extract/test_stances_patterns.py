"""What a stance case cannot state: contradictions between stances, framed concessions with their framers
and addressee, a concession answering a demand, a holder made a group (cases/patterns.toml has the rest)."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import extract, label, stances_of


def test_framed_concession_names_its_framers_and_addressee(extractor):
    e = extract(
        extractor,
        "What Peru agreed to during the talks — including a short fishing ban and a "
        "joint patrol — was portrayed as a concession to Chile in the statement released "
        "by Ecuador.",
    )
    framed = [s for s in stances_of(e, "Agree", "Peru") if s.concession]
    assert len(framed) == 2
    for stance in framed:
        assert "FramedConcession" in stance.concession.types
        assert label(e, stance.concession.conceded_to) == "Chile"
        assert [label(e, k) for k in stance.concession.framed_by] == ["Ecuador"]


def test_a_denial_of_what_another_source_reports_is_a_contradiction(extractor):
    e = extract(
        extractor,
        "According to Egypt, Ethiopia demanded an end to foreign aid for the dam project. "
        "Kenya denied that Ethiopia demanded an end to foreign aid.",
    )
    assert len(e.contradictions) == 1
    pair = {e.stances[e.contradictions[0].first].type, e.stances[e.contradictions[0].second].type}
    assert pair == {"Demand", "Deny"}


def test_agreeing_and_rejecting_the_same_position_contradict(extractor):
    e = extract(
        extractor, "Chile accepted the fishing quota on Monday. Chile rejected the fishing quota on Friday."
    )
    assert len(e.contradictions) == 1


def test_unrelated_stances_do_not_contradict(extractor):
    e = extract(
        extractor,
        "According to Egypt, Ethiopia demanded new dam talks. Kenya denied that it had closed the border.",
    )
    assert e.contradictions == []


def test_collective_holder_without_entity_becomes_a_group(extractor):
    e = extract(extractor, "Striking dock workers demanded higher wages.")
    stance = stances_of(e, "Demand")[0]
    assert e.actors[stance.holder].kind in ("Group", "State", "Organization")
    assert "workers" in label(e, stance.holder)


def test_a_concession_restating_another_actors_demand_answers_it(extractor):
    e = extract(extractor, "Rebel leaders demanded an overhaul of the judiciary. "
                           "The president of Angola later agreed to an overhaul of the judiciary.")
    agree = stances_of(e, "Agree")[0]
    assert agree.answers is not None and e.stances[agree.answers].type == "Demand"


def test_an_owned_offer_named_again_is_no_second_offer(extractor):
    e = extract(
        extractor,
        "The dockers' union offered to end the strike for a 6 percent rise. "
        "The port authority said the union's offer was too costly.",
    )
    offers = stances_of(e, "Offer", "dockers' union")
    assert len(offers) == 1
    assert "6 percent rise" in offers[0].position.label


def test_an_owned_offer_alone_is_its_owners_offer(extractor):
    e = extract(extractor, "The port authority said the dockers' union's offer was too costly.")
    assert [s.position.label for s in stances_of(e, "Offer", "dockers' union")] == ["offer"]
