"""`where` remembers the codes of a word set: the same set must find the same tokens in any Doc, whatever
vocabulary the Doc has (the codes are string hashes), and a changed set must find the new words."""
from __future__ import annotations

import spacy

from graph.extract.scan import where


def test_where_finds_the_words_of_a_set_in_docs_of_any_vocabulary() -> None:
    words = {"talks", "sanctions"}
    for nlp in (spacy.blank("en"), spacy.blank("en")):
        doc = nlp("The talks on sanctions stalled, and the talks resumed.")
        assert where(doc, "LOWER", words) == {t.i for t in doc if t.lower_ in words}
    words.add("stalled")  # the same set object, changed: its new word is found too
    doc = spacy.blank("en")("The talks stalled.")
    assert where(doc, "LOWER", words) == {1, 2}
    assert where(doc, "ORTH", frozenset({"The"})) == {0}
