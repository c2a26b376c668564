"""Stance listings with filters, and contradictions with both of their stances.

The records are those of the stance export (../shared/STANCES.md), read once per store version and
filtered here, so every listing speaks the export's format. `date` filters use the stance's date,
else its document's. A holder filter may take in the bodies that speak for the holder
(`include={"represented"}`: its ministries, its Kremlin, transitively) and the actors affiliated with it
or with those bodies (`"affiliated"`: a ministry's spokeswoman, a think tank's fellow).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graph import iris
from graph.errors import InputError
from graph.store import GraphStore
from graph.store.terms import NamedNode
from ontology.namespace import STANCE_TYPES
from queries.cache import per_version
from queries.export import Record, actor_records, contradiction_records, stance_records

DOCUMENT_DATES = "SELECT ?document ?date WHERE { ?document a sg:Document ; dcterms:date ?date }"
# what `include` may name, and the property path from a body to the holder it takes in
INCLUDE_PATHS = {
    frozenset({"represented"}): "sg:represents+",
    frozenset({"affiliated"}): "sg:affiliatedWith",
    frozenset({"represented", "affiliated"}): "(sg:represents|sg:affiliatedWith)+",
}
BODIES = "SELECT DISTINCT ?body WHERE {{ ?body {path} {actor} . FILTER(?body != {actor}) }}"


@dataclass(frozen=True, kw_only=True)
class StanceFilter:
    """Which stances to list; every field left None matches everything. Actor fields hold IRIs."""

    holder: str | None = None
    holder_bodies: frozenset[str] = frozenset()  # also held by these (bodies_speaking_for the holder)
    types: tuple[str, ...] = ()
    target: str | None = None
    position: str | None = None
    document: str | None = None
    attributed_to: str | None = None
    polarity: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None  # holder or target

    def matches(self, record: Record, date: str | None) -> bool:
        position = (record["position"] or {}).get("id")
        return all((
            self.holder is None or record["holder"] in (self.holder, *self.holder_bodies),
            not self.types or record["type"] in self.types,
            self.target is None or record["target"] == self.target,
            self.position is None or position == self.position,
            self.document is None or record["evidence"]["document"] == self.document,
            self.attributed_to is None or record["attributed_to"] == self.attributed_to,
            self.polarity is None or record["polarity"] == self.polarity,
            self.modality is None or record["modality"] == self.modality,
            self.actor is None or self.actor in (record["holder"], record["target"]),
            self.since is None or (date is not None and date >= self.since),
            self.until is None or (date is not None and date <= self.until),
        ))


def stance_types(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Stance types from comma-separated lists ('demand, Reject'), in the ontology's order, each once.

    Raises:
        InputError: a name that is not a stance type.
    """
    if value is None:
        return ()
    parts = value.split(",") if isinstance(value, str) else [n for part in value for n in part.split(",")]
    names = {t.strip() for t in parts if t.strip()}
    known = {t.casefold(): t for t in STANCE_TYPES}
    unknown = sorted(n for n in names if n.casefold() not in known)
    if unknown:
        expected = ", ".join(STANCE_TYPES)
        raise InputError(f"unknown stance type {', '.join(unknown)}; expected some of {expected}")
    return tuple(t for t in STANCE_TYPES if t.casefold() in {n.casefold() for n in names})


def included(value: str | None) -> frozenset[str]:
    """What a holder filter takes in besides the holder, from a comma-separated list ('represented').

    Raises:
        InputError: a name other than `represented` or `affiliated`.
    """
    names = frozenset(n.strip().casefold() for n in (value or "").split(",") if n.strip())
    if names and names not in INCLUDE_PATHS:
        raise InputError(f"unknown include {value!r}; expected represented, affiliated or both")
    return names


def bodies_speaking_for(store: GraphStore, actor: str, include: frozenset[str]) -> frozenset[str]:
    """IRIs of the actors whose stances count as `actor`'s under `include` (see `included`).

    "represented" takes in every body that represents the actor, and the bodies that represent those
    (China's commerce ministry, the Kremlin for Russia); "affiliated" the actors affiliated with it.

    Example:
        >>> from graph.store import open_store
        >>> bodies_speaking_for(open_store(None), "https://w3id.org/stancegraph/id/actor/china",
        ...                     frozenset({"represented"}))
        frozenset()
    """
    if not include:
        return frozenset()
    query = BODIES.format(path=INCLUDE_PATHS[include], actor=NamedNode(actor))  # checks the IRI
    return frozenset(r["body"] for r in store.select(query))


def holder_selection(store: GraphStore, holder: str | None, include: str | None) -> dict[str, Any]:
    """The `holder` and `holder_bodies` fields of a StanceFilter, from an actor IRI and an include list."""
    if holder is None:
        if included(include):
            raise InputError("include needs a holder")
        return {"holder": None}
    return {"holder": holder, "holder_bodies": bodies_speaking_for(store, holder, included(include))}


def document_iri(ident: str) -> str:
    """A document's IRI from its id (`putin-concedes-little`) or its IRI."""
    return ident if "://" in ident else str(iris.document_iri(ident))


def all_stances(store: GraphStore) -> list[Record]:
    """Every stance record of the store, in document order (read once per store version)."""
    return per_version(store, "stance-records", lambda s: list(stance_records(s)))


def _document_dates(store: GraphStore) -> dict[str, str]:
    return per_version(store, "document-dates",
                       lambda s: {r["document"]: r["date"] for r in s.select(DOCUMENT_DATES)})


def stance_date(record: Record, document_dates: dict[str, str]) -> str | None:
    date: str | None = record["date"] or document_dates.get(record["evidence"]["document"])
    return date


def list_stances(store: GraphStore, selection: StanceFilter, *, limit: int | None = None,
                 offset: int = 0) -> tuple[list[Record], int]:
    """The stances `selection` matches, one page of them, and how many match in all."""
    dates = _document_dates(store)
    matched = [r for r in all_stances(store) if selection.matches(r, stance_date(r, dates))]
    end = None if limit is None else offset + limit
    return matched[offset:end], len(matched)


def contradictions(store: GraphStore, *, document: str | None = None) -> list[dict[str, Any]]:
    """Every recorded contradiction with its reason and both stances in full."""
    by_id = {r["id"]: r for r in all_stances(store)
             if document is None or r["evidence"]["document"] == document}
    # filtered here: export-contradictions.rq does not project ?document, so it cannot be substituted
    return [{**c, "records": [by_id[s] for s in c["stances"]]}
            for c in contradiction_records(store) if all(s in by_id for s in c["stances"])]


def actors_named_by(store: GraphStore, records: list[Record]) -> list[Record]:
    """The actor records of every actor the stance records name (holder, target, attribution ...)."""
    named: set[str] = set()
    for record in records:
        named.update(a for a in (record["holder"], record["target"], record["attributed_to"]) if a)
        if record["concession"]:
            concession = record["concession"]
            named.update(a for a in [concession["conceded_to"], *concession["framed_by"]] if a)
    every = per_version(store, "actor-records", lambda s: actor_records(s))
    return [a for a in every if a["id"] in named]
