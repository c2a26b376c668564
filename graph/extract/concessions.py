"""Concession typing of Agree, Concede and Offer stances, from cues in the text (STANCES.md).

- FramedConcession: the sentence presents the act as a concession ("was spun as a concession",
  "portrayed as a compromise"); framed_by is whoever frames it (the agent of "released by X", the
  possessor of "X's summary", or the subject of an active framing verb); conceded_to from "to X".
- ConditionalConcession: the stance carries a condition ("as long as", "unless", "if", "provided that",
  "in exchange for").
- PartialConcession: the position is limited in time or scope ("a limited 30-day halt", "partial",
  "temporary").
- SymbolicConcession: the position is a gesture of little cost (sports, culture, a symbolic gesture).
A concession that restates another actor's demand answers it (`link_answers`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span, Token

from graph.extract.contradictions import Nearby, overlap
from graph.extract.cues import conditional
from graph.extract.lexicon import STATEMENT_NOUNS
from graph.records import Stance

CONCESSION_STANCES = frozenset({"Agree", "Concede", "Offer"})
FRAMING_VERBS = frozenset(
    "spin present portray frame tout bill cast sell depict describe characterize "
    "characterise paint hail advertise".split()
)
CONCESSION_NOUNS = frozenset("concession compromise gesture giveaway".split())
# limited in time or scope; a pause or a lull is temporary by its meaning ("a humanitarian pause")
PARTIAL_WORDS = frozenset("limited partial temporary initial interim brief short-term pause lull".split())
DURATION_NOUNS = frozenset("day week month hour".split())
SYMBOLIC_WORDS = frozenset(
    "hockey football soccer tournament match concert exhibition festival symbolic goodwill ceremonial".split()
)
_EXCHANGE = ("in exchange for", "in return for", "on condition that", "on the condition that")


def framing(sent: Span) -> dict[str, Any] | None:
    """The sentence's framing as a concession: {"framed_by": [[i]], "conceded_to": [[i]]}, or None."""
    for token in sent:
        if token.lemma_ not in FRAMING_VERBS:
            continue
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_ in CONCESSION_NOUNS]
            if not nouns:
                continue
            return {"framed_by": _framers(sent, token), "conceded_to": _conceded_to(nouns[0])}
    return None


def _framers(sent: Span, verb: Token) -> list[list[int]]:
    groups: list[list[int]] = []
    for t in sent:
        if t.dep_ == "agent" and t.head.dep_ in ("acl", "ROOT", "relcl") and t.head != verb:
            for pobj in t.children:
                if pobj.dep_ == "pobj":
                    groups.append([pobj.i, *[c.i for c in pobj.conjuncts]])
        if t.lemma_ in STATEMENT_NOUNS:
            groups.extend([c.i] for c in t.children if c.dep_ == "poss")
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        groups.extend([c.i] for c in verb.children if c.dep_ == "nsubj")
    return groups


def _conceded_to(noun: Token) -> list[list[int]]:
    return [
        [pobj.i]
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def concession_types(cue: Token, position: Sequence[Token], *, framed: bool) -> list[str]:
    """Concession types a stance's own cues give it (framing is decided per sentence)."""
    types: list[str] = []
    if framed:
        types.append("FramedConcession")
    clause = cue.head if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "pobj") else cue
    if conditional(clause) or _in_exchange(cue):
        types.append("ConditionalConcession")
    lemmas = {t.lemma_.lower() for t in position}
    if lemmas & PARTIAL_WORDS or _duration(position):
        types.append("PartialConcession")
    if lemmas & SYMBOLIC_WORDS:
        types.append("SymbolicConcession")
    return types


def _in_exchange(cue: Token) -> bool:
    """The cue's sentence offers something in exchange ("in return for", "on condition that")."""
    text = cue.sent.text.lower()  # built once, not once a phrase
    return any(p in text for p in _EXCHANGE)


def _duration(position: Sequence[Token]) -> bool:
    """ "30-day", "six-month": a number compounded with a duration noun."""
    for t in position:
        if (
            t.lemma_ in DURATION_NOUNS
            and t.dep_ in ("compound", "amod", "nmod")
            and any(c.like_num or c.pos_ == "NUM" for c in t.children)
        ):
            return True
    return False


def link_answers(stances: list[Stance]) -> None:
    """Link each Agree/Concede/Offer to the Demand of another actor it meets (in place).

    The text links them when the concession's position restates the demand's (lemma overlap, see
    graph/extract/contradictions.py) and the demand, if it names a target, was made of the conceding
    actor; the demand's holder becomes `conceded_to` when nothing else named the addressee.
    """
    demands = {i for i, s in enumerate(stances) if s.type == "Demand" and s.polarity == "positive"}
    if not demands:
        return
    nearby = Nearby(stances)  # the demands near the concession (all of them in an ordinary article)
    for stance in stances:
        if stance.type not in CONCESSION_STANCES or stance.polarity != "positive":
            continue
        best = max(
            ((overlap(stance, d), i) for i in nearby.of(stance.evidence.start) if i in demands
             for d in (stances[i],) if d.holder != stance.holder and d.target in (None, stance.holder)),
            default=(0.0, -1),
        )
        if best[0] >= 0.5:
            stance.answers = best[1]
            if stance.concession is not None and stance.concession.conceded_to is None:
                stance.concession.conceded_to = stances[best[1]].holder
