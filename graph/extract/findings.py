"""Findings of fault: "the regulator found that Meta had breached the rules", "the court ruled that the
government had violated the constitution", "the Commission found Apple in breach of the law", "found
the minister guilty of fraud".

A finding verb reports what its subject concluded, a Claim; when what it concluded is that an actor
broke a rule (a verb of wrongdoing with that actor as subject, or the actor found "in breach", "guilty"),
the finding alleges wrongdoing by that actor: an Accuse, with the actor as target (STANCES.md).
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import lemma_of, names_holder
from graph.extract.positions import position_of, span_tokens

# verbs that report a conclusion reached: "found that", "ruled that", "concluded that"
FINDING_VERBS = frozenset("find rule conclude determine establish judge declare".split())
# what breaks a rule, done by an actor: "had breached", "violated", "rigged", and any wrong a speaker
# can allege (the intent lexicon's WRONGDOING_VERBS)
WRONGDOING_VERBS = lx.WRONGDOING_VERBS | frozenset("break flout infringe contravene defraud".split())
# what an actor is found to be in, or found as: "in breach of", "guilty of", "responsible for"
_AT_FAULT = frozenset("breach violation contravention guilty culpable liable responsible".split())


def as_finding_of_fault(claim: dict[str, Any], verb: Token, content: Token | None) -> None:
    """Retype the Claim of a finding verb as an Accuse of the actor it finds at fault, if it does."""
    if content is None or lemma_of(verb) not in FINDING_VERBS:
        return
    faulted: list[Token] = []
    if content.dep_ == "ccomp" and lemma_of(content) in _AT_FAULT:  # "found the minister guilty of fraud"
        faulted = [s for s in content.children if s.dep_ == "nsubj" and names_holder(s)]
        position = [t for c in content.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                    for t in p.subtree] or [content]
    elif content.dep_ == "ccomp" and lemma_of(content) in WRONGDOING_VERBS:
        faulted = [s for s in content.children if s.dep_ == "nsubj" and names_holder(s)]  # "found that X breached"
        position = span_tokens(content, exclude=[*faulted, *(c for c in content.children if c.dep_ in ("aux", "mark"))])
    else:  # "found Apple in breach of the law", "found the minister guilty of fraud"
        faulted = [o for o in verb.children
                   if o.dep_ in ("dobj", "nsubjpass") and names_holder(o) and _fault_of(o, verb)]
        position = [t for o in faulted for t in _fault_of(o, verb)]
    if not faulted:
        return
    found = position_of(position)
    claim.update(  # the finder may be a record or a body of inquiry ("the inquiry concluded"), as for the Claim
        type="Accuse", targets=[[t.i] for t in faulted], positions=[found] if found else claim["positions"],
        any_noun=True,
    )


def found_at_fault(verb: Token) -> bool:
    """Whether a finding verb finds its object at fault: "found Apple in breach of the law"."""
    return lemma_of(verb) in FINDING_VERBS and any(
        o.dep_ == "dobj" and names_holder(o) and bool(_fault_of(o, verb)) for o in verb.children
    )


def _fault_of(obj: Token, verb: Token) -> list[Token]:
    """The words that put the one found at fault: "in breach of the law", "guilty of fraud"."""
    for place in (obj, verb):
        for c in place.children:
            if c.i <= obj.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "in" and any(lemma_of(p) in _AT_FAULT for p in c.children):
                return [t for p in c.children for t in p.subtree]  # "breach of the law"
            if c.dep_ in ("oprd", "acomp", "amod", "xcomp") and lemma_of(c) in _AT_FAULT:
                return list(c.subtree)
    return []
