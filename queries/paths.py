"""Paths between two nodes (actors or positions) with the stance and evidence behind every hop.

SPARQL property paths return end points only; here the search runs on the projection with networkx
and every hop comes back as a stance edge (IRI, type, polarity, evidence sentence and document).
Searches run on a simple graph collapsed from the projection (one link per node pair, knowing the
stance types it carries), cached per store version, direction and type filter; each hop is then
expanded to the stance edges behind it.

Modes: `shortest` (one path), `all_shortest` (every path of the least length), `k_shortest` (the
`k` shortest simple paths). `direction="forward"` follows stances from holder to target or position
only; `"any"` ignores direction.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from itertools import islice
from typing import Any, Literal

import networkx as nx

from graph.errors import UnknownActor
from graph.projection import Projection, labelled_edge, node_record
from graph.store import GraphStore
from queries.actors import resolve_actor
from queries.neighbourhood import edge_matches
from queries.positions import resolve_position

Mode = Literal["shortest", "all_shortest", "k_shortest"]
Direction = Literal["forward", "any"]
_SIMPLE: OrderedDict[tuple[int, int, bool, frozenset[str]], nx.Graph] = OrderedDict()
_SIMPLE_LOCK = threading.Lock()


def search_graph(projection: Projection, graph: nx.MultiDiGraph, *, directed: bool,
                 types: tuple[str, ...] | None) -> nx.Graph:
    """The projection collapsed to one link per node pair (only links with a stance of `types`)."""
    key = (id(projection), projection.version, directed, frozenset(types or ()))
    with _SIMPLE_LOCK:
        if key in _SIMPLE:
            _SIMPLE.move_to_end(key)
            return _SIMPLE[key]
    simple: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from(
        (u, v) for u, v, data in graph.edges(data=True) if not types or data["type"] in types)
    with _SIMPLE_LOCK:
        _SIMPLE[key] = simple
        while len(_SIMPLE) > 8:
            _SIMPLE.popitem(last=False)
    return simple


def _node_paths(simple: nx.Graph, source: str, target: str, *, mode: Mode, k: int,
                max_length: int, max_paths: int) -> Iterator[list[str]]:
    if mode == "shortest":
        found = [nx.shortest_path(simple, source, target)]
    elif mode == "all_shortest":
        found = nx.all_shortest_paths(simple, source, target)
    else:
        found = nx.shortest_simple_paths(simple, source, target)
    limit = 1 if mode == "shortest" else (min(k, max_paths) if mode == "k_shortest" else max_paths)
    for path in islice(found, limit):
        if len(path) - 1 > max_length:
            return
        yield path


def _hop(graph: nx.MultiDiGraph, a: str, b: str, *, directed: bool,
         types: tuple[str, ...] | None) -> dict[str, Any]:
    """The stance edge behind one hop (the first by stance IRI), and how many others join a and b."""
    candidates = [(a, b, key, data) for key, data in graph.get_edge_data(a, b, default={}).items()]
    if not directed:
        candidates += [(b, a, key, data) for key, data in graph.get_edge_data(b, a, default={}).items()]
    candidates = sorted((c for c in candidates if edge_matches(c[3], types=types, since=None, until=None)),
                        key=lambda c: c[2])
    u, _, _, data = candidates[0]
    return {**labelled_edge(data, graph), "forward": u == a, "parallel": len(candidates) - 1}


def find_paths(
    projection: Projection, source: str, target: str, *, mode: Mode = "shortest", k: int = 3,
    max_length: int = 6, types: tuple[str, ...] | None = None, direction: Direction = "any",
    max_paths: int = 20,
) -> list[dict[str, Any]]:
    """Paths from `source` to `target` (IRIs of actors or positions) as node-edge-node sequences.

    Returns:
        A list of {"length", "nodes", "edges"}; `edges[i]` joins `nodes[i]` and `nodes[i+1]` and
        carries its stance (`forward` False when the stance runs against the path). Empty when the
        two are not connected within `max_length` hops.
    """
    directed = direction == "forward"
    with projection.reading() as graph:
        if source not in graph or target not in graph:
            return []
        simple = search_graph(projection, graph, directed=directed, types=types)
        try:
            node_paths = list(_node_paths(simple, source, target, mode=mode, k=k,
                                          max_length=max_length, max_paths=max_paths))
        except nx.NetworkXNoPath:
            return []
        return [{
            "length": len(path) - 1,
            "nodes": [node_record(n, graph) for n in path],
            "edges": [_hop(graph, a, b, directed=directed, types=types)
                      for a, b in zip(path, path[1:], strict=False)],
        } for path in node_paths]


def resolve_node(store: GraphStore, ident: str) -> str:
    """An actor's IRI, else a position's (key or IRI); an unknown id is reported as an unknown actor."""
    try:
        return resolve_actor(store, ident)
    except UnknownActor as unknown:
        try:
            return resolve_position(store, ident)
        except UnknownActor:
            raise unknown from None
