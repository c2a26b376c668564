"""Person names of one document merged into people: "Vladimir V. Putin" = "Putin" = "Mr. Putin".

A full name (two words or more) is learnt first, from the body of the article, so a bare surname met
anywhere (even before the full name, in a headline) goes to the one person of the document who bears it;
then to the one reference person who bears it, if the document supports it (`surname_supported`: the
person's office is named, or the person leads a G20 state), so a local "Johnson" stays local; else it is
a person of its own. When two people of the document share a surname, a bare surname goes to the one
named last before it. First name plus surname also merges ("John Q. Smith" = "John Smith"). A lone name
that is no one's surname but the first word of one person's name is that person: Chinese, Korean and
Vietnamese names put the family name first ("Lin Jian ... Lin said").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from graph.extract.reference import ReferenceIndex, surname_of
from graph.iris import slugify


def first_last(name: str) -> tuple[str, str] | None:
    words = name.lower().split()
    return (words[0], words[-1]) if len(words) > 1 else None


class People:
    """Name -> actor key for the people of one document."""

    def __init__(self, index: ReferenceIndex, *, supported: Callable[[str], bool] = lambda key: True) -> None:
        self.index = index
        self.supported = supported  # may a bare surname name this reference person here?
        self.full: dict[str, str] = {}
        self.surnames: dict[str, set[str]] = {}
        self.pairs: dict[tuple[str, str], str] = {}
        self.seen: dict[str, list[tuple[int, str]]] = {}  # surname -> (token index, key) of full names
        self.firsts: dict[str, set[str]] = {}  # first word -> keys: "Lin" of "Lin Jian" (family name first)

    def learn(self, name: str, *, at: int = -1) -> str:
        """The key of the person a full name names (reference, earlier in the text, or new)."""
        lower = name.lower()
        key = self.full.get(lower) or self._reference_full(name)
        pair = first_last(name)
        if key is None and pair is not None:
            key = self.pairs.get(pair) or self.index.pairs.get(pair)
        key = key or slugify(name)
        self.full[lower] = key
        if pair is not None:
            self.pairs.setdefault(pair, key)
        self.surnames.setdefault(surname_of(name).lower(), set()).add(key)
        if pair is not None:
            self.firsts.setdefault(pair[0], set()).add(key)
        if at >= 0:
            self.seen.setdefault(surname_of(name).lower(), []).append((at, key))
        return key

    def known(self, name: str, *, at: int = -1) -> str | None:
        """The key of a person already met in the text or in the reference actors, else None."""
        if len(name.split()) > 1:
            pair = first_last(name)
            return (self.full.get(name.lower()) or self._reference_full(name)
                    or (self.pairs.get(pair) if pair else None))
        keys = self.surnames.get(name.lower(), set())
        if len(keys) == 1:
            return next(iter(keys))
        if keys:  # two people share the surname ("Bill Clinton", "Hillary Clinton"): the latest named
            before = [key for where, key in self.seen.get(name.lower(), []) if where < at]
            return before[-1] if before else None
        key = self.index.person_named(name)
        if key is not None and self.supported(key):
            return key
        firsts = self.firsts.get(name.lower(), set())  # "Lin" after "Lin Jian", "Ivanka" after "Ivanka Trump"
        return next(iter(firsts)) if len(firsts) == 1 else None

    def resolve(self, name: str, *, at: int = -1) -> str:
        """The key of the person `name` names at token `at`, learning it if it is new."""
        if len(name.split()) > 1:
            return self.learn(name)
        key = self.known(name, at=at) or slugify(name)
        self.surnames.setdefault(name.lower(), set()).add(key)
        return key

    def _reference_full(self, name: str) -> str | None:
        key = self.index.names.get(name.lower())
        return key if key is not None and self.index.actors[key].kind == "Person" else None


def surname_supported(index: ReferenceIndex, key: str, text: str) -> bool:
    """May a bare surname in `text` (lower case) name the reference person `key`? Yes for a leader
    of a G20 state, when the text names the person's office ("Speaker Johnson", "the chancellor"), or, for
    an official of a state where English is not the first language, when it names that state ("Lavrov"
    in a text about Russia); any other "Johnson" is a person of this document."""
    if index.prominent(key):
        return True
    actor = index.actors[key]
    titles = {office.lower().split(" of ")[0] for office in actor.offices}
    if any(title in text and re.search(rf"\b{re.escape(title)}\b", text) for title in titles if title):
        return True
    return _country_named(index, actor.country, text)


# states where English is the first language, whose officials' surnames are common English names too
# ("Johnson", "Reeves"): a bare one names them only with their office
_ENGLISH_SPEAKING = frozenset("united-states united-kingdom canada australia new-zealand ireland".split())


def _country_named(index: ReferenceIndex, country: str | None, text: str) -> bool:
    """Whether the text names the state of a reference official from a state where English is not the
    first language ("Lavrov ... Russia would retaliate", "Moscow", "Russian"): a bare surname of theirs is
    rare enough in English then to be theirs."""
    state = index.actors.get(country) if country else None
    if state is None or state.key in _ENGLISH_SPEAKING:
        return False
    names = {state.label, *state.aliases, *state.metonyms, *state.demonyms}
    return any(n.lower() in text and re.search(rf"\b{re.escape(n.lower())}\b", text) for n in names if n)
