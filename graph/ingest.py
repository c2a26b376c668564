"""Batch ingest: read documents, extract, map to RDF, replace each document's graph in the store.

A bad document never stops a batch: it is reported in the summary with one line, and nothing already
stored is lost (a document's graph is replaced only once its new triples are ready).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph import iris
from graph.extract import Extractor
from graph.extract.positions import PositionIndex, merge_positions
from graph.extract.reference import reference_file
from graph.rdf import extraction_triples
from graph.readers import Skipped, read_paths
from graph.records import Document, Extraction, Position
from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH, GraphStore
from graph.store.terms import RdfFormat
from ontology import ONTOLOGY_FILE


@dataclass(frozen=True)
class StoredDocument:
    """One document an ingest stored: its id and graph IRI, and what its graph holds."""

    id: str
    iri: str
    stances: int
    actors: int
    triples: int


@dataclass
class IngestSummary:
    """What one ingest run did, for the closing summary."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    stances: int = 0
    triples: int = 0  # triples written for the documents of this run
    stored: list[StoredDocument] = field(default_factory=list)  # each document, in the order stored

    def lines(self) -> list[str]:
        out = [
            f"documents: {self.documents}",
            f"skipped: {len(self.skipped)}",
            *[f"  {s.source}: {s.reason}" for s in self.skipped],
            f"actors: {len(self.actors)}",
            f"stances: {self.stances}",
            f"triples: {self.triples}",
        ]
        return out


def ensure_reference_data(store: GraphStore) -> None:
    """Load the ontology and the reference actors (the `reference_actors` setting, else ontology/actors.ttl)
    into their own graphs, replacing older copies."""
    store.load_graph(ONTOLOGY_GRAPH, ONTOLOGY_FILE.read_bytes(), fmt=RdfFormat.TURTLE)
    store.load_graph(ACTORS_GRAPH, reference_file().read_bytes(), fmt=RdfFormat.TURTLE)


def known_positions(store: GraphStore) -> PositionIndex:
    """The positions already in the store, indexed for near-duplicate lookup (one query per ingest run)."""
    rows = store.query("SELECT DISTINCT ?key ?label WHERE { GRAPH ?g { ?p a sg:Position ; sg:positionKey ?key ; "
                       "skos:prefLabel ?label } }")
    return PositionIndex(Position(key=row["key"].value, label=row["label"].value) for row in rows)


def store_extraction(store: GraphStore, extraction: Extraction) -> int:
    """Replace the document's graph with the extraction's triples; returns the number written."""
    graph = str(iris.document_iri(extraction.document.id))
    return store.replace_graph(graph, extraction_triples(extraction))


def readable_documents(items: Iterable[Document | Skipped], summary: IngestSummary) -> list[Document]:
    """The documents among `items`; the reasons the others were not read go into `summary`."""
    documents: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
        else:
            documents.append(item)
    return documents


def document_batches(documents: Iterable[Document], *, max_chars: int, max_documents: int) -> Iterator[list[Document]]:
    """Consecutive batches of at most `max_documents` documents and (unless one is longer) `max_chars` characters.

    >>> docs = [Document(id=str(i), text="x" * 10) for i in range(5)]
    >>> [len(b) for b in document_batches(docs, max_chars=25, max_documents=10)]
    [2, 2, 1]
    """
    batch: list[Document] = []
    chars = 0
    for document in documents:
        if batch and (chars + len(document.text) > max_chars or len(batch) >= max_documents):
            yield batch
            batch, chars = [], 0
        batch.append(document)
        chars += len(document.text)
    if batch:
        yield batch


def extract_documents(
    items: Iterable[Document | Skipped], extractor: Extractor, summary: IngestSummary, *, workers: int = 1,
) -> Iterator[Extraction]:
    """Extractions of the readable documents; unreadable ones and extractor failures go into `summary`."""
    documents = readable_documents(items, summary)
    done = 0
    try:
        for extraction in extractor.extract_many(documents, workers=workers):
            done += 1
            yield extraction
    except Exception:  # noqa: BLE001 - one document must not stop the batch
        # the extractions already yielded stand; the rest are retried one by one, so the failing
        # document is found and skipped, and no document is extracted (or counted) twice
        for doc in documents[done:]:
            try:
                yield extractor.extract(doc)
            except Exception as exc:  # noqa: BLE001
                summary.skipped.append(Skipped(doc.source or doc.id, f"extraction failed: {exc}"))


def ingest(
    paths: Iterable[str | Path], store: GraphStore, extractor: Extractor, *,
    max_chars: int = 2_000_000, workers: int = 1,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest every document under `paths` into `store`; returns the summary."""
    return ingest_items(read_paths(paths, max_chars=max_chars), store, extractor,
                        workers=workers, progress=progress)


def ingest_items(
    items: Iterable[Document | Skipped], store: GraphStore, extractor: Extractor, *,
    workers: int = 1, progress: Callable[[str], None] | None = None, reference_data: bool = True,
) -> IngestSummary:
    """Ingest documents already read (and the reasons others were skipped) into `store`.

    `reference_data=False` skips (re)loading the ontology and reference actors, for a caller that has
    loaded them already (the service, which ingests one request after another).
    """
    summary = IngestSummary()
    if reference_data:
        ensure_reference_data(store)
    positions = known_positions(store)
    for extraction in extract_documents(items, extractor, summary, workers=workers):
        merge_positions(extraction.stances, positions)  # a near-duplicate of a stored position reuses it
        written = store_extraction(store, extraction)
        summary.triples += written
        summary.documents += 1
        summary.stored.append(StoredDocument(
            extraction.document.id, str(iris.document_iri(extraction.document.id)), len(extraction.stances),
            len(extraction.actors), written))
        summary.stances += len(extraction.stances)
        summary.actors |= set(extraction.actors)
        if progress:
            progress(extraction.document.id)
    store.flush()
    return summary
