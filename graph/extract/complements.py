"""Positions the cue patterns of graph/extract/cues/positions.py miss, read from other parts of the sentence.

- a quotation before a verb with no complement of its own is what the verb says: '"Why is this not
  proof?" Vitter demanded' (also when the parser ends the sentence at the closing quote);
- a noun cue's infinitive clause: "sounded a call for the United States to accept more refugees" (the
  clause is the position, its subject the target);
- "accused X of Y" when the parser hangs "of Y" on X: Y is the act, X the target;
- a deed with no object to name ("turned themselves in") concedes the act itself;
- an offer presented or made with no complement is itself the position ("presented its final offer");
- "asked X for Y" asks for Y (X is the target, not the position);
- "support behind X" names X as the one supported;
- a noun cue's noun modifier names what it is about: "his veto threat", "the union's wage demands".
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract.cues import Cue, actor_like
from graph.extract.deeds import withdrawn_place
from graph.extract.positions import position_of, span_tokens
from graph.extract.threats import prep_object

_QUOTES = frozenset('"“”')
_COMPLEMENTS = frozenset("ccomp xcomp dobj prep advcl attr oprd acomp".split())


def extend_positions(cand: dict[str, Any], cue: Cue) -> None:
    """Fill the candidate's positions (and targets) from the constructions of the module docstring."""
    token = cue.token
    if cue.type == "Demand" and cue.family == "verb":
        asked = _asked_for(token)  # "asked Russia for help in building ...": the help, not Russia
        if asked:
            _set(cand, asked)
            return
    accused = _accused_of(token) if cue.type == "Accuse" and cue.family == "verb" else None
    if accused is not None:  # "accused the employers of bad faith": the parser hangs "of" on the object
        target, act = accused
        _set(cand, span_tokens(act))
        cand["targets"] = [[target.i], *cand["targets"]]
        return
    if cue.family == "deed" and (place := withdrawn_place(token)) is not None:
        _set(cand, span_tokens(place))  # "pulled back from the front line": the ground given up
        return
    if cand["positions"]:
        return
    if cue.family == "deed":  # "turned themselves in": the act is what is given up
        _set(cand, sorted([token, *(c for c in token.children if c.dep_ in ("prt", "dobj"))], key=lambda t: t.i))
        return
    if cue.family == "noun" and cue.type == "Offer" and token.dep_ == "dobj":
        # "presented its final offer to the employers": the offer is what is offered
        _set(cand, [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "poss")])
        if cand["positions"]:
            return
    if cue.family == "noun":
        clause = next(
            (
                c
                for c in token.children
                if c.dep_ in ("advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if clause is not None:
            _set(cand, span_tokens(clause, exclude=[m for m in clause.children if m.dep_ == "mark"]))
            cand["targets"] = cand["targets"] + [
                [s.i] for s in clause.children if s.dep_ == "nsubj" and actor_like(s)
            ]
            return
        places = [token, token.head] if token.dep_ == "dobj" else [token]  # "threw its support behind X"
        behind = [
            p for w in places for c in w.children if c.dep_ == "prep" and c.lower_ == "behind" for p in c.children
        ]
        for pobj in (p for p in behind if p.dep_ == "pobj"):  # "threw its support behind the nominee"
            if actor_like(pobj):
                cand["targets"] = [[pobj.i], *cand["targets"]]
            else:
                _set(cand, span_tokens(pobj))
            return
        modifiers = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_]
        if modifiers:
            _set(cand, modifiers)
        return
    if token.pos_ == "VERB" and not any(c.dep_ in _COMPLEMENTS for c in token.children):
        quoted = _quotation_before(token)
        if quoted:
            _set(cand, quoted)


def _accused_of(verb: Token) -> tuple[Token, Token] | None:
    """The object and the act of "accused X of Y" when "of Y" hangs on X."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children):
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                act = prep_object(prep)
                if act is not None:
                    return obj, act
    return None


def _asked_for(verb: Token) -> list[Token]:
    """What "asked X for ..." asks for, when the verb's object is the actor asked."""
    if not any(c.dep_ == "dobj" and actor_like(c) for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return span_tokens(pobj)
    return []


def _quotation_before(verb: Token) -> list[Token]:
    """The tokens of a quotation that opens the verb's sentence and closes before the verb."""
    sent = verb.sent
    if sent[0].text not in _QUOTES:
        # '"Why is this not proof?" | Vitter demanded.': the parser may end the sentence at the quote
        before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
        if before is None or verb.i - sent.start > 4 or before[0].text not in _QUOTES:
            return []
        if before[-1].text not in _QUOTES:
            return []
        return [t for t in before if t.text not in _QUOTES]
    close = next((t for t in sent[1:] if t.text in _QUOTES and t.i < verb.i), None)
    if close is None:
        return []
    return [t for t in sent if sent.start < t.i < close.i]


def _set(cand: dict[str, Any], tokens: list[Token]) -> None:
    position = position_of(tokens)
    if position is not None:
        cand["positions"] = [position]
