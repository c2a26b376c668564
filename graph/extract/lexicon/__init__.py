"""The stance lexicons: general English cue words and fixed phrases for each stance type of STANCES.md.

Every list is ordinary political-news English, not the wording of any one article. A cue only proposes
a stance: the dependency patterns in graph/extract/cues/ decide whether the sentence states one (a holder,
and a position or a target), and graph/extract/modality.py sets polarity and modality. Each family has
test sentences of its own in tests/graph/extract/cases/.

The lists are data, in the TOML files of this package, one file a job: cue_words (the cue of each stance
type), frames (what a cue's frame makes of it), speech (sources of what is said), intent (what "will"
announces), modals (modality and hedges), actor_nouns (holders without a name). A word list is a string
of whitespace-separated words, or an array of such strings (so comments can sit between its parts); the
extractor reads it here as a frozenset, `lexicon.NAME`. Four tables are typed maps, declared below. A
name no file defines is an AttributeError at the first access, and a name two files define stops the
import, so a misspelt list can never read as empty.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

Words = str | list[str]


def _words(value: Words) -> frozenset[str]:
    return frozenset(word for part in _parts(value) for word in part.split())


def _parts(value: Words) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _read() -> dict[str, Any]:
    """Every name of every TOML file of the package. Names are unique across the files; the INCLUDES
    tables say which lists also hold the words of others ("PROPOSED_THINGS = [PROPOSAL_NOUNS, ...]")."""
    names: dict[str, Any] = {}
    includes: dict[str, list[str]] = {}
    for source in sorted(resources.files(__package__).iterdir(), key=lambda f: f.name):
        if not source.name.endswith(".toml"):
            continue
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        includes.update(data.pop("INCLUDES", {}))
        for name, value in data.items():
            if name in names:
                raise ValueError(f"the lexicon list {name} is defined twice (again in {source.name})")
            names[name] = value
    for name, others in includes.items():
        names[name] = _parts(names[name]) + [part for other in others for part in _parts(names[other])]
    return names


def _typed(table: dict[str, Words]) -> dict[str, str]:
    """{stance type: words} read as {word: stance type}."""
    return {word: kind for kind, words in table.items() for word in _words(words)}


def _pairs(table: dict[str, str]) -> dict[tuple[str, str], str]:
    """{"lemma particle": stance type} read as {(lemma, particle): stance type}."""
    return {(key.split()[0], key.split()[1]): kind for key, kind in table.items()}


_LISTS = _read()
# verbs, nouns and adjectives that cue a stance type ("demanded", "his demands", "willing to")
VERBS: dict[str, str] = _typed(_LISTS.pop("VERBS"))
NOUNS: dict[str, str] = _typed(_LISTS.pop("NOUNS"))
ADJECTIVES: dict[str, str] = _typed(_LISTS.pop("ADJECTIVES"))
# verbs with a particle or a preposition ("call for"), verbs with an object noun ("reach agreement")
PHRASAL: dict[tuple[str, str], str] = _pairs(_LISTS.pop("PHRASAL"))
OBJECT_PHRASES: dict[tuple[str, str], str] = _pairs(_LISTS.pop("OBJECT_PHRASES"))
# nouns that take a stance only with one of their prepositions ("a call for calm")
COMPLEMENT_NOUNS: dict[str, frozenset[str]] = {noun: _words(w) for noun, w in _LISTS.pop("COMPLEMENT_NOUNS").items()}
WORD_LISTS: dict[str, frozenset[str]] = {name: _words(value) for name, value in _LISTS.items()}
globals().update(WORD_LISTS)
# every common noun that can name a holder without a name: bodies, people, observers ("the federation",
# "critics", "investigators")
HOLDER_NOUNS: frozenset[str] = WORD_LISTS["ACTOR_NOUNS"] | WORD_LISTS["PEOPLE_NOUNS"] | WORD_LISTS["OBSERVER_NOUNS"]


def __getattr__(name: str) -> frozenset[str]:
    """Only for names no file defines (the others are module attributes): a clear error, never an empty set."""
    raise AttributeError(f"no lexicon word list is named {name!r} (graph/extract/lexicon/*.toml)")
