"""Mandative clauses: the that-clause of a demand ("demanded that Guyana halt exploration", "insisted that
the army disarm") names in its subject the one the demand is made of.

The verb of such a clause is a bare subjunctive, the base form, and many base forms are also nouns
(halt, end, cease, release, return, disarm as the parser reads it). The small parser then often reads
the whole clause as one noun phrase: "Guyana halt oil exploration" becomes a noun headed by
"exploration" with "Guyana" and "halt" as its compounds. The subject is then the phrase's leftmost
compound, the word right after "that" (and its determiner), so it is read from there.
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = frozenset(("NOUN", "PROPN"))
_BASE_TAGS = frozenset(("NN", "VB", "VBP"))  # how a bare verb is tagged when read as a noun


def misread_subject(clause: Token) -> list[list[int]]:
    """The subject of a that-clause the parser read as a noun phrase, as a target group ([] for a real
    clause, or a noun phrase with nothing before its head or no bare verb after its first word)."""
    if clause.pos_ not in _NOMINAL or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return []
    modifiers = [c for c in clause.children if c.dep_ in ("compound", "poss", "nmod") and c.i < clause.i]
    if not modifiers:
        return []
    # the subject is the modifier whose phrase a bare verb follows: "Guyana" in "Guyana halt oil
    # exploration", "Front" in "the Tigray People's Liberation Front disarm"
    for subject in sorted(modifiers, key=lambda c: c.i):
        if subject.pos_ in _NOMINAL and misread_verb(clause, subject) is not None:
            return [[subject.i]]
    return []


def misread_verb(clause: Token, subject: Token) -> Token | None:
    """The word right after the subject's phrase, when it can be a bare verb: a singular noun or a base
    form inside the clause ("halt" in "Guyana halt oil exploration"; not "plans" in "the company plans",
    an indicative)."""
    after = subject.right_edge.i + 1
    if after > clause.i:
        return None
    verb = subject.doc[after]
    in_clause = verb.i == clause.i or verb.head.i == clause.i
    return verb if in_clause and verb.tag_ in _BASE_TAGS and verb.is_alpha else None
