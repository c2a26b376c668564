"""Exports at scale: 100,000 generated stances, every format streamed; peak Python memory (tracemalloc), time
to first byte and total time, against building the whole file in memory (networkx's GEXF writer, Oxigraph's
dump into a buffer) measured in the same run.

    python -m bench export            # 100,000 stances
    python -m bench.export 20000      # another size
"""
from __future__ import annotations

import gc
import io
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import networkx as nx

from graph import iris
from graph.export import FORMATS, export_file
from graph.export.model import GraphExport
from graph.export.selection import Selection
from graph.store import GraphStore, open_store
from graph.store.terms import RdfFormat
from ontology.namespace import ACTOR_KINDS, DIRECT_EDGE, MODALITIES, NIF, SG, STANCE_TYPES

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DC_DATE = "http://purl.org/dc/terms/date"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def _document_nquads(doc: int, per_document: int, rng: random.Random, actors: int, positions: int) -> str:
    """One document's graph as N-Quads, in the shape graph/rdf.py writes (the parts the exports read)."""
    doc_iri = iris.document_iri(f"doc-{doc}")
    graph = f"<{doc_iri}>"
    day = f"2024-{1 + doc % 12:02d}-{1 + doc % 28:02d}"
    lines = [f"{graph} <{RDF_TYPE}> <{SG.Document}> {graph} .",
             f'{graph} <{DC_DATE}> "{day}"^^<{XSD_DATE}> {graph} .']
    seen: set[str] = set()
    for index in range(per_document):
        stance = f"<{iris.stance_iri(f'doc-{doc}', index)}>"
        kind = rng.choice(STANCE_TYPES)
        holder_key = f"actor-{rng.randrange(actors)}"
        ends = [(f"actor-{rng.randrange(actors)}", "actor")] if rng.random() < 0.4 else []
        ends.append((f"position-{rng.randrange(positions)}", "position"))
        holder = f"<{iris.actor_iri(holder_key)}>"
        for key, role in [(holder_key, "actor"), *ends]:
            node = f"<{iris.actor_iri(key) if role == 'actor' else iris.position_iri(key)}>"
            if node not in seen:
                seen.add(node)
                number = int(key.rsplit("-", 1)[1])
                node_kind = SG.Position if role == "position" else SG[ACTOR_KINDS[number % len(ACTOR_KINDS)]]
                lines += [f"{node} <{RDF_TYPE}> <{node_kind}> {graph} .",
                          f'{node} <{LABEL}> "{key.replace("-", " ").title()}" {graph} .']
            if node != holder:
                lines.append(f"{stance} <{SG.target if role == 'actor' else SG.position}> {node} {graph} .")
                lines.append(f"{holder} <{SG[DIRECT_EDGE[kind]]}> {node} {graph} .")
        mention = f"<{iris.mention_iri(f'doc-{doc}', index * 100, index * 100 + 80)}>"
        lines += [
            f"{stance} <{RDF_TYPE}> <{SG[kind]}> {graph} .",
            f"{stance} <{SG.holder}> {holder} {graph} .",
            f"{stance} <{SG.polarity}> <{SG.positive}> {graph} .",
            f"{stance} <{SG.modality}> <{SG[rng.choice(MODALITIES)]}> {graph} .",
            f"{stance} <{DERIVED}> {graph} {graph} .",
            f"{stance} <{SG.evidence}> {mention} {graph} .",
            f"{mention} <{RDF_TYPE}> <{SG.Mention}> {graph} .",
            f"{mention} <{SG.inDocument}> {graph} {graph} .",
            f'{mention} <{NIF.anchorOf}> "Sentence {index} of document {doc}: a stance." {graph} .',
        ]
        if rng.random() < 0.5:
            lines.append(f'{stance} <{SG.stanceDate}> "{day}"^^<{XSD_DATE}> {graph} .')
    return "\n".join(lines) + "\n"


