"""Exploration at scale: a generated graph of about a million triples shaped like real output (written
by graph/rdf.py from generated records: documents, actors with Zipf-like prominence, shared positions,
stances with evidence), served by a real uvicorn server.

Measured side by side in one run, medians over the same requests:
- depth-2 neighbourhood: GET /actors/{id}/neighbourhood?depth=2 against the networkx work it wraps
  (the actor's neighbours, then every edge with its data around them and the actor: the same edge
  set, read straight from the projection), against our function called in-process, and against
  `nx.ego_graph(..., radius=2, undirected=True)` (which also joins the outer nodes to each other);
- shortest path: GET /paths against `nx.shortest_path` on the same collapsed graph, and on the
  projection's undirected view (what a user of networkx alone would call);
- actor search: GET /actors?q= against the pyoxigraph label query it reads (cached per store version);
- the fixed cost of one request (GET /queries, a static answer), which dominates sub-millisecond searches;
- the projection: build time, memory (tracemalloc: retained and peak), one-document update time.

    python -m bench explore            # about 1,000,000 triples
    python -m bench.explore 200000     # another size
"""
from __future__ import annotations

import gc
import random
import socket
import statistics
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import httpx
import networkx as nx
import uvicorn

from graph.ingest import ensure_reference_data, store_extraction
from graph.projection import Projection, projection_of
from graph.records import Actor, Document, Evidence, Extraction, Position, Stance
from graph.settings import get_settings
from graph.store import OxigraphStore
from ontology.namespace import ACTOR_KINDS, MODALITIES, STANCE_TYPES
from queries.actors import ACTOR_NAMES
from queries.neighbourhood import neighbourhood
from queries.paths import find_paths, search_graph

STANCES_PER_DOCUMENT = 20
TRIPLES_PER_DOCUMENT = 460  # measured: 20 stances with their evidence, ~10 actors, the document node


def generated_extractions(documents: int, *, seed: int = 11) -> list[Extraction]:
    """Documents of 20 stances each; actors drawn with Zipf-like weights, so a few are hubs."""
    rng = random.Random(seed)
    actor_count, position_count = max(50, documents // 2), max(200, documents * 4)
    actors = [Actor(f"actor-{i}", f"Actor {i} {rng.choice(['Ivanov', 'Smith', 'Kovalenko', 'Li'])}",
                    ACTOR_KINDS[i % len(ACTOR_KINDS)], aliases={f"A{i}"}) for i in range(actor_count)]
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(actor_count)]
    extractions = []
    for d in range(documents):
        doc_id = f"gen-{d}"
        sentences = [f"Sentence {i} of document {d}, where an actor takes a stance." for i in range(20)]
        text = " ".join(sentences)
        doc = Document(id=doc_id, text=text, title=f"Generated {d}", date=date(2024, 1 + d % 12, 1 + d % 28))
        stances, offset, named = [], 0, {}
        for sentence in sentences:
            holder, other = rng.choices(actors, weights, k=2)
            key = rng.randrange(position_count)
            position = Position(f"position-{key}", f"position number {key}")
            target = other.key if rng.random() < 0.4 and other is not holder else None
            evidence = Evidence(doc_id, sentence, offset, offset + len(sentence))
            stances.append(Stance(
                rng.choice(STANCE_TYPES), holder.key, evidence,
                target=target, position=position, modality=rng.choice(MODALITIES),
                polarity="negative" if rng.random() < 0.1 else "positive",
                attributed_to=other.key if rng.random() < 0.2 else None))
            named[holder.key] = holder
            if target:
                named[other.key] = other
            offset += len(sentence) + 1
        extractions.append(Extraction(doc, actors=named, stances=stances, mentioned=set(named)))
    return extractions


def median_ms(action: Callable[[], Any], *, runs: int, warm_up: bool = True) -> float:
    if warm_up:
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, for the length of the block."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _ego(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str, dict[str, Any]]]:
    return list(nx.ego_graph(graph, node, radius=2, undirected=True).edges(data=True))


