"""Reference actors, read from ontology/actors.ttl: the extractor's gazetteer.

Each `ReferenceActor` carries every surface form that names it (label, aliases, metonyms; demonyms are
kept apart because "Russian" as an adjective is not an actor), its kind and its links. `ReferenceIndex`
answers the lookups actor resolution makes per mention (a name, a surname, a demonym, the leader of a
state) in constant time, so a large gazetteer costs nothing per token.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.errors import InputError
from graph.extract.wordforms import same_word
from graph.iris import key_of
from graph.store import ACTORS_GRAPH, open_store
from graph.store.terms import RdfFormat
from ontology import ACTORS_FILE


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
    FILTER(?p IN (skos:altLabel, sg:metonym, sg:demonym, sg:represents, owl:sameAs, sg:country,
                  sg:holdsOffice))
    OPTIONAL { ?v skos:prefLabel ?officeLabel . FILTER(?p = sg:holdsOffice) }
    BIND(COALESCE(?officeLabel, ?v) AS ?value)
  }
}
"""


def reference_file() -> Path:
    """The reference actors file: the `reference_actors` setting, else ontology/actors.ttl."""
    from graph.settings import get_settings

    return get_settings().reference_actors or ACTORS_FILE


@lru_cache(maxsize=4)
def load_reference_actors(path: Path = ACTORS_FILE) -> dict[str, ReferenceActor]:
    """All reference actors by key.

    Raises:
        InputError: the file is missing or is not Turtle.
    """
    store = open_store(None)
    try:
        store.load_graph(ACTORS_GRAPH, path.read_bytes(), fmt=RdfFormat.TURTLE)
    except (OSError, SyntaxError) as exc:
        raise InputError(f"reference actors file {path}: {exc}") from exc
    actors: dict[str, ReferenceActor] = {}
    for row in store.select(_QUERY):
        key = key_of(row["actor"])
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = ReferenceActor(key=key, label=str(row["label"]), kind=row["kind"].rsplit("#", 1)[-1])
        prop, value = row["p"], row["value"]
        if prop is None or value is None:
            continue
        _add_property(actor, prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1], str(value))
    return actors


def _add_property(actor: ReferenceActor, name: str, text: str) -> None:
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


def surname_of(name: str) -> str:
    """The last whitespace-separated word of a name: "Andrea Kendall-Taylor" -> "Kendall-Taylor"."""
    return name.split()[-1] if name.split() else name


class ReferenceIndex:
    """Lookup tables over the reference actors (all keys lowercase surface text)."""

    def __init__(self, actors: dict[str, ReferenceActor]) -> None:
        self.actors = actors
        self.names: dict[str, str] = {}  # label or alias -> key
        self.metonyms: dict[str, str] = {}  # "moscow" -> russia
        self.demonyms: dict[str, str] = {}  # "russian", "russians" -> russia
        self.surnames: dict[str, set[str]] = defaultdict(set)  # "putin" -> {vladimir-putin}
        self.leaders: dict[str, list[str]] = defaultdict(list)  # state key -> person keys holding an office
        self.pairs: dict[tuple[str, str], str] = {}  # (first name, surname) -> person key
        self.states_by_label: dict[str, str] = {}
        self._stems: dict[str, str | None] = {}
        for actor in actors.values():
            for name in {actor.label} | actor.aliases:
                self.names.setdefault(name.lower(), actor.key)
            for name in actor.metonyms:
                self.metonyms.setdefault(name.lower(), actor.key)
            for name in actor.demonyms:
                self.demonyms.setdefault(name.lower(), actor.key)
            if actor.kind == "Person":
                for name in {actor.label} | actor.aliases:
                    words = name.lower().split()
                    if len(words) > 1:
                        self.surnames[words[-1]].add(actor.key)
                        self.pairs.setdefault((words[0], words[-1]), actor.key)
                if actor.country and actor.offices:
                    self.leaders[actor.country].append(actor.key)
            if actor.kind == "State":
                self.states_by_label[actor.label.lower()] = actor.key

    def person_named(self, name: str) -> str | None:
        """The reference person a full name or a unique surname names."""
        key = self.names.get(name.lower())
        if key is not None and self.actors[key].kind == "Person":
            return key
        keys = self.surnames.get(surname_of(name).lower(), set()) if len(name.split()) == 1 else set()
        return next(iter(keys)) if len(keys) == 1 else None

    def state_of_demonym(self, word: str) -> str | None:
        """The state a demonym names ("Hungarian", "Israelis"), from the data or by a shared stem."""
        word = word.lower()
        if word in self.demonyms:
            return self.demonyms[word]
        if word not in self._stems:  # cached: demonyms recur, and the scan covers every state
            stem = word.removesuffix("s")
            shaped = len(stem) >= 4 and stem.endswith(DEMONYM_ENDINGS)  # "the Greens" are no Greeks
            self._stems[word] = next(
                (key for label, key in self.states_by_label.items() if " " not in label and same_word(stem, label)),
                None,
            ) if shaped else None
        return self._stems[word]

    def office_holder(self, state: str, office_word: str | None) -> str | None:
        """The reference person holding an office of `state` named by `office_word` ("president",
        "foreign"); with None, the state's leader (see `leader_rank`)."""
        holders = self.leaders.get(state, [])
        return pick_office_holder(holders, lambda key: self.actors[key].offices, office_word, state=state)

    def prominent(self, key: str) -> bool:
        """Whether a reference person leads a G20 state (a bare surname may name them in any text)."""
        actor = self.actors.get(key)
        return actor is not None and actor.country in G20 and any(
            holds(actor.offices, title) for title in LEADER_TITLES if not _not_leader(actor.offices, title))


