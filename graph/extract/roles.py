"""Actors named by common nouns: role nouns, state bodies, demonyms and groups.

General English patterns, each with its own test in tests/graph/extract/test_actors_roles.py:

- a state body modified by a state: "Israeli police", "the Iraqi government", "the Russian side",
  "U.S. officials", "Senior Hungarian and Romanian officials" -> the state(s);
- a leader noun modified by a state: "the Ukrainian leader", "Russia's president", "the president of
  France" -> the office holder named in the document, else the one in the reference actors;
- an administration noun modified by a leader: "the Trump administration", "Trump administration
  officials" -> the leader's state;
- a plural demonym used as a noun: "the Russians", "Ukrainians" -> the state;
- a plural group noun: "analysts", "Ukraine's backers", "Fijian rebels" -> a Group actor named by the
  phrase (a state modifier does not make rebels or investors the state).

`resolve_roles` walks the noun tokens once, left to right, so a modifier is resolved before its head
("Trump administration" before "officials").
"""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.reference import ReferenceIndex

STATE_BODIES = {
    "official", "government", "administration", "authority", "force", "troop", "military", "army", "navy",
    "police", "side", "delegation", "diplomat", "negotiator", "leadership", "regime", "team", "envoy",
    "ministry", "officer", "soldier", "intelligence", "parliament", "lawmaker", "legislator", "cabinet",
    "junta", "embassy", "spokesman", "spokeswoman", "spokesperson", "representative", "camp", "state",
}
# Leader nouns and the word their office's label contains (None: any office the person holds).
LEADERS = {"leader": None, "president": "president", "premier": "prime", "chancellor": "chancellor",
           "king": "king", "queen": "queen", "emir": "emir", "monarch": None, "ruler": None}
MINISTERS = {"minister", "secretary"}  # with a compound that names the office: "prime minister"
ADMINISTRATIONS = {"administration", "government", "cabinet", "team", "camp"}
GROUPS = {
    "analyst", "expert", "critic", "observer", "backer", "ally", "supporter", "opponent", "protester",
    "demonstrator", "rebel", "militant", "insurgent", "activist", "investor", "economist", "scholar",
    "commentator", "official", "diplomat", "lawmaker", "legislator", "leader", "separatist", "fighter",
    "hardliner", "negotiator", "mediator", "donor", "partner", "adversary", "rival", "neighbour", "neighbor",
}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}


class RoleHost(Protocol):
    """What role resolution needs from the actor resolver."""

    index: ReferenceIndex

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def kind_of(self, key: str) -> str: ...
    def country_of(self, key: str) -> str | None: ...
    def office_holder(self, state: str, office_word: str | None) -> str | None: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...
    def group(self, label: str) -> str: ...
    def in_furniture(self, char: int) -> bool: ...


def resolve_roles(doc: Doc, host: RoleHost) -> None:
    """Map role, state-body, demonym and group nouns of `doc` to actors (see the module docstring)."""
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or host.in_furniture(token.idx):
            continue
        lemma = token.lemma_.lower()
        if token.ent_type_ == "NORP" or (token.tag_ == "NNPS" and token.text[:1].isupper()):
            _demonym_noun(token, host)
            continue
        if lemma not in STATE_BODIES and lemma not in LEADERS and lemma not in MINISTERS and lemma not in GROUPS:
            continue
        states = _modifier_states(token, host)
        if lemma in LEADERS or lemma in MINISTERS:
            if _leader(token, lemma, states, host):
                continue
        if states and lemma in STATE_BODIES:
            host.assign(_phrase(token), tuple(states), mention=True)
        elif token.tag_ in ("NNS", "NNPS") and lemma in GROUPS:
            free = [t for t in _phrase(token) if not host.keys_at(t.i)]  # "Washington" stays the state
            host.assign(free, (host.group(_label(token)),), mention=False)


def _demonym_noun(token: Token, host: RoleHost) -> None:
    """ "the Russians", "Ukrainians" used as a noun (not as an adjective) -> the state."""
    if token.dep_ in ("amod", "compound") or not token.text.endswith("s"):
        return
    state = host.index.state_of_demonym(token.text)
    if state is not None:
        host.assign(_phrase(token), (state,), mention=True)


def _modifier_states(token: Token, host: RoleHost) -> list[str]:
    """States the modifiers of `token` name: demonyms, state names, a leader's state ("Trump administration")."""
    states: list[str] = []
    lemma = token.lemma_.lower()
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and not _coordinated_noun(c)]
    modifiers += [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                  for c in p.children if c.dep_ == "pobj"]
    for modifier in modifiers:
        for word in (modifier, *modifier.conjuncts):
            keys = host.keys_at(word.i)
            if not keys and word.pos_ in ("ADJ", "PROPN", "NOUN") and word.text[:1].isupper():
                state = host.index.state_of_demonym(word.text) if word.ent_type_ == "NORP" else \
                    host.index.demonyms.get(word.lower_)
                keys = (state,) if state else ()
            for key in keys:
                kind = host.kind_of(key)
                if kind == "State" or (kind == "Government" and lemma in STATE_BODIES):
                    states.append(key)
                elif kind == "Person" and lemma in ADMINISTRATIONS | STATE_BODIES and host.country_of(key):
                    states.append(host.country_of(key))  # type: ignore[arg-type]
    return list(dict.fromkeys(states))


def _leader(token: Token, lemma: str, states: list[str], host: RoleHost) -> bool:
    """ "the Ukrainian leader", "France's president", "the Russian foreign minister" -> the office holder."""
    if len(states) != 1 or token.tag_ in ("NNS", "NNPS"):
        return False
    office_word = LEADERS.get(lemma)
    if lemma in MINISTERS:
        words = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and not c.ent_type_]
        if not words:
            return False
        office_word = words[0]
    holder = host.office_holder(states[0], office_word)
    if holder is None:
        return False
    host.assign(_phrase(token), (holder,), mention=True)
    return True


def _phrase(token: Token) -> list[Token]:
    """The noun and its left modifiers (determiner, adjectives, compounds, possessor and its "'s")."""
    tokens = [token]
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS | {"det", "predet", "nummod", "quantmod"} and not _coordinated_noun(child):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _coordinated_noun(child: Token) -> bool:
    """ "the Ukrainian leader and Trump administration officials": the parser may hang the first noun
    phrase on the second as a modifier; a noun modifier with its own "and" is a conjunct, not a modifier."""
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and any(c.dep_ == "cc" for c in child.children)


def _label(token: Token) -> str:
    """A group's name: the phrase without determiners ("the analysts" -> "analysts")."""
    words = [t for t in _phrase(token) if t.dep_ not in ("det", "predet", "nummod", "quantmod")]
    start, end = words[0], words[-1]
    text = token.doc.text[start.idx: end.idx + len(end.text)]
    return " ".join(text.split())
