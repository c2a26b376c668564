"""The graph the Gephi, GraphML and CSV exports write: actors and positions as nodes, one edge per stance.

An edge goes from the stance's holder to its target actor when it has one, otherwise to its position; a
stance with neither has no edge (it stays in the RDF exports). Everything is read from the store with
SPARQL, in passes over a streaming result, so memory grows with the number of nodes, never of stances:
one pass for an actor's neighbourhood (one per hop), one for node statistics and dates, then the edges
are streamed while the file is written.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from graph import iris
from graph.export.selection import Selection
from graph.store import GraphStore
from graph.store.terms import NamedNode, Triple, bindings
from ontology.namespace import ACTOR_KINDS, RDF_TYPE, SG, STANCE_TYPES, WD

_SG = str(SG._NS)
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_BATCH = 400
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ExportNode:
    """An actor or a position, with what Gephi shows about it."""

    id: str
    label: str
    kind: str  # Person, State, Government, Organization, Group, or Position
    aliases: tuple[str, ...]
    country: str | None
    wikidata: str | None  # a Wikidata id such as Q7747
    held: int  # stances it holds (out-degree)
    received: int  # stances aimed at it (in-degree)
    first: str | None  # ISO date of its first dated stance
    last: str | None

    @property
    def degree(self) -> int:
        return self.held + self.received


@dataclass(frozen=True, slots=True)
class ExportEdge:
    """One stance, from its holder to its target actor or its position."""

    id: str
    source: str
    target: str
    type: str
    polarity: str
    modality: str
    position: str | None  # the position's label
    attributed_to: str | None  # the label of the actor the text attributes the stance to
    evidence: str
    document: str  # the document id
    graph: str  # the document's IRI, which names the graph the stance lives in
    date: str | None  # ISO date: the stance date, else the document date


def _stance_query(selection: Selection, *, detail: bool) -> str:
    types = selection.types or STANCE_TYPES
    filters = []
    if selection.since:
        filters.append(f'?when >= "{selection.since.isoformat()}"^^xsd:date')
    if selection.until:
        filters.append(f'?when <= "{selection.until.isoformat()}"^^xsd:date')
    where_dates = "".join(f"FILTER(BOUND(?when) && {f})\n" for f in filters)
    details = "OPTIONAL { ?stance sg:evidence/nif:anchorOf ?text }" if detail else ""
    label = "OPTIONAL { ?position skos:prefLabel ?positionLabel }" if detail else ""
    projection = "?positionLabel ?polarity ?modality ?text ?type" if detail else ""
    return f"""
