"""Reference actors, read from ontology/actors.ttl: the extractor's gazetteer.

Each `ReferenceActor` carries every surface form that names it (label, aliases, metonyms; demonyms are
kept apart because "Russian" as an adjective is not an actor), its kind and its links.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from graph.iris import key_of
from ontology import ACTORS_FILE
from ontology.namespace import PREFIXES


@dataclass
class ReferenceActor:
    key: str
    label: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    metonyms: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    represents: str | None = None
    offices: set[str] = field(default_factory=set)
    same_as: set[str] = field(default_factory=set)
    country: str | None = None


_QUERY = """
SELECT ?actor ?kind ?label ?p ?value WHERE {
  ?actor a ?kind ; skos:prefLabel ?label .
  FILTER(?kind IN (sg:Person, sg:State, sg:Government, sg:Organization, sg:Group))
  OPTIONAL {
    ?actor ?p ?v .
    FILTER(?p IN (skos:altLabel, sg:metonym, sg:demonym, sg:represents, owl:sameAs, sg:country, sg:holdsOffice))
    OPTIONAL { ?v skos:prefLabel ?officeLabel . FILTER(?p = sg:holdsOffice) }
    BIND(COALESCE(?officeLabel, ?v) AS ?value)
  }
}
"""


@lru_cache(maxsize=4)
def load_reference_actors(path: Path = ACTORS_FILE) -> dict[str, ReferenceActor]:
    """All reference actors by key."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    actors: dict[str, ReferenceActor] = {}
    for row in store.query(_QUERY, prefixes=PREFIXES):
        key = key_of(row["actor"].value)
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = ReferenceActor(
                key=key, label=row["label"].value, kind=row["kind"].value.rsplit("#", 1)[-1]
            )
        prop, value = row["p"], row["value"]
        if prop is None or value is None:
            continue
        name = prop.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        text = value.value
        if name == "altLabel":
            actor.aliases.add(text)
        elif name == "metonym":
            actor.metonyms.add(text)
        elif name == "demonym":
            actor.demonyms.add(text)
        elif name == "represents":
            actor.represents = key_of(text)
        elif name == "sameAs":
            actor.same_as.add(text)
        elif name == "country":
            actor.country = key_of(text)
        elif name == "holdsOffice":
            actor.offices.add(text)
    return actors
