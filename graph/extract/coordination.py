"""Verbs coordinated with the wrong clause, hung back on the verb they share a subject with.

In "The EU urged the government to investigate the irregularities and condemned the use of force" the
parser makes "condemned" a conjunct of the infinitive "investigate", so the condemnation would be part of
what was urged; in "Netanyahu denied that he was blocking an agreement and blamed Hamas" it makes
"blamed" a conjunct of "blocking", part of what was denied. English rules both readings out: a verb in
the simple past (with no subject of its own) cannot share the infinitive's "to", a modal, or the
progressive's "was" with a non-finite verb, so it is coordinated with the nearest finite past verb above:
the urging and the denial. So can it not share a bare subjunctive's subject ("demanded that Washington
halt the drills and said it would respond"). The component re-heads such a conjunct before stances are
read.

The parser also strands the subject of a second clause: in "Serbia agreed to the talks and Kosovo then
offered an exchange" it reads "the talks and Kosovo" as one object and leaves "offered" without a
subject. A finite verb needs one; the noun that follows "and"/"but" right before it, coordinated with an
object of the clause above, is that subject, and the verb is coordinated with that clause's verb. So
too in an absolute construction: "with Washington threatening tariffs on Canadian goods and Ottawa vowing
to hit back" reads "goods and Ottawa" as one object, and "Ottawa" is the subject of "vowing".
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from graph.extract.scan import where

NON_FINITE = {"VB", "VBG"}
EMBEDDING = {"xcomp", "ccomp", "advcl", "conj"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
FINITE = {"VBD", "VBZ", "VBP"}
STRANDING = {"conj", "dep", "advcl"}
OBJECTS = {"dobj", "pobj", "attr"}


def shared_verb(conjunct: Token) -> Token | None:
    """The finite past verb a misplaced past conjunct belongs with (see the module), else None."""
    head = conjunct.head
    if conjunct.dep_ != "conj" or conjunct.tag_ != "VBD" or not (head.tag_ in NON_FINITE or _subjunctive(head)):
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


def _subjunctive(verb: Token) -> bool:
    """A base-form verb the tagger read as a present ("VBP") in a that-clause under a past verb, with no
    auxiliary: "(demanded) that the United States halt the drills", whose "halt" a past verb after "and"
    cannot share a subject with."""
    return (
        verb.tag_ == "VBP" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def stranded_subject(verb: Token) -> tuple[Token, Token, Token] | None:
    """(subject, its "and"/"but", the clause verb) of a finite verb (read by tags: the component runs
    before parts of speech are set) whose subject the parser coordinated
    with an object of the clause above (see the module), else None."""
    absolute = _absolute_participle(verb)
    if not absolute and (verb.tag_ not in FINITE or verb.dep_ not in STRANDING):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].tag_.startswith("RB") and verb.doc[i].head == verb:
        i -= 1
    noun = verb.doc[i]
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or noun.head.dep_ not in OBJECTS:
        return None
    before = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > verb.sent.start else None
    if before is None or before.dep_ != "cc" or before.head != noun.head or before.lower_ not in ("and", "but"):
        return None
    clause = noun.head
    while not clause.tag_.startswith("VB") and clause.head != clause:
        clause = clause.head
    if not clause.tag_.startswith("VB"):
        return None
    if verb.head != clause and clause not in verb.ancestors and not (absolute and clause.head == verb.head):
        return None
    return noun, before, clause


def _absolute_participle(verb: Token) -> bool:
    """The second participle of "with X threatening tariffs and Y vowing to hit back", which the parser
    hangs on "with" beside the first, its subject made a conjunct of the first one's object."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "conj":  # "with Israel blaming Hamas and Hamas accusing Israel": a conjunct of the first
        verb = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with"


@Language.component("stancegraph_coordination_v1")
def rehead_past_conjuncts(doc: Doc) -> Doc:
    """Hang each misplaced past conjunct on the verb it shares a subject with, and give each verb with a
    stranded subject its subject back."""
    for i in sorted(where(doc, "DEP", {"conj"}) & where(doc, "TAG", {"VBD"})):
        verb = shared_verb(doc[i])
        if verb is not None:
            doc[i].head = verb
    for i in sorted(where(doc, "TAG", FINITE) & where(doc, "DEP", STRANDING) | where(doc, "TAG", {"VBG"})):
        found = stranded_subject(doc[i])
        if found is not None:
            noun, conjunction, clause = found
            noun.head, noun.dep_ = doc[i], "nsubj"
            conjunction.head = clause
            doc[i].head, doc[i].dep_ = clause, "conj"
    return doc
