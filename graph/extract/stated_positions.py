"""A position stated by a copula: "Athens' position is that Ankara must withdraw", "the union's view is
that the company should reopen the plant" are demands of the clause's subject by the possessor.

Nouns for what one holds (position, stance, view, line) state a demand only when their clause requires
something of its subject: a modal of obligation, "has to / needs to", or a bare subjunctive. "Its
position is that the island is Greek" states a claim, not a demand, and is left to the claims. The
nouns of conditions ("the condition is that ...") are demands whatever their clause (graph/extract/nominal.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import obligations

# what one holds on a question, stated by "is that ..."
POSITION_NOUNS = frozenset("position stance view line".split())


def stated_demand(noun: Token) -> bool:
    """Whether `noun` is the subject of "is that Y must ...", a demand of Y: its clause requires an act."""
    if noun.lemma_.lower() not in POSITION_NOUNS or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return False
    clauses = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    return any(requires(c) for c in clauses)


def requires(clause: Token) -> bool:
    """Whether a that-clause requires an act of its subject: "Ankara must withdraw", "Ankara has to
    withdraw", "that Ankara withdraw"."""
    return bool(obligations.modal_obligation(clause)) or obligations.required_clause(clause) is not None
