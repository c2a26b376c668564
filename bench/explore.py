"""Exploration at scale: a generated graph of about a million triples shaped like real output (written
by graph/rdf.py from generated records: documents, actors with Zipf-like prominence, shared positions,
stances with evidence), served by a real uvicorn server (httptools, uvloop) and read by httpx.

Measured side by side in one run, medians over the same requests, three sides per operation:
- HTTP: the whole request, client included (httpx sends it, uvicorn and FastAPI route it, the
  handler works, orjson renders the body, the client reads every byte; parsing JSON is left out);
- function: our library function the endpoint wraps, called in-process (`neighbourhood`,
  `find_paths`), returning Python records;
- bare: the networkx work it wraps, written directly, building the same edge list: for a depth-2
  neighbourhood, every edge record around the actor and its neighbours (out_edges/in_edges with
  data, de-duplicated by key; the note gives the same list read from the adjacency dicts, as our
  function reads them); for a shortest path, `nx.shortest_path` on the same collapsed graph
  plus the stance record of every hop. For actor search, the pyoxigraph label query alone.
And, to show what part is HTTP itself:
- the same URL revalidated (If-None-Match, answered 304): this server's fixed cost for the endpoint,
  no work and no body;
- the floor: a bare Starlette app on the same server setup returning a constant body, empty and of
  the neighbourhood answer's size.
Plus the projection: build time, memory (tracemalloc: retained and peak), one-document update time.

    python -m bench explore            # about 1,000,000 triples
    python -m bench.explore 200000     # another size
"""
from __future__ import annotations

import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import chain, pairwise
from typing import Any

import httpx
import networkx as nx
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.local_server import serve_in_thread as serving
from graph.ingest import ensure_reference_data, store_extraction
from graph.projection import Projection, projection_of
from graph.records import Actor, Document, Evidence, Extraction, Position, Stance
from graph.settings import get_settings
from graph.store import open_store
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


