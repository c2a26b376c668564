"""RDF exports: Turtle, N-Quads (one named graph per document), TriG and JSON-LD, streamed.

The whole store (or one document) is read graph by graph from Oxigraph's index and serialised in batches
with Oxigraph's own writers; every batch of Turtle or TriG repeats the prefix lines, which both formats
allow. A narrower selection (an actor's neighbourhood, stance types, dates) keeps, in each document's graph,
the selected stances with their evidence, the direct holder edges they imply, and the descriptions of
the documents, actors and positions they touch. The reference graphs (ontology and reference actors) come
only when asked for. Turtle merges the graphs into one; triples that several documents state appear once
per document, which Turtle allows.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graph.export.jsonld import write_jsonld
from graph.export.model import GraphExport, batches
from graph.export.selection import Selection
from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH, GraphStore
from graph.store.terms import NamedNode, Quad, Triple, rdf_format, serialize_rdf
from ontology.namespace import DIRECT_EDGE, PREFIXES, RDF_TYPE, SG
from ontology.syntaxes import rdf_syntax

BATCH_QUADS = 10_000
RDF_FORMATS = ("ttl", "nq", "trig", "jsonld")  # the RDF syntaxes the exports write
MEDIA_TYPES = {name: rdf_syntax(name).media_type for name in RDF_FORMATS}
_DIRECT = {str(SG[name]) for name in DIRECT_EDGE.values()} | {str(SG.takesStanceOn)}
_SG = str(SG._NS)
Properties = dict[str, list[Any]]  # predicate IRI -> object terms


def document_graphs(store: GraphStore) -> list[str]:
    """The IRIs of every document's graph, sorted."""
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a sg:Document } }")
    return sorted(row["g"].value for row in rows)


def _graph_quads(store: GraphStore, graph: str) -> Iterator[Quad]:
    yield from store.quads(graph=NamedNode(graph))


def selected_quads(
    store: GraphStore, selection: Selection, *, reference: bool = False
) -> Iterator[Quad]:
    """The quads of the selection, graph by graph, then the reference graphs when `reference` is true."""
    if selection.filters_stances:
        yield from _part_quads(store, selection)
    else:
        for graph in [selection.document] if selection.document else document_graphs(store):
            yield from _graph_quads(store, graph)
    if reference:
        for graph in (ONTOLOGY_GRAPH, ACTORS_GRAPH):
            yield from _graph_quads(store, graph)


def _part_quads(store: GraphStore, selection: Selection) -> Iterator[Quad]:
    """The selected stances (with evidence and direct edges), then what they touch, in their documents."""
    export = GraphExport(store, selection)
    nodes = {node.id for node in export.nodes()}
    documents: set[str] = set()
    for edge in export.edges():
        graph = NamedNode(edge.graph)
        documents.add(edge.graph)
        props: Properties = {}
        for quad in store.quads(NamedNode(edge.id), graph=graph):
            yield quad
            props.setdefault(quad.predicate.value, []).append(quad.object)
        for mention in props.get(str(SG.evidence), []):
            yield from store.quads(mention, graph=graph)
        yield from _direct_edges(props, graph)
    graphs = {NamedNode(d) for d in documents}
    mentions = NamedNode(str(SG.mentions))
    for iri in sorted(nodes | documents):
        for quad in store.quads(NamedNode(iri)):
            if quad.graph_name not in graphs or quad.predicate.value in _DIRECT:
                continue
            if quad.predicate == mentions and getattr(quad.object, "value", None) not in nodes:
                continue
            yield quad


def _direct_edges(props: Properties, graph: NamedNode) -> Iterator[Quad]:
    """The holder->target/position edges that graph/rdf.py writes beside a positive stance."""
    if NamedNode(str(SG.positive)) not in props.get(str(SG.polarity), []):
        return
    kinds = [t.value.removeprefix(_SG) for t in props.get(RDF_TYPE, [])]
    kind = next((k for k in kinds if k in DIRECT_EDGE), None)
    holders = props.get(str(SG.holder), [])
    if kind is None or not holders:
        return
    predicate = NamedNode(str(SG[DIRECT_EDGE[kind]]))
    for end in (*props.get(str(SG.target), []), *props.get(str(SG.position), [])):
        yield Quad(holders[0], predicate, end, graph)


def write_rdf(
    store: GraphStore, selection: Selection, fmt: str, *, reference: bool = False
) -> Iterator[bytes]:
    """The selection serialised as `fmt` (ttl, nq, trig or jsonld), as a stream of byte chunks."""
    quads = selected_quads(store, selection, reference=reference)
    if fmt == "jsonld":
        yield from write_jsonld(quads)
        return
    store_format = rdf_format(rdf_syntax(fmt))
    prefixes = None if fmt == "nq" else PREFIXES
    for batch in batches(quads, size=BATCH_QUADS):
        items: list[Quad] | list[Triple] = [quad.triple for quad in batch] if fmt == "ttl" else batch
        yield serialize_rdf(items, fmt=store_format, prefixes=prefixes) or b""
