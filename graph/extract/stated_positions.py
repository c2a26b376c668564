"""A position stated by a copula: "Athens' position is that Ankara must withdraw", "the union's view is
that the company should reopen the plant" are demands of the clause's subject by the possessor.

Nouns for what one holds (position, stance, view, line) state a demand only when their clause requires
something of its subject: a modal of obligation, "has to / needs to", or a bare subjunctive. "Its
position is that the island is Greek" states a claim, not a demand, and is left to the claims. The
nouns of conditions ("the condition is that ...") are demands whatever their clause (graph/extract/nominal.py).

A position can also be spelt out after a colon: "its position had not changed: all hostages must be
released and Hamas must disarm", "Our position is clear: Russia must withdraw". Each clause after the
colon that requires an act is a demand of the position's holder (`colon_clauses`).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import obligations

# what one holds on a question, stated by "is that ..."
POSITION_NOUNS = frozenset("position stance view line".split())


def stated_demand(noun: Token) -> bool:
    """Whether `noun` is the subject of "is that Y must ...", a demand of Y: its clause requires an act;
    or a position spelt out after a colon ("its position is clear: Y must ...")."""
    if colon_clauses(noun):
        return True
    if noun.lemma_.lower() in POSITION_NOUNS and noun.dep_ == "dobj":
        # "reiterated its position that hospitals must hire more staff", the clause on the noun or the verb
        clauses = [c for c in [*noun.children, *noun.head.children] if c.dep_ in ("acl", "ccomp") and c.i > noun.i]
        return any(requires(c) and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in clauses)
    if noun.lemma_.lower() not in POSITION_NOUNS or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return False
    clauses = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    return any(requires(c) for c in clauses)


def requires(clause: Token) -> bool:
    """Whether a that-clause requires an act of its subject: "Ankara must withdraw", "Ankara has to
    withdraw", "that Ankara withdraw"."""
    return bool(obligations.modal_obligation(clause)) or obligations.required_clause(clause) is not None


def colon_clauses(noun: Token) -> list[Token]:
    """The clauses requiring an act that spell out a position after a colon: "its position had not
    changed: all hostages must be released and Hamas must disarm" gives "released" and "disarm"."""
    if noun.lemma_.lower() not in POSITION_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    sent, clause = noun.sent, noun.head
    colon = next((t for t in noun.doc[clause.i : sent.end] if t.text == ":"), None)
    if colon is None or any(t.i > clause.right_edge.i for t in noun.doc[clause.i : colon.i]):
        return []  # the colon must close the position's own clause
    after = [
        t
        for t in noun.doc[colon.i + 1 : sent.end]
        if t.pos_ in ("VERB", "AUX") and (t.head.i <= colon.i or t.head.i == t.i) and t.dep_ != "aux"
    ]
    found = [c for top in after[:1] for c in (top, *(j for j in top.children if j.dep_ == "conj"))]
    return [c for c in found if requires(c)]
