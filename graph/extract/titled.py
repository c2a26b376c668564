"""Definite titles that point back to the one person the text gave that title.

News names a person once with a title and then uses the title alone: "Prime Minister Keir Starmer ...
The prime minister rejected ...", "Foreign Minister Sergei Lavrov ... the minister", "Transport Secretary
Helen Marsh ... the secretary", "Maria Costello, the union's general secretary, ... the general
secretary". The title a person was given is read from the words written with a mention of the person
(a title before the name, a noun in apposition) and from the offices the reference actors know; "the
[modifiers] TITLE" then resolves to the one person named before it whose title has the noun and every
modifier ("the prime minister" needs "prime" and "minister", "the minister" any minister). Two people of
that title before it (two ministers) leave the phrase alone.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.scan import where
from graph.records import Actor

# Head nouns of a personal title that a definite phrase may use alone
TITLE_HEADS = {"president", "minister", "premier", "chancellor", "secretary", "governor", "mayor",
               "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "chairman", "chairwoman",
               "commissioner", "negotiator", "prosecutor", "commander", "senator", "speaker"}
# Words of a title written with a name that are not part of the title ("former", "then")
NOT_TITLE = {"the", "a", "an", "former", "then", "new", "outgoing", "incoming", "'s"}


class TitleHost(Protocol):
    """What title resolution needs from the actor resolver."""

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def mapped(self) -> list[int]: ...
    def kind_of(self, key: str) -> str: ...
    def offices_of(self, key: str) -> set[str]: ...
    def in_furniture(self, char: int) -> bool: ...
    def in_headline(self, char: int) -> bool: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...


def resolve_titled_people(doc: Doc, host: TitleHost) -> None:
    """Map "the prime minister", "the minister", "the secretary" ... to the one person named before with
    that title (see the module docstring)."""
    candidates = [i for i in sorted(where(doc, "LEMMA", TITLE_HEADS)) if not host.keys_at(i)]
    if not candidates:
        return
    given = _titles_given(doc, host)
    for i in candidates:
        token = doc[i]
        words = _definite_title(token)
        if words is None or host.in_furniture(token.idx) or host.in_headline(token.idx):
            continue
        keys = {key for key, (first, title) in given.items() if first < i and words <= title}
        if len(keys) == 1:
            host.assign([t for t in token.subtree if t.i <= i], (keys.pop(),), mention=True)


def _definite_title(token: Token) -> set[str] | None:
    """The words of "the prime minister" ({"prime", "minister"}), or None when the phrase is not a bare
    definite title: "a minister", "Russia's minister", "the minister of Peru", "ministers"."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(c.i > lefts[0].i and (c.dep_ not in ("amod", "compound")
                                                                          or c.ent_type_) for c in lefts):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    return {c.lower_ for c in lefts[1:]} | {token.lemma_.lower()}


def _titles_given(doc: Doc, host: TitleHost) -> dict[str, tuple[int, set[str]]]:
    """Each person's first mention and the words of every title given it: a title before the name
    ("Transport Secretary Helen Marsh"), a noun in apposition ("X, the union's general secretary"), its
    known offices ("Prime Minister of the United Kingdom")."""
    given: dict[str, tuple[int, set[str]]] = {}
    for i in sorted(host.mapped()):
        keys = [k for k in host.keys_at(i) if host.kind_of(k) == "Person"]
        if len(keys) != 1:
            continue
        key = keys[0]
        if key not in given:  # the first mention, with the words of the offices the person is known to hold
            given[key] = (i, {w for o in host.offices_of(key) for w in o.lower().split(" of ")[0].split()})
        given[key][1].update({t.lower_ for t in _title_tokens(doc[i], key, host)} - NOT_TITLE)
    return given


def _title_tokens(token: Token, key: str, host: TitleHost) -> list[Token]:
    """Words written as the title of the person `token` names: compounds before the name that are not
    part of it, and the words of a common noun in apposition."""
    found = [t for c in token.children if c.dep_ == "compound" and c.i < token.i and key not in host.keys_at(c.i)
             for t in c.subtree if not t.ent_type_]
    nouns = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    for noun in nouns:
        if noun.pos_ == "NOUN":
            found += [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound") and not c.ent_type_]
    return found


def titled_without_state(actors: Iterable[Actor], state: str, office_word: str | None, state_label: str) -> str | None:
    """ "President William Ruto ... Kenya's president": the one person the text titled with no state
    ("President", "Prime Minister"), when a later phrase names the office of `state` (`office_word`, or
    None for its leader: "the Kenyan leader"). That person is then taken to hold it, and gets the state.
    Two such people, or none, give None."""
    words = (office_word,) if office_word else _LEADING
    titled = [a for a in actors if a.kind == "Person" and a.country is None
              and any(o.lower().startswith(w) for o in a.offices if " of " not in o for w in words)]
    if len(titled) != 1:
        return None
    person = titled[0]
    person.country = state
    person.offices = {f"{o} of {state_label}" if " of " not in o else o for o in person.offices}
    return person.key


# what "the X leader" means when the text titled its leader without naming the state
_LEADING = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir")
