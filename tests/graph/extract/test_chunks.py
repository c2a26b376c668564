"""A long document goes through spaCy in bounded pieces and comes back as one Doc, with the same text,
tokens, entities and stance candidates as a whole parse, and the same extraction."""
from __future__ import annotations

from typing import Any

import pytest

import graph.extract
from bench.scaling import long_article
from graph.extract.chunks import CHUNK_CHARS, parse_long, split_text
from graph.extract.detector import USER_DATA_KEY
from graph.records import Document, Extraction

LIMIT = 3_000  # small pieces, so a text of a few pieces is quick to parse both ways


@pytest.fixture(scope="module")
def text() -> str:
    return long_article(12)


def test_pieces_join_back_to_the_text_and_end_at_paragraph_breaks(text: str) -> None:
    pieces = split_text(text, LIMIT)
    assert "".join(pieces) == text
    assert len(pieces) >= 4 and all(len(p) <= LIMIT for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_text_without_paragraphs_is_cut_after_sentences_then_spaces() -> None:
    prose = "The minister said the talks would go on. " * 200
    pieces = split_text(prose, 1_000)
    assert "".join(pieces) == prose and all(len(p) <= 1_000 for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:-1])
    words = "word " * 1_000
    assert all(p.endswith(" ") for p in split_text(words, 700)[:-1])


def test_the_longest_document_allowed_is_cut_into_bounded_pieces() -> None:
    text = long_article(2_000)
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= CHUNK_CHARS
    assert len(pieces) <= 2 * len(text) // CHUNK_CHARS + 1  # no piece is tiny


def test_the_joined_doc_matches_a_whole_parse(extractor: Any, text: str) -> None:
    whole = extractor.nlp(text)
    joined = parse_long(extractor.nlp, text, limit=LIMIT)
    assert joined.text == text
    assert [(t.idx, t.text, t.is_sent_start) for t in joined] == [(t.idx, t.text, t.is_sent_start) for t in whole]
    # the models see a little less context at a piece's first and last words: nearly every analysis agrees
    pairs = zip(joined, whole, strict=True)
    same = sum(a.tag_ == b.tag_ and a.dep_ == b.dep_ and a.head.i == b.head.i for a, b in pairs)
    assert same >= 0.99 * len(whole)
    entities = {(e.start, e.end, e.label_, e.ent_id_) for e in whole.ents}
    assert len(entities & {(e.start, e.end, e.label_, e.ent_id_) for e in joined.ents}) >= 0.98 * len(entities)
    assert joined.user_data[USER_DATA_KEY], "the detector ran on the joined Doc"


def signature(extraction: Extraction) -> list[tuple[Any, ...]]:
    return sorted(((s.type, s.holder, s.target, s.attributed_to, s.evidence.start, s.evidence.end,
                    s.position.key if s.position else None) for s in extraction.stances), key=repr)


def test_a_long_document_extracts_as_if_whole(extractor: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = Document(id="long", text=text)
    whole = extractor.extract(document)
    monkeypatch.setattr(graph.extract, "CHUNK_CHARS", LIMIT)
    pieces = extractor.extract(document)
    assert signature(pieces) == signature(whole) and len(whole.stances) > 100
    assert sorted(pieces.actors) == sorted(whole.actors)
    assert len(pieces.contradictions) == len(whole.contradictions)
    for stance in pieces.stances:
        assert text[stance.evidence.start:stance.evidence.end] == stance.evidence.text