def _two_hops(graph: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """Bare networkx: the depth-2 neighbourhood's edge records, around the actor and its neighbours."""
    inner = {node, *nx.all_neighbors(graph, node)}
    edges = {key: data for _, _, key, data in chain(graph.out_edges(inner, keys=True, data=True),
                                                    graph.in_edges(inner, keys=True, data=True))}
    return list(edges.values())


def _two_hops_raw(graph: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """The same edge list read from networkx's adjacency dicts, as our function reads them."""
    edges: dict[str, dict[str, Any]] = {}
    for inner in {node, *nx.all_neighbors(graph, node)}:
        for adjacency in (graph._succ[inner], graph._pred[inner]):
            for keyed in adjacency.values():
                edges.update(keyed)
    return list(edges.values())


def _bare_path(graph: nx.MultiDiGraph, simple: nx.Graph, source: str, target: str) -> list[dict[str, Any]]:
    """Bare networkx: the shortest path on the collapsed graph, and the first stance record of each hop."""
    path = nx.shortest_path(simple, source, target)
    return [min((*graph.get_edge_data(a, b, default={}).items(),
                 *graph.get_edge_data(b, a, default={}).items()))[1] for a, b in pairwise(path)]


def floor_app(body: bytes) -> Starlette:
    """The floor: a bare Starlette app answering constant bytes (empty, or `body`)."""
    async def empty(request: Request) -> Response:
        return Response(b"{}", media_type="application/json")

    async def sized(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/empty", empty), Route("/sized", sized)])


def _median_over(items: list[Any], action: Callable[[Any], Any], *, runs: int) -> float:
    """The median over `items` of each item's median time."""
    return statistics.median(median_ms(partial(action, item), runs=runs) for item in items)


def main(target_triples: int = 1_000_000) -> None:
    from api.app import create_app

    documents = max(10, target_triples // TRIPLES_PER_DOCUMENT)
    started = time.perf_counter()
    store = open_store(None)
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
    rendered = sum(len(orjson.dumps(data)) for _, _, data in graph.edges(data=True))
    print(f"projection: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, built in "
          f"{build_s:.1f} s; memory retained {retained / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB; "
          f"edges kept as JSON once served: at most {rendered / 2**20:.0f} MiB")
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
    answers = [neighbourhood(projection, c, depth=2, limit=10**9, hub_cap=10**9) for c in centers]
    sizes = sorted((len(a["edges"]), len(orjson.dumps(a))) for a in answers)
    median_edges, median_bytes = sizes[len(sizes) // 2]

    rows: list[tuple[str, float, float | None, float | None, str]] = []
    app = create_app(settings, store=store)
    with serving(app) as base, httpx.Client(base_url=base, timeout=600) as client:
        def over_http(path: str, params: dict[str, Any], *, status: int = 200, tag: str = "") -> str:
            answer = client.get(path, params=params, headers={"If-None-Match": tag} if tag else None)
            assert answer.status_code == status, answer.text  # the body is read; parsing it is left out
            return answer.headers["etag"]

        def side_by_side(name: str, items: list[Any], url: Callable[[Any], str],
                         params: Callable[[Any], dict[str, Any]], ours: Callable[[Any], Any],
                         bare: Callable[[Any], Any], note: str = "") -> None:
            rows.append((name, _median_over(items, lambda i: over_http(url(i), params(i)), runs=5),
                         _median_over(items, ours, runs=5), _median_over(items, bare, runs=5), note))
            tags = {id(i): over_http(url(i), params(i)) for i in items}
            rows.append(("  same URL, 304", _median_over(items, lambda i: over_http(
                url(i), params(i), status=304, tag=tags[id(i)]), runs=5), None, None,
                "this server's fixed cost for it: no work, no body"))

        side_by_side("depth-2 neighbourhood", centers,
                     lambda c: f"/actors/{c.rsplit('/', 1)[-1]}/neighbourhood",
                     lambda c: {"depth": 2, "limit": 10**9},
                     lambda c: neighbourhood(projection, c, depth=2, limit=10**9, hub_cap=10**9),
                     lambda c: _two_hops(graph, c),
                     f"median {median_edges} edges, {median_bytes / 2**20:.1f} MiB; bare from the adjacency "
                     f"dicts: {_median_over(centers, partial(_two_hops_raw, graph), runs=5):.2f} ms")
        side_by_side("shortest path", pairs, lambda p: "/paths",
                     lambda p: {"from": p[0].rsplit("/", 1)[-1], "to": p[1].rsplit("/", 1)[-1]},
                     lambda p: find_paths(projection, *p), lambda p: _bare_path(graph, simple, *p))
        http = median_ms(lambda: over_http("/actors", {"q": "kovalenko 17"}), runs=20)
        rows.append(("actor search", http, None, median_ms(lambda: list(store.query(ACTOR_NAMES)), runs=5),
                     "bare: the label query alone (our index is cached per store version)"))

    with serving(floor_app(b" " * median_bytes)) as base, httpx.Client(base_url=base, timeout=600) as client:
        rows.append(("floor: Starlette, {}", median_ms(lambda: client.get("/empty").read(), runs=50),
                     None, None, "a constant body"))
        rows.append(("floor: Starlette, sized", median_ms(lambda: client.get("/sized").read(), runs=20),
                     None, None, f"a constant body of {median_bytes / 2**20:.1f} MiB (a neighbourhood's)"))

    print("HTTP: whole request, client included; function: ours in-process; bare: the networkx work\n"
          "it wraps, building the same edge list (pyoxigraph query for actor search); medians in ms")
    print(f"{'operation':<26}{'HTTP':>9}{'function':>10}{'bare':>9}{'HTTP/bare':>11}  note")
    for name, served, called, alone, note in rows:
        shown = f"{called:.2f}" if called is not None else "-"
        ratio = f"{served / alone:.2f}x" if alone else "-"
        bare_shown = f"{alone:.2f}" if alone is not None else "-"
        print(f"{name:<26}{served:>9.2f}{shown:>10}{bare_shown:>9}{ratio:>11}  {note}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