SELECT ?stance ?holder ?target ?position ?attributedTo ?when ?document {projection} WHERE {{
  GRAPH ?document {{
    VALUES ?type {{ {" ".join(f"sg:{t}" for t in types)} }}
    ?stance a ?type ; sg:holder ?holder ; sg:polarity ?polarity ; sg:modality ?modality .
    OPTIONAL {{ ?stance sg:target ?target }}
    OPTIONAL {{ ?stance sg:position ?position {label} }}
    FILTER(BOUND(?target) || BOUND(?position))
    OPTIONAL {{ ?stance prov:wasAttributedTo ?attributedTo }}
    OPTIONAL {{ ?stance sg:stanceDate ?stanceDate }}
    OPTIONAL {{ ?document dcterms:date ?documentDate }}
    {details}
  }}
  BIND(COALESCE(?stanceDate, ?documentDate) AS ?when)
  {where_dates}
}}"""


def _value(row: Any, name: str) -> str | None:
    term = row[name]
    return None if term is None else str(term.value)


class GraphExport:
    """The nodes and edges of a selection, read lazily from the store.

    Example:
        >>> from graph.store import open_store
        >>> export = GraphExport(open_store(None), Selection())
        >>> export.nodes(), list(export.edges())
        ([], [])
    """

    def __init__(self, store: GraphStore, selection: Selection) -> None:
        self.store = store
        self.selection = selection
        self._nodes: list[ExportNode] | None = None
        self._members: set[str] | None = None
        self._labels: dict[str, str] = {}

    def _rows(self, *, detail: bool) -> Iterator[Any]:
        document = self.selection.document
        subs = bindings(document=document)
        yield from self.store.query(_stance_query(self.selection, detail=detail), substitutions=subs)

    def _ends(self, *, detail: bool = False) -> Iterator[tuple[Any, str, str]]:
        """(row, holder, other end) for every selected stance."""
        members = self.members()
        for row in self._rows(detail=detail):
            holder = row["holder"].value
            other = (row["target"] or row["position"]).value
            if members is None or (holder in members and other in members):
                yield row, holder, other

    def members(self) -> set[str] | None:
        """The nodes of an actor's neighbourhood (None: no actor selected, every node counts)."""
        if self.selection.actor is None:
            return None
        if self._members is None:
            members = {self.selection.actor}
            for _ in range(self.selection.depth):
                reached: set[str] = set()
                for row in self._rows(detail=False):
                    holder, other = row["holder"].value, (row["target"] or row["position"]).value
                    if holder in members:
                        reached.add(other)
                    if other in members:
                        reached.add(holder)
                if reached <= members:
                    break
                members |= reached
            self._members = members
        return self._members

    def nodes(self) -> list[ExportNode]:
        """Every node an edge of the selection touches, sorted by IRI, with its statistics and dates."""
        if self._nodes is not None:
            return self._nodes
        stats: dict[str, list[Any]] = {}  # iri -> [held, received, first, last]
        attributions: set[str] = set()
        for row, holder, other in self._ends():
            when = _value(row, "when")
            for iri, slot in ((holder, 0), (other, 1)):
                entry = stats.setdefault(iri, [0, 0, None, None])
                entry[slot] += 1
                if when:
                    entry[2] = when if entry[2] is None else min(entry[2], when)
                    entry[3] = when if entry[3] is None else max(entry[3], when)
            if row["attributedTo"] is not None:
                attributions.add(row["attributedTo"].value)
        facts = describe(self.store, stats.keys())
        countries = {f["country"] for f in facts.values() if f.get("country")}
        self._labels = labels(self.store, countries | attributions)
        nodes = []
        for iri in sorted(stats):
            held, received, first, last = stats[iri]
            fact = facts.get(iri, {})
            label = fact.get("label") or iris.key_of(iri)
            self._labels[iri] = label
            country = fact.get("country")
            nodes.append(ExportNode(
                id=iri, label=label, kind=fact.get("kind", "Position" if "/position/" in iri else "Actor"),
                aliases=tuple(fact.get("aliases", ())),
                country=self._labels.get(country, iris.key_of(country)) if country else None,
                wikidata=fact.get("wikidata"), held=held, received=received, first=first, last=last,
            ))
        self._nodes = nodes
        return nodes

    def period(self) -> tuple[str | None, str | None]:
        """The first and last date of the selected stances."""
        firsts = [n.first for n in self.nodes() if n.first]
        lasts = [n.last for n in self.nodes() if n.last]
        return (min(firsts) if firsts else None, max(lasts) if lasts else None)

    def edges(self) -> Iterator[ExportEdge]:
        """One edge per selected stance, streamed from the store (call after `nodes()` for labels)."""
        self.nodes()
        for row, holder, other in self._ends(detail=True):
            attributed = _value(row, "attributedTo")
            yield ExportEdge(
                id=row["stance"].value, source=holder, target=other,
                type=row["type"].value.removeprefix(_SG),
                polarity=row["polarity"].value.removeprefix(_SG),
                modality=row["modality"].value.removeprefix(_SG),
                position=_value(row, "positionLabel"),
                attributed_to=self._labels.get(attributed, iris.key_of(attributed)) if attributed else None,
                evidence=_value(row, "text") or "",
                document=iris.key_of(row["document"].value), graph=row["document"].value,
                date=_value(row, "when"),
            )


def batches(items: Iterable[T], *, size: int = _BATCH) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter), for serialiser calls."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def objects(store: GraphStore, node: str, predicate: str) -> Iterator[str]:
    """The values of `predicate` on `node`, in every graph: one index lookup, no query to plan."""
    for quad in store.quads(NamedNode(node), NamedNode(predicate)):
        if not isinstance(quad.object, Triple):  # the graph has no RDF-star triples; be safe anyway
            yield quad.object.value


def describe(store: GraphStore, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Label, aliases, kind, country and Wikidata id of each node, from every graph (reference data too)."""
    facts: dict[str, dict[str, Any]] = {}
    for iri in nodes:
        names = sorted(set(objects(store, iri, _SKOS + "prefLabel")))
        kinds = {k.removeprefix(_SG) for k in objects(store, iri, RDF_TYPE)}
        kind = next((k for k in (*ACTOR_KINDS, "Position") if k in kinds), None)
        same_as = objects(store, iri, _SAME_AS)
        wikidata = sorted(s.removeprefix(str(WD)) for s in same_as if s.startswith(str(WD)))
        label = names[0] if names else None
        fact: dict[str, Any] = {
            "label": label,
            "aliases": sorted((set(names) | set(objects(store, iri, _SKOS + "altLabel"))) - {label}),
            "country": min(objects(store, iri, str(SG.country)), default=None),
            "wikidata": wikidata[0] if wikidata else None,
        }
        if kind:
            fact["kind"] = kind
        facts[iri] = fact
    return facts


def labels(store: GraphStore, nodes: Iterable[str]) -> dict[str, str]:
    """The preferred label of each node that has one (the smallest, when graphs disagree)."""
    found: dict[str, str] = {}
    for iri in nodes:
        label = min(objects(store, iri, _SKOS + "prefLabel"), default=None)
        if label is not None:
            found[iri] = label
    return found
