"""Mandative clauses: the that-clause of a demand ("demanded that Guyana halt exploration", "insisted that
the army disarm") names in its subject the one the demand is made of.

The verb of such a clause is a bare subjunctive, the base form, and many base forms are also nouns
(halt, end, cease, release, return, disarm as the parser reads it). The small parser then often reads
the whole clause as one noun phrase: "Guyana halt oil exploration" becomes a noun headed by
"exploration" with "Guyana" and "halt" as its compounds. The subject is then the phrase's leftmost
compound, the word right after "that" (and its determiner), so it is read from there.

A few demand verbs also report facts: "insisted that the deal was dead", "insisted that it will not
accept X" assert (an indicative clause: a past or third-person present verb, or a future or perfect
auxiliary), while "insisted that Israel withdraw / be punished / must withdraw" demands (a base form or
a modal of obligation).
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = frozenset(("NOUN", "PROPN"))
_BASE_TAGS = frozenset(("NN", "VB", "VBP"))  # how a bare verb is tagged when read as a noun
_INDICATIVE_TAGS = frozenset(("VBD", "VBZ"))  # "was dead", "is going well": no base form
# auxiliaries that make a clause indicative: future, perfect, progressive, do-support, possibility
_INDICATIVE_AUXILIARIES = frozenset(
    "will would 'll wo can could ca may might has have had 's is are was were am 're does did do".split()
)


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


def indicative(clause: Token) -> bool:
    """Whether a that-clause states a fact rather than a mandate: its verb is a past or a third-person
    present ("the deal was dead", "the plan works"), or it has a future, perfect or progressive
    auxiliary ("it will not accept", "they had agreed"); a base form ("Israel withdraw"), a passive "be"
    ("be released") or a modal of obligation ("must withdraw") is a mandate."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _INDICATIVE_AUXILIARIES for a in auxiliaries):
        return not any(a.lower_ in ("must", "should", "shall") for a in auxiliaries)
    if auxiliaries:
        return False  # "be released", "must withdraw", "should leave"
    if clause.lemma_.lower() in ("have", "need", "ought") and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "insisted that Israel had to withdraw": an obligation
    return clause.tag_ in _INDICATIVE_TAGS
