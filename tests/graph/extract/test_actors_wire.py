"""Whole wire-style articles written for the project (tests/graph/extract/data/): each starts with a
headline and a dateline, and exercises several rules of actor resolution at once."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

DATA = Path(__file__).parent / "data"
EXPECTED = {
    "wire-ceasefire.txt": {"SAF", "William Ruto", "Kenya", "African Union"},
    "wire-tariffs.txt": {"China", "Chinese Commerce Ministry", "European Union", "Johnson"},
    "wire-leaders.txt": {"Benjamin Netanyahu", "Hamas", "Giorgia Meloni"},
    "wire-militia.txt": {"Azawad Liberation Front", "Mali", "Amadou Keita"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_wire_article_names_exactly_its_actors(read, name):
    r = read((DATA / name).read_text(encoding="utf-8"))
    assert r.labels == EXPECTED[name]


def test_headline_words_and_agency_names_are_never_actors(read):
    for path in sorted(DATA.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt")):
        r = read(path.read_text(encoding="utf-8"))
        headline = r.doc.text.split("\n", 1)[0]
        first_body = next(t for t in r.doc if t.idx > len(headline) and not t.is_space)
        assert first_body.is_sent_start, path.name  # the dateline opens a sentence of its own
        assert "Reuters" not in r.labels


def test_the_rules_work_together_in_one_article(read):
    r = read((DATA / "wire-ceasefire.txt").read_text(encoding="utf-8"))
    assert r.at("army", 1) == "SAF"  # "The army said" after "Sudan's army chief"
    assert r.at("it") == "SAF"
    assert r.at("president") == "William Ruto"
    assert r.at("bloc") == "African Union"
    r = read((DATA / "wire-leaders.txt").read_text(encoding="utf-8"))
    assert r.at("office") == r.at("leader") == "Benjamin Netanyahu"
    assert r.at("group") == "Hamas"
    r = read((DATA / "wire-militia.txt").read_text(encoding="utf-8"))
    assert r.at("movement") == "Azawad Liberation Front"
    assert r.at("army") == r.at("government", 1) == r.at("They") == "Mali"
    assert r.at("forces") == "Mali"  # "government forces" near a "BAMAKO, Mali" dateline
    assert r.at("president") == r.at("spokesman") == "Amadou Keita"
    r = read((DATA / "wire-tariffs.txt").read_text(encoding="utf-8"))
    assert r.at("It") == "Chinese Commerce Ministry"
    assert r.kind("Johnson") == "Person" and r.at("Johnson") == "Johnson"