def synthetic_store(
    stances: int, *, per_document: int = 100, actors: int | None = None, positions: int | None = None,
    seed: int = 7,
) -> GraphStore:
    """An in-memory store with `stances` generated stances, by default over 2% as many actors and 5% as many
    positions."""
    rng = random.Random(seed)
    store = open_store(None)
    actors = actors or max(stances // 50, 10)
    positions = positions or max(stances // 20, 10)
    for doc in range(stances // per_document):
        text = _document_nquads(doc, per_document, rng, actors, positions)
        store.write_graph(str(iris.document_iri(f"doc-{doc}")), text.encode(), fmt=RdfFormat.N_QUADS, replace=True)
    return store


@dataclass
class Figures:
    first_byte: float  # seconds until the first chunk
    total: float  # seconds until the last chunk
    size: int  # bytes written
    peak: int  # peak traced Python memory, bytes (0 when not traced)


def measure(produce: Callable[[], Iterator[bytes]], *, traced: bool) -> Figures:
    """Consume the chunks `produce()` yields, timing them (or tracing memory, which slows Python down)."""
    gc.collect()
    if traced:
        tracemalloc.start()
        tracemalloc.reset_peak()
    start = time.perf_counter()
    chunks = produce()
    first = next(chunks, b"")
    first_byte = time.perf_counter() - start
    size = len(first)
    for chunk in chunks:
        size += len(chunk)
    total = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    if traced:
        tracemalloc.stop()
    return Figures(first_byte, total, size, peak)


def networkx_gexf(store: GraphStore) -> Iterator[bytes]:
    """The alternative: the whole graph in networkx, then networkx's GEXF 1.3 writer into a buffer."""
    export = GraphExport(store, Selection())
    graph = nx.MultiDiGraph()
    for node in export.nodes():
        graph.add_node(node.id, label=node.label, kind=node.kind, stances_held=node.held)
    for edge in export.edges():
        graph.add_edge(edge.source, edge.target, key=edge.id, stance_type=edge.type, evidence=edge.evidence,
                       polarity=edge.polarity, document=edge.document, date=edge.date or "")
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, version="1.3")
    yield buffer.getvalue()


def oxigraph_dump(store: GraphStore) -> Iterator[bytes]:
    """The alternative for N-Quads: Oxigraph's dump of every graph into one buffer."""
    buffer = io.BytesIO()
    store.dump(buffer, fmt=RdfFormat.N_QUADS)
    yield buffer.getvalue()


def main(stances: int = 100_000) -> None:
    started = time.perf_counter()
    store = synthetic_store(stances)
    took = time.perf_counter() - started
    print(f"{stances:,} stances generated ({store.triple_count():,} quads) in {took:.1f} s")
    runs: dict[str, Callable[[], Iterator[bytes]]] = {
        fmt: (lambda fmt=fmt: export_file(store, Selection(), fmt).chunks) for fmt in FORMATS
    }
    runs["gexf, networkx in memory"] = lambda: networkx_gexf(store)
    runs["nq, oxigraph dump to a buffer"] = lambda: oxigraph_dump(store)
    print(f"{'export':32} {'first byte':>11} {'total':>8} {'size':>9} {'peak Python memory':>19}")
    figures: dict[str, tuple[Figures, Figures]] = {}
    for name, produce in runs.items():
        timed, traced = measure(produce, traced=False), measure(produce, traced=True)
        figures[name] = (timed, traced)
        print(f"{name:32} {timed.first_byte:10.3f}s {timed.total:7.1f}s {timed.size / 1e6:7.1f}MB "
              f"{traced.peak / 1e6:17.1f}MB", flush=True)
    for ours, theirs in (("gexf", "gexf, networkx in memory"), ("nq", "nq, oxigraph dump to a buffer")):
        (a, a_mem), (b, b_mem) = figures[ours], figures[theirs]
        print(f"{ours} streamed vs {theirs}: peak Python memory {a_mem.peak / 1e6:.1f} MB vs "
              f"{b_mem.peak / 1e6:.1f} MB ({b_mem.peak / max(a_mem.peak, 1):.0f}x less); first byte after "
              f"{a.first_byte:.3f} s vs {b.first_byte:.1f} s; total time ratio {a.total / b.total:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
