"""Batch ingest: a document that fails partway through a batch is skipped once, and no other document is
extracted or counted twice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from graph.ingest import extract_documents, ingest_items
from graph.records import Document, Extraction
from graph.store import OxigraphStore

TEXTS = [
    "Germany demanded a complete halt to Western arms exports.",
    "Austria rejected the new grain quota.",
    "Hungary accused Brussels of blocking the pipeline.",
    "Poland offered to host the talks in Warsaw.",
    "France urged Serbia to withdraw its troops.",
]


class FailsOn:
    """The real extractor, except that extracting the document `bad` raises (as a real bug would)."""

    def __init__(self, extractor: Any, bad: str) -> None:
        self.extractor, self.bad, self.calls = extractor, bad, 0

    def extract_many(self, documents: Iterable[Document], *, workers: int = 1) -> Iterator[Extraction]:
        for extraction in self.extractor.extract_many(documents, workers=workers):
            self.calls += 1
            if extraction.document.id == self.bad:
                raise RuntimeError(f"the extractor choked on {self.bad}")
            yield extraction

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))


def batch() -> list[Document]:
    return [Document(id=f"d{i}", text=text, source=f"d{i}.txt") for i, text in enumerate(TEXTS, 1)]


def test_a_batch_whose_third_document_fails_extracts_every_other_document_once(extractor: Any) -> None:
    from graph.ingest import IngestSummary

    failing = FailsOn(extractor, "d3")
    summary = IngestSummary()
    ids = [e.document.id for e in extract_documents(batch(), failing, summary)]  # type: ignore[arg-type]
    assert ids == ["d1", "d2", "d4", "d5"]
    assert [(s.source, s.reason) for s in summary.skipped] == [
        ("d3.txt", "extraction failed: the extractor choked on d3")]
    assert failing.calls == 6  # d1-d3 in the batch, then d3, d4, d5 one by one: d1 and d2 are not redone


def test_the_summary_counts_each_stored_document_once(extractor: Any) -> None:
    store = OxigraphStore()
    summary = ingest_items(batch(), store, FailsOn(extractor, "d3"))  # type: ignore[arg-type]
    assert summary.documents == 4
    assert len(summary.skipped) == 1
    graphs = [g.rsplit("/", 1)[-1] for g in store.graph_names() if "/document/" in g]
    assert sorted(graphs) == ["d1", "d2", "d4", "d5"]
