"""Reported wrongdoing: what a speaker's allegation is made of.

"X said Y had breached the agreement by refusing to recognise ...": the "by" gerund is how the breach
was done, part of the alleged act, so a cue inside it ("refusing") does not turn the allegation into a
report of Y's refusal alone; X accuses Y of the breach, and Y's refusal is a stance of its own.

What counts as alleged wrongdoing in a statement: a verb of wrongdoing ("had violated", "shelled"),
breaking what was agreed ("had broken the ceasefire deal"), or an act called a violation ("said Ukraine's
drone attack was a flagrant violation of the truce", whose doer is accused).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx

# breaking what was agreed: "had broken the truce", "flouted the agreement"
BREAKING_VERBS = frozenset("break flout".split())
AGREED_NOUNS = lx.PROPOSAL_NOUNS | frozenset("promise pledge commitment law rule obligation embargo".split())
# what an act is called when it is alleged to be wrong: "a violation of the ceasefire"
VIOLATION_NOUNS = frozenset("violation breach infringement".split())


def means_tokens(clause: Token) -> set[int]:
    """Indices inside the clause's "by"-gerund phrases ("breached it by refusing to ...")."""
    return {
        t.i
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for comp in prep.children
        if comp.dep_ == "pcomp"
        for t in comp.subtree
    }


def alleged_wrong(clause: Token) -> bool:
    """Whether a statement's clause alleges wrongdoing by its subject ("had violated", "had broken the
    ceasefire deal")."""
    word = clause.lemma_.lower()
    if word in lx.WRONGDOING_VERBS:
        return True
    return word in BREAKING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AGREED_NOUNS for c in clause.children
    )


def violating_act(clause: Token) -> Token | None:
    """The act a copular clause calls a violation: "(said) Ukraine's drone attack was a violation of the
    truce" gives "attack"."""
    if clause.lemma_.lower() != "be":
        return None
    if not any(c.dep_ == "attr" and c.lemma_.lower() in VIOLATION_NOUNS for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def doers(act: Token) -> list[Token]:
    """Who did an act: its possessor, its "by" object or a naming modifier ("Ukraine's attack", "the
    attack by Hamas", "the Russian strike")."""
    found = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    found += [
        c
        for c in act.children
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
    ]
    return found