# how English demonyms end ("Hungarian", "Congolese", "Kurdish", "Yemeni", "Nordic", "Dutch", "Icelander"):
# a stem shared with a state's name makes a demonym only with one of them ("the Greens" are no Greeks)
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "er", "ot", "ite")

# Offices a bare "leader" most often means, best first (executive before ceremonial, where both exist).
LEADER_TITLES = ("supreme leader", "chancellor of", "president of", "prime minister", "premier", "king",
                 "queen", "emir", "sultan", "crown prince")
# Parliamentary republics: the president is ceremonial, "the Israeli leader" is the prime minister.
CEREMONIAL_PRESIDENTS = {
    "israel", "india", "italy", "germany", "austria", "greece", "ireland", "portugal", "hungary",
    "czech-republic", "slovakia", "slovenia", "croatia", "serbia", "albania", "north-macedonia", "montenegro",
    "bulgaria", "estonia", "latvia", "malta", "iceland", "finland", "armenia", "georgia", "moldova",
    "pakistan", "bangladesh", "nepal", "iraq", "singapore", "ethiopia", "mongolia", "trinidad-and-tobago",
}
# Members of the G20 (states; the EU and the AU lead no one by surname).
G20 = {"argentina", "australia", "brazil", "canada", "china", "france", "germany", "india", "indonesia",
       "italy", "japan", "mexico", "russia", "saudi-arabia", "south-africa", "south-korea", "turkey",
       "united-kingdom", "united-states"}


def holds(offices: set[str], word: str) -> bool:
    """Whether an office's title starts with `word`: "president" holds "President of Russia", not "Aide to
    the President of Russia"; "prime" holds "Crown Prince and Prime Minister of Saudi Arabia"."""
    return any(o.lower().startswith(word) or f" and {word}" in o.lower() for o in offices)


def pick_office_holder(keys: list[str], offices_of: Callable[[str], set[str]],
                       word: str | None, *, state: str | None = None) -> str | None:
    """The first of `keys` holding the office `word` names, or with None the best-ranked leader of `state`
    (its prime minister before a ceremonial president; never a "Chancellor of the Exchequer")."""
    titles: tuple[str, ...] = (word,) if word else LEADER_TITLES
    if word is None and state in CEREMONIAL_PRESIDENTS:
        titles = tuple(t for t in LEADER_TITLES if t != "president of") + ("president of",)
    for title in titles:
        for key in keys:
            offices = offices_of(key)
            if holds(offices, title) and (word or not _not_leader(offices, title)):
                return key
    return None


def _not_leader(offices: set[str], title: str) -> bool:
    """ "Chancellor of the Exchequer" starts like "Chancellor of Germany" but leads no government."""
    return all("exchequer" in o.lower() for o in offices if o.lower().startswith(title))


def reference_index(path: Path | None = None) -> ReferenceIndex:
    """The (cached) index of the reference actors in `path` (default: `reference_file()`)."""
    return _index(path or reference_file())


@lru_cache(maxsize=4)
def _index(path: Path) -> ReferenceIndex:
    return ReferenceIndex(load_reference_actors(path))
