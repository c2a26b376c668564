"""Verbs coordinated with the wrong clause, hung back on the verb they share a subject with.

In "The EU urged the government to investigate the irregularities and condemned the use of force" the
parser makes "condemned" a conjunct of the infinitive "investigate", so the condemnation would be part of
what was urged; in "Netanyahu denied that he was blocking an agreement and blamed Hamas" it makes
"blamed" a conjunct of "blocking", part of what was denied. English rules both readings out: a verb in
the simple past (with no subject of its own) cannot share the infinitive's "to", a modal, or the
progressive's "was" with a non-finite verb, so it is coordinated with the nearest finite past verb above:
the urging and the denial. The component re-heads such a conjunct before stances are read.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from graph.extract.scan import where

NON_FINITE = {"VB", "VBG"}
EMBEDDING = {"xcomp", "ccomp", "advcl", "conj"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def shared_verb(conjunct: Token) -> Token | None:
    """The finite past verb a misplaced past conjunct belongs with (see the module), else None."""
    head = conjunct.head
    if conjunct.dep_ != "conj" or conjunct.tag_ != "VBD" or head.tag_ not in NON_FINITE:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in conjunct.children):
        return None
    node = head
    for _ in range(4):
        if node.dep_ not in EMBEDDING or node.head == node:
            return None
        node = node.head
        if node.tag_ == "VBD":
            return node
    return None


@Language.component("stancegraph_coordination_v1")
def rehead_past_conjuncts(doc: Doc) -> Doc:
    """Hang each misplaced past conjunct on the verb it shares a subject with."""
    for i in sorted(where(doc, "DEP", {"conj"}) & where(doc, "TAG", {"VBD"})):
        verb = shared_verb(doc[i])
        if verb is not None:
            doc[i].head = verb
    return doc
