"""Position labels, lemma keys and near-duplicate merging (graph/extract/positions.py)."""

from __future__ import annotations

from graph.extract.positions import PositionIndex, similar
from graph.records import Position


def test_similar_keys_share_most_lemmas():
    assert similar("halt western military aid", "halt western aid")
    assert not similar("halt western aid", "resume western aid talks ukraine")
    assert not similar("aid", "aid halt")  # one word is too little to merge on


def test_index_reuses_the_first_of_near_duplicates():
    index = PositionIndex()
    first = index.canonical(Position(key="complete halt western aid", label="a complete halt to Western aid"))
    again = index.canonical(Position(key="halt western aid", label="the halt of Western aid"))
    other = index.canonical(Position(key="prisoner exchange", label="a prisoner exchange"))
    assert again is first and other.key == "prisoner exchange"


def test_same_position_stated_twice_in_a_document_is_one_node(extractor):
    from graph.records import Document

    text = (
        "Germany demanded a complete halt to arms exports. Austria also demanded a halt to the arms exports."
    )
    e = extractor.extract(Document(id="t", text=text))
    keys = {s.position.key for s in e.stances if s.type == "Demand"}
    assert len(keys) == 1
