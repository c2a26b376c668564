"""Extraction on a Dask cluster: the workers extract, the one writer (this process) stores.

`stancegraph ingest --cluster local:N` starts a `LocalCluster` of N worker processes (one thread each);
`--cluster tcp://HOST:8786` joins a running scheduler. Each worker loads one spaCy pipeline, once, in a
worker plugin (`ExtractorPlugin`). Documents go out in batches sized by characters (`graph.ingest.document_batches`);
a task returns each document's graph as N-Quads, built with the same record→RDF mapping as the
single-process ingest (`graph.rdf.extraction_triples`), and the reasons of the documents it could not
extract. Workers never touch the store.

The writer stores the batches in input order, whatever order they finish in, and merges near-duplicate
positions across documents on the way (`PositionIndex.canonical`, as `merge_positions` does in
`ingest_items`), so the graph is the same as a single-process ingest of the same files. A batch on a
worker that dies is run again on another one by the scheduler; its result is written once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed, get_worker

from graph import iris
from graph.errors import InputError, StancegraphError
from graph.extract.positions import PositionIndex
from graph.ingest import (
    IngestSummary,
    StoredDocument,
    document_batches,
    ensure_reference_data,
    extract_documents,
    known_positions,
    readable_documents,
)
from graph.rdf import extraction_triples, position_triples
from graph.readers import Skipped
from graph.records import Document, Extraction, Position
from graph.settings import Settings
from graph.store import GraphStore
from graph.store.terms import NamedNode, Quad, RdfFormat, parse_rdf, serialize_rdf, store_quads

PLUGIN = "stancegraph-extractor"


@dataclass(frozen=True)
class DocumentGraph:
    """One document's graph as a worker returns it, with what the writer needs besides the quads."""

    id: str
    nquads: bytes
    triples: int
    stances: int
    actors: frozenset[str]
    positions: tuple[Position | None, ...]  # each stance's position, in stance order, before merging


@dataclass(frozen=True)
class BatchResult:
    """What one task returns: the graphs of the documents extracted, and why the others were not."""

    graphs: list[DocumentGraph] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class ExtractorPlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads the spaCy pipeline once per worker process, when the worker starts (or joins later).

    Its name says which pipeline and reference actors it loads, and registering it again is a no-op
    (`idempotent`), so a second ingest on the same cluster does not load the pipeline again.
    """

    idempotent = True

    def __init__(self, pipeline: str, actors_file: Path | None = None) -> None:
        self.pipeline = pipeline
        self.actors_file = actors_file
        self.name = f"{PLUGIN}:{pipeline}:{actors_file or 'default'}"
        self.extractor: Any = None

    def setup(self, worker: Any) -> None:
        from graph.extract import Extractor

        self.extractor = Extractor(self.pipeline, actors_file=self.actors_file)


def extract_batch(plugin_name: str, documents: list[Document]) -> BatchResult:
    """Run on a worker: the graphs of `documents`, extracted by the pipeline its plugin `plugin_name` loaded."""
    plugin = get_worker().plugins[plugin_name]
    summary = IngestSummary()
    graphs = [document_graph(e) for e in extract_documents(documents, plugin.extractor, summary)]
    return BatchResult(graphs=graphs, skipped=summary.skipped)


def document_graph(extraction: Extraction) -> DocumentGraph:
    """An extraction as its document's named graph in N-Quads (each distinct triple once)."""
    graph = NamedNode(str(iris.document_iri(extraction.document.id)))
    quads = store_quads(extraction_triples(extraction), graph)
    return DocumentGraph(
        id=extraction.document.id,
        nquads=serialize_rdf(quads, fmt=RdfFormat.N_QUADS) or b"",
        triples=len(quads),
        stances=len(extraction.stances),
        actors=frozenset(extraction.actors),
        positions=tuple(s.position for s in extraction.stances),
    )


def merge_document_positions(graph: DocumentGraph, index: PositionIndex) -> tuple[bytes, int]:
    """The document's N-Quads, and their count, with each position replaced by the known one it duplicates.

    The index sees the positions in the same order as `merge_positions` in the single-process ingest, and
    learns the new ones. Most documents bring nothing to replace, and their quads go through untouched.
    """
    replaced: dict[Position, Position] = {}
    for position in graph.positions:
        if position is not None:
            known = index.canonical(position)
            if known != position:
                replaced.setdefault(position, known)
    if not replaced:
        return graph.nquads, graph.triples
    return _replace_positions(graph, replaced)


