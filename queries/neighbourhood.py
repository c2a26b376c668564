"""The actors and positions around an actor, each edge a stance with its evidence.

A breadth-first walk of the projection from the actor, `depth` hops out. The actor's `role` filters
the first hop (its own stances as holder, stances aimed at it as target, or both); later hops follow
stances either way, so depth 2 from Putin reaches whoever else took a stance on his positions.
Hubs are capped: no node beyond the centre expands more than `hub_cap` edges, and each capped node
is listed with how many edges it has.
"""
from __future__ import annotations

from typing import Any, Literal

import networkx as nx

from graph.projection import Projection, node_record

Role = Literal["holder", "target", "any"]
Incident = tuple[str, str, dict[str, Any]]


def edge_matches(data: dict[str, Any], *, types: tuple[str, ...] | None, since: str | None,
                 until: str | None) -> bool:
    """Whether a stance edge passes the type and date filters (an undated stance fails a date filter)."""
    if types and data["type"] not in types:
        return False
    if since or until:
        date = data.get("date")
        if date is None or (since and date < since) or (until and date > until):
            return False
    return True


def _incident(graph: nx.MultiDiGraph, node: str, role: Role) -> list[Incident]:
    """(the other end, key, record) of the node's stance edges in `role`.

    Read from networkx's own adjacency dicts (as its algorithms read them): much faster than the
    out_edges/in_edges views, which wrap every step of the same walk.
    """
    found: list[Incident] = []
    if role in ("holder", "any"):
        found += [(other, key, data) for other, keyed in graph._succ[node].items()
                  for key, data in keyed.items()]
    if role in ("target", "any"):
        found += [(other, key, data) for other, keyed in graph._pred[node].items()
                  for key, data in keyed.items()]
    return found


def neighbourhood(
    projection: Projection, center: str, *, depth: int = 1, types: tuple[str, ...] | None = None,
    role: Role = "any", since: str | None = None, until: str | None = None,
    limit: int = 200, hub_cap: int = 50,
) -> dict[str, Any]:
    """Nodes and stance edges within `depth` hops of `center` (an actor IRI).

    Returns:
        {"center", "depth", "nodes" (each with its label, kind and `distance`), "edges" (the stance
        records, labels in `nodes`), "capped", "truncated"}: `capped` lists the hubs whose edges
        were cut to `hub_cap` (their first by stance IRI kept), `truncated` says `limit` was reached.
    """
    with projection.reading() as graph:
        distance = {center: 0}
        edges: dict[str, dict[str, Any]] = {}
        capped: list[dict[str, Any]] = []
        truncated = False
        frontier = [center] if center in graph else []
        for hop in range(1, depth + 1):
            following: list[str] = []
            for node in frontier:
                matching = _incident(graph, node, role if hop == 1 else "any")
                if types or since or until:
                    matching = [e for e in matching
                                if edge_matches(e[2], types=types, since=since, until=until)]
                if node != center and len(matching) > hub_cap:
                    capped.append({**node_record(node, graph), "edges": len(matching), "shown": hub_cap})
                    matching = sorted(matching, key=lambda e: e[1])[:hub_cap]
                for other, key, data in matching:
                    if key in edges:
                        continue
                    if len(edges) >= limit:
                        truncated = True
                        break
                    edges[key] = data
                    if other not in distance:
                        distance[other] = hop
                        following.append(other)
                if truncated:
                    break
            if truncated:
                break
            frontier = following
        if center in graph:  # every node's record is kept by the projection until its next update
            record = projection.node_record
            center_record = dict(record(center))
            nodes = [{**record(n), "distance": d} for n, d in distance.items()]
        else:
            center_record = {"id": center, "key": center.rsplit("/", 1)[-1]}
            nodes = [{**center_record, "distance": 0}]
    return {"center": center_record, "depth": depth, "nodes": nodes, "edges": list(edges.values()),
            "capped": capped, "truncated": truncated}
