"""Extraction on Dask workers against spaCy's multiprocessing, on this machine: words per second of the full
ingest (extraction, RDF, an in-memory store) with 1 and with 2 Dask workers (each a `LocalCluster` of
worker processes with one thread, started and its pipelines loaded before the clock runs), beside
`ingest --workers 1` and `--workers 2` (spaCy's `nlp.pipe(n_process=2)`, which starts its processes in
every run), all in the same session, interleaved.

    python -m bench cluster          # about 40,000 words
    python -m bench.cluster 80000    # another size

Texts: as `bench extraction` (the founding article and the PLOVER development sentences when the shared
folder is beside the checkout, the bundled examples otherwise), repeated with distinct ids.

Parallel speed-ups only show on cores nobody else uses, so the one-minute load average (`/proc/loadavg`) is
read before every run and printed beside the figures; the last line is the README row's cell.
"""
from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from contextlib import ExitStack

from distributed import Client

from bench.extraction import bench_documents, timed
from graph.cluster import ingest_on_cluster, local_cluster
from graph.extract import Extractor
from graph.ingest import ingest_items
from graph.settings import get_settings
from graph.store import open_store

ROUNDS = 3


def load_average() -> float:
    """The machine's one-minute load average (runnable processes, on every core together)."""
    return os.getloadavg()[0]


def main(argv: list[str] | None = None) -> None:
    texts, words, documents = bench_documents(argv, words=40_000)
    # batches smaller than the default, so that a corpus of this size splits evenly over two workers
    settings = get_settings().model_copy(update={"cluster_batch_chars": 20_000})
    extractor = Extractor(settings.pipeline)
    list(extractor.extract_many(documents[:2]))  # warm-up: model loading and first-call costs out of the figures

    def spacy_processes(workers: int) -> Callable[[], None]:
        def run() -> None:
            ingest_items(documents, open_store(None), extractor, workers=workers)

        return run

    def dask_workers(client: Client) -> Callable[[], None]:
        def run() -> None:
            ingest_on_cluster(documents, open_store(None), client, settings=settings)

        return run

    with ExitStack() as stack:
        clients: dict[int, Client] = {}
        for n in (1, 2):
            started = time.perf_counter()
            cluster = stack.enter_context(local_cluster(n))
            clients[n] = stack.enter_context(Client(cluster))
            ingest_on_cluster(documents[:2 * n], open_store(None), clients[n], settings=settings)  # load pipelines
            print(f"Dask LocalCluster of {n}: started, pipelines loaded, in {time.perf_counter() - started:.1f} s")
        variants = {
            "spacy-1": spacy_processes(1), "spacy-2": spacy_processes(2),
            "dask-1": dask_workers(clients[1]), "dask-2": dask_workers(clients[2]),
        }
        # interleaved rounds in rotating order, best of each: other load on the machine hits every variant alike
        runs: dict[str, list[float]] = {name: [] for name in variants}
        loads: list[float] = []
        names = list(variants)
        for r in range(ROUNDS):
            for name in names[r % len(names):] + names[: r % len(names)]:
                loads.append(load_average())
                runs[name].append(timed(variants[name]))
    best = {name: min(times) for name, times in runs.items()}
    print(f"texts: {len(texts)} documents, {words:,} words, batches of <= {settings.cluster_batch_chars:,} "
          f"characters, best of {ROUNDS} interleaved rounds")
    for name, label in (("spacy-1", "ingest, 1 process"), ("spacy-2", "ingest --workers 2 (spaCy n_process)"),
                        ("dask-1", "ingest --cluster, 1 Dask worker"), ("dask-2", "ingest --cluster, 2 Dask workers")):
        print(f"{label}: {words / best[name]:,.0f} words/s (runs {', '.join(f'{t:.1f}' for t in runs[name])} s)")
    load = (f"load average {min(loads):.1f}-{max(loads):.1f} (median {statistics.median(loads):.1f}) "
            f"on {os.cpu_count()} cores")
    print(f"README: 2 Dask workers {best['dask-1'] / best['dask-2']:.2f} x 1 Dask worker; "
          f"--workers 2 {best['spacy-1'] / best['spacy-2']:.2f} x 1 process; "
          f"1 Dask worker {best['spacy-1'] / best['dask-1']:.2f} x 1 process; {load}")


if __name__ == "__main__":
    main()
