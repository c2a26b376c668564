"""Extraction on a real Dask `LocalCluster` of 2 worker processes: the graph is the single-process ingest's,
and a worker killed mid-run loses and doubles nothing."""
from __future__ import annotations

import dataclasses
import os
import signal
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest

from graph.readers import read_paths
from graph.records import Document, Position
from graph.settings import Settings
from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH, OxigraphStore
from tests.conftest import EXAMPLES

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")

from graph.cluster import document_graph, ingest_on_cluster, local_cluster, merge_document_positions  # noqa: E402
from graph.extract.positions import PositionIndex, merge_positions  # noqa: E402
from graph.ingest import ingest_items  # noqa: E402
from graph.rdf import extraction_triples  # noqa: E402

COPIES = 14  # the examples 14 times over, in batches of 2 documents: the kill lands with most of the run ahead
SMALL_BATCHES = Settings(cluster_batch_documents=2)


def documents() -> list[Document]:
    """Copies of the bundled examples under distinct ids (so positions recur across documents)."""
    examples = [d for d in read_paths([EXAMPLES]) if isinstance(d, Document)]
    return [dataclasses.replace(d, id=f"{d.id}-{n}") for n in range(COPIES) for d in examples]


def quads(store: OxigraphStore) -> set[Any]:
    """The documents' quads (the ontology's blank nodes differ from one load to the next; the graph names
    say the reference graphs are there), plus the names of every graph."""
    reference = {ACTORS_GRAPH, ONTOLOGY_GRAPH}
    return {q for q in store.quads() if q.graph_name.value not in reference} | set(store.graph_names())


@pytest.fixture(scope="module")
def single_process(extractor: Any) -> tuple[OxigraphStore, Any]:
    store = OxigraphStore()
    return store, ingest_items(documents(), store, extractor)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_cluster_ingest_gives_the_single_process_graph(client: Any, single_process: Any) -> None:
    expected, expected_summary = single_process
    store = OxigraphStore()
    stored: list[str] = []
    summary = ingest_on_cluster(documents(), store, client, settings=SMALL_BATCHES, progress=stored.append)
    assert summary.documents == expected_summary.documents == len(documents())
    assert sorted(stored) == sorted(d.id for d in documents())
    assert (summary.stances, summary.triples, summary.actors) == (
        expected_summary.stances, expected_summary.triples, expected_summary.actors)
    assert summary.stored == expected_summary.stored
    assert quads(store) == quads(expected)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(client: Any, single_process: Any) -> None:
    expected, expected_summary = single_process
    pids: dict[str, int] = client.run(os.getpid)
    killed: list[int] = []

    def kill_one_worker(_document_id: str) -> None:
        if not killed:  # after the first batch is stored, the others are still out on both workers
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    store = OxigraphStore()
    summary = ingest_on_cluster(documents(), store, client, settings=SMALL_BATCHES, progress=kill_one_worker)
    assert killed and killed[0] not in client.run(os.getpid).values()  # the nanny started a new worker
    assert summary.skipped == []
    assert (summary.documents, summary.stances) == (expected_summary.documents, expected_summary.stances)
    counts = "SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?s) AS ?stances) WHERE { ?d a sg:Document . " \
             "OPTIONAL { ?s prov:wasDerivedFrom ?d } }"
    assert list(store.select(counts)) == list(expected.select(counts))
    assert list(store.select(counts))[0]["docs"] == len(documents())
    assert quads(store) == quads(expected)


def test_positions_merge_in_the_writer_as_in_the_single_process_ingest(extractor: Any) -> None:
    """A document's positions replaced by known near-duplicates (same key with another label, or a similar
    key) give the same graph as `merge_positions` before the RDF mapping."""
    document = next(d for d in documents() if d.id.startswith("harbour-talks"))
    extraction = extractor.extract(document)
    own = list(dict.fromkeys(s.position for s in extraction.stances if s.position is not None))
    wide = next(p for p in own[1:] if len(p.key.split()) >= 2 and p.key != own[0].key)
    known = [Position(key=own[0].key, label=own[0].label.upper()),  # the same key with another label
             Position(key=wide.key + " indeed", label=wide.label + " indeed")]  # a similar key
    graph = document_graph(extraction)
    nquads, count = merge_document_positions(graph, PositionIndex(known))
    assert nquads != graph.nquads

    merge_positions(extraction.stances, PositionIndex(known))
    single = OxigraphStore()
    single.replace_graph(graph_iri(document), extraction_triples(extraction))
    cluster = OxigraphStore()
    cluster.write_graph(graph_iri(document), nquads, fmt=ox.RdfFormat.N_QUADS, replace=True)
    assert quads(cluster) == quads(single)
    assert count == single.triple_count()


def graph_iri(document: Document) -> str:
    from graph import iris

    return str(iris.document_iri(document.id))


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_workers_without_the_pipeline_say_so_in_one_error(client: Any) -> None:
    from graph.errors import StancegraphError

    with pytest.raises(StancegraphError, match="cannot load the extractor: spaCy pipeline 'no_such_pipeline'"):
        ingest_on_cluster(documents()[:2], OxigraphStore(), client, settings=Settings(pipeline="no_such_pipeline"))
    registered = client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.worker_plugins))
    assert [name for name in registered if "no_such_pipeline" in name] == []  # workers joining later are spared


def ingest_command(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    import api.cli.core  # noqa: F401  (registers the ingest command)
    from api.cli.base import app

    result = CliRunner().invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_command_line_ingests_on_a_local_cluster(tmp_path: Any) -> None:
    code, err = ingest_command(str(EXAMPLES), "--store", str(tmp_path / "store"), "--cluster", "local:1")
    assert code == 0, err
    examples = [d for d in read_paths([EXAMPLES]) if isinstance(d, Document)]
    assert f"documents: {len(examples)}\nskipped: 0\n" in err


def test_a_cluster_that_is_neither_local_nor_an_address_is_one_line(tmp_path: Any) -> None:
    code, err = ingest_command(str(EXAMPLES), "--store", str(tmp_path / "store"), "--cluster", "everywhere")
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        "error: --cluster 'everywhere': expected local:N or a scheduler address such as tcp://HOST:8786")