def _two_hops(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The depth-2 neighbourhood's edges with plain networkx: around the actor and its neighbours."""
    inner = {node, *nx.all_neighbors(graph, node)}
    return [*graph.out_edges(inner, keys=True, data=True), *graph.in_edges(inner, keys=True, data=True)]


def main(target_triples: int = 1_000_000) -> None:
    from api.app import create_app

    documents = max(10, target_triples // TRIPLES_PER_DOCUMENT)
    started = time.perf_counter()
    store = OxigraphStore()
    ensure_reference_data(store)
    for extraction in generated_extractions(documents):
        store_extraction(store, extraction)
    print(f"graph: {documents} documents, {store.triple_count():,} triples "
          f"(generated in {time.perf_counter() - started:.1f} s)")

    started = time.perf_counter()
    Projection(store).refresh()
    build_s = time.perf_counter() - started
    gc.collect()
    tracemalloc.start()
    projection = projection_of(store)
    projection.refresh()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    graph = projection.graph
    print(f"projection: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, built in "
          f"{build_s:.1f} s; memory retained {retained / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB")
    one = generated_extractions(1, seed=99)[0]
    started = time.perf_counter()
    store_extraction(store, one)
    projection.refresh()
    print(f"projection update after one document: {(time.perf_counter() - started) * 1000:.0f} ms "
          f"(a full rebuild: {build_s * 1000:.0f} ms)")

    rng = random.Random(3)
    degree = dict(graph.degree())
    actors = [n for n in graph if "/actor/actor-" in n and 5 <= degree[n] <= 40]
    centers = rng.sample(actors, min(6, len(actors)))
    pairs = [tuple(rng.sample(actors, 2)) for _ in range(20)]
    settings = get_settings().model_copy(update={"hub_cap": 10**9, "max_page_size": 10**9})
    simple = search_graph(projection, graph, directed=False, types=None)
    undirected = graph.to_undirected(as_view=True)

    app = create_app(settings, store=store)
    with serving(app) as base, httpx.Client(base_url=base, timeout=600) as client:
        def over_http(path: str, params: dict[str, Any]) -> None:
            answer = client.get(path, params=params)  # the body is read; parsing it is the client's work
            assert answer.status_code == 200, answer.text

        rows: list[tuple[str, float, float | None, float, str]] = []
        sizes = [len(neighbourhood(projection, c, depth=2, limit=10**9, hub_cap=10**9)["edges"])
                 for c in centers]
        http = statistics.median(median_ms(lambda c=c: over_http(  # type: ignore[misc]
            f"/actors/{c.rsplit('/', 1)[-1]}/neighbourhood", {"depth": 2, "limit": 10**9}), runs=3)
            for c in centers)
        function = statistics.median(median_ms(lambda c=c: neighbourhood(  # type: ignore[misc]
            projection, c, depth=2, limit=10**9, hub_cap=10**9), runs=3) for c in centers)
        bare = statistics.median(median_ms(lambda c=c: _two_hops(graph, c), runs=3)  # type: ignore[misc]
                                 for c in centers)
        ego = statistics.median(median_ms(lambda c=c: _ego(graph, c), runs=1, warm_up=False)  # type: ignore[misc]
                                for c in centers)
        rows.append(("depth-2 neighbourhood", http, function, bare,
                     f"median {statistics.median(sizes):.0f} edges; nx.ego_graph: {ego:.0f} ms"))

        http = statistics.median(median_ms(lambda p=p: over_http("/paths", {  # type: ignore[misc]
            "from": p[0].rsplit("/", 1)[-1], "to": p[1].rsplit("/", 1)[-1]}), runs=5) for p in pairs)
        function = statistics.median(median_ms(lambda p=p: find_paths(projection, *p), runs=5)  # type: ignore[misc]
                                     for p in pairs)
        bare = statistics.median(median_ms(lambda p=p: nx.shortest_path(simple, *p), runs=5)  # type: ignore[misc]
                                 for p in pairs)
        view = statistics.median(median_ms(lambda p=p: nx.shortest_path(undirected, *p), runs=5)  # type: ignore[misc]
                                 for p in pairs)
        rows.append(("shortest path", http, function, bare, f"nx on the projection view: {view:.2f} ms"))

        http = median_ms(lambda: over_http("/actors", {"q": "kovalenko 17"}), runs=20)
        bare = median_ms(lambda: list(store.query(ACTOR_NAMES)), runs=5)
        rows.append(("actor search", http, None, bare, "bare: the label query alone"))
        floor = median_ms(lambda: over_http("/queries", {}), runs=50)
        rows.append(("GET /queries (floor)", floor, None, floor, "static: the fixed cost of a request"))

    print(f"{'operation':<24}{'HTTP ms':>10}{'function ms':>13}{'bare ms':>10}{'HTTP/bare':>11}  note")
    for name, served, called, alone, note in rows:
        shown = f"{called:.2f}" if called is not None else "-"
        print(f"{name:<24}{served:>10.2f}{shown:>13}{alone:>10.2f}{served / alone:>10.2f}x  {note}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
