"""Positions: look-up by key or label, and everyone's stances on one position."""
from __future__ import annotations

from typing import Any

from graph import iris
from graph.errors import UnknownActor
from graph.store import GraphStore
from queries.actors import normalise
from queries.cache import per_version
from queries.stances import StanceFilter, list_stances

POSITIONS = """
SELECT ?position (MIN(?label) AS ?label) (COUNT(DISTINCT ?stance) AS ?stances) WHERE {
  { SELECT DISTINCT ?position ?label WHERE { ?position a sg:Position ; skos:prefLabel ?label } }
  OPTIONAL { ?stance sg:position ?position }
} GROUP BY ?position ORDER BY DESC(?stances) ?position"""


class UnknownPosition(UnknownActor):
    """No position has that id (a 404 with suggestions, like an unknown actor)."""


def all_positions(store: GraphStore) -> list[dict[str, Any]]:
    """Every position with its label and number of stances, most discussed first."""
    return per_version(store, "positions", lambda s: [
        {"id": r["position"], "key": iris.key_of(r["position"]), "label": r["label"], "stances": r["stances"]}
        for r in s.select(POSITIONS)])


def search_positions(store: GraphStore, query: str = "") -> list[dict[str, Any]]:
    """Positions whose label or key contains every word of `query` (case and accents ignored)."""
    words = normalise(query).split()
    return [p for p in all_positions(store)
            if all(w in normalise(f"{p['label'] or ''} {p['key']}") for w in words)]


def resolve_position(store: GraphStore, ident: str) -> str:
    """The IRI of the position named by `ident` (its key or its full IRI).

    Raises:
        UnknownPosition: no such position; `suggestions` holds labels of positions sharing a word.
    """
    iri = ident if "://" in ident else str(iris.position_iri(ident))
    known = {p["id"] for p in all_positions(store)}
    if iri in known:
        return iri
    words = normalise(iris.key_of(ident).replace("-", " ")).split()
    near = [p["label"] for p in all_positions(store)
            if any(w in normalise(p["label"] or "") for w in words)][:5]
    raise UnknownPosition(f"unknown position {ident!r}", near)


def position_card(store: GraphStore, ident: str) -> dict[str, Any]:
    """One position and every stance on it, with who holds each kind of stance (who demands it,
    who rejects it ...)."""
    iri = resolve_position(store, ident)
    summary = next(p for p in all_positions(store) if p["id"] == iri)
    stances, _ = list_stances(store, StanceFilter(position=iri))
    holders: dict[str, list[str]] = {}
    for record in stances:
        key = record["type"] if record["polarity"] == "positive" else f"not {record['type']}"
        if record["holder"] not in holders.setdefault(key, []):
            holders[key].append(record["holder"])
    return {**summary, "holders_by_type": holders, "stance_records": stances}
