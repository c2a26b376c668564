"""Wire layout the sentence splitter must respect: headlines, datelines and wrapped lines (what the
resolver makes of wire-style references is read in cases/anaphora.toml)."""
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
