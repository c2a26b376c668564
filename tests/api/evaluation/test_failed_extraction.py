"""Scoring stops, naming the document, when the extractor fails on one: a batch skips such a document and
goes on, but a figure that counted it as a document with no stances would be silently wrong."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from api.evaluation.quality import ExtractionFailed, export_records
from graph.records import Document, Extraction


class FailsOn:
    """The real extractor, made to fail on one document id (fault injection at the scoring harness)."""

    def __init__(self, extractor: Any, broken: str) -> None:
        self.extractor, self.broken = extractor, broken

    def extract(self, document: Document) -> Extraction:
        if document.id == self.broken:
            raise KeyError("")
        result: Extraction = self.extractor.extract(document)
        return result

    def extract_many(self, documents: Iterable[Document], *, workers: int = 1) -> Iterator[Extraction]:
        for document in documents:
            yield self.extract(document)


def test_a_failed_document_stops_scoring_and_is_named(extractor: Any) -> None:
    documents = [Document(id="fine", text="The union rejected the offer."),
                 Document(id="broken", text="The minister resigned.")]
    with pytest.raises(ExtractionFailed, match="broken"):
        export_records(FailsOn(extractor, "broken"), documents)  # type: ignore[arg-type]


def test_documents_that_extract_are_scored(extractor: Any) -> None:
    records = export_records(extractor, [Document(id="fine", text="The union rejected the offer.")])
    assert any(r["record"] == "stance" and r["type"] == "Reject" for r in records)
