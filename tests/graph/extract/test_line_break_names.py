"""An entity cut at a line break keeps its kind and its ruler id: a name that lost its label once stopped
the whole document's extraction (a KeyError in actor resolution)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from graph.extract.names import trim_at_line_break


def test_an_entity_cut_at_a_line_break_keeps_its_label_and_id(extractor: Any) -> None:
    doc = extractor.nlp.make_doc("Northern Freight\nGroup said on Monday it would not improve its offer.")
    span = Span(doc, 0, 3, label="ORG", span_id="northern-freight")
    trimmed = trim_at_line_break(span)
    assert trimmed.text == "Northern Freight"
    assert (trimmed.label_, trimmed.id_) == ("ORG", "northern-freight")


def test_a_name_before_a_line_break_is_still_an_actor(extractor: Any) -> None:
    from graph.records import Document

    text = "Northern Freight Group\nsaid on Monday it would not improve its 4% offer to the union."
    extraction = extractor.extract(Document(id="t", text=text))
    assert extraction.actors, "the extraction ran to its end and found actors"
