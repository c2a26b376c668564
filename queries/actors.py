"""Actor look-up: search over labels and aliases (tolerant of case, accents and small typos), id
resolution with closest-match suggestions, and the actor's card.

Example:
    >>> from graph.store import open_store
    >>> from graph.ingest import ensure_reference_data
    >>> store = open_store(None); ensure_reference_data(store)
    >>> [hit["key"] for hit in search_actors(store, "zelenskyy")][:1]
    ['volodymyr-zelensky']
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from graph import iris
from graph.errors import UnknownActor
from graph.projection import local_name
from graph.store import GraphStore, python_value
from graph.store.terms import bindings
from ontology.namespace import ACTOR_KINDS, SG, STANCE_TYPES
from queries.cache import per_version

_KINDS = ", ".join(f"<{SG[k]}>" for k in ACTOR_KINDS)
_TYPES = ", ".join(f"<{SG[t]}>" for t in STANCE_TYPES)

# every document graph repeats its actors' facts: de-duplicate each side before joining them
ACTOR_NAMES = f"""
SELECT ?actor ?kind ?name ?preferred WHERE {{
  {{ SELECT DISTINCT ?actor ?kind WHERE {{ ?actor a ?kind . FILTER(?kind IN ({_KINDS})) }} }}
  {{ SELECT DISTINCT ?actor ?name ?preferred WHERE {{
      {{ ?actor skos:prefLabel ?name BIND(true AS ?preferred) }}
      UNION {{ ?actor skos:altLabel|sg:metonym ?name BIND(false AS ?preferred) }} }} }}
}}"""

ACTOR_FACTS = """
SELECT DISTINCT ?actor ?p ?o ?officeLabel WHERE {
  ?actor ?p ?o .
  FILTER(?p IN (owl:sameAs, sg:represents, sg:affiliatedWith, sg:holdsOffice, sg:country))
  OPTIONAL { ?o skos:prefLabel ?officeLabel }
}"""

STANCE_COUNTS = f"""
SELECT ?actor ?role ?type (COUNT(DISTINCT ?stance) AS ?n) WHERE {{
  {{ ?stance sg:holder ?actor BIND("holder" AS ?role) }}
  UNION {{ ?stance sg:target ?actor BIND("target" AS ?role) }}
  UNION {{ ?stance prov:wasAttributedTo ?actor BIND("source" AS ?role) }}
  ?stance a ?type . FILTER(?type IN ({_TYPES}))
}} GROUP BY ?actor ?role ?type"""

ACTOR_DOCUMENTS = """
SELECT DISTINCT ?actor ?document ?title ?date WHERE {
  GRAPH ?document {
    { ?document sg:mentions ?actor }
    UNION { ?stance sg:holder|sg:target|prov:wasAttributedTo ?actor }
  }
  ?document a sg:Document .
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document dcterms:date ?date }
} ORDER BY ?date ?document"""


def normalise(text: str) -> str:
    """Lower case without accents: 'Zelenskýy' -> 'zelenskyy' (other scripts are kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@dataclass
class ActorEntry:
    iri: str
    kind: str | None = None
    label: str | None = None
    aliases: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # normalised label and aliases

    @property
    def key(self) -> str:
        return iris.key_of(self.iri)

    def summary(self) -> dict[str, Any]:
        label = self.label or self.key
        return {"id": self.iri, "key": self.key, "label": label, "kind": self.kind,
                "aliases": sorted(self.aliases - {label})}


def _build_index(store: GraphStore) -> dict[str, ActorEntry]:
    index: dict[str, ActorEntry] = {}
    for row in store.query(ACTOR_NAMES):
        iri, name = row["actor"].value, row["name"].value
        entry = index.setdefault(iri, ActorEntry(iri))
        entry.kind = entry.kind or local_name(row["kind"].value)
        if python_value(row["preferred"]) and (entry.label is None or name < entry.label):
            entry.label = name
        entry.aliases.add(name)
        entry.names.add(normalise(name))
    return index


def actor_index(store: GraphStore) -> dict[str, ActorEntry]:
    """Every actor of the store by IRI (rebuilt when the store changes)."""
    return per_version(store, "actor-index", _build_index)


def _score(query: str, names: set[str]) -> float:
    best = 0.0
    for name in names:
        if name == query:
            return 100.0
        tokens = name.split()
        if name.startswith(query) or (len(query) >= 3 and any(t.startswith(query) for t in tokens)):
            best = max(best, 95.0)
            continue
        best = max(best, fuzz.ratio(query, name),
                   0.95 * max((fuzz.ratio(query, t) for t in tokens), default=0.0),
                   0.9 * fuzz.token_set_ratio(query, name))
    return best


def search_actors(store: GraphStore, query: str = "", *, kind: str | None = None,
                  min_score: float = 70.0) -> list[dict[str, Any]]:
    """Actors whose label or an alias matches `query`, best first (all actors by label when empty).

    Each hit is the actor's summary plus its `score` (0-100).
    """
    wanted = normalise(query)
    hits: list[tuple[float, str, ActorEntry]] = []
    for entry in actor_index(store).values():
        if kind and entry.kind != kind:
            continue
        score = _score(wanted, entry.names) if wanted else 100.0
        if score >= min_score:
            hits.append((score, (entry.label or entry.key).casefold(), entry))
    hits.sort(key=lambda h: (-h[0], h[1]))
    return [{**entry.summary(), "score": round(score, 1)} for score, _, entry in hits]


def resolve_actor(store: GraphStore, ident: str) -> str:
    """The IRI of the actor named by `ident`: its key (`vladimir-putin`), its IRI, or a label or
    alias that names no other actor (`Putin`).

    Raises:
        UnknownActor: no such actor; `suggestions` holds the closest labels.
    """
    index = actor_index(store)
    iri = ident if "://" in ident else str(iris.actor_iri(ident))
    if iri in index:
        return iri
    exact = [e.iri for e in index.values() if normalise(ident) in e.names]
    if len(exact) == 1:  # a label or alias that names one actor only ("Putin", "Kyiv")
        return exact[0]
    closest = search_actors(store, iris.key_of(ident).replace("-", " "), min_score=60.0)[:5]
    hint = f"; did you mean {', '.join(h['key'] for h in closest)}?" if closest else ""
    raise UnknownActor(f"unknown actor {ident!r}{hint}", [h["label"] for h in closest])


def actor_card(store: GraphStore, ident: str) -> dict[str, Any]:
    """Who the actor is and what the graph holds about it: aliases, links, stance counts, documents."""
    iri = resolve_actor(store, ident)
    card = actor_index(store)[iri].summary()
    subs = bindings(actor=iri)
    links: dict[str, set[str]] = {"same_as": set(), "represents": set(), "affiliated_with": set(),
                                  "country": set()}
    roles: dict[str, str] = {}
    names = {str(SG.represents): "represents", str(SG.affiliatedWith): "affiliated_with",
             str(SG.country): "country"}
    for row in store.query(ACTOR_FACTS, substitutions=subs):
        prop, value = row["p"].value, row["o"].value
        if prop == str(SG.holdsOffice):
            roles[value] = python_value(row["officeLabel"]) or iris.key_of(value)
        else:
            links[names.get(prop, "same_as")].add(value)
    by_role: dict[str, dict[str, int]] = {"holder": {}, "target": {}, "source": {}}
    for row in store.query(STANCE_COUNTS, substitutions=subs):
        by_role[row["role"].value][local_name(row["type"].value) or ""] = int(row["n"].value)
    documents = [{"id": row["document"].value, "title": python_value(row["title"]),
                  "date": python_value(row["date"])}
                 for row in store.query(ACTOR_DOCUMENTS, substitutions=subs)]
    dates = sorted(d["date"] for d in documents if d["date"])
    card.update({
        "same_as": sorted(links["same_as"]), "represents": min(links["represents"], default=None),
        "country": min(links["country"], default=None),
        "affiliated_with": sorted(links["affiliated_with"]),
        "roles": [{"id": k, "label": v} for k, v in sorted(roles.items(), key=lambda kv: kv[1])],
        "stances": {"as_holder": by_role["holder"], "as_target": by_role["target"],
                    "as_source": by_role["source"],
                    "total_as_holder": sum(by_role["holder"].values()),
                    "total_as_target": sum(by_role["target"].values())},
        "documents": documents,
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
    })
    return card
