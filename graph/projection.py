"""The networkx projection of the store: actors and positions as nodes, stances as edges.

SPARQL property paths return end points, never the path itself, so neighbourhoods and paths are
searched on this projection. Every edge is one stance: from its holder to its target actor (`role`
"target") and from its holder to its position (`role` "position"), carrying the stance IRI, type,
polarity, modality, attribution, date (the stance's, else its document's) and evidence (document,
sentence, span).

Over a remote store, the stances are read with CONSTRUCT (triples, grouped here into the same rows).
The projection is built once from the store and kept current through `store.on_change`: a change
set only marks documents as pending, and the next reader applies them (each changed document's edges
are dropped and read again), so a burst of ingests costs one update and no request rebuilds it.

Example:
    >>> from graph.store import open_store
    >>> store = open_store(None)
    >>> projection = projection_of(store)
    >>> with projection.reading() as graph:
    ...     graph.number_of_edges()
    0
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import networkx as nx
import orjson
from rdflib.namespace import DCTERMS, PROV

from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH, GraphStore, python_value
from graph.store.terms import NamedNode, bindings
from ontology.namespace import ACTOR_KINDS, NIF, RDF_TYPE, SG, STANCE_TYPES

_TYPES = ", ".join(f"<{SG[t]}>" for t in STANCE_TYPES)
_KINDS = ", ".join(f"<{SG[k]}>" for k in (*ACTOR_KINDS, "Position"))
_SG = str(SG._NS)

# one row per stance edge set: stance, type, holder, target, position, polarity, modality, attribution,
# date (the stance's, else its document's), and its evidence (document, text, span)
_STANCE_PATTERN = f"""
  GRAPH ?document {{
    ?stance sg:holder ?holder ; a ?type ; sg:polarity ?polarity ; sg:modality ?modality ;
            sg:evidence ?mention .
    FILTER(?type IN ({_TYPES}))
    ?mention nif:anchorOf ?text ; nif:beginIndex ?start ; nif:endIndex ?end .
    OPTIONAL {{ ?stance sg:target ?target }}
    OPTIONAL {{ ?stance sg:position ?position }}
    OPTIONAL {{ ?stance prov:wasAttributedTo ?attributedTo }}
    OPTIONAL {{ ?stance sg:stanceDate ?stanceDate }}
  }}
  OPTIONAL {{ ?document dcterms:date ?documentDate }}"""

STANCE_EDGES = f"""
SELECT ?stance ?type ?holder ?target ?position ?polarity ?modality ?attributedTo ?date
       ?document ?text ?start ?end WHERE {{{_STANCE_PATTERN}
  BIND(COALESCE(?stanceDate, ?documentDate) AS ?date)
}}"""

# the same facts as triples, for a store behind HTTP: N-Triples states each fact once where the rows of
# STANCE_EDGES repeat every term in a verbose results format, and a server streams them without sorting
STANCE_FACTS = f"""
CONSTRUCT {{
  ?stance a ?type ; sg:holder ?holder ; sg:polarity ?polarity ; sg:modality ?modality ; sg:evidence ?mention ;
          sg:target ?target ; sg:position ?position ; prov:wasAttributedTo ?attributedTo ;
          sg:stanceDate ?stanceDate .
  ?mention sg:inDocument ?document ; nif:anchorOf ?text ; nif:beginIndex ?start ; nif:endIndex ?end .
  ?document dcterms:date ?documentDate .
}} WHERE {{{_STANCE_PATTERN}
}}"""
_STANCE_FIELDS = (RDF_TYPE, str(SG.holder), str(SG.target), str(SG.position), str(SG.polarity),
                  str(SG.modality), str(PROV.wasAttributedTo), str(SG.stanceDate))
_DOCUMENT_DATE = str(DCTERMS.date)
_EVIDENCE_FIELDS = (str(SG.inDocument), str(NIF.anchorOf), str(NIF.beginIndex), str(NIF.endIndex))

# every document graph repeats its nodes' facts: de-duplicate each side before joining them
NODE_FACTS = f"""
SELECT ?node (SAMPLE(?kind) AS ?kind) (MIN(?label) AS ?label) WHERE {{
  {{ SELECT DISTINCT ?node ?kind WHERE {{ ?node a ?kind . FILTER(?kind IN ({_KINDS})) }} }}
  OPTIONAL {{ SELECT DISTINCT ?node ?label WHERE {{ ?node skos:prefLabel ?label }} }}
}} GROUP BY ?node"""

_REFERENCE_GRAPHS = frozenset({ACTORS_GRAPH, ONTOLOGY_GRAPH})
EdgeRef = tuple[str, str, str]


@lru_cache(maxsize=256)
def local_name(iri: str | None) -> str | None:
    """The local name of an ontology term (`...#Demand` -> `Demand`); None stays None."""
    if iri is None:
        return None
    return iri[len(_SG):] if iri.startswith(_SG) else iri.rsplit("/", 1)[-1]


class Projection:
    """A `networkx.MultiDiGraph` of one store, kept current as documents are ingested.

    Read it inside `with projection.reading() as graph:`; the lock keeps an update from changing
    the graph under a running search. Each edge's data is its JSON-ready record (`from`, `to`,
    `role`, `stance`, `type`, `polarity`, `modality`, `target`, `position`, `attributed_to`,
    `date`, `evidence`): hand it out, never change it. `edge_json` serialises a record once and
    keeps the bytes, so an HTTP answer does not render the same edges again on every request.
    """

    def __init__(self, store: GraphStore) -> None:
        # a weak reference: the registry below must not keep a closed store (and its lock) alive
        self._store = weakref.ref(store)
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self._edges_of: dict[str, list[EdgeRef]] = {}
        # id(record) -> (record, its JSON): the record is kept, so its id is not reused while cached
        self._json: dict[int, tuple[dict[str, Any], orjson.Fragment]] = {}
        self._node_records: dict[str, dict[str, Any]] = {}  # emptied by every update
        self._lock = threading.RLock()
        self._pending: set[str] = set()
        self._rebuild = True
        self.version = -1  # store version the graph reflects
        store.on_change(self._note_change)

    @property
    def store(self) -> GraphStore:
        store = self._store()
        if store is None:
            raise RuntimeError("the store of this projection is gone")
        return store

    def _note_change(self, graphs: list[str]) -> None:
        with self._lock:
            if graphs:
                self._pending.update(graphs)
            else:  # an update of unknown extent: read everything again
                self._rebuild = True

    @contextmanager
    def reading(self) -> Iterator[nx.MultiDiGraph]:
        """The current graph, locked against updates while the caller reads it."""
        with self._lock:
            self.refresh()
            yield self.graph

    def refresh(self) -> None:
        """Apply the pending change sets (nothing to do when the store has not changed)."""
        with self._lock:
            version = self.store.version
            if not self._rebuild and not self._pending:
                self.version = version
                return
            self._node_records = {}
            if self._rebuild:
                self.graph = nx.MultiDiGraph()
                self._edges_of = {}
                self._json = {}
                self._add_edges(None)
                self._update_nodes(None)
            else:
                touched: set[str] = set()
                for graph_iri in sorted(self._pending - _REFERENCE_GRAPHS):
                    touched |= self._drop_edges(graph_iri)
                    touched |= self._add_edges(graph_iri)
                # reference actors may have new labels: read every node again, else only those touched
                self._update_nodes(None if self._pending & _REFERENCE_GRAPHS else touched)
            self._pending.clear()
            self._rebuild = False
            self.version = version

    def _drop_edges(self, document: str) -> set[str]:
        touched: set[str] = set()
        for u, v, key in self._edges_of.pop(document, []):
            if self.graph.has_edge(u, v, key):
                self._json.pop(id(self.graph[u][v][key]), None)
                self.graph.remove_edge(u, v, key)
                touched.update((u, v))
        self.graph.remove_nodes_from([n for n in touched if self.graph.degree(n) == 0])
        return {n for n in touched if n in self.graph}

    def _add_edges(self, document: str | None) -> set[str]:
        touched: set[str] = set()
        for terms in self._stance_rows(document):
            (stance, kind, holder, target, position, polarity, modality, attributed_to, date, doc, text,
             start, end) = terms
            evidence = {"document": doc, "text": text, "start": int(start), "end": int(end)}
            edges = self._edges_of.setdefault(doc, [])
            for role, other in (("target", target), ("position", position)):
                if other is not None:
                    key = f"{stance}#{role}"
                    # the edge data is the edge's JSON record, so readers hand it out without copying
                    self.graph.add_edge(holder, other, key=key, **{
                        "from": holder, "to": other, "role": role, "stance": stance,
                        "type": local_name(kind), "polarity": local_name(polarity),
                        "modality": local_name(modality), "target": target, "position": position,
                        "attributed_to": attributed_to, "date": date, "evidence": evidence})
                    edges.append((holder, other, key))
                    touched.update((holder, other))
        return touched

    def _stance_rows(self, document: str | None) -> Iterator[list[Any]]:
        """The rows of STANCE_EDGES (of one document, or all), as plain values; from a remote store, made
        from the triples of STANCE_FACTS."""
        subs = bindings(document=document)
        if not self.store.remote:
            # positional access: the SELECT order of STANCE_EDGES (much faster than access by name)
            for row in self.store.query(STANCE_EDGES, substitutions=subs):
                yield [None if term is None else term.value for term in row]
            return
        # the document as a VALUES block, not a substitution: Virtuoso drops every triple of this CONSTRUCT
        # when its OPTIONAL document date has a constant subject and no match
        only = f"VALUES ?document {{ {NamedNode(document)} }}" if document else ""
        yield from stance_rows_of(self.store.query(STANCE_FACTS.replace("WHERE {", f"WHERE {{ {only}", 1)))

    def node_record(self, node: str) -> dict[str, Any]:
        """`node_record(node, graph)` of a node in the graph, made once per update: read it under
        `reading()` and copy it before adding to it."""
        record = self._node_records.get(node)
        if record is None:
            record = self._node_records[node] = node_record(node, self.graph)
        return record

    def edge_json(self, records: list[dict[str, Any]]) -> list[orjson.Fragment]:
        """Edge records of this projection as JSON fragments for `orjson.dumps`, each serialised once.

        Safe without the lock: an entry is used only for the very record it was made from, so a
        record replaced by an update is serialised afresh.
        """
        cache = self._json
        fragments = []
        for record in records:
            entry = cache.get(id(record))
            if entry is None or entry[0] is not record:
                entry = cache[id(record)] = (record, orjson.Fragment(orjson.dumps(record)))
            fragments.append(entry[1])
        return fragments

    def _update_nodes(self, nodes: set[str] | None) -> None:
        """Labels and kinds of `nodes` (None: every node), from the union of all graphs."""
        if nodes is None:
            rows = list(self.store.query(NODE_FACTS))
        else:
            rows = [row for node in sorted(nodes) for row in self.store.query(
                NODE_FACTS, substitutions=bindings(node=node))]
        for row in rows:
            node = row["node"].value
            if node in self.graph:
                label = python_value(row["label"])
                self.graph.nodes[node]["kind"] = local_name(python_value(row["kind"]))
                self.graph.nodes[node]["label"] = label or node.rsplit("/", 1)[-1]
        for node in self.graph if nodes is None else nodes:
            if node in self.graph:
                data = self.graph.nodes[node]
                data.setdefault("label", node.rsplit("/", 1)[-1])
                data.setdefault("kind", None)


def stance_rows_of(triples: Iterable[Any]) -> Iterator[list[Any]]:
    """The rows of STANCE_EDGES from the triples of STANCE_FACTS, stance by stance in IRI order."""
    facts: dict[str, dict[str, Any]] = {}
    for triple in triples:
        facts.setdefault(triple.subject.value, {})[triple.predicate.value] = triple.object.value
    holder = str(SG.holder)
    for stance in sorted(s for s, f in facts.items() if holder in f):
        fields = facts[stance]
        kind, holder_iri, target, position, polarity, modality, attributed_to, date = (
            fields.get(name) for name in _STANCE_FIELDS)
        evidence = facts.get(fields.get(str(SG.evidence), ""), {})
        doc, text, start, end = (evidence.get(name) for name in _EVIDENCE_FIELDS)
        date = date or facts.get(doc or "", {}).get(_DOCUMENT_DATE)
        yield [stance, kind, holder_iri, target, position, polarity, modality, attributed_to, date, doc, text,
               start, end]


_PROJECTIONS: weakref.WeakKeyDictionary[GraphStore, Projection] = weakref.WeakKeyDictionary()
_REGISTRY_LOCK = threading.Lock()


def projection_of(store: GraphStore) -> Projection:
    """The one projection of `store`, created (and subscribed to its changes) on first use."""
    with _REGISTRY_LOCK:
        projection = _PROJECTIONS.get(store)
        if projection is None:
            projection = _PROJECTIONS[store] = Projection(store)
        return projection


def labelled_edge(data: dict[str, Any], graph: nx.MultiDiGraph) -> dict[str, Any]:
    """A copy of a stance edge's record with the labels of its two ends."""
    return {**data, "from_label": graph.nodes[data["from"]].get("label"),
            "to_label": graph.nodes[data["to"]].get("label")}


def node_record(node: str, graph: nx.MultiDiGraph) -> dict[str, Any]:
    data = graph.nodes[node]
    return {"id": node, "key": node.rsplit("/", 1)[-1], "label": data.get("label"), "kind": data.get("kind")}