def _replace_positions(graph: DocumentGraph, replaced: dict[Position, Position]) -> tuple[bytes, int]:
    """Drop the position nodes' own triples, point the stances at the known IRIs, and describe those."""

    def node(position: Position) -> NamedNode:
        return NamedNode(str(iris.position_iri(position.key)))

    own = {node(p) for p in graph.positions if p is not None}
    renamed: dict[Any, NamedNode] = {node(old): node(new) for old, new in replaced.items()}
    document = NamedNode(str(iris.document_iri(graph.id)))
    quads = {Quad(q.subject, q.predicate, renamed.get(q.object, q.object), q.graph_name)
             for q in parse_rdf(graph.nquads, fmt=RdfFormat.N_QUADS) if q.subject not in own}
    for position in {replaced.get(p, p) for p in graph.positions if p is not None}:
        quads.update(store_quads(position_triples(position), document))
    return serialize_rdf(quads, fmt=RdfFormat.N_QUADS) or b"", len(quads)


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of `workers` processes with one thread each, on the loopback interface, without a dashboard.

    The scheduler's small HTTP server (health and metrics) takes a free port rather than 8787, so several
    clusters on one machine do not collide.
    """
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})


@contextmanager
def cluster_client(spec: str) -> Iterator[Client]:
    """A client of the cluster `spec` names: `local:N` (N worker processes here) or a scheduler's address.

    Raises:
        InputError: `spec` is neither.
    """
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"--cluster {spec!r}: expected local:N with N >= 1 worker processes")
        with local_cluster(int(count)) as cluster, Client(cluster) as client:
            yield client
    elif "://" in spec:
        with Client(spec) as client:
            yield client
    else:
        raise InputError(f"--cluster {spec!r}: expected local:N or a scheduler address such as tcp://HOST:8786")


def load_extractors(client: Client, settings: Settings) -> ExtractorPlugin:
    """Have every worker of `client` (and every one that joins later) load the settings' pipeline.

    Raises:
        StancegraphError: a worker cannot load it (the plugin is withdrawn, so the cluster is left as it was).
    """
    plugin = ExtractorPlugin(settings.pipeline, settings.reference_actors)
    try:
        client.register_plugin(plugin)
    except Exception as exc:
        client.unregister_worker_plugin(plugin.name)
        raise StancegraphError(f"the Dask workers cannot load the extractor: {exc}") from exc
    return plugin


def ingest_with_cluster(
    items: Iterable[Document | Skipped], store: GraphStore, spec: str, *, settings: Settings,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest into `store`, extracting on the cluster `spec` names (see `cluster_client`)."""
    with cluster_client(spec) as client:
        return ingest_on_cluster(items, store, client, settings=settings, progress=progress)


def ingest_on_cluster(
    items: Iterable[Document | Skipped], store: GraphStore, client: Client, *, settings: Settings,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest documents already read (and the reasons others were skipped) into `store`, extracting on the
    workers of `client`; `progress` is called with each document's id once it is stored."""
    summary = IngestSummary()
    documents = readable_documents(items, summary)
    ensure_reference_data(store)
    positions = known_positions(store)
    plugin = load_extractors(client, settings)
    batches = list(document_batches(documents, max_chars=settings.cluster_batch_chars,
                                    max_documents=settings.cluster_batch_documents))
    for result in _results_in_order(client, plugin.name, batches):
        summary.skipped += result.skipped
        for graph in result.graphs:
            nquads, triples = merge_document_positions(graph, positions)
            graph_iri = str(iris.document_iri(graph.id))
            store.write_graph(graph_iri, nquads, fmt=RdfFormat.N_QUADS, replace=True)
            summary.stored.append(StoredDocument(graph.id, graph_iri, graph.stances, len(graph.actors), triples))
            summary.documents += 1
            summary.triples += triples
            summary.stances += graph.stances
            summary.actors |= graph.actors
            if progress:
                progress(graph.id)
    store.flush()
    return summary


def _results_in_order(client: Client, plugin: str, batches: list[list[Document]]) -> Iterator[BatchResult]:
    """The batches' results, in input order; at most a few batches per worker thread are out at once
    (waiting or done but not yet written), so neither the scheduler nor this process holds the whole archive.

    A batch that fails on the cluster (its workers kept dying, or the task raised) comes back as its
    documents skipped with the reason: the run goes on.
    """
    window = max(4, 4 * sum(client.nthreads().values()))
    futures = as_completed()
    index_of: dict[Future, int] = {}
    done: dict[int, BatchResult] = {}
    submitted = written = 0
    while written < len(batches):
        while submitted < len(batches) and submitted - written < window:
            future = client.submit(extract_batch, plugin, batches[submitted], pure=False)
            index_of[future] = submitted
            futures.add(future)
            submitted += 1
        if written not in done:
            future = next(futures)
            index = index_of.pop(future)
            done[index] = _batch_result(future, batches[index])
            continue
        yield done.pop(written)
        written += 1


def _batch_result(future: Future, batch: list[Document]) -> BatchResult:
    try:
        result: BatchResult = future.result()
    except Exception as exc:  # noqa: BLE001 - a lost batch is reported, the run goes on
        reason = f"extraction failed on the cluster: {type(exc).__name__}: {exc}"
        return BatchResult(skipped=[Skipped(d.source or d.id, reason) for d in batch])
    finally:
        future.release()
    return result
